# Ordinal suffixes (1st, 2nd, 3rd...) and spelling numbers out in English words.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def words(n: int) -> str:
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[rest] if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + (" and " + words(rest) if rest else "")
    for value, name in SCALES:
        if n >= value:
            big, rest = divmod(n, value)
            sep = " and " if 0 < rest < 100 else ", " if rest else ""
            return words(big) + " " + name + (sep + words(rest) if rest else "")
    raise ValueError(n)


def main() -> None:
    print(" ".join(ordinal(i) for i in range(1, 32)))
    print([ordinal(n) for n in (100, 101, 102, 103, 111, 112, 113, 121, 1001, 0)])
    for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 2024, 12345, 1_000_000, 987_654_321, -15]:
        print(f"{n:>12,}: {words(n)}")
    total_letters = sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001))
    print("letters used writing 1..1000:", total_letters)


if __name__ == "__main__":
    main()
