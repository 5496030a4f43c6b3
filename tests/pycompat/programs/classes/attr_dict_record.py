# Flexible record type using __getattr__, __setattr__ and __delattr__ over a dict
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_changes", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        old = self._fields.get(name, "<unset>")
        self._changes.append(f"{name}: {old!r} -> {value!r}")
        self._fields[name] = value

    def __delattr__(self, name):
        if name not in self._fields:
            raise AttributeError(name)
        self._changes.append(f"{name}: deleted")
        del self._fields[name]

    def __eq__(self, other):
        return isinstance(other, Record) and self._fields == other._fields

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"


row = Record(id=1, name="widget", price=9.5)
print(row, row.name, row.price)
row.price = 11.0
row.discount = 0.1
del row.id
print(row)
print("changes:")
for c in row._changes:
    print("  ", c)
try:
    row.id
except AttributeError as e:
    print("AttributeError:", e)
print("hasattr id:", hasattr(row, "id"), "| hasattr name:", hasattr(row, "name"))
print("equal:", Record(a=1) == Record(a=1), Record(a=1) == Record(a=2))
print("getattr default:", getattr(row, "color", "n/a"))
rows = [Record(sku=s, qty=q) for s, q in [("x", 3), ("y", 0), ("z", 7)]]
print("in stock:", [r.sku for r in rows if r.qty])
print("total qty:", sum(r.qty for r in rows))
