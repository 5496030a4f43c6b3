# A tiny stack-based calculator: tokenizing, then evaluating token sequences with match
def tokenize(text: str) -> list:
    tokens = []
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/" | "dup" | "swap" | "drop":
                tokens.append(("op", word))
            case _ if word.lstrip("-").isdigit():
                tokens.append(("num", int(word)))
            case _:
                try:
                    tokens.append(("num", float(word)))
                except ValueError:
                    tokens.append(("bad", word))
    return tokens


def evaluate(tokens: list) -> list:
    stack: list[float] = []
    for token in tokens:
        match token, stack:
            case ("num", value), _:
                stack.append(value)
            case ("op", "dup"), [*_, top]:
                stack.append(top)
            case ("op", "swap"), [*_, a, b]:
                stack[-2:] = [b, a]
            case ("op", "drop"), [*_, _]:
                stack.pop()
            case ("op", "/"), [*_, _, 0]:
                raise ZeroDivisionError("division by zero in program")
            case ("op", op), [*_, a, b]:
                stack[-2:] = [{"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]]
            case ("op", op), _:
                raise IndexError(f"stack underflow at {op!r}")
            case ("bad", word), _:
                raise SyntaxError(f"unknown token {word!r}")
    return stack


programs = [
    "3 4 +",
    "2 3 4 * +",
    "10 2 /",
    "5 dup *",
    "1 2 swap -",
    "1.5 2 * 7 drop",
    "1 +",
    "4 0 /",
    "2 3 plus",
    "-3 -4 *",
]
for prog in programs:
    try:
        print(f"{prog:<16} => {evaluate(tokenize(prog))}")
    except (IndexError, ZeroDivisionError, SyntaxError) as e:
        print(f"{prog:<16} => {type(e).__name__}: {e}")
