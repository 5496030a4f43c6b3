# Print a nicely aligned text table of products with padding and separators.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget Pro", 12, 129.99),
    ("Thingamajig", 1, 1250.0),
    ("Doohickey", 250, 0.45),
]
headers = ("Item", "Qty", "Unit Price", "Total")

table = [(name, qty, price, qty * price) for name, qty, price in rows]
w_name = max(len(headers[0]), *(len(r[0]) for r in table))

line = f"+{'-' * (w_name + 2)}+{'-' * 7}+{'-' * 14}+{'-' * 14}+"
print(line)
print(f"| {headers[0]:<{w_name}} | {headers[1]:>5} | {headers[2]:>12} | {headers[3]:>12} |")
print(line.replace("-", "="))
for name, qty, price, total in table:
    print(f"| {name:<{w_name}} | {qty:>5} | {price:>12,.2f} | {total:>12,.2f} |")
print(line)
grand = sum(r[3] for r in table)
print(f"| {'TOTAL':>{w_name}} | {sum(r[1] for r in table):>5} | {'':>12} | {grand:>12,.2f} |")
print(line)

print()
print("Centered title:")
print(f"{' Inventory Report ':*^{len(line)}}")
print("Percent of total:")
for name, _, _, total in table:
    print(f"  {name:.<20}{total / grand:>8.1%}")
