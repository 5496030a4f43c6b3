# Check US ZIP codes and Canadian postal codes with regex patterns.
import re

US_ZIP = re.compile(r"\d{5}(-\d{4})?")
CA_POSTAL = re.compile(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", re.IGNORECASE)


def classify(code: str) -> str:
    code = code.strip()
    if US_ZIP.fullmatch(code):
        return "US ZIP+4" if "-" in code else "US ZIP"
    if CA_POSTAL.fullmatch(code):
        return "CA postal"
    return "unknown"


codes = ["90210", "12345-6789", "1234", "K1A 0B1", "m5v3l9", "ABCDE", "123456", " 02139 ", "H0H 0H0"]
results = {}
for c in codes:
    kind = classify(c)
    results.setdefault(kind, []).append(c.strip())
    print(f"{c!r:15} {kind}")

print()
for kind in sorted(results):
    print(f"{kind}: {results[kind]}")

text = "Ship to 10001, 94105-1234 or M5V 3L9; not 999 or 1234567."
print("Found US zips:", re.findall(r"\b\d{5}(?:-\d{4})?\b", text))
print("Found CA codes:", [m.group().upper() for m in re.finditer(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", text)])
