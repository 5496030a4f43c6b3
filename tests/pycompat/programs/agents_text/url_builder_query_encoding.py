# Build and take apart API URLs with urllib.parse: urlencode, quote, urljoin, urlsplit and parse_qsl.
from urllib.parse import (urlencode, quote, quote_plus, unquote, unquote_plus, urljoin, urlsplit,
                          urlunsplit, parse_qsl, parse_qs, urlparse)
from typing import Dict, List, Tuple

BASE = "https://api.example.com/v1/"


def build(path: str, params: Dict[str, object]) -> str:
    clean = {k: v for k, v in params.items() if v is not None}
    return urljoin(BASE, quote(path)) + ("?" + urlencode(clean, doseq=True) if clean else "")


def main() -> None:
    url = build("search/caf\u00e9 & bar", {"q": "coffee beans", "tags": ["organic", "fair trade"], "page": 2, "debug": None})
    print(url)
    parts = urlsplit(url)
    print("scheme:", parts.scheme, "| host:", parts.hostname, "| port:", parts.port)
    print("path decoded:", unquote(parts.path))
    pairs: List[Tuple[str, str]] = parse_qsl(parts.query)
    print("query pairs:", pairs)
    print("as dict:", parse_qs(parts.query))
    print("quote_plus:", quote_plus("a b&c=d/e"), "| quote:", quote("a b&c=d/e"), "| safe='':", quote("/x y", safe=""))
    print("unquote_plus:", unquote_plus("total%3D10+%2B+5"))
    for rel in ["users/7", "/health", "../v2/items", "https://other.example/x", "?page=3"]:
        print(f"urljoin({rel!r}) -> {urljoin(BASE + 'orders/', rel)}")
    rebuilt = urlunsplit(parts._replace(query=urlencode({"q": "tea"}), fragment="top"))
    print("rebuilt:", rebuilt)
    p = urlparse("postgres://admin:s3cr%40t@db.internal:5432/sales?sslmode=require")
    print("db user:", p.username, "password:", unquote(p.password), "port:", p.port, "db:", p.path.lstrip("/"))
    print("netloc:", p.netloc, "| geturl:", p._replace(netloc="db.internal:5432").geturl())
    print(urlencode([("a", 1), ("a", 2), ("b", "x y")]), urlencode({"emoji": "\u2603"}))


main()
