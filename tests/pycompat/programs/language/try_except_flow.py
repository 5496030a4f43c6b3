# try/except/else/finally control flow in a batch data importer
class ImportSkipped(Exception):
    pass


def parse_row(row: str) -> dict:
    name, qty, price = row.split(",")
    if not name:
        raise ImportSkipped("blank name")
    return {"name": name, "qty": int(qty), "price": float(price)}


rows = ["apple,3,0.5", "banana,x,0.25", ",1,1.0", "cherry,10,0.1", "bad row", "date,2,3.75"]
imported, errors = [], []
for lineno, row in enumerate(rows, 1):
    try:
        record = parse_row(row)
    except ImportSkipped as e:
        print(f"line {lineno}: skipped ({e})")
    except ValueError as e:
        errors.append((lineno, type(e).__name__))
        print(f"line {lineno}: bad value")
    else:
        imported.append(record)
        print(f"line {lineno}: imported {record['name']}")
    finally:
        print(f"line {lineno}: done")

print("imported:", [r["name"] for r in imported])
print("errors:", errors)


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  caught division by zero, returning inf")
        return float("inf")
    else:
        print("  division ok")
        return result
    finally:
        print("  finally runs even after return")


print(divide(10, 4))
print(divide(1, 0))


def finally_wins():
    try:
        return "from try"
    finally:
        print("  cleanup before return")


print(finally_wins())

try:
    try:
        int("not a number")
    except ValueError:
        print("inner handler, re-raising as KeyError")
        raise KeyError("converted")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught KeyError:", e, "| context type:", type(e.__context__).__name__)

try:
    [1, 2, 3][10]
except (IndexError, KeyError) as e:
    print("tuple of exceptions caught:", type(e).__name__)
except Exception:
    print("not reached")
