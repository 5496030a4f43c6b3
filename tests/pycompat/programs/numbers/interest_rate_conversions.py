# Convert between nominal APR, effective APY and continuous rates; real vs nominal returns.
import math


def apr_to_apy(apr: float, periods: int) -> float:
    return (1 + apr / periods) ** periods - 1


def apy_to_apr(apy: float, periods: int) -> float:
    return periods * ((1 + apy) ** (1 / periods) - 1)


def continuous_apy(apr: float) -> float:
    return math.exp(apr) - 1


def real_rate(nominal: float, inflation: float) -> float:
    return (1 + nominal) / (1 + inflation) - 1


def main() -> None:
    freqs = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12, "daily": 365}
    for apr in (0.03, 0.05, 0.12, 0.2499):
        row = "  ".join(f"{name}={apr_to_apy(apr, n):.4%}" for name, n in freqs.items())
        print(f"APR {apr:.2%}: {row}  continuous={continuous_apy(apr):.4%}")
    apy = 0.0525
    for name, n in freqs.items():
        print(f"APY {apy:.2%} needs {name} APR {apy_to_apr(apy, n):.5%}")
    print("round trip:", apy_to_apr(apr_to_apy(0.06, 12), 12))
    for nominal, inflation in [(0.05, 0.03), (0.04, 0.065), (0.10, 0.02)]:
        r = real_rate(nominal, inflation)
        print(f"nominal {nominal:.1%}, inflation {inflation:.1%} -> real {r:+.3%} (approx {nominal - inflation:+.1%})")
    print("credit card monthly rate at 24.99% APR:", f"{0.2499 / 12:.4%}")
    print("log-return of +10%:", math.log(1.10), "back:", math.exp(math.log(1.10)) - 1)


if __name__ == "__main__":
    main()
