# Exact dice probabilities with itertools.product and Fraction.
from collections import Counter
from fractions import Fraction
from itertools import product

two_dice = Counter(a + b for a, b in product(range(1, 7), repeat=2))
total = sum(two_dice.values())
print("sum  ways  probability   percent")
for s in sorted(two_dice):
    p = Fraction(two_dice[s], total)
    print(f"{s:>3} {two_dice[s]:>5}  {str(p):>11}  {float(p):>8.3%}  {'*' * two_dice[s]}")

expected = sum(Fraction(s * n, total) for s, n in two_dice.items())
print("expected sum:", expected, float(expected))
p_seven_or_eleven = Fraction(two_dice[7] + two_dice[11], total)
print("P(7 or 11):", p_seven_or_eleven)
p_no_six_in_4 = Fraction(5, 6) ** 4
print("P(at least one 6 in 4 rolls):", 1 - p_no_six_in_4, f"= {float(1 - p_no_six_in_4):.6f}")
p_no_double_six = Fraction(35, 36) ** 24
print("P(double six in 24 rolls):", f"{float(1 - p_no_double_six):.6f}")
three = Counter(sum(r) for r in product(range(1, 7), repeat=3))
print("3 dice: P(10) =", Fraction(three[10], 6 ** 3), "P(3) =", Fraction(three[3], 6 ** 3))
best_two_of_three = Counter(sum(sorted(r)[1:]) for r in product(range(1, 7), repeat=3))
mean = Fraction(sum(k * v for k, v in best_two_of_three.items()), 216)
print("best 2 of 3 dice mean:", mean, round(float(mean), 4))
variance = sum(Fraction(n, total) * (s - expected) ** 2 for s, n in two_dice.items())
print("variance of two-dice sum:", variance, "sd:", round(float(variance) ** 0.5, 6))
