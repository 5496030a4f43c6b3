# Export report rows to CSV strings with different dialects and quoting modes, then read them back.
import csv
import io

rows = [
    {"sku": "A-100", "name": "Widget, large", "price": 12.5, "stock": 40, "tags": "new"},
    {"sku": "B-200", "name": 'Gadget "Pro"', "price": 99.0, "stock": 0, "tags": ""},
    {"sku": "C-300", "name": "Multi\nline item", "price": 3.25, "stock": 1200, "tags": None},
]
fields = ["sku", "name", "price", "stock", "tags"]

def export(**fmt):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, **fmt)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()

for label, fmt in [("default", {}),
                   ("all quoted", {"quoting": csv.QUOTE_ALL}),
                   ("non-numeric", {"quoting": csv.QUOTE_NONNUMERIC}),
                   ("semicolon/unix", {"delimiter": ";", "lineterminator": "\n"}),
                   ("tabs", {"dialect": "excel-tab"})]:
    text = export(**fmt)
    print(f"== {label}: {len(text)} chars")
    print(repr(text))

# Round trip: the default export parses back to the same values (as strings).
back = list(csv.DictReader(io.StringIO(export(), newline="")))
for original, parsed in zip(rows, back):
    same = all(str(original[k] if original[k] is not None else "") == parsed[k] for k in fields)
    print(parsed["sku"], "round-trip ok" if same else "MISMATCH", repr(parsed["name"]))

# Escaping instead of quoting.
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["path", "C:\\temp,files", 'say "hi"'])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), escapechar="\\", quoting=csv.QUOTE_NONE)))

try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["needs,escape"])
except csv.Error as exc:
    print("csv.Error:", exc)

# writerow returns what the file's write() returned.
out = io.StringIO()
n = csv.writer(out).writerow(["x", 1, 2.5, None, True])
print(n, repr(out.getvalue()))
