# Approximate e with the factorial series and the (1+1/n)^n limit.
import math

total = 0.0
fact = 1
print(f"{'terms':>5} {'series':>20} {'error':>10}")
for k in range(0, 18):
    if k > 0:
        fact *= k
    total += 1 / fact
    if k % 3 == 2 or k == 17:
        print(f"{k + 1:>5} {total:>20.16f} {abs(total - math.e):>10.2e}")

print(f"{'n':>12} {'(1+1/n)^n':>20}")
for exp in range(1, 9):
    n = 10 ** exp
    print(f"{n:>12} {(1 + 1 / n) ** n:>20.15f}")

print("math.e:", math.e, "exp(1):", math.exp(1), "equal:", math.e == math.exp(1))
print("e**pi vs pi**e:", math.e ** math.pi, math.pi ** math.e)
print("continuous compounding $1000 at 5% for 10y:", round(1000 * math.exp(0.05 * 10), 2))
derangements = [round(math.factorial(n) / math.e) for n in range(1, 11)]
print("derangements via n!/e:", derangements)
