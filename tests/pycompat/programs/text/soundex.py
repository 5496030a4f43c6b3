# Compute Soundex codes to find similar-sounding surnames.
from collections import defaultdict

CODES = {c: d for d, letters in {"1": "BFPV", "2": "CGJKQSXZ", "3": "DT", "4": "L", "5": "MN", "6": "R"}.items() for c in letters}


def soundex(name: str) -> str:
    name = "".join(c for c in name.upper() if c.isalpha())
    if not name:
        return ""
    first = name[0]
    digits = []
    prev = CODES.get(first, "")
    for c in name[1:]:
        code = CODES.get(c, "")
        if code and code != prev:
            digits.append(code)
        if c not in "HW":
            prev = code
    return (first + "".join(digits) + "000")[:4]


names = ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister",
         "Smith", "Smyth", "Schmidt", "Lee", "Li", "O'Brien", "Honeyman"]
groups = defaultdict(list)
for n in names:
    code = soundex(n)
    groups[code].append(n)
    print(f"{n:10} {code}")

print("\nSimilar-sounding groups:")
for code in sorted(groups):
    if len(groups[code]) > 1:
        print(f"  {code}: {', '.join(groups[code])}")
