# Parse URL-encoded web form submissions into typed dataclass records with field-level validation errors.
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, unquote_plus
import re

BODIES = [
    "name=Ana+P%C3%A9rez&email=ana%40example.com&age=31&newsletter=on&interests=python&interests=data&start=2024-07-01",
    "name=&email=bad-email&age=abc&start=2024-13-01",
    "name=Li+Wei&email=li.wei%40corp.cn&age=19&interests=design&comment=Hello%2C+world%21+%26+more",
    "email=x%40y.io&age=200&name=Zed&start=2024-02-29&newsletter=off",
]


@dataclass
class Signup:
    name: str
    email: str
    age: int
    newsletter: bool = False
    interests: List[str] = field(default_factory=list)
    start: Optional[date] = None
    comment: str = ""


def parse_signup(body: str) -> Tuple[Optional[Signup], Dict[str, str]]:
    form = parse_qs(body, keep_blank_values=True)
    first = {k: v[0] for k, v in form.items()}
    errors: Dict[str, str] = {}
    name = first.get("name", "").strip()
    if not name:
        errors["name"] = "required"
    email = first.get("email", "")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", email):
        errors["email"] = f"invalid address {email!r}"
    age = 0
    try:
        age = int(first.get("age", ""))
        if not 18 <= age <= 120:
            errors["age"] = f"must be 18-120, got {age}"
    except ValueError:
        errors["age"] = "not a number"
    start = None
    if "start" in first:
        try:
            start = date.fromisoformat(first["start"])
        except ValueError as exc:
            errors["start"] = str(exc)
    if errors:
        return None, errors
    return Signup(name, email, age, first.get("newsletter") == "on", form.get("interests", []), start,
                  first.get("comment", "")), {}


def main() -> None:
    accepted: List[Signup] = []
    for i, body in enumerate(BODIES, 1):
        record, errors = parse_signup(body)
        if record:
            accepted.append(record)
            print(f"#{i} OK   {record}")
        else:
            print(f"#{i} FAIL " + "; ".join(f"{k}: {v}" for k, v in sorted(errors.items())))
    print("field names:", [f.name for f in fields(Signup)])
    print("accepted:", len(accepted), "| newsletter opt-ins:", sum(s.newsletter for s in accepted))
    print("raw decode:", unquote_plus("Hello%2C+world%21+%26+more"))


main()
