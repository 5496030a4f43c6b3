# Shopping cart with line items, discounts and dunder methods
class LineItem:
    def __init__(self, name: str, unit_price: float, qty: int = 1):
        self.name = name
        self.unit_price = unit_price
        self.qty = qty

    @property
    def subtotal(self) -> float:
        return round(self.unit_price * self.qty, 2)

    def __repr__(self):
        return f"LineItem({self.name!r}, {self.unit_price}, qty={self.qty})"


class ShoppingCart:
    def __init__(self):
        self._items: dict[str, LineItem] = {}
        self.discount_pct = 0

    def add(self, name: str, price: float, qty: int = 1) -> "ShoppingCart":
        if name in self._items:
            self._items[name].qty += qty
        else:
            self._items[name] = LineItem(name, price, qty)
        return self

    def remove(self, name: str) -> None:
        del self._items[name]

    def __len__(self):
        return sum(item.qty for item in self._items.values())

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(self._items.values())

    def __bool__(self):
        return bool(self._items)

    def total(self) -> float:
        gross = sum(i.subtotal for i in self)
        return round(gross * (100 - self.discount_pct) / 100, 2)


cart = ShoppingCart()
print("Empty cart is truthy?", bool(cart))
cart.add("apple", 0.5, 6).add("bread", 2.25).add("milk", 1.99, 2).add("apple", 0.5, 4)
print("Items in cart:", len(cart))
print("Has milk?", "milk" in cart, "| Has eggs?", "eggs" in cart)
for item in cart:
    print(f"{item.name:<8} x{item.qty:<3} = {item.subtotal:6.2f}")
print("Total:", cart.total())
cart.discount_pct = 10
print("Total with 10% off:", cart.total())
cart.remove("bread")
print("After removing bread:", list(cart))
try:
    cart.remove("eggs")
except KeyError as e:
    print("Cannot remove:", e)
