# Assign stable, reproducible IDs to catalog records with uuid5 and short base64/base32 slugs.
import base64
import hashlib
import uuid
from dataclasses import dataclass
from typing import Dict, List

CATALOG_NS = uuid.uuid5(uuid.NAMESPACE_DNS, "catalog.example.com")


@dataclass
class Record:
    vendor: str
    sku: str
    title: str

    @property
    def natural_key(self) -> str:
        return f"{self.vendor.lower()}:{self.sku.upper()}"

    @property
    def uid(self) -> uuid.UUID:
        return uuid.uuid5(CATALOG_NS, self.natural_key)

    def short_id(self) -> str:
        return base64.urlsafe_b64encode(self.uid.bytes[:9]).decode("ascii")


RECORDS: List[Record] = [
    Record("Acme", "rk-100", "Rocket skates"),
    Record("acme", "RK-100", "Rocket Skates (dup)"),
    Record("Globex", "hv-9", "Hover board"),
    Record("Initech", "tps-1", "TPS report binder"),
]


def main() -> None:
    print("namespace:", CATALOG_NS)
    seen: Dict[uuid.UUID, Record] = {}
    for r in RECORDS:
        uid = r.uid
        dup = " (duplicate of %s)" % seen[uid].title if uid in seen else ""
        seen.setdefault(uid, r)
        print(f"{r.natural_key:<16} {uid} {r.short_id()}{dup}")
    sample = RECORDS[2].uid
    print("version:", sample.version, "variant:", sample.variant)
    print("hex:", sample.hex, "| urn:", sample.urn)
    print("int bits:", sample.int.bit_length(), "| fields[0]:", sample.fields[0])
    print("round trip:", uuid.UUID(str(sample)) == sample, uuid.UUID(bytes=sample.bytes) == sample)
    print("uuid3:", uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/item/1"))
    print("NAMESPACE_URL:", uuid.NAMESPACE_URL)
    digest = hashlib.sha256(b"".join(u.bytes for u in seen)).digest()
    print("b32 batch tag:", base64.b32encode(digest[:10]).decode().rstrip("="))
    print("b16:", base64.b16encode(digest[:6]).decode())
    print("std b64:", base64.b64encode(b"\xfb\xff\xfe catalog"), base64.b64decode("Y2F0YWxvZw=="))
    try:
        uuid.UUID("not-a-uuid")
    except ValueError as exc:
        print("ValueError:", exc)


main()
