# Derive stable UUIDs for catalog entities (uuid5/uuid3), parse incoming ids and group records by them.
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "catalog.example.com")
print("namespace:", NAMESPACE, NAMESPACE.version)

products = ["widget-a", "widget-b", "gadget-x", "widget-a"]
ids = {}
for sku in products:
    pid = uuid.uuid5(NAMESPACE, f"product:{sku}")
    ids.setdefault(pid, []).append(sku)
for pid, skus in ids.items():
    print(pid, skus)
print("unique ids:", len(ids), "for", len(products), "records")

u = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/items/42")
print("url id:", u.hex, u.urn)
print("fields:", u.fields)
print("version/variant:", u.version, u.variant)
print("bytes:", u.bytes.hex(), "| bytes_le:", u.bytes_le.hex())
print("md5 based:", uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1.4.1"))

incoming = ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678",
            "12345678123456781234567812345678", "not-a-uuid", "12345678-1234-5678-1234-56781234567"]
for text in incoming:
    try:
        parsed = uuid.UUID(text)
        print(f"{text!r:>50} -> {parsed}")
    except ValueError as exc:
        print(f"{text!r:>50} -> ValueError: {exc}")

ordered = sorted(uuid.UUID(int=n * 0x1111) for n in (9, 2, 5))
print([str(x)[-8:] for x in ordered], ordered[0] < ordered[-1])
rebuilt = uuid.UUID(fields=u.fields)
print("rebuilt equal:", rebuilt == u, hash(rebuilt) == hash(u), repr(rebuilt)[:12])
r = uuid.uuid4()
print("uuid4 shape:", len(str(r)), str(r).count("-"), r.version, r.variant == uuid.RFC_4122)
t = uuid.uuid1()
print("uuid1 version:", t.version, t.time > 0)
try:
    u.int = 0
except TypeError as exc:
    print("TypeError:", exc)
