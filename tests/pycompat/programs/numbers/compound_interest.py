# Compound interest growth table for different compounding frequencies.

def future_value(principal: float, rate: float, years: int, periods_per_year: int = 12) -> float:
    n = periods_per_year * years
    return principal * (1 + rate / periods_per_year) ** n


def main() -> None:
    principal = 10_000.00
    rate = 0.055
    print(f"Principal: ${principal:,.2f} at {rate:.2%} APR")
    print(f"{'Year':>4} {'Annual':>14} {'Monthly':>14} {'Daily':>14}")
    for year in range(0, 31, 5):
        a = future_value(principal, rate, year, 1)
        m = future_value(principal, rate, year, 12)
        d = future_value(principal, rate, year, 365)
        print(f"{year:>4} {a:>14,.2f} {m:>14,.2f} {d:>14,.2f}")
    # with monthly contributions
    balance = 0.0
    contribution = 250.0
    monthly_rate = rate / 12
    for month in range(1, 12 * 20 + 1):
        balance = balance * (1 + monthly_rate) + contribution
        if month % 60 == 0:
            invested = contribution * month
            print(f"after {month // 12:>2} years: balance ${balance:>12,.2f}, "
                  f"invested ${invested:>10,.2f}, gain ${balance - invested:>11,.2f}")
    years_to_double = 0
    value = principal
    while value < 2 * principal:
        value *= 1 + rate
        years_to_double += 1
    print(f"years to double (annual): {years_to_double}; rule of 72 says {72 / (rate * 100):.1f}")
    print("raw value after 10y monthly:", future_value(principal, rate, 10))


if __name__ == "__main__":
    main()
