# Find extremes in product data with min/max using key= and default=.
products = [
    {"name": "Laptop", "price": 999.99, "rating": 4.5},
    {"name": "Mouse", "price": 19.99, "rating": 4.7},
    {"name": "Monitor", "price": 249.5, "rating": 4.5},
    {"name": "Cable", "price": 5.0, "rating": 3.9},
    {"name": "Keyboard", "price": 49.0, "rating": 4.7},
]

cheapest = min(products, key=lambda p: p["price"])
priciest = max(products, key=lambda p: p["price"])
best = max(products, key=lambda p: p["rating"])  # first of ties wins
worst = min(products, key=lambda p: p["rating"])
print("cheapest:", cheapest["name"], cheapest["price"])
print("priciest:", priciest["name"], priciest["price"])
print("best rated (first of ties):", best["name"])
print("worst rated:", worst["name"])
print("best value:", max(products, key=lambda p: p["rating"] / p["price"])["name"])

empty = []
print("max of empty with default:", max(empty, default=None))
print("min of empty with default:", min((p["price"] for p in products if p["price"] > 5000), default=0.0))
try:
    max(empty)
except ValueError as e:
    print(f"error: {type(e).__name__}")

print("min of args:", min(3, 1, 2), "max of strings:", max("apple", "banana", "cherry"))
print("longest name:", max((p["name"] for p in products), key=len))
print("min tuple:", min([(2, "b"), (1, "z"), (1, "a")]))
scores = {"ann": 88, "ben": 95, "cat": 95, "dan": 70}
print("top scorer:", max(scores, key=scores.get), "lowest:", min(scores.items(), key=lambda kv: kv[1]))
