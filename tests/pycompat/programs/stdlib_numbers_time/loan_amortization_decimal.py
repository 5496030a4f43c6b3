# Build a monthly loan amortization schedule with Decimal money math and half-up cent rounding.
from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext

CENT = Decimal("0.01")
getcontext().prec = 28


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    r = annual_rate / 12
    if r == 0:
        return (principal / months).quantize(CENT, rounding=ROUND_HALF_UP)
    with localcontext() as ctx:
        ctx.prec = 40
        factor = (1 + r) ** months
        payment = principal * r * factor / (factor - 1)
    return payment.quantize(CENT, rounding=ROUND_HALF_UP)


def schedule(principal: Decimal, annual_rate: Decimal, months: int):
    payment = monthly_payment(principal, annual_rate, months)
    balance = principal
    for n in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENT, rounding=ROUND_HALF_UP)
        principal_part = payment - interest
        if n == months:  # last payment absorbs the rounding drift
            principal_part = balance
            payment = principal_part + interest
        balance -= principal_part
        yield n, payment, interest, principal_part, balance


loan = Decimal("18500.00")
rate = Decimal("0.0649")
term = 12
print(f"Loan {loan:,} at {rate * 100}% over {term} months")
print(f"Monthly payment: {monthly_payment(loan, rate, term)}")
print(f"{'#':>2} {'payment':>9} {'interest':>9} {'principal':>10} {'balance':>10}")
total_interest = Decimal(0)
for n, pay, interest, princ, bal in schedule(loan, rate, term):
    total_interest += interest
    print(f"{n:>2} {pay:>9} {interest:>9} {princ:>10} {bal:>10}")
print("total interest:", total_interest)
print("total paid:", loan + total_interest)
print("zero-rate payment:", monthly_payment(Decimal("1000"), Decimal("0"), 7))

for rate_text in ["0.035", "0.05", "0.0725"]:
    r = Decimal(rate_text)
    pay = monthly_payment(Decimal("250000"), r, 360)
    print(f"30y mortgage at {r:.2%}: {pay:>9,} per month, {pay * 360 - 250000:,} interest")
