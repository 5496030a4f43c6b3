# print() options: sep, end, flush, file=sys.stderr, and building progress output
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("2024", "05", "17", sep="-")
print("no newline...", end="")
print(" continued on same line")
print("multiple", "values", sep=" | ", end=" <<\n")

for i in range(5):
    print(i, end=" " if i < 4 else "\n")

total = 40
for done in range(0, total + 1, 10):
    filled = done * 20 // total
    print(f"\r[{'#' * filled:<20}] {done * 100 // total:3d}%", end="", flush=True)
print()

print("warning: this goes to stderr", file=sys.stderr)
print("stdout continues normally")
sys.stdout.write("written with sys.stdout.write\n")
count = sys.stdout.write("returns the number of chars: ")
print(count)

rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.0)]
for name, qty, price in rows:
    print(name.ljust(8), str(qty).rjust(4), f"{price:6.2f}", sep=" : ")

print()
print(*[f"item{n}" for n in range(3)], sep="\n")
print("empty print above and below")
print()
print("unicode ok:", "caf\u00e9", "\u2713", "\u03c0 \u2248 3.14159")
print(None, True, 3.0, [1, "two"], {"k": (1,)}, sep=" ; ")
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("{} + {} = {}".format(2, 3, 2 + 3), "{0}{1}{0}".format("ab", "-"))
