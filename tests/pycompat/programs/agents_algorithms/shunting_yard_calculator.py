# Expression calculator: tokenizer (re), shunting-yard to RPN, RPN evaluation with operator module functions
import math
import operator
import re
from typing import Callable, Dict, List, Tuple, Union
Token = Union[float, str]
OPS: Dict[str, Tuple[int, str, Callable[[float, float], float]]] = {
    "+": (1, "L", operator.add), "-": (1, "L", operator.sub),
    "*": (2, "L", operator.mul), "/": (2, "L", operator.truediv), "%": (2, "L", operator.mod),
    "^": (3, "R", operator.pow),
}
FUNCS: Dict[str, Callable[[float], float]] = {"sqrt": math.sqrt, "abs": abs, "neg": operator.neg}
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]+)|(.))")


def tokenize(expr: str) -> List[Token]:
    tokens: List[Token] = []
    for number, name, sym in TOKEN_RE.findall(expr.strip()):
        if number:
            tokens.append(float(number))
        elif name:
            tokens.append(name)
        elif sym == "-" and (not tokens or tokens[-1] in OPS or tokens[-1] == "("):
            tokens.append("neg")
        elif sym.strip():
            tokens.append(sym)
    return tokens

def to_rpn(tokens: List[Token]) -> List[Token]:
    out: List[Token] = []
    stack: List[str] = []
    for tok in tokens:
        if isinstance(tok, float):
            out.append(tok)
        elif tok in FUNCS or tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
            if stack and stack[-1] in FUNCS:
                out.append(stack.pop())
        elif tok in OPS:
            prec, assoc, _ = OPS[tok]
            while stack and (stack[-1] == "neg" or stack[-1] in OPS and (
                    OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and assoc == "L"))):
                out.append(stack.pop())
            stack.append(tok)
        else:
            raise SyntaxError(f"unknown token {tok!r}")
    while stack:
        if stack[-1] == "(":
            raise SyntaxError("unbalanced '('")
        out.append(stack.pop())
    return out

def evaluate(rpn: List[Token]) -> float:
    st: List[float] = []
    for tok in rpn:
        if isinstance(tok, float):
            st.append(tok)
        elif tok in FUNCS:
            st.append(FUNCS[tok](st.pop()))
        else:
            b, a = st.pop(), st.pop()
            st.append(OPS[tok][2](a, b))
    return st[0]


for expr in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "-(2 + 3) * 4", "sqrt(16) + abs(-2.5) * 2", "2 ^ 10 % 7",
             "10 / (5 - 5)", "(1 + 2", "4 $ 4", "1.5 * -2 + 7"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:<30} RPN: {' '.join(f'{t:g}' if isinstance(t, float) else t for t in rpn):<28} = {evaluate(rpn):g}")
    except ZeroDivisionError:
        print(f"{expr:<30} error: division by zero")
    except SyntaxError as exc:
        print(f"{expr:<30} syntax error: {exc}")
