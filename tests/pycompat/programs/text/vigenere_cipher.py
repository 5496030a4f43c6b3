# Vigenere cipher encryption and decryption with a keyword.
from itertools import cycle


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    key_shifts = cycle(ord(k) - ord("A") for k in key.upper())
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = next(key_shifts)
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    samples = [
        ("ATTACK AT DAWN", "LEMON"),
        ("The quick brown fox", "key"),
        ("Python 3.11 is fast!", "SECRET"),
    ]
    for plain, key in samples:
        enc = vigenere(plain, key)
        dec = vigenere(enc, key, decrypt=True)
        print(f"key={key!r}")
        print(f"  plain:     {plain}")
        print(f"  encrypted: {enc}")
        print(f"  decrypted: {dec}")
        print(f"  roundtrip ok: {dec == plain}")
