# Deduplicate customer records by hashing a normalized JSON form of each record with hashlib.
import hashlib
import json
from dataclasses import dataclass, asdict
from typing import Dict, List


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    phone: str
    city: str


RAW = [
    {"name": "Maria Lopez", "email": "Maria@Example.com", "phone": "(555) 010-2000", "city": "Austin"},
    {"name": "maria lopez ", "email": "maria@example.com", "phone": "555-010-2000", "city": "austin"},
    {"name": "Tom Reed", "email": "tom@reed.io", "phone": "555 777 1234", "city": "Denver"},
    {"name": "Tom  Reed", "email": "TOM@REED.IO", "phone": "5557771234", "city": "Denver"},
    {"name": "Sara Kim", "email": "sara@kim.dev", "phone": "555-222-3333", "city": "Seattle"},
]


def normalize(rec: Dict[str, str]) -> Customer:
    digits = "".join(ch for ch in rec["phone"] if ch.isdigit())
    return Customer(
        name=" ".join(rec["name"].split()).title(),
        email=rec["email"].strip().lower(),
        phone=f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
        city=rec["city"].strip().title(),
    )


def fingerprint(c: Customer) -> str:
    payload = json.dumps(asdict(c), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def main() -> None:
    seen: Dict[str, Customer] = {}
    dupes: List[int] = []
    for i, rec in enumerate(RAW):
        cust = normalize(rec)
        fp = fingerprint(cust)
        print(f"row {i}: {fp[:16]}  {cust.name} <{cust.email}>")
        if fp in seen:
            dupes.append(i)
        else:
            seen[fp] = cust
    print(f"\n{len(RAW)} rows -> {len(seen)} unique, duplicates at rows {dupes}")
    for fp, cust in seen.items():
        print(f"  {hashlib.md5(fp.encode()).hexdigest()[:8]} {cust}")
    h = hashlib.sha1()
    for fp in sorted(seen):
        h.update(fp.encode())
    print("batch digest:", h.hexdigest(), "digest size:", h.digest_size)
    print("blake2b:", hashlib.blake2b(b"customer-batch", digest_size=8).hexdigest())


main()
