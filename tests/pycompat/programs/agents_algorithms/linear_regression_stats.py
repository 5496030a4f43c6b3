# Fit ad spend vs. sales with statistics.linear_regression and correlation, plus residuals and a hand-rolled check
import statistics
from typing import List, NamedTuple


class Week(NamedTuple):
    week: int
    ad_spend: float
    sales: float


DATA: List[Week] = [Week(i + 1, s, y) for i, (s, y) in enumerate([
    (1.2, 14.1), (2.0, 16.9), (2.5, 18.2), (3.1, 21.0), (3.8, 22.4), (4.0, 24.9), (4.6, 25.1),
    (5.2, 28.3), (5.9, 29.0), (6.5, 32.7), (7.1, 33.1), (7.7, 36.8),
])]
x = [w.ad_spend for w in DATA]
y = [w.sales for w in DATA]

fit = statistics.linear_regression(x, y)
r = statistics.correlation(x, y)
print(f"sales = {fit.slope:.4f} * spend + {fit.intercept:.4f}")
print(f"pearson r = {r:.5f}, r^2 = {r * r:.5f}")

mx, my = statistics.fmean(x), statistics.fmean(y)
sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
sxx = sum((a - mx) ** 2 for a in x)
slope = sxy / sxx
print("hand-rolled slope matches:", abs(slope - fit.slope) < 1e-12, "| covariance:", round(statistics.covariance(x, y), 5))

residuals = [b - (fit.slope * a + fit.intercept) for a, b in zip(x, y)]
rmse = (sum(e * e for e in residuals) / len(residuals)) ** 0.5
print(f"RMSE = {rmse:.4f}; largest miss: week {max(DATA, key=lambda w: abs(residuals[w.week - 1])).week}")
for w, e in zip(DATA, residuals):
    bar = ("+" if e > 0 else "-") * round(abs(e) * 10)
    print(f"  week {w.week:>2} spend {w.ad_spend:>3} sales {w.sales:>5} resid {e:+.3f} {bar}")

for budget in (8.0, 10.0):
    print(f"forecast at spend {budget}: {fit.slope * budget + fit.intercept:.2f}")
through_origin = statistics.linear_regression(x, y, proportional=True)
print(f"proportional fit: slope {through_origin.slope:.4f}, intercept {through_origin.intercept}")
try:
    statistics.correlation([1, 1, 1], [2, 3, 4])
except statistics.StatisticsError as exc:
    print("StatisticsError:", exc)
