# Demonstrate ljust, rjust, center and zfill for fixed-width report lines.
items = [("apples", 3), ("bananas", 12), ("kiwi", 150), ("watermelon", 7)]

print("Receipt".center(30, "="))
for name, qty in items:
    print(name.ljust(15, ".") + str(qty).rjust(15, "."))
print("".center(30, "="))

for n in [5, 42, 123, -7, 0]:
    print(f"zfill: {str(n).zfill(5)}  rjust: {str(n).rjust(5)}|  ljust: {str(n).ljust(5)}|  center: {str(n).center(7, '*')}")

invoice_ids = [1, 23, 456, 7890]
print("Invoice IDs:", ["INV-" + str(i).zfill(6) for i in invoice_ids])
print("'+42'.zfill(6) =", "+42".zfill(6))
print("'abc'.center(8) = [" + "abc".center(8) + "]")
print("'abcd'.center(9, '-') = [" + "abcd".center(9, "-") + "]")
print("'toolong'.ljust(3) = [" + "toolong".ljust(3) + "]")

width = max(len(name) for name, _ in items)
for name, qty in items:
    bar = "#" * (qty // 5)
    print(f"{name.rjust(width)} | {bar}")
