# Curve exam scores with statistics.NormalDist: percentiles, letter-grade cutoffs and section overlap.
from statistics import NormalDist, mean, pstdev, quantiles

section_a = [62, 71, 55, 88, 93, 77, 69, 74, 81, 58, 90, 66, 73, 79, 85]
section_b = [70, 75, 80, 68, 72, 91, 84, 77, 79, 73, 88, 82]

dist_a = NormalDist.from_samples(section_a)
dist_b = NormalDist.from_samples(section_b)
print("section A:", dist_a)
print("section B:", dist_b)
print(f"A mean={dist_a.mean:.3f} stdev={dist_a.stdev:.3f} var={dist_a.variance:.3f}")
print(f"overlap of A and B: {dist_a.overlap(dist_b):.4f}")

cutoffs = {"A": 0.90, "B": 0.70, "C": 0.40, "D": 0.15}
print("\nletter cutoffs for section A:")
for letter, pct in cutoffs.items():
    print(f"  {letter}: score >= {dist_a.inv_cdf(pct):.1f}  (top {100 - pct * 100:.0f}%)")


def letter(score: float, dist: NormalDist) -> str:
    p = dist.cdf(score)
    for grade, pct in cutoffs.items():
        if p >= pct:
            return grade
    return "F"


print("\nscore  z-score  percentile  grade")
for score in sorted(section_a)[::3]:
    print(f"{score:>5}  {dist_a.zscore(score):>7.3f}  {dist_a.cdf(score) * 100:>9.1f}%  {letter(score, dist_a)}")

combined = NormalDist(mean(section_a + section_b), pstdev(section_a + section_b))
print("\ncombined:", combined.mean, round(combined.stdev, 4))
print("quartiles (normal):", [round(q, 2) for q in combined.quantiles()])
print("quartiles (data):", quantiles(section_a + section_b))
print("P(score > 90) =", round(1 - combined.cdf(90), 4))
print("density at mean:", round(combined.pdf(combined.mean), 6))
scaled = dist_a * 1.1 + 5
print("rescaled A:", round(scaled.mean, 3), round(scaled.stdev, 3))
diff = dist_b - dist_a
print("B minus A:", round(diff.mean, 3), round(diff.stdev, 3), "P(B > A) =", round(1 - diff.cdf(0), 4))
print(NormalDist(0, 1).inv_cdf(0.975), NormalDist() == NormalDist(0.0, 1.0))
