# Tokenize shell-like command lines with shlex and parse flags into a structured command record.
import shlex
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Command:
    program: str
    flags: Dict[str, Optional[str]] = field(default_factory=dict)
    args: List[str] = field(default_factory=list)


def parse(line: str) -> Command:
    tokens = shlex.split(line, comments=True)
    if not tokens:
        raise ValueError("empty command")
    cmd = Command(tokens[0])
    it = iter(tokens[1:])
    for tok in it:
        if tok == "--":
            cmd.args.extend(it)
        elif tok.startswith("--"):
            key, sep, value = tok[2:].partition("=")
            cmd.flags[key] = value if sep else None
        elif tok.startswith("-") and len(tok) > 1:
            for ch in tok[1:]:
                cmd.flags[ch] = None
        else:
            cmd.args.append(tok)
    return cmd


LINES = [
    'grep -rn "TODO: fix" src/ --include=*.py',
    "cp 'My Documents/report v2.pdf' /tmp/backup/  # copy the report",
    'echo "He said \\"hi\\"" > out.txt',
    "tar -xzf archive.tar.gz -- -weird-name",
    'git commit -m "feat: add parser" --no-verify',
    "echo 'unterminated",
]


def main() -> None:
    for line in LINES:
        try:
            cmd = parse(line)
            print(f"{line}\n    -> {cmd}")
        except ValueError as exc:
            print(f"{line}\n    -> ValueError: {exc}")
    parts = ["rm", "-rf", "dir with spaces", "it's", "$HOME"]
    print("quoted:", " ".join(shlex.quote(p) for p in parts))
    print("join:", shlex.join(parts))
    lex = shlex.shlex("key1=value1, key2='two words'", posix=True)
    lex.whitespace += ","
    lex.wordchars += "="
    print("custom lexer:", list(lex))


main()
