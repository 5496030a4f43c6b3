# Spell out integers in English words, e.g. for writing cheques.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(ONES[rest])
    return " ".join(parts)


def to_words(n: int) -> str:
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + to_words(-n)
    parts = []
    for value, name in SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{below_thousand(count)} {name}")
    if n:
        parts.append(below_thousand(n))
    return " ".join(parts)


def cheque(amount: float) -> str:
    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    return f"{to_words(dollars).capitalize()} dollars and {cents:02d}/100"


for n in [0, 7, 13, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 987654321, -15, 2000000017]:
    print(f"{n:>13,}: {to_words(n)}")
for amt in [1234.56, 0.99, 100.0]:
    print(f"${amt:,.2f} -> {cheque(amt)}")
