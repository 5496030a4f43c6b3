# Convert identifiers between camelCase, PascalCase, snake_case, kebab-case and CONSTANT_CASE with re.
import re
from enum import Enum
from typing import Callable, Dict, List


class Style(Enum):
    CAMEL = "camelCase"
    PASCAL = "PascalCase"
    SNAKE = "snake_case"
    KEBAB = "kebab-case"
    CONSTANT = "CONSTANT_CASE"


def split_words(name: str) -> List[str]:
    name = re.sub(r"[-_\s]+", " ", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return [w.lower() for w in name.split()]


FORMATTERS: Dict[Style, Callable[[List[str]], str]] = {
    Style.CAMEL: lambda w: w[0] + "".join(x.capitalize() for x in w[1:]),
    Style.PASCAL: lambda w: "".join(x.capitalize() for x in w),
    Style.SNAKE: "_".join,
    Style.KEBAB: "-".join,
    Style.CONSTANT: lambda w: "_".join(w).upper(),
}


def detect(name: str) -> str:
    checks = [
        (Style.CONSTANT, r"[A-Z0-9]+(?:_[A-Z0-9]+)+"), (Style.SNAKE, r"[a-z0-9]+(?:_[a-z0-9]+)+"),
        (Style.KEBAB, r"[a-z0-9]+(?:-[a-z0-9]+)+"), (Style.PASCAL, r"(?:[A-Z][a-z0-9]*)+"),
        (Style.CAMEL, r"[a-z]+(?:[A-Z0-9][a-z0-9]*)+"),
    ]
    return next((s.value for s, pat in checks if re.fullmatch(pat, name)), "unknown")


def main() -> None:
    names = ["parseHTTPResponse", "user_id", "MAX_RETRY_COUNT", "background-color", "XMLHttpRequest", "getV2Api", "simple"]
    for name in names:
        words = split_words(name)
        print(f"{name} ({detect(name)}) -> {words}")
        print("    " + " | ".join(f(words) for f in FORMATTERS.values()))
    source = "def getUserName(userId): return fetchUserRecord(userId).displayName"
    converted = re.sub(r"\b[a-z]+(?:[A-Z][a-z]+)+\b", lambda m: FORMATTERS[Style.SNAKE](split_words(m.group())), source)
    print(converted)
    print("count of camel identifiers:", len(re.findall(r"\b[a-z]+(?:[A-Z][a-z]+)+\b", source)))
    print(re.sub(r"(?<!^)(?=[A-Z])", "_", "SomeLongClassName").lower())


main()
