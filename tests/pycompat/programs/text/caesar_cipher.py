# Encrypt and decrypt messages with a Caesar cipher, and brute-force a ciphertext.
import string


def caesar(text: str, shift: int) -> str:
    """Shift letters by `shift`, preserving case and non-letters."""
    result = []
    for ch in text:
        if ch.isupper():
            result.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            result.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            result.append(ch)
    return "".join(result)


def caesar_translate(text: str, shift: int) -> str:
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def main():
    msg = "Hello, World! Meet me at 10pm."
    enc = caesar(msg, 3)
    print("Original: ", msg)
    print("Encrypted:", enc)
    print("Decrypted:", caesar(enc, -3))
    print("Via translate:", caesar_translate(msg, 3))
    print("Same result:", enc == caesar_translate(msg, 3))
    print("ROT13 twice:", caesar(caesar(msg, 13), 13))

    secret = caesar("attack at dawn", 17)
    print("\nBrute force of:", secret)
    for k in range(26):
        candidate = caesar(secret, -k)
        marker = " <--" if "attack" in candidate else ""
        print(f"  key={k:2d}: {candidate}{marker}")


if __name__ == "__main__":
    main()
