# Symbolic expression trees as frozen dataclasses: evaluate, simplify, differentiate and print via singledispatch
from dataclasses import dataclass
from functools import singledispatch
from typing import Dict, Union

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    left: "Expr"
    right: "Expr"

class Add(BinOp): pass
class Mul(BinOp): pass

Expr = Union[Num, Var, Add, Mul]

@singledispatch
def show(e) -> str:
    raise TypeError(f"cannot show {type(e).__name__}")

show.register(Num, lambda e: f"{e.value:g}")
show.register(Var, lambda e: e.name)
show.register(Add, lambda e: f"({show(e.left)} + {show(e.right)})")
show.register(Mul, lambda e: f"{show(e.left)}*{show(e.right)}")

def evaluate(e: Expr, env: Dict[str, float]) -> float:
    match e:
        case Num(v):
            return v
        case Var(n):
            return env[n]
        case Add(a, b):
            return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b):
            return evaluate(a, env) * evaluate(b, env)

def simplify(e: Expr) -> Expr:
    if not isinstance(e, BinOp):
        return e
    a, b = simplify(e.left), simplify(e.right)
    if isinstance(a, Num) and isinstance(b, Num):
        return Num(a.value + b.value if isinstance(e, Add) else a.value * b.value)
    if isinstance(e, Add):
        return b if a == Num(0) else a if b == Num(0) else Add(a, b)
    if Num(0) in (a, b):
        return Num(0)
    return b if a == Num(1) else a if b == Num(1) else Mul(a, b)

def diff(e: Expr, var: str) -> Expr:
    match e:
        case Num(_):
            return Num(0)
        case Var(n):
            return Num(1 if n == var else 0)
        case Add(a, b):
            return Add(diff(a, var), diff(b, var))
        case Mul(a, b):
            return Add(Mul(diff(a, var), b), Mul(a, diff(b, var)))

x, y = Var("x"), Var("y")
f = Add(Mul(Num(3), Mul(x, x)), Add(Mul(Num(2), Mul(x, y)), Num(7)))
print("f      =", show(f), "| f(2,5) =", evaluate(f, {"x": 2, "y": 5}))
dfx = diff(f, "x")
print("df/dx raw        =", show(dfx))
print("df/dx simplified =", show(simplify(dfx)), "| at (2,5):", evaluate(simplify(dfx), {"x": 2, "y": 5}))
print("df/dy simplified =", show(simplify(diff(f, "y"))))
print(simplify(Add(Mul(Num(0), x), Mul(Num(1), Add(Num(2), Num(3))))))
print(Mul(x, y) == Mul(Var("x"), Var("y")), Mul(x, y) == Add(x, y), len({Mul(x, y), Mul(x, y), Add(x, y)}))
try:
    show(42)
except TypeError as exc:
    print("error:", exc)
