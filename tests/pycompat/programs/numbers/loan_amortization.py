# Loan amortization schedule with monthly payment, interest and principal split.
from dataclasses import dataclass


@dataclass
class Payment:
    number: int
    payment: float
    interest: float
    principal: float
    balance: float


def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def schedule(principal: float, annual_rate: float, months: int) -> list[Payment]:
    pay = round(monthly_payment(principal, annual_rate, months), 2)
    balance = principal
    rows = []
    for n in range(1, months + 1):
        interest = round(balance * annual_rate / 12, 2)
        amount = pay if n < months else round(balance + interest, 2)
        princ = round(amount - interest, 2)
        balance = round(balance - princ, 2)
        rows.append(Payment(n, amount, interest, princ, balance))
    return rows


def main() -> None:
    principal, rate, months = 25_000.0, 0.069, 24
    pay = monthly_payment(principal, rate, months)
    print(f"Loan ${principal:,.2f} at {rate * 100:.2f}% for {months} months")
    print(f"Monthly payment: ${pay:,.2f} (exact {pay!r})")
    rows = schedule(principal, rate, months)
    print(f"{'#':>3} {'Payment':>12} {'Interest':>12} {'Principal':>12} {'Balance':>12}")
    for r in rows:
        if r.number <= 6 or r.number > months - 3:
            print(f"{r.number:>3} {r.payment:>12,.2f} {r.interest:>12,.2f} {r.principal:>12,.2f} {r.balance:>12,.2f}")
        elif r.number == 7:
            print(f"{'...':>3}")
    total_interest = sum(r.interest for r in rows)
    total_paid = sum(r.payment for r in rows)
    print(f"Total paid: ${total_paid:,.2f}; total interest: ${total_interest:,.2f}")
    print("last row:", rows[-1])
    print("zero-rate payment:", monthly_payment(1200, 0, 12))


if __name__ == "__main__":
    main()
