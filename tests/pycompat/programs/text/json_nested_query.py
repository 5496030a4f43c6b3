# Load nested JSON of a store catalog and answer questions about it.
import json

CATALOG = """
{
  "store": "Corner Shop",
  "categories": [
    {"name": "Fruit", "items": [
      {"sku": "F1", "name": "Apple", "price": 0.5, "stock": 120},
      {"sku": "F2", "name": "Banana", "price": 0.25, "stock": 0},
      {"sku": "F3", "name": "Mango", "price": 1.75, "stock": 14}
    ]},
    {"name": "Dairy", "items": [
      {"sku": "D1", "name": "Milk", "price": 1.2, "stock": 30},
      {"sku": "D2", "name": "Cheese", "price": 4.99, "stock": 8}
    ]},
    {"name": "Bakery", "items": []}
  ]
}
"""


def get_path(obj, path: str, default=None):
    """Follow a dotted path like 'categories.0.items.1.name'."""
    for part in path.split("."):
        try:
            obj = obj[int(part)] if isinstance(obj, list) else obj[part]
        except (KeyError, IndexError, ValueError):
            return default
    return obj


data = json.loads(CATALOG)
print("Store:", data["store"])
for cat in data["categories"]:
    items = cat["items"]
    value = sum(i["price"] * i["stock"] for i in items)
    print(f"{cat['name']:8} items={len(items)} stock value=${value:,.2f}")

all_items = [item for cat in data["categories"] for item in cat["items"]]
out_of_stock = [i["name"] for i in all_items if i["stock"] == 0]
print("Out of stock:", out_of_stock)
priciest = max(all_items, key=lambda i: i["price"])
print("Most expensive:", priciest["name"], priciest["price"])
print("Path lookup:", get_path(data, "categories.1.items.0.name"))
print("Missing path:", get_path(data, "categories.5.items", "n/a"))
index = {i["sku"]: i["name"] for i in all_items}
print(json.dumps(index, indent=2, sort_keys=True))
