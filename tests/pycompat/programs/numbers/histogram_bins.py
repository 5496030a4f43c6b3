# Bin response times into a histogram and print a text bar chart with percentiles.
import math

response_ms = [
    112, 98, 143, 87, 301, 120, 95, 101, 88, 134, 156, 99, 92, 245, 110,
    105, 97, 123, 180, 91, 89, 117, 132, 104, 96, 512, 108, 114, 93, 127,
    85, 141, 119, 102, 100, 138, 90, 166, 107, 94,
]


def histogram(data, bin_width):
    lo = (min(data) // bin_width) * bin_width
    bins = {}
    for x in data:
        start = lo + ((x - lo) // bin_width) * bin_width
        bins[start] = bins.get(start, 0) + 1
    return dict(sorted(bins.items()))


def percentile(sorted_data, p):
    k = math.ceil(p / 100 * len(sorted_data)) - 1
    return sorted_data[max(k, 0)]


bins = histogram(response_ms, 25)
peak = max(bins.values())
for start, count in bins.items():
    bar = "#" * round(count / peak * 30)
    print(f"{start:>4}-{start + 24:<4} {count:>3} {bar}")
s = sorted(response_ms)
for p in (50, 90, 95, 99):
    print(f"p{p}: {percentile(s, p)} ms")
mean = sum(s) / len(s)
sd = math.sqrt(sum((x - mean) ** 2 for x in s) / len(s))
print(f"mean {mean:.2f} ms, sd {sd:.2f} ms, n={len(s)}")
log_bins = {}
for x in s:
    b = 2 ** int(math.log2(x))
    log_bins[b] = log_bins.get(b, 0) + 1
print("log2 buckets:", log_bins)
