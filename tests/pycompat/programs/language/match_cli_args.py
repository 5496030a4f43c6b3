# Parsing command-line style argument lists with match (or-patterns, as, guards, star patterns)
def parse(argv: list[str]) -> str:
    match argv:
        case []:
            return "usage: tool <command> [options]"
        case ["help" | "-h" | "--help"]:
            return "showing help"
        case ["version" | "-V" as flag]:
            return f"tool 1.0 (via {flag})"
        case ["init", name]:
            return f"initializing project {name!r}"
        case ["init", *_]:
            return "error: init takes exactly one name"
        case ["add", *files] if files and all(f.endswith(".py") for f in files):
            return f"adding {len(files)} python file(s): {', '.join(files)}"
        case ["add", *files] if files:
            rejected = [f for f in files if not f.endswith(".py")]
            return f"error: only .py files allowed, got {rejected}"
        case ["run", script, *args] if "--verbose" in args or "-v" in args:
            rest = [a for a in args if a not in ("--verbose", "-v")]
            return f"running {script} verbosely with args {rest}"
        case ["run", script, *args]:
            return f"running {script} with args {args}"
        case ["config", ("get" | "unset") as action, key]:
            return f"config {action} {key}"
        case ["config", "set", key, value]:
            return f"config set {key} = {value}"
        case [cmd, *_] if cmd.startswith("-"):
            return f"error: unknown option {cmd}"
        case [cmd, *rest]:
            return f"error: unknown command {cmd!r} ({len(rest)} extra args)"


cases = [
    "",
    "--help",
    "-V",
    "init demo",
    "init a b",
    "add main.py utils.py",
    "add main.py notes.txt",
    "run app.py --port 80 -v",
    "run app.py --port 80",
    "config get user.name",
    "config set user.name ada",
    "config unset color",
    "--frobnicate",
    "deploy now please",
]
for line in cases:
    print(f"{line!r:<30} {parse(line.split())}")
