# Normalize mixed line endings and tabs in a text snippet.
raw = "line one\r\nline two\n\tindented\tcolumns\rline four\n\nlast line\n"

print("split('\\n'):", raw.split("\n"))
print("splitlines():", raw.splitlines())
print("splitlines(keepends=True):", raw.splitlines(keepends=True))

for i, line in enumerate(raw.splitlines(), 1):
    print(f"{i:>2}: [{line.expandtabs(4)}]")

table = "name\tqty\tprice\napple\t3\t1.20\nwatermelon\t1\t4.50"
print(table.expandtabs(12))
print(table.expandtabs())
print("tab positions:", [len("ab\tc".expandtabs(n)) for n in (1, 2, 4, 8)])

nonempty = [l.strip() for l in raw.splitlines() if l.strip()]
print("Non-empty lines:", len(nonempty))
print("Joined:", " | ".join(nonempty))
print("Empty string splitlines:", "".splitlines(), "split:", "".split("\n"))
