# Validate ISBN-10 and ISBN-13 numbers with checksum calculation.
def clean(isbn: str) -> str:
    return isbn.replace("-", "").replace(" ", "").upper()


def valid_isbn10(isbn: str) -> bool:
    s = clean(isbn)
    if len(s) != 10 or not s[:9].isdigit() or not (s[9].isdigit() or s[9] == "X"):
        return False
    total = sum((10 - i) * int(c) for i, c in enumerate(s[:9]))
    total += 10 if s[9] == "X" else int(s[9])
    return total % 11 == 0


def valid_isbn13(isbn: str) -> bool:
    s = clean(isbn)
    if len(s) != 13 or not s.isdigit():
        return False
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
    return total % 10 == 0


def isbn10_to_13(isbn: str) -> str:
    core = "978" + clean(isbn)[:9]
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)


for isbn in ["0-306-40615-2", "0-8044-2957-X", "978-0-306-40615-7", "978-3-16-148410-0",
             "0-306-40615-3", "12345", "978-0-306-40615-8"]:
    kind = "ISBN-10" if len(clean(isbn)) == 10 else "ISBN-13" if len(clean(isbn)) == 13 else "?"
    ok = valid_isbn10(isbn) if kind == "ISBN-10" else valid_isbn13(isbn)
    extra = f" -> {isbn10_to_13(isbn)}" if kind == "ISBN-10" and ok else ""
    print(f"{isbn:20} {kind:8} {'valid' if ok else 'INVALID'}{extra}")
