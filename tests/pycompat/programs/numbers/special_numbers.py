# Find perfect, Armstrong, happy and palindromic numbers in small ranges.

def divisor_sum(n: int) -> int:
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def is_armstrong(n: int) -> bool:
    digits = str(n)
    return n == sum(int(d) ** len(digits) for d in digits)


def is_happy(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def main() -> None:
    perfect = [n for n in range(2, 10000) if divisor_sum(n) == n]
    print("perfect numbers:", perfect)
    amicable = sorted({(a, b) for a in range(2, 3000) if (b := divisor_sum(a)) > a and divisor_sum(b) == a})
    print("amicable pairs:", amicable)
    print("armstrong numbers:", [n for n in range(1, 10000) if is_armstrong(n)])
    print("happy numbers <= 50:", [n for n in range(1, 51) if is_happy(n)])
    pals = [n * n for n in range(1, 1000) if str(n * n) == str(n * n)[::-1]]
    print("palindromic squares:", pals[:12])
    abundant = [n for n in range(1, 100) if divisor_sum(n) > n]
    print("abundant below 100:", len(abundant), abundant[:10])
    digit_sums = {n: sum(map(int, str(n))) for n in (99, 1234, 98765, 2**50)}
    print("digit sums:", digit_sums)
    kaprekar = 3524
    steps = 0
    while kaprekar != 6174:
        digits = sorted(f"{kaprekar:04d}")
        kaprekar = int("".join(reversed(digits))) - int("".join(digits))
        steps += 1
        print(f"  step {steps}: {kaprekar}")


if __name__ == "__main__":
    main()
