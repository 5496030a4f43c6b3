# Validate credit card numbers (Luhn), ISBN-10/13 and compute check digits.

def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial: str) -> int:
    for d in range(10):
        if luhn_valid(partial + str(d)):
            return d
    raise ValueError("no check digit")


def isbn10_valid(isbn: str) -> bool:
    chars = [c for c in isbn if c.isalnum()]
    if len(chars) != 10:
        return False
    total = 0
    for i, c in enumerate(chars):
        if c in "Xx" and i == 9:
            v = 10
        elif c.isdigit():
            v = int(c)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


def isbn13_check(first12: str) -> int:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return (10 - s % 10) % 10


def isbn10_to_13(isbn10: str) -> str:
    core = "978" + "".join(c for c in isbn10 if c.isdigit())[:9]
    return core + str(isbn13_check(core))


cards = ["4539 1488 0343 6467", "4111 1111 1111 1111", "4111 1111 1111 1112",
         "3782 822463 10005", "6011-0009-9013-9424", "1234567812345678"]
for c in cards:
    print(f"{c:<22} luhn valid: {luhn_valid(c)}")
print("check digit for 7992739871:", luhn_check_digit("7992739871"))
for isbn in ["0-306-40615-2", "0-8044-2957-X", "0-306-40615-3", "123"]:
    print(f"ISBN-10 {isbn:<15} valid={isbn10_valid(isbn)}")
print("ISBN-13 of 0-306-40615-2:", isbn10_to_13("0-306-40615-2"))
print("check digit for 978030640615:", isbn13_check("978030640615"))
