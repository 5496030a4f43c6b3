# with statements: capturing printed output via redirect_stdout and a custom indentation manager
import io
from contextlib import redirect_stdout, contextmanager


def noisy_report(items: list[str]) -> int:
    print("REPORT START")
    for i, item in enumerate(items, 1):
        print(f"  {i}. {item}")
    print("REPORT END")
    return len(items)


buffer = io.StringIO()
with redirect_stdout(buffer):
    count = noisy_report(["alpha", "beta", "gamma"])
captured = buffer.getvalue()
print("captured", count, "items;", len(captured.splitlines()), "lines,", len(captured), "chars")
print("captured text upper-cased:")
print(captured.upper(), end="")


@contextmanager
def tag(name: str):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as t:
        print(f"  inside {t}")
        with tag("p"), tag("b"):
            print("    bold paragraph")

out = io.StringIO()
out.write("first line\n")
print("second line", file=out)
print("third", "line", sep="-", file=out)
print("StringIO contents:", out.getvalue().splitlines())

reader = io.StringIO("name,qty\npen,3\ncup,2\n")
with reader:
    header = reader.readline().strip().split(",")
    rows = [line.strip().split(",") for line in reader]
print("parsed from StringIO:", header, rows)
print("closed after with:", reader.closed)
try:
    reader.read()
except ValueError:
    print("reading a closed StringIO raises ValueError")
