# Suggest corrections for mistyped CLI commands and options with difflib.get_close_matches.
import difflib
from typing import Dict, List

COMMANDS: Dict[str, List[str]] = {
    "install": ["--user", "--upgrade", "--no-deps", "--target"],
    "uninstall": ["--yes"],
    "freeze": ["--all", "--local"],
    "list": ["--outdated", "--uptodate", "--format"],
    "search": [],
    "download": ["--dest", "--platform"],
}

TYPED = [
    ("instal", "--upgrad"),
    ("unistall", "--yes"),
    ("lst", "--outdate"),
    ("frezee", "--al"),
    ("dowload", "--platfrom"),
    ("zzz", "--help"),
]


def suggest(word: str, choices: List[str], n: int = 3, cutoff: float = 0.6) -> List[str]:
    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


for cmd, opt in TYPED:
    if cmd in COMMANDS:
        best = cmd
    else:
        matches = suggest(cmd, list(COMMANDS))
        best = matches[0] if matches else None
        hint = ", ".join(matches) if matches else "no similar command"
        print(f"unknown command {cmd!r}; did you mean: {hint}")
    if best is None:
        continue
    opts = COMMANDS[best]
    if opt not in opts:
        alt = suggest(opt, opts, n=1, cutoff=0.5)
        print(f"  {best}: unknown option {opt!r}" + (f", did you mean {alt[0]!r}?" if alt else ""))

scores = sorted(((round(difflib.SequenceMatcher(None, "instal", c).ratio(), 3), c) for c in COMMANDS), reverse=True)
print(scores)
print(difflib.get_close_matches("apple", ["ape", "apples", "applet", "maple", "apply"], n=4, cutoff=0.0))
