# Sign and verify webhook payloads with HMAC-SHA256, rejecting tampered bodies and stale timestamps.
import hashlib
import hmac
import json
from typing import Dict, Tuple

SECRET = b"whsec_test_5f2b9c"
TOLERANCE_S = 300
NOW = 1_700_000_600


def sign(payload: Dict[str, object], timestamp: int, secret: bytes = SECRET) -> Tuple[bytes, str]:
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    message = f"{timestamp}.".encode() + body
    signature = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return body, f"t={timestamp},v1={signature}"


def verify(body: bytes, header: str, secret: bytes = SECRET, now: int = NOW) -> str:
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp = int(parts["t"])
    if abs(now - timestamp) > TOLERANCE_S:
        return f"rejected: timestamp outside tolerance ({now - timestamp}s old)"
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts.get("v1", "")):
        return "rejected: signature mismatch"
    return "accepted: " + json.loads(body)["type"]


def main() -> None:
    event = {"id": "evt_001", "type": "invoice.paid", "amount": 4999, "currency": "usd"}
    body, header = sign(event, NOW - 30)
    print("header:", header)
    print("good:        ", verify(body, header))
    tampered = body.replace(b"4999", b"9999")
    print("tampered:    ", verify(tampered, header))
    old_body, old_header = sign(event, NOW - 3600)
    print("replayed:    ", verify(old_body, old_header))
    _, wrong_key = sign(event, NOW - 30, secret=b"other-secret")
    print("wrong secret:", verify(body, wrong_key))
    mac = hmac.new(b"key", digestmod="sha1")
    mac.update(b"part one, ")
    mac.update(b"part two")
    print("incremental sha1:", mac.hexdigest(), mac.name, mac.digest_size)
    print("one-shot digest:", hmac.digest(b"key", b"part one, part two", "sha1").hex())
    print("md5 hmac:", hmac.new(b"k", b"msg", hashlib.md5).hexdigest())
    print("compare bytes:", hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))


main()
