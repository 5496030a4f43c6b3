# Summaries of exam scores using the statistics module.
import statistics as st

scores = {
    "math": [88, 92, 79, 65, 95, 70, 84, 88, 91, 77],
    "physics": [72, 68, 90, 85, 60, 75, 88, 92, 70, 81],
    "history": [95, 93, 97, 89, 92, 94, 90, 96, 88, 91],
}

print(f"{'subject':<9}{'mean':>7}{'median':>8}{'mode':>6}{'stdev':>9}{'pstdev':>9}")
for subject, xs in scores.items():
    print(f"{subject:<9}{st.mean(xs):>7}{st.median(xs):>8}{st.mode(xs):>6}"
          f"{st.stdev(xs):>9.3f}{st.pstdev(xs):>9.3f}")

math_scores = scores["math"]
print("mean (raw):", st.mean(math_scores))
print("fmean:", st.fmean(math_scores))
print("variance:", st.variance(math_scores))
print("pvariance:", st.pvariance(math_scores))
print("median_low/high:", st.median_low(math_scores), st.median_high(math_scores))
print("quantiles:", st.quantiles(math_scores, n=4))
print("deciles:", st.quantiles(range(1, 101), n=10))
print("geometric mean:", round(st.geometric_mean([1.1, 1.05, 0.97, 1.2]), 6))
print("harmonic mean:", st.harmonic_mean([60, 40]))
print("multimode:", st.multimode([1, 1, 2, 2, 3]))
print("mean of floats:", st.mean([0.1, 0.2, 0.3, 0.4]))
print("mean of ints is exact:", st.mean([1, 2, 3, 4]), st.mean([1, 2]))
corr = st.correlation(scores["math"], scores["physics"])
print(f"correlation math/physics: {corr:.4f}")
slope, intercept = st.linear_regression(scores["math"], scores["physics"])
print(f"regression: physics = {slope:.4f} * math + {intercept:.4f}")
try:
    st.mean([])
except st.StatisticsError as e:
    print("empty mean ->", type(e).__name__)
