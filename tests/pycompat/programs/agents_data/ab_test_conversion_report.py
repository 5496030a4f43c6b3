# Evaluate an A/B test on conversion rates with a two-proportion z-test using statistics.NormalDist.
import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import List, Tuple


@dataclass
class Variant:
    name: str
    visitors: int
    conversions: int

    @property
    def rate(self) -> float:
        return self.conversions / self.visitors

    def interval(self, confidence: float = 0.95) -> Tuple[float, float]:
        z = NormalDist().inv_cdf(0.5 + confidence / 2)
        margin = z * math.sqrt(self.rate * (1 - self.rate) / self.visitors)
        return self.rate - margin, self.rate + margin


def z_test(a: Variant, b: Variant) -> Tuple[float, float]:
    pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors)
    se = math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors))
    z = (b.rate - a.rate) / se
    p_value = 2 * (1 - NormalDist().cdf(abs(z)))
    return z, p_value


def sample_size(base: float, lift: float, alpha: float = 0.05, power: float = 0.8) -> int:
    std = NormalDist()
    target = base * (1 + lift)
    z_alpha, z_beta = std.inv_cdf(1 - alpha / 2), std.inv_cdf(power)
    variance = base * (1 - base) + target * (1 - target)
    return math.ceil((z_alpha + z_beta) ** 2 * variance / (target - base) ** 2)


EXPERIMENTS: List[Tuple[str, Variant, Variant]] = [
    ("checkout button color", Variant("control", 12000, 384), Variant("green", 11850, 441)),
    ("pricing page copy", Variant("control", 5400, 270), Variant("short", 5350, 281)),
    ("onboarding email", Variant("control", 800, 96), Variant("personal", 820, 74)),
]


def main() -> None:
    for title, a, b in EXPERIMENTS:
        z, p = z_test(a, b)
        lift = (b.rate - a.rate) / a.rate
        verdict = "significant" if p < 0.05 else "not significant"
        print(f"{title}: {a.name} {a.rate:.2%} vs {b.name} {b.rate:.2%} lift {lift:+.1%} z={z:.3f} p={p:.4f} -> {verdict}")
        for v in (a, b):
            lo, hi = v.interval()
            print(f"    {v.name:<9} 95% CI [{lo:.3%}, {hi:.3%}]")
    print("visitors per arm to detect +10% on 3.2%:", sample_size(0.032, 0.10))
    print("visitors per arm to detect +25% on 5%:", sample_size(0.05, 0.25))
    nd = NormalDist(mu=100, sigma=15)
    print("NormalDist:", nd, "| P(x<130):", round(nd.cdf(130), 4), "| 90th pct:", round(nd.inv_cdf(0.9), 2))
    print("overlap:", round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 4), "| z of 115:", nd.zscore(115))


main()
