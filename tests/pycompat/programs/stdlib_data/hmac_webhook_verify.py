# Sign and verify webhook deliveries with HMAC-SHA256 and reject tampered or replayed requests.
import hashlib
import hmac
import json

SECRET = b"whsec_test_0123456789"

def sign(body: bytes, timestamp: int) -> str:
    message = f"{timestamp}.".encode() + body
    return "v1=" + hmac.new(SECRET, message, hashlib.sha256).hexdigest()

def verify(body: bytes, timestamp: int, header: str, now: int, tolerance: int = 300) -> str:
    if abs(now - timestamp) > tolerance:
        return "rejected: stale timestamp"
    expected = sign(body, timestamp)
    if not hmac.compare_digest(expected, header):
        return "rejected: bad signature"
    return "accepted"

events = [
    {"id": "evt_1", "type": "invoice.paid", "amount": 4200},
    {"id": "evt_2", "type": "customer.created", "email": "a@example.com"},
]
deliveries = []
for i, event in enumerate(events):
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = 1_700_000_000 + i * 60
    deliveries.append((body, ts, sign(body, ts)))

for body, ts, sig in deliveries:
    print(sig[:24] + "...", verify(body, ts, sig, now=ts + 5))

body, ts, sig = deliveries[0]
print("tampered:", verify(body.replace(b"4200", b"9999"), ts, sig, now=ts))
print("replayed:", verify(body, ts, sig, now=ts + 3600))
print("wrong key:", hmac.new(b"other", body, "sha256").hexdigest() == sig[3:])

mac = hmac.new(SECRET, digestmod="sha256")
for chunk in (b'{"id":"evt_1",', b'"type":"invoice.paid",', b'"amount":4200}'):
    mac.update(chunk)
print("streamed equals one-shot:", mac.hexdigest() == hmac.new(SECRET, deliveries[0][0], hashlib.sha256).hexdigest())
print(mac.name, mac.digest_size, mac.block_size)
print("sha1:", hmac.new(SECRET, b"ping", hashlib.sha1).hexdigest())
print("sha512:", hmac.digest(SECRET, b"ping", "sha512").hex()[:48])
print("md5:", hmac.new(b"k", b"msg", "md5").hexdigest())
for a, b in [("abc", "abc"), (b"abc", b"abd"), (b"short", b"longer")]:
    print(repr(a), repr(b), hmac.compare_digest(a, b))
try:
    hmac.new(SECRET, b"x")
except TypeError as exc:
    print("TypeError:", exc)
