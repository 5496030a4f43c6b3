# Generate a loan amortization schedule with monthly payments rounded to cents.
def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12
    if r == 0:
        return round(principal / months, 2)
    return round(principal * r * (1 + r) ** months / ((1 + r) ** months - 1), 2)


def schedule(principal: float, annual_rate: float, months: int):
    pay = monthly_payment(principal, annual_rate, months)
    balance = principal
    for month in range(1, months + 1):
        interest = round(balance * annual_rate / 12, 2)
        principal_part = round(pay - interest, 2)
        if month == months:
            principal_part = round(balance, 2)
            pay = round(principal_part + interest, 2)
        balance = round(balance - principal_part, 2)
        yield month, pay, interest, principal_part, balance


principal, rate, months = 15000.0, 0.065, 12
print(f"Loan ${principal:,.2f} at {rate:.2%} for {months} months")
print(f"Monthly payment: ${monthly_payment(principal, rate, months):,.2f}")
print(f"{'#':>3} {'Payment':>10} {'Interest':>10} {'Principal':>10} {'Balance':>11}")
total_interest = 0.0
for m, pay, interest, princ, bal in schedule(principal, rate, months):
    total_interest += interest
    print(f"{m:>3} {pay:>10,.2f} {interest:>10,.2f} {princ:>10,.2f} {bal:>11,.2f}")
print(f"Total interest: ${total_interest:,.2f}")

for years in (15, 30):
    p = monthly_payment(300000, 0.07, years * 12)
    print(f"{years}-year mortgage: ${p:,.2f}/month, total ${p * years * 12:,.2f}")
print("zero-rate:", monthly_payment(1200, 0.0, 12))
