# Nested dataclasses to JSON and back: asdict/astuple, recursive from_dict driven by fields() and type hints
import json
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass
from typing import Any, Dict, List, Optional, get_args, get_origin, get_type_hints


@dataclass
class GeoPoint:
    lat: float
    lon: float


@dataclass
class Address:
    street: str
    city: str
    location: Optional[GeoPoint] = None


@dataclass
class Contact:
    kind: str
    value: str


@dataclass
class Customer:
    id: int
    name: str
    addresses: List[Address] = field(default_factory=list)
    contacts: Dict[str, Contact] = field(default_factory=dict)
    tags: List[str] = field(default_factory=list)


def from_dict(cls: Any, data: Any) -> Any:
    origin = get_origin(cls)
    if is_dataclass(cls):
        hints = get_type_hints(cls)
        return cls(**{f.name: from_dict(hints[f.name], data[f.name]) for f in fields(cls) if f.name in data})
    if origin is list:
        (item,) = get_args(cls)
        return [from_dict(item, x) for x in data]
    if origin is dict:
        _, val = get_args(cls)
        return {k: from_dict(val, v) for k, v in data.items()}
    if origin is not None and type(None) in get_args(cls):
        inner = [a for a in get_args(cls) if a is not type(None)][0]
        return None if data is None else from_dict(inner, data)
    return data


c = Customer(
    7, "Nadia",
    [Address("1 Main St", "Springfield", GeoPoint(39.8, -89.6)), Address("PO Box 9", "Shelbyville")],
    {"work": Contact("email", "nadia@corp.example"), "home": Contact("phone", "555-0100")},
    ["vip", "beta"],
)
d = asdict(c)
text = json.dumps(d, sort_keys=True)
print(text)
back = from_dict(Customer, json.loads(text))
print("roundtrip equal:", back == c)
print(back.addresses[0].location, back.contacts["home"])
print("astuple:", astuple(c.addresses[0]))
d["addresses"][0]["city"] = "Changed"
print("asdict copies:", c.addresses[0].city)
print("dict factory:", asdict(c.contacts["work"], dict_factory=lambda kv: [k for k, _ in kv]))
print("field types:", {f.name: f.type for f in fields(Address)})
print("hints:", get_type_hints(Customer)["contacts"])
