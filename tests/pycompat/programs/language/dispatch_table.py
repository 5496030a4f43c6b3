# Calculator REPL simulation using a dict dispatch table of lambdas and functions
import math
import operator


def safe_div(a: float, b: float) -> float:
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return a / b


BINARY = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": safe_div,
    "^": lambda a, b: a ** b,
    "max": max,
    "hyp": math.hypot,
}
UNARY = {
    "neg": lambda a: -a,
    "sqrt": math.sqrt,
    "sq": lambda a: a * a,
    "abs": abs,
    "fact": lambda a: math.factorial(int(a)),
}
memory: dict[str, float] = {"ans": 0.0}


def value_of(token: str) -> float:
    if token in memory:
        return memory[token]
    return float(token)


def execute(line: str) -> str:
    parts = line.split()
    if len(parts) == 3 and parts[1] in BINARY:
        result = BINARY[parts[1]](value_of(parts[0]), value_of(parts[2]))
    elif len(parts) == 2 and parts[0] in UNARY:
        result = UNARY[parts[0]](value_of(parts[1]))
    elif len(parts) == 3 and parts[0] == "let":
        memory[parts[1]] = value_of(parts[2])
        return f"{parts[1]} = {memory[parts[1]]}"
    else:
        raise SyntaxError(f"cannot parse {line!r}")
    memory["ans"] = result
    return f"{result:g}" if isinstance(result, float) else str(result)


session = ["3 + 4", "ans * 2", "2 ^ 10", "let r 2.5", "r ^ 2", "sqrt 2", "3 hyp 4",
           "10 / 0", "fact 6", "neg ans", "7 max 3", "sqrt -1", "hello world", "1 % 2", "x + 1"]
for line in session:
    try:
        print(f"> {line:<12} {execute(line)}")
    except (ZeroDivisionError, ValueError, SyntaxError) as e:
        print(f"> {line:<12} error: {type(e).__name__}")
print("operators:", sorted(BINARY), "| functions:", sorted(UNARY))
print("memory:", memory)
