# Observer pattern: stock ticker notifying alert and portfolio observers
from abc import ABC, abstractmethod


class Observer(ABC):
    @abstractmethod
    def update(self, symbol: str, price: float) -> None: ...


class Ticker:
    def __init__(self):
        self._observers: list[Observer] = []
        self.prices: dict[str, float] = {}

    def attach(self, obs: Observer) -> None:
        if obs not in self._observers:
            self._observers.append(obs)

    def detach(self, obs: Observer) -> None:
        self._observers.remove(obs)

    def set_price(self, symbol: str, price: float) -> None:
        old = self.prices.get(symbol)
        self.prices[symbol] = price
        if old != price:
            for obs in self._observers:
                obs.update(symbol, price)


class PriceAlert(Observer):
    def __init__(self, symbol: str, above: float):
        self.symbol, self.above = symbol, above
        self.triggered: list[float] = []

    def update(self, symbol, price):
        if symbol == self.symbol and price > self.above:
            self.triggered.append(price)
            print(f"  ALERT {symbol} at {price:.2f} > {self.above:.2f}")

    def __repr__(self):
        return f"PriceAlert({self.symbol}>{self.above})"


class Portfolio(Observer):
    def __init__(self, holdings: dict[str, int]):
        self.holdings = holdings
        self.latest: dict[str, float] = {}

    def update(self, symbol, price):
        if symbol in self.holdings:
            self.latest[symbol] = price

    @property
    def value(self) -> float:
        return sum(self.holdings[s] * p for s, p in self.latest.items())


ticker = Ticker()
alert = PriceAlert("ACME", 105)
pf = Portfolio({"ACME": 10, "GLOBEX": 5})
ticker.attach(alert)
ticker.attach(pf)
ticker.attach(alert)
updates = [("ACME", 100.0), ("GLOBEX", 50.5), ("ACME", 106.25), ("ACME", 106.25), ("INITECH", 7.0), ("ACME", 110.0)]
for sym, price in updates:
    print(f"{sym} -> {price}")
    ticker.set_price(sym, price)
    print(f"  portfolio value: {pf.value:.2f}")
ticker.detach(alert)
ticker.set_price("ACME", 200.0)
print("alert triggers:", alert.triggered, alert)
print("final portfolio:", pf.latest, pf.value)
