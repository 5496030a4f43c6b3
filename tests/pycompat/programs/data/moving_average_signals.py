# Detect crossover signals between short and long moving averages of a price series.
from typing import List, Optional

prices = [10.0, 10.5, 10.2, 10.8, 11.5, 11.9, 12.4, 12.0, 11.3, 10.9, 10.4, 10.1, 10.6, 11.2, 11.8, 12.5]


def sma(values: List[float], n: int) -> List[Optional[float]]:
    out: List[Optional[float]] = []
    for i in range(len(values)):
        if i + 1 < n:
            out.append(None)
        else:
            out.append(sum(values[i + 1 - n:i + 1]) / n)
    return out


def fmt(v: Optional[float]) -> str:
    return f"{v:7.3f}" if v is not None else "    ---"


short, long_ = sma(prices, 3), sma(prices, 5)
position = None
signals = []
print(f"{'day':>3} {'price':>6} {'sma3':>7} {'sma5':>7}  signal")
for day, (p, s, l) in enumerate(zip(prices, short, long_), 1):
    signal = ""
    if s is not None and l is not None:
        state = "above" if s > l else "below"
        if position and state != position:
            signal = "BUY" if state == "above" else "SELL"
            signals.append((day, signal, p))
        position = state
    print(f"{day:>3} {p:>6.2f} {fmt(s)} {fmt(l)}  {signal}")

print("signals:", signals)
cash, shares = 1000.0, 0.0
for day, sig, p in signals:
    if sig == "BUY" and cash > 0:
        shares, cash = cash / p, 0.0
    elif sig == "SELL" and shares > 0:
        cash, shares = shares * p, 0.0
final = cash + shares * prices[-1]
print(f"final portfolio value: {final:.2f} ({(final / 1000 - 1):+.2%})")
