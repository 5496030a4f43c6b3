# Encode and decode a JWT-style token (base64url JSON header.payload.signature) signed with HMAC.
import base64
import hashlib
import hmac
import json
from typing import Any, Dict

KEY = b"demo-signing-key"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(claims: Dict[str, Any]) -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    segments = [b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)]
    signing_input = ".".join(segments).encode()
    signature = hmac.new(KEY, signing_input, hashlib.sha256).digest()
    return ".".join(segments + [b64url(signature)])


class TokenError(ValueError):
    pass


def decode(token: str, now: int) -> Dict[str, Any]:
    try:
        head, body, sig = token.split(".")
    except ValueError:
        raise TokenError("token must have three segments") from None
    expected = hmac.new(KEY, f"{head}.{body}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64url_decode(sig)):
        raise TokenError("bad signature")
    claims = json.loads(b64url_decode(body))
    if claims.get("exp", now + 1) <= now:
        raise TokenError(f"expired at {claims['exp']}")
    return claims


def main() -> None:
    claims = {"sub": "user-314", "name": "Zoë", "roles": ["reader", "editor"], "iat": 1700000000, "exp": 1700003600}
    token = encode(claims)
    print("token:", token)
    print("segment lengths:", [len(s) for s in token.split(".")])
    print("header:", b64url_decode(token.split(".")[0]).decode())
    print("decoded:", decode(token, now=1700000100))
    head, body, sig = token.split(".")
    forged_claims = dict(claims, roles=["admin"])
    forged = ".".join([head, b64url(json.dumps(forged_claims, separators=(",", ":")).encode()), sig])
    for label, tok, now in [("forged", forged, 1700000100), ("expired", token, 1700009999), ("junk", "abc.def", 0)]:
        try:
            decode(tok, now)
        except TokenError as exc:
            print(f"{label}: TokenError: {exc}")
    print("padding examples:", [base64.b64encode(b"x" * n) for n in range(1, 4)])
    try:
        base64.b64decode("abc", validate=True)
    except Exception as exc:
        print(type(exc).__name__, exc)


main()
