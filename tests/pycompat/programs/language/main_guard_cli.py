# Script structure with a main() function, argument list parsing and __name__ == "__main__"
import sys


def parse_args(argv: list[str]) -> dict:
    options = {"count": 3, "upper": False, "words": []}
    args = iter(argv)
    for arg in args:
        if arg in ("-n", "--count"):
            options["count"] = int(next(args))
        elif arg == "--upper":
            options["upper"] = True
        elif arg.startswith("--"):
            raise SystemExit(f"unknown option {arg}")
        else:
            options["words"].append(arg)
    return options


def run(options: dict) -> list[str]:
    words = options["words"] or ["hello"]
    lines = []
    for i in range(options["count"]):
        line = f"{i + 1}: {' '.join(words)}"
        lines.append(line.upper() if options["upper"] else line)
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        options = parse_args(argv)
    except SystemExit as e:
        print("error:", e)
        return 2
    except (ValueError, StopIteration):
        print("error: --count needs an integer")
        return 2
    for line in run(options):
        print(line)
    return 0


if __name__ == "__main__":
    print("module name:", __name__)
    codes = []
    for argv in ([], ["-n", "2", "good", "morning"], ["--upper", "hi", "--count", "1"],
                 ["--bogus"], ["-n"], ["-n", "two"]):
        print(f"--- args: {argv}")
        codes.append(main(argv))
    print("exit codes:", codes)
