# Net present value and internal rate of return for project cash flows.


def npv(rate: float, cashflows: list[float]) -> float:
    return sum(cf / (1 + rate) ** t for t, cf in enumerate(cashflows))


def irr(cashflows: list[float], lo: float = -0.99, hi: float = 10.0, tol: float = 1e-10) -> float | None:
    f_lo, f_hi = npv(lo, cashflows), npv(hi, cashflows)
    if f_lo * f_hi > 0:
        return None
    while hi - lo > tol:
        mid = (lo + hi) / 2
        f_mid = npv(mid, cashflows)
        if f_lo * f_mid <= 0:
            hi = mid
        else:
            lo, f_lo = mid, f_mid
    return (lo + hi) / 2


def payback_period(cashflows: list[float]) -> float | None:
    cumulative = 0.0
    for t, cf in enumerate(cashflows):
        prev = cumulative
        cumulative += cf
        if cumulative >= 0 and t > 0:
            return t - 1 + (-prev / cf)
    return None


def main() -> None:
    projects = {
        "solar panels": [-12_000, 1_800, 1_850, 1_900, 1_950, 2_000, 2_050, 2_100, 2_150],
        "new machine": [-50_000, 15_000, 18_000, 20_000, 12_000],
        "marketing": [-8_000, 6_000, 4_000, -1_000],
        "never pays": [-1_000, 100, 100, 100],
    }
    rate = 0.07
    for name, flows in projects.items():
        value = npv(rate, flows)
        r = irr(flows)
        pb = payback_period(flows)
        irr_s = f"{r:.3%}" if r is not None else "n/a"
        pb_s = f"{pb:.2f} yrs" if pb is not None else "never"
        verdict = "accept" if value > 0 else "reject"
        print(f"{name:<13} NPV@{rate:.0%} = {value:>11,.2f}  IRR = {irr_s:>8}  payback {pb_s:>9}  -> {verdict}")
    flows = projects["new machine"]
    print("NPV profile:", [(f"{r:.0%}", round(npv(r, flows))) for r in (0.0, 0.05, 0.10, 0.15, 0.20)])


if __name__ == "__main__":
    main()
