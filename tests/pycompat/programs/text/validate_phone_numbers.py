# Validate and normalize US phone numbers in various formats.
import re
from typing import Optional

PHONE_RE = re.compile(
    r"""
    ^\s*
    (?:\+?1[\s.-]?)?          # optional country code
    \(?(?P<area>\d{3})\)?     # area code, optional parens
    [\s.-]?
    (?P<prefix>\d{3})         # exchange
    [\s.-]?
    (?P<line>\d{4})           # line number
    \s*$
    """,
    re.VERBOSE,
)


def normalize(phone: str) -> Optional[str]:
    m = PHONE_RE.match(phone)
    if m is None:
        return None
    return "({area}) {prefix}-{line}".format(**m.groupdict())


numbers = [
    "555-123-4567",
    "(555) 123-4567",
    "555.123.4567",
    "+1 555 123 4567",
    "15551234567",
    "123-45-6789",
    "555-1234",
    "phone: 555-123-4567",
    "  (800)555-0199  ",
]

ok = 0
for n in numbers:
    norm = normalize(n)
    status = norm if norm else "INVALID"
    if norm:
        ok += 1
    print(f"{n!r:25} => {status}")
print(f"{ok}/{len(numbers)} valid")
