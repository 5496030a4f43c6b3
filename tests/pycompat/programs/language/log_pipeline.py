# Processing server log lines through a chain of generator functions
LOG = """\
2024-03-01 10:00:01 INFO  user=alice action=login
2024-03-01 10:00:05 ERROR user=bob action=upload size=30MB
2024-03-01 10:01:11 INFO  user=alice action=upload size=2MB
# comment line
2024-03-01 10:02:00 WARN  user=carol action=login attempts=3

2024-03-01 10:03:42 ERROR user=alice action=download
2024-03-01 10:04:10 INFO  user=bob action=logout
"""


def read_lines(text: str):
    for line in text.splitlines():
        yield line


def skip_noise(lines):
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield stripped


def parse(lines):
    for line in lines:
        date, time, level, *pairs = line.split()
        record = {"time": time, "level": level}
        record.update(pair.split("=", 1) for pair in pairs)
        yield record


def only(levels, records):
    return (r for r in records if r["level"] in levels)


pipeline = parse(skip_noise(read_lines(LOG)))
records = list(pipeline)
print("parsed", len(records), "records")
for r in records:
    print(" ", r)

problems = only(("ERROR", "WARN"), parse(skip_noise(read_lines(LOG))))
print("problems:")
for r in problems:
    print(f"  {r['time']} {r['level']:<5} {r['user']} {r['action']}")

per_user: dict[str, int] = {}
for r in records:
    per_user[r["user"]] = per_user.get(r["user"], 0) + 1
print("actions per user:", per_user)
sizes = sum(int(r["size"].rstrip("MB")) for r in records if "size" in r)
print("total upload size:", sizes, "MB")
print("any ERROR for carol:", any(r["level"] == "ERROR" and r["user"] == "carol" for r in records))
print("levels in order:", [r["level"] for r in records])
