# Redact personal data (emails, phones, card numbers, SSNs, IPs) from support tickets with re.sub.
import re
from collections import Counter
from typing import Callable, Dict, List, Pattern, Tuple

TICKETS = [
    "Customer jane.roe@mail.com called from +1 (415) 555-0132 about card 4111 1111 1111 1111.",
    "SSN on file is 123-45-6789, please verify. Login came from 10.0.4.21 at 09:14.",
    "Refund to card ending 4242-4242-4242-4242; contact bob@corp.example or 212.555.0199.",
    "No personal data here, just a question about invoice #88231.",
]


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def mask_card(m: "re.Match[str]") -> str:
    raw = m.group(0)
    if not luhn_ok(raw):
        return raw
    digits = re.sub(r"\D", "", raw)
    return f"[CARD ****{digits[-4:]}]"


RULES: List[Tuple[str, Pattern[str], Callable[["re.Match[str]"], str]]] = [
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), lambda m: "[EMAIL]"),
    ("card", re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b"), mask_card),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), lambda m: "[SSN]"),
    ("phone", re.compile(r"(?:\+1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"), lambda m: "[PHONE]"),
    ("ip", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), lambda m: "[IP]"),
]


def redact(text: str, stats: Counter) -> str:
    for name, pattern, repl in RULES:
        text, n = pattern.subn(repl, text)
        stats[name] += n
    return text


def main() -> None:
    stats: Counter = Counter()
    for i, ticket in enumerate(TICKETS, 1):
        print(f"#{i} {redact(ticket, stats)}")
    print("redactions:", dict(sorted(stats.items())))
    print("tickets clean before redaction:", [i for i, t in enumerate(TICKETS, 1) if not any(p.search(t) for _, p, _ in RULES)])
    print(re.sub(r"(\d{3})-(\d{2})-(\d{4})", r"***-**-\3", "ssn 987-65-4321"))
    print(re.split(r"[;,.]\s*", "a, b; c. d"))
    print(re.escape("price: $5.00 (approx.)"))


main()
