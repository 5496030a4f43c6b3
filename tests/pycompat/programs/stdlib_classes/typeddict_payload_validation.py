# Validate JSON payloads against TypedDict schemas using get_type_hints, get_origin and get_args
import json
from typing import (Any, Dict, List, Literal, Optional, TypedDict, Union, get_args, get_origin, get_type_hints,
                    is_typeddict)


class Address(TypedDict):
    city: str
    zip: str


class Customer(TypedDict, total=False):
    nickname: str
    tags: List[str]


class Order(TypedDict):
    id: int
    status: Literal["new", "paid", "shipped"]
    amount: Union[int, float]
    note: Optional[str]
    ship_to: Address


LineItem = TypedDict("LineItem", {"sku": str, "qty": int})


def check(value: Any, tp: Any, path: str, errors: List[str]) -> None:
    origin = get_origin(tp)
    if origin is Union:
        if not any(_ok(value, arg) for arg in get_args(tp)):
            errors.append(f"{path}: {value!r} is none of {get_args(tp)}")
    elif origin is Literal:
        if value not in get_args(tp):
            errors.append(f"{path}: {value!r} not in {list(get_args(tp))}")
    elif origin is list:
        if not isinstance(value, list):
            errors.append(f"{path}: expected list")
        else:
            for i, item in enumerate(value):
                check(item, get_args(tp)[0], f"{path}[{i}]", errors)
    elif is_typeddict(tp):
        validate(value, tp, path, errors)
    elif tp is type(None):
        if value is not None:
            errors.append(f"{path}: expected None")
    elif not isinstance(value, tp):
        errors.append(f"{path}: expected {tp.__name__}, got {type(value).__name__}")


def _ok(value: Any, tp: Any) -> bool:
    errs: List[str] = []
    check(value, tp, "", errs)
    return not errs


def validate(data: Dict[str, Any], schema: type, path: str, errors: List[str]) -> None:
    if not isinstance(data, dict):
        errors.append(f"{path}: expected object")
        return
    hints = get_type_hints(schema)
    for key in sorted(schema.__required_keys__ - data.keys()):
        errors.append(f"{path}.{key}: missing")
    for key, value in data.items():
        if key not in hints:
            errors.append(f"{path}.{key}: unexpected key")
        else:
            check(value, hints[key], f"{path}.{key}", errors)


payload = json.loads("""[
 {"id": 1, "status": "paid", "amount": 12.5, "note": null, "ship_to": {"city": "Oslo", "zip": "0150"}},
 {"id": "2", "status": "lost", "amount": 3, "note": "gift", "ship_to": {"city": "Rome"}},
 {"id": 3, "status": "new", "amount": "free", "ship_to": {"city": "Lima", "zip": 15001}, "extra": true}
]""")
for n, record in enumerate(payload):
    errors: List[str] = []
    validate(record, Order, f"order[{n}]", errors)
    print(f"order {n}: {'ok' if not errors else 'invalid'}")
    for e in errors:
        print("  ", e)

print("required:", sorted(Order.__required_keys__), "optional:", sorted(Customer.__optional_keys__))
print("total:", Order.__total__, Customer.__total__)
c: Customer = Customer(nickname="zed")
print("customer is a dict:", c, type(c).__name__)
item = LineItem(sku="A-1", qty=2)
print("line item:", item, LineItem.__annotations__)
print("hints:", get_type_hints(Order)["status"], get_type_hints(Order)["note"])
