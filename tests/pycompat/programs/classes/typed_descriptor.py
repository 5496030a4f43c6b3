# Validating descriptors for a model class (typed, ranged fields)
class Field:
    def __init__(self, kind: type, *, min_value=None, max_value=None):
        self.kind = kind
        self.min_value = min_value
        self.max_value = max_value

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValueError(f"{self.name} must be >= {self.min_value}")
        if self.max_value is not None and value > self.max_value:
            raise ValueError(f"{self.name} must be <= {self.max_value}")
        setattr(obj, self.private, value)


class Product:
    name = Field(str)
    price = Field(float, min_value=0.0)
    stock = Field(int, min_value=0, max_value=10_000)

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product(name={self.name!r}, price={self.price}, stock={self.stock})"


p = Product("Lamp", 19.99, 12)
print(p)
p.stock -= 2
print("after sale:", p.stock)

attempts = [("price", -1.0), ("stock", 20_000), ("name", 42), ("stock", 3.5), ("price", 24.5)]
for attr, value in attempts:
    try:
        setattr(p, attr, value)
        print(f"set {attr}={value!r}: ok")
    except (TypeError, ValueError) as e:
        print(f"set {attr}={value!r}: {type(e).__name__}: {e}")

print(p)
print("descriptor on class:", type(Product.price).__name__, Product.price.name)
print("instance dict:", sorted(vars(p)))
