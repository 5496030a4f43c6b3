# Track warehouse inventory with collections.Counter arithmetic.
from collections import Counter

stock = Counter({"apple": 50, "banana": 30, "cherry": 0, "date": 12})
shipment = Counter(apple=20, banana=10, elderberry=15)
orders = Counter(["apple", "apple", "banana", "date", "apple", "fig"])

print("initial:", stock)
stock.update(shipment)
print("after shipment:", stock)
stock.subtract(orders)
print("after orders (subtract):", stock)
print("negative items:", sorted(k for k, v in stock.items() if v < 0))
print("positive only (+stock):", +stock)
print("total units:", stock.total() if hasattr(stock, "total") else sum(stock.values()))
print("most common 3:", stock.most_common(3))

a = Counter(x=3, y=1)
b = Counter(x=1, y=2, z=4)
print("a + b:", a + b)
print("a - b:", a - b)
print("a & b:", a & b)
print("a | b:", a | b)
print("elements:", sorted(a.elements()))
print("missing key:", a["nope"])
letters = Counter("mississippi")
print("letters:", letters)
print("letters sorted:", sorted(letters.items()))
print("least common:", letters.most_common()[:-3:-1])
