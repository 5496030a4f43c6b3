# Progressive income tax calculation with brackets, effective and marginal rates.

Bracket = tuple[float | None, float]  # (upper limit or None, rate)

BRACKETS: list[Bracket] = [
    (11_000, 0.10),
    (44_725, 0.12),
    (95_375, 0.22),
    (182_100, 0.24),
    (231_250, 0.32),
    (578_125, 0.35),
    (None, 0.37),
]


def tax_owed(income: float, brackets: list[Bracket] = BRACKETS) -> tuple[float, list[tuple[float, float, float]]]:
    owed = 0.0
    lower = 0.0
    breakdown = []
    for upper, rate in brackets:
        if income <= lower:
            break
        top = income if upper is None else min(income, upper)
        portion = top - lower
        owed += portion * rate
        breakdown.append((rate, portion, portion * rate))
        if upper is None:
            break
        lower = upper
    return owed, breakdown


def marginal_rate(income: float) -> float:
    for upper, rate in BRACKETS:
        if upper is None or income <= upper:
            return rate
    return BRACKETS[-1][1]


def main() -> None:
    standard_deduction = 13_850
    incomes = [0, 9_500, 45_000, 87_250, 150_000, 400_000, 1_000_000]
    print(f"{'gross':>12} {'taxable':>12} {'tax':>12} {'effective':>10} {'marginal':>9}")
    for gross in incomes:
        taxable = max(0, gross - standard_deduction)
        owed, _ = tax_owed(taxable)
        eff = owed / gross if gross else 0.0
        print(f"{gross:>12,} {taxable:>12,} {owed:>12,.2f} {eff:>10.2%} {marginal_rate(taxable):>9.0%}")
    owed, breakdown = tax_owed(150_000 - standard_deduction)
    print("breakdown for $150,000:")
    for rate, portion, tax in breakdown:
        print(f"  {rate:>4.0%} on {portion:>12,.2f} = {tax:>10,.2f}")
    print(f"  total: {owed:,.2f} ({owed!r})")


if __name__ == "__main__":
    main()
