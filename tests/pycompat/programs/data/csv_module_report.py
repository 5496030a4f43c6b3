# Read CSV data with the csv module (from a string), aggregate, and write a CSV summary.
import csv
import io

DATA = '''order_id,customer,product,quantity,unit_price
1001,"Smith, John",Keyboard,2,49.99
1002,Jane Doe,Mouse,5,19.50
1003,"Smith, John",Monitor,1,189.00
1004,"O'Brien, Pat","USB ""C"" Hub",3,25.00
1005,Jane Doe,Keyboard,1,49.99
'''

reader = csv.DictReader(io.StringIO(DATA))
totals = {}
for row in reader:
    amount = int(row["quantity"]) * float(row["unit_price"])
    totals[row["customer"]] = totals.get(row["customer"], 0) + amount
    print(f"{row['order_id']}: {row['customer']:<14} {row['product']:<12} {amount:>8.2f}")

print("fieldnames:", reader.fieldnames)
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["customer", "total"])
for customer, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    writer.writerow([customer, f"{total:.2f}"])
print(out.getvalue(), end="")

rows = list(csv.reader(io.StringIO("a;b;c\n1;2;3\n'x;y';z;w\n"), delimiter=";", quotechar="'"))
print(rows)

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "note"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "note": 'said "hi"'})
dw.writerow({"id": 2, "note": "plain"})
print(buf.getvalue(), end="")
