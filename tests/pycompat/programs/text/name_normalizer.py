# Normalize messy person names from a signup form and detect duplicates.
import re
from dataclasses import dataclass


@dataclass
class Person:
    first: str
    last: str

    @property
    def display(self) -> str:
        return f"{self.last}, {self.first}"


def normalize_part(part: str) -> str:
    part = part.strip().lower()
    pieces = re.split(r"([-'])", part)
    out = "".join(p.capitalize() if p not in "-'" else p for p in pieces)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


def parse_name(raw: str) -> Person:
    raw = re.sub(r"\s+", " ", raw).strip()
    if "," in raw:
        last, first = [s.strip() for s in raw.split(",", 1)]
    else:
        *firsts, last = raw.split(" ")
        first = " ".join(firsts)
    return Person(" ".join(normalize_part(p) for p in first.split()), normalize_part(last))


raw_names = ["  john   SMITH ", "smith, john", "MARY-KATE o'neil", "o'neil, mary-kate",
             "ronald mcdonald", "Jean Luc Picard", "picard,jean luc", "ALICE"]
people = [parse_name(n) for n in raw_names]
for raw, p in zip(raw_names, people):
    print(f"{raw!r:25} -> {p.display!r:25} {p}")

unique = list(dict.fromkeys((p.first, p.last) for p in people))
print(f"{len(people)} entries, {len(unique)} unique:")
for first, last in unique:
    print(f"  {first} {last}".rstrip())
