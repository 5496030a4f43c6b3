# Compute descriptive statistics by hand: mean, median, mode, variance, percentiles, z-scores.


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def modes(xs: list[float]) -> list[float]:
    counts: dict = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    return sorted(k for k, v in counts.items() if v == top)


def variance(xs: list[float], sample: bool = True) -> float:
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main() -> None:
    data = [23, 29, 20, 32, 23, 21, 33, 25, 29, 23, 40, 18, 27, 26, 31]
    print("data:", sorted(data))
    print("n:", len(data), "sum:", sum(data), "min:", min(data), "max:", max(data))
    print("mean:", mean(data))
    print("median:", median(data))
    print("modes:", modes(data))
    var_s, var_p = variance(data), variance(data, sample=False)
    print(f"sample variance: {var_s:.4f}, population variance: {var_p:.4f}")
    sd = var_s ** 0.5
    print(f"sample std dev: {sd:.4f}")
    for p in (25, 50, 75, 90):
        print(f"p{p}: {percentile(data, p)}")
    iqr = percentile(data, 75) - percentile(data, 25)
    print("IQR:", iqr)
    m = mean(data)
    outliers = [x for x in data if abs(x - m) / sd > 2]
    print("z-scores:", [round((x - m) / sd, 2) for x in data[:5]], "outliers:", outliers)
    print("range:", max(data) - min(data), "even median:", median([1, 2, 3, 4]))


if __name__ == "__main__":
    main()
