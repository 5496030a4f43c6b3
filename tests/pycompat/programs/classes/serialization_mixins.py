# Mixin classes for serialization and comparison combined via multiple inheritance
import json


class ToDictMixin:
    def to_dict(self) -> dict:
        out = {}
        for key, value in vars(self).items():
            if key.startswith("_"):
                continue
            out[key] = value.to_dict() if isinstance(value, ToDictMixin) else value
        return out


class JsonMixin(ToDictMixin):
    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, text: str):
        return cls(**json.loads(text))


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Address(ReprMixin, ToDictMixin):
    def __init__(self, street: str, city: str):
        self.street = street
        self.city = city


class Customer(ReprMixin, JsonMixin):
    def __init__(self, name: str, email: str, address=None, tier: str = "basic"):
        self.name = name
        self.email = email
        self.address = Address(**address) if isinstance(address, dict) else address
        self.tier = tier
        self._secret_token = "do-not-serialize"


c = Customer("Mia", "mia@example.com", Address("1 Main St", "Springfield"), tier="gold")
print(c)
print(c.to_dict())
text = c.to_json(sort_keys=True)
print(text)
c2 = Customer.from_json(text)
print("round trip:", c2)
print("same data:", c2.to_dict() == c.to_dict())
print("Customer MRO:", [k.__name__ for k in Customer.__mro__])
print("Address MRO:", " -> ".join(k.__name__ for k in Address.__mro__))
print("isinstance checks:", isinstance(c, ToDictMixin), isinstance(c.address, JsonMixin))
print("has to_json:", hasattr(c, "to_json"), hasattr(c.address, "to_json"))
print(json.dumps([Customer("A", "a@x.io").to_dict(), Customer("B", "b@x.io", tier="pro").to_dict()], indent=2))
