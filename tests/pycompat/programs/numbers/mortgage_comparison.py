# Compare mortgage offers: monthly payment, total interest and break-even on points.
from dataclasses import dataclass


@dataclass(frozen=True)
class Offer:
    name: str
    rate: float
    years: int
    points: float = 0.0
    fees: float = 0.0


def payment(principal: float, rate: float, years: int) -> float:
    r = rate / 12
    n = years * 12
    return principal * r * (1 + r) ** n / ((1 + r) ** n - 1)


def main() -> None:
    principal = 350_000
    offers = [
        Offer("30y fixed", 0.0675, 30),
        Offer("30y w/ points", 0.0625, 30, points=2.0, fees=1500),
        Offer("15y fixed", 0.0599, 15, fees=900),
        Offer("20y fixed", 0.0640, 20, points=0.5),
    ]
    print(f"{'offer':<16}{'rate':>7}{'payment':>12}{'upfront':>11}{'interest':>14}{'total cost':>14}")
    results = []
    for o in offers:
        pay = payment(principal, o.rate, o.years)
        upfront = principal * o.points / 100 + o.fees
        interest = pay * o.years * 12 - principal
        total = interest + upfront
        results.append((total, o, pay, upfront))
        print(f"{o.name:<16}{o.rate:>7.3%}{pay:>12,.2f}{upfront:>11,.2f}{interest:>14,.2f}{total:>14,.2f}")
    best = min(results, key=lambda r: r[0])
    print(f"cheapest overall: {best[1].name} (${best[0]:,.0f})")
    base = payment(principal, offers[0].rate, 30)
    with_points = payment(principal, offers[1].rate, 30)
    saving = base - with_points
    upfront = principal * offers[1].points / 100 + offers[1].fees
    print(f"monthly saving from points: ${saving:,.2f}; break-even after {upfront / saving:.1f} months")
    print(offers[0])
    print("extra $200/month on the 30y:")
    balance, month, r = principal, 0, offers[0].rate / 12
    while balance > 0:
        month += 1
        balance = balance * (1 + r) - (base + 200)
    print(f"  paid off in {month} months ({month // 12} years {month % 12} months)")


if __name__ == "__main__":
    main()
