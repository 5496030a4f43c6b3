# Mail-merge customer notification emails with string.Template, safe_substitute and a custom delimiter.
from string import Template
from dataclasses import dataclass, asdict
from typing import List
import string

BODY = Template("""Subject: Your order $order_id has shipped

Dear $name,

Good news! Your order of $item_count item(s) totalling $$${total} left our
${warehouse} warehouse today. Track it at $tracking_url.

$signature""")


@dataclass
class Notice:
    name: str
    order_id: str
    item_count: int
    total: str
    warehouse: str
    tracking_url: str


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


NOTICES: List[Notice] = [
    Notice("Ms. Rivera", "A-1001", 3, "84.20", "Reno", "https://track.example/A-1001"),
    Notice("Dr. Okafor", "A-1002", 1, "12.00", "Dayton", "https://track.example/A-1002"),
]


def main() -> None:
    for n in NOTICES:
        print(BODY.substitute(asdict(n), signature="-- The Shipping Team"))
        print("-" * 40)
    partial = BODY.safe_substitute(name="Sam", order_id="A-9")
    print(partial.splitlines()[0], "|", "$tracking_url" in partial)
    try:
        BODY.substitute(name="Sam")
    except KeyError as exc:
        print("missing key:", exc)
    try:
        Template("cost: $").substitute()
    except ValueError as exc:
        print("ValueError:", exc)
    pct = PercentTemplate("Hello %user, you have %count new messages (100%% real)")
    print(pct.substitute(user="kai", count=4))
    print("identifiers:", BODY.get_identifiers())
    print("valid:", BODY.is_valid(), Template("$1bad").is_valid())
    print(string.capwords("hello   wide  world"), string.ascii_lowercase[:6], string.digits, string.punctuation[:8])
    fmt = string.Formatter()
    print(fmt.format("{0:>6}|{name:^7}|{1:.2f}", "left", 3.14159, name="mid"))
    print([t[1] for t in fmt.parse("Hi {user}, balance {amount:.2f}")])


main()
