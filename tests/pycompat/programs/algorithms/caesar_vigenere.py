# Caesar and Vigenere ciphers, plus frequency analysis to crack a Caesar shift.
import string
from collections import Counter

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def caesar(text: str, shift: int) -> str:
    table = str.maketrans(LOWER + UPPER,
                          LOWER[shift % 26:] + LOWER[:shift % 26] + UPPER[shift % 26:] + UPPER[:shift % 26])
    return text.translate(table)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(cipher: str) -> int:
    counts = Counter(c for c in cipher.lower() if c.isalpha())
    most, _ = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return (ord(most) - ord("e")) % 26


def main() -> None:
    msg = "Meet me at the secret entrance near the fountain at eleven, bring the letters."
    for shift in (3, 13, -1, 52):
        enc = caesar(msg, shift)
        print(f"shift {shift:>3}: {enc}")
    enc = caesar(msg, 7)
    guess = crack_caesar(enc)
    print("guessed shift:", guess, "->", caesar(enc, -guess))
    v = vigenere("Attack at dawn!", "LEMON")
    print("vigenere:", v, "|", vigenere(v, "LEMON", decrypt=True))
    print("rot13 twice:", caesar(caesar("Hello, World", 13), 13))


if __name__ == "__main__":
    main()
