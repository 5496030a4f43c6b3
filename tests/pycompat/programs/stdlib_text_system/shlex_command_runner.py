# Parse shell-style command lines with shlex: split arguments, quote safely and rebuild commands.
import shlex
from typing import Dict, List, Tuple

LINES = [
    'deploy --env "staging eu" --tag v1.4.2 --dry-run',
    "copy 'my report.pdf' /tmp/out\\ dir/ --force",
    'grep -e "error|warn" -C 2 app.log  # search logs',
    'echo "nested \'quotes\' here" and\\ escaped',
    "run 'unterminated",
]


def parse(line: str) -> Tuple[str, List[str], Dict[str, object]]:
    tokens = shlex.split(line, comments=True)
    cmd, rest = tokens[0], tokens[1:]
    positional: List[str] = []
    options: Dict[str, object] = {}
    i = 0
    while i < len(rest):
        tok = rest[i]
        if tok.startswith("-"):
            key = tok.lstrip("-")
            if i + 1 < len(rest) and not rest[i + 1].startswith("-"):
                options[key] = rest[i + 1]
                i += 1
            else:
                options[key] = True
        else:
            positional.append(tok)
        i += 1
    return cmd, positional, options


for line in LINES:
    try:
        cmd, args, opts = parse(line)
        print(f"{cmd}: args={args} opts={opts}")
    except ValueError as exc:
        print(f"cannot parse {line!r}: {exc}")

unsafe = ["report final.txt", "it's", "$HOME", "plain-name_1.0", ""]
print([shlex.quote(s) for s in unsafe])
print(shlex.join(["tar", "-czf", "backup 2024.tgz", "~/docs"]))

lexer = shlex.shlex("x = f(a, 'b c') + 42", posix=True, punctuation_chars=True)
print(list(lexer))
lexer = shlex.shlex("key1=val1;key2='val 2'", posix=True)
lexer.whitespace = ";"
lexer.whitespace_split = True
print(dict(tok.split("=", 1) for tok in lexer))
