# How long until a savings goal is reached, with a monthly deposit and interest.
import math


def months_to_goal(goal, deposit, annual_rate, start=0.0):
    balance = start
    months = 0
    r = annual_rate / 12
    while balance < goal:
        balance = balance * (1 + r) + deposit
        months += 1
        if months > 1200:
            return None, balance
    return months, balance


def closed_form(goal, deposit, annual_rate):
    r = annual_rate / 12
    if r == 0:
        return math.ceil(goal / deposit)
    return math.ceil(math.log(goal * r / deposit + 1) / math.log(1 + r))


goal = 25_000
print(f"Goal: ${goal:,}")
print(f"{'deposit':>8} {'rate':>6} {'months':>7} {'years':>6} {'final':>11} {'formula':>8}")
for deposit in (250, 500, 1000):
    for rate in (0.0, 0.02, 0.045):
        months, final = months_to_goal(goal, deposit, rate)
        print(f"{deposit:>8} {rate:>6.1%} {months:>7} {months / 12:>6.1f} {final:>11,.2f} "
              f"{closed_form(goal, deposit, rate):>8}")
months, final = months_to_goal(1_000_000, 10, 0.01)
print("unreachable within 100 years:", months, f"{final:,.2f}")
months, final = months_to_goal(goal, 300, 0.05, start=10_000)
print(f"with $10,000 head start: {months} months, ends at ${final:,.2f}")
