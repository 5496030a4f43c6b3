# "Did you mean?" suggestions for mistyped CLI commands using difflib.get_close_matches and SequenceMatcher
import difflib
from typing import Dict, List

COMMANDS = ["status", "commit", "checkout", "branch", "merge", "rebase", "push", "pull", "fetch", "stash",
            "cherry-pick", "reset", "revert", "log", "diff", "clone", "init", "remote", "tag", "bisect"]
ALIASES: Dict[str, str] = {"co": "checkout", "ci": "commit", "st": "status", "br": "branch"}


def resolve(word: str) -> str:
    word = word.strip().lower()
    if word in COMMANDS:
        return f"run {word}"
    if word in ALIASES:
        return f"run {ALIASES[word]} (alias)"
    close = difflib.get_close_matches(word, COMMANDS, n=3, cutoff=0.6)
    if not close:
        return f"unknown command {word!r}"
    if len(close) == 1:
        return f"did you mean {close[0]!r}?"
    return f"did you mean one of: {', '.join(close)}?"


typos = ["stauts", "comit", "chekout", "brnach", "pul", "psuh", "rebsae", "st", "cherrypick", "lgo",
         "deploy", "STATUS", "fech", "revret", "reste"]
for t in typos:
    print(f"{t:<11} -> {resolve(t)}")

print()
for a, b in [("checkout", "chekout"), ("rebase", "reset"), ("push", "pull"), ("merge", "remote")]:
    sm = difflib.SequenceMatcher(None, a, b)
    print(f"{a} vs {b}: ratio={sm.ratio():.3f} blocks={[(m.a, m.b, m.size) for m in sm.get_matching_blocks()]}")
ops = difflib.SequenceMatcher(None, "rebsae", "rebase").get_opcodes()
print("opcodes rebsae->rebase:", [op for op in ops if op[0] != "equal"])

old = ["pull origin main", "run tests", "commit -m wip", "push"]
new = ["fetch origin", "rebase origin/main", "run tests", "commit -m 'feature done'", "push"]
print("\n".join(difflib.unified_diff(old, new, "before", "after", lineterm="")))
ranked: List[str] = sorted(COMMANDS, key=lambda c: -difflib.SequenceMatcher(None, "stage", c).ratio())[:3]
print("closest to 'stage':", ranked)
