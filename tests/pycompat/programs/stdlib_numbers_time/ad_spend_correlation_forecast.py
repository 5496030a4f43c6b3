# Relate weekly ad spend to signups: correlation, covariance, a fitted line and a normal-error forecast band.
from statistics import NormalDist, correlation, covariance, linear_regression, mean, stdev
from typing import List, NamedTuple


class Week(NamedTuple):
    label: str
    spend: float
    signups: int


weeks: List[Week] = [
    Week("W01", 1200.0, 340), Week("W02", 1500.0, 410), Week("W03", 900.0, 260),
    Week("W04", 2100.0, 560), Week("W05", 1750.0, 455), Week("W06", 600.0, 205),
    Week("W07", 2400.0, 640), Week("W08", 1300.0, 350),
]
spend = [w.spend for w in weeks]
signups = [w.signups for w in weeks]

r = correlation(spend, signups)
cov = covariance(spend, signups)
fit = linear_regression(spend, signups)
print(f"pearson r = {r:.4f}, r^2 = {r * r:.4f}")
print(f"covariance = {cov:.2f}")
print(f"signups ~= {fit.slope:.5f} * spend + {fit.intercept:.3f}")
print("fit tuple:", tuple(round(x, 6) for x in fit))

residuals = [w.signups - (fit.slope * w.spend + fit.intercept) for w in weeks]
print("residual mean:", round(mean(residuals), 9), "residual stdev:", round(stdev(residuals), 3))
worst = max(weeks, key=lambda w: abs(w.signups - (fit.slope * w.spend + fit.intercept)))
print("largest miss:", worst.label, worst)

noise = NormalDist(0, stdev(residuals))
for budget in (1000, 2000, 3000):
    point = fit.slope * budget + fit.intercept
    lo, hi = point + noise.inv_cdf(0.05), point + noise.inv_cdf(0.95)
    print(f"budget {budget:>5}: forecast {point:7.1f} (90% band {lo:7.1f} .. {hi:7.1f})")

per_dollar = [w.signups / w.spend for w in weeks]
print("signups per $100:", [round(100 * x, 2) for x in per_dollar])
through_origin = linear_regression(spend, signups, proportional=True)
print("proportional slope:", round(through_origin.slope, 6), "intercept:", through_origin.intercept)
print("spend-rank correlation sign:", "positive" if r > 0 else "negative")
