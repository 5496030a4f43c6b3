# Parse CSV text by hand with split, convert types and compute per-column stats.
CSV_TEXT = """name,age,city,salary
Alice,34,Boston,72000
Bob,28,Chicago,58000
Carol,45,Boston,91000
Dan,,Denver,61000
Eve,39,Chicago,
Frank,51,Boston,105000
"""


def to_number(s: str):
    s = s.strip()
    if not s:
        return None
    try:
        return int(s)
    except ValueError:
        return float(s)


lines = CSV_TEXT.strip().split("\n")
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    values = line.split(",")
    row = dict(zip(header, values))
    row["age"] = to_number(row["age"])
    row["salary"] = to_number(row["salary"])
    rows.append(row)

print("columns:", header)
print("rows:", len(rows))
for r in rows:
    print(r)

for col in ("age", "salary"):
    vals = [r[col] for r in rows if r[col] is not None]
    missing = len(rows) - len(vals)
    print(f"{col}: n={len(vals)} missing={missing} min={min(vals)} max={max(vals)} mean={sum(vals) / len(vals):.1f}")

cities = {}
for r in rows:
    cities.setdefault(r["city"], []).append(r["name"])
for city, people in cities.items():
    print(f"{city}: {', '.join(people)}")
