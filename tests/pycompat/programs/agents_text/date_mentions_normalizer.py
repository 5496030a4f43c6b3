# Find dates written in many styles inside free text and rewrite them all as ISO 8601.
import re
from datetime import datetime, date
from typing import List, Optional, Tuple

TEXT = """The contract was signed on 14 March 2023 and amended 2023-06-01.
Payments are due Jan 5, 2024 and 05/02/2024 (UK style), with a final review on 2024.12.31.
Ignore bogus dates like 31/02/2024 or 2024-13-01. The kickoff was Sunday, 7 April 2024."""

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
PATTERNS: List[Tuple[str, List[str]]] = [
    (r"\b\d{4}-\d{2}-\d{2}\b", ["%Y-%m-%d"]),
    (r"\b\d{4}\.\d{2}\.\d{2}\b", ["%Y.%m.%d"]),
    (r"\b\d{2}/\d{2}/\d{4}\b", ["%d/%m/%Y"]),
    (rf"\b(?:[A-Z][a-z]+day, )?\d{{1,2}} {MONTHS} \d{{4}}\b", ["%A, %d %B %Y", "%d %B %Y", "%d %b %Y"]),
    (rf"\b{MONTHS} \d{{1,2}}, \d{{4}}\b", ["%b %d, %Y", "%B %d, %Y"]),
]


def try_parse(text: str, formats: List[str]) -> Optional[date]:
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def main() -> None:
    found: List[Tuple[int, str, Optional[date]]] = []
    for pattern, formats in PATTERNS:
        for m in re.finditer(pattern, TEXT):
            found.append((m.start(), m.group(), try_parse(m.group(), formats)))
    found.sort()
    for pos, raw, parsed in found:
        status = parsed.isoformat() if parsed else "INVALID"
        print(f"@{pos:>3} {raw!r:<28} -> {status}")
    rewritten = TEXT
    for _, raw, parsed in sorted(found, key=lambda f: -f[0]):
        if parsed:
            rewritten = rewritten.replace(raw, parsed.isoformat(), 1)
    print(rewritten)
    valid = sorted(p for _, _, p in found if p)
    print("range:", valid[0], "to", valid[-1], "=", (valid[-1] - valid[0]).days, "days")
    print("weekdays:", [d.strftime("%a") for d in valid])
    print("fromisoformat:", date.fromisoformat("2024-02-29"), datetime.fromisoformat("2024-02-29T08:15:00").time())


main()
