# Modular arithmetic: fast exponentiation, modular inverse and a toy RSA round trip.
import math


def mod_pow(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def mod_inverse(a: int, m: int) -> int:
    old_r, r = a, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return old_s % m


def main() -> None:
    for b, e, m in [(2, 10, 1000), (3, 200, 1_000_000_007), (7, 0, 13), (123456789, 987654321, 10**9 + 9)]:
        assert mod_pow(b, e, m) == pow(b, e, m)
        print(f"pow({b}, {e}, {m}) = {pow(b, e, m)}")
    for a, m in [(3, 11), (10, 17), (7, 40), (6, 9)]:
        try:
            inv = mod_inverse(a, m)
            assert inv == pow(a, -1, m)
            print(f"inverse of {a} mod {m} = {inv} (check {a * inv % m})")
        except ValueError as e:
            print("error:", e)
    try:
        pow(6, -1, 9)
    except ValueError:
        print("pow(6, -1, 9) raised ValueError")
    p, q = 61, 53
    n, phi = p * q, (p - 1) * (q - 1)
    e = 17
    assert math.gcd(e, phi) == 1
    d = pow(e, -1, phi)
    print(f"RSA n={n} phi={phi} e={e} d={d}")
    message = [ord(c) for c in "Hi RSA!"]
    cipher = [pow(m, e, n) for m in message]
    plain = "".join(chr(pow(c, d, n)) for c in cipher)
    print("cipher:", cipher)
    print("decrypted:", plain)
    print("Fermat check 2^(p-1) mod p:", [pow(2, x - 1, x) for x in (5, 7, 11, 13, 15, 561)])
    print("pow with negative base:", pow(-3, 3, 7), (-3) ** 3 % 7)


if __name__ == "__main__":
    main()
