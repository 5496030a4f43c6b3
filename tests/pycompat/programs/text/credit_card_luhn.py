# Validate credit card numbers with the Luhn algorithm and mask them for display.
import re

CARD_TYPES = [
    ("Visa", re.compile(r"^4\d{12}(\d{3})?$")),
    ("MasterCard", re.compile(r"^5[1-5]\d{14}$")),
    ("Amex", re.compile(r"^3[47]\d{13}$")),
]


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_type(number: str) -> str:
    return next((name for name, rx in CARD_TYPES if rx.match(number)), "Unknown")


def mask(number: str) -> str:
    masked = "*" * (len(number) - 4) + number[-4:]
    return " ".join(masked[i:i + 4] for i in range(0, len(masked), 4))


cards = ["4111 1111 1111 1111", "5500-0000-0000-0004", "3400 000000 00009", "4111111111111112", "1234 5678", "6011000990139424"]
for raw in cards:
    number = re.sub(r"[\s-]", "", raw)
    if not number.isdigit() or len(number) < 12:
        print(f"{raw:22} rejected: bad format")
        continue
    print(f"{raw:22} {card_type(number):10} luhn={'ok' if luhn_ok(number) else 'FAIL':4} {mask(number)}")
