# Symbolic expression simplifier using nested tuple patterns and recursion in match
def simplify(expr):
    match expr:
        case ("+", a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (0, x) | (x, 0):
                    return x
                case (int() | float(), int() | float()):
                    return a + b
                case (x, y) if x == y:
                    return simplify(("*", 2, x))
                case _:
                    return ("+", a, b)
        case ("*", a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (0, _) | (_, 0):
                    return 0
                case (1, x) | (x, 1):
                    return x
                case (int() | float(), int() | float()):
                    return a * b
                case _:
                    return ("*", a, b)
        case ("-", a):
            inner = simplify(a)
            match inner:
                case ("-", x):
                    return x
                case int() | float():
                    return -inner
                case _:
                    return ("-", inner)
        case str() | int() | float():
            return expr
        case _:
            raise ValueError(f"malformed expression: {expr!r}")


def show(expr) -> str:
    match expr:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("-", a):
            return f"-{show(a)}"
        case _:
            return str(expr)


examples = [
    ("+", "x", 0),
    ("*", 1, ("+", "y", 0)),
    ("+", ("*", 2, 3), ("*", "x", 0)),
    ("+", "z", "z"),
    ("-", ("-", "a")),
    ("-", ("+", 2, 3)),
    ("*", ("+", "x", 1), ("+", 0, ("*", 1, "y"))),
    ("^", 2, 3),
]
for e in examples:
    try:
        print(f"{show(e):<28} => {show(simplify(e))}")
    except ValueError as err:
        print("ValueError:", err)
