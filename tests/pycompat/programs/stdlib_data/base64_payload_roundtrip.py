# Encode API payloads for transport (base64, urlsafe, base32, hex) and decode them back with validation.
import base64
import binascii
import json

payload = {"user": "ana", "roles": ["admin", "dev"], "quota": 1024, "note": "ünïcödé ✓"}
raw = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
print("raw bytes:", len(raw))

encodings = {
    "b64": base64.b64encode(raw),
    "urlsafe": base64.urlsafe_b64encode(raw),
    "b32": base64.b32encode(raw),
    "b16": base64.b16encode(raw),
    "b85": base64.b85encode(raw),
    "hex": binascii.hexlify(raw),
}
for name, enc in encodings.items():
    print(f"{name:>8}: {len(enc):4d} chars  {enc[:32].decode()}...")

decoders = {
    "b64": base64.b64decode, "urlsafe": base64.urlsafe_b64decode, "b32": base64.b32decode,
    "b16": base64.b16decode, "b85": base64.b85decode, "hex": binascii.unhexlify,
}
for name, enc in encodings.items():
    assert decoders[name](enc) == raw, name
print("all encodings round-trip:", json.loads(base64.b64decode(encodings["b64"]))["note"])

# JWT-style segments drop the padding; restore it before decoding.
def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))

header = b64url(b'{"alg":"none","typ":"JWT"}')
body = b64url(raw)
token = f"{header}.{body}."
print("token:", token[:40], "... length", len(token))
print("decoded header:", unb64url(token.split(".")[0]))

for bad in ["abc", "ab!d====", "YWJj\nZGVm", "=abc"]:
    try:
        print(repr(bad), "->", base64.b64decode(bad))
    except binascii.Error as exc:
        print(repr(bad), "-> Error:", exc)
try:
    base64.b64decode("YWJj!ZGVm", validate=True)
except binascii.Error as exc:
    print("strict:", exc)

blob = bytes(range(0, 256, 17))
print(base64.encodebytes(blob * 4).decode().splitlines())
print(base64.b64encode(blob, altchars=b"-_"), base64.a85encode(b"Hello, World!"))
