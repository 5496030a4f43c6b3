# Generate API keys, reset tokens and passwords with secrets, checking only their shapes (values are random).
import secrets
import string

def make_password(length=16):
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*"
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 2):
            return pw

key = "sk_" + secrets.token_hex(20)
reset = secrets.token_urlsafe(32)
raw = secrets.token_bytes(16)
pw = make_password()
print("api key:", len(key), key.startswith("sk_"), all(c in string.hexdigits for c in key[3:]))
print("reset token:", len(reset), set(reset) <= set(string.ascii_letters + string.digits + "-_"))
print("raw bytes:", type(raw).__name__, len(raw), "default sizes:", len(secrets.token_bytes()), len(secrets.token_hex()))
print("password:", len(pw), any(c.isupper() for c in pw), sum(c.isdigit() for c in pw) >= 2)

codes = {secrets.randbelow(10 ** 6) for _ in range(50)}
print("otp codes in range:", all(0 <= c < 10 ** 6 for c in codes), "formatted:", len(f"{min(codes):06d}"))
print("randbits:", secrets.randbits(12) < 4096, "choice:", secrets.choice(["only"]))
print("compare_digest:", secrets.compare_digest(key, key), secrets.compare_digest(key, key[:-1] + "x"))
try:
    secrets.randbelow(0)
except ValueError as exc:
    print("ValueError:", exc)
rng = secrets.SystemRandom()
sample = rng.sample(range(100), 5)
print("system sample:", len(sample), len(set(sample)), all(0 <= x < 100 for x in sample))
