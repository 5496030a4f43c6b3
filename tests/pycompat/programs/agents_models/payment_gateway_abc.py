# Payment gateways behind an abstract base class: abstract methods, template method and refusal cases
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Dict, List

@dataclass
class Charge:
    amount_cents: int
    currency: str
    reference: str

class PaymentError(Exception): ...

class Gateway(ABC):
    fee_percent: float = 0.0

    def __init__(self) -> None:
        self.settled: List[Charge] = []

    @abstractmethod
    def authorize(self, charge: Charge) -> bool: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    def process(self, charge: Charge) -> int:
        if charge.amount_cents <= 0:
            raise PaymentError("amount must be positive")
        if not self.authorize(charge):
            raise PaymentError(f"{self.name} declined {charge.reference}")
        self.settled.append(charge)
        return round(charge.amount_cents * self.fee_percent / 100)

class CardGateway(Gateway):
    fee_percent = 2.9

    @property
    def name(self) -> str:
        return "card"

    def authorize(self, charge: Charge) -> bool:
        return charge.amount_cents <= 500_000

class WalletGateway(Gateway):
    fee_percent = 1.5
    SUPPORTED = {"USD", "EUR"}

    @property
    def name(self) -> str:
        return "wallet"

    def authorize(self, charge: Charge) -> bool:
        return charge.currency in self.SUPPORTED

class Incomplete(Gateway):
    def authorize(self, charge: Charge) -> bool:
        return True

try:
    Incomplete()
except TypeError:
    print("Incomplete cannot be instantiated (abstract 'name')")
print("abstract methods:", sorted(Gateway.__abstractmethods__))

gateways: Dict[str, Gateway] = {"card": CardGateway(), "wallet": WalletGateway()}
requests = [("card", Charge(12_500, "USD", "inv-1")), ("wallet", Charge(8_000, "GBP", "inv-2")),
            ("wallet", Charge(8_000, "EUR", "inv-3")), ("card", Charge(900_000, "USD", "inv-4")),
            ("card", Charge(0, "USD", "inv-5"))]
fees: Dict[str, int] = {}
for gw_name, charge in requests:
    gw = gateways[gw_name]
    try:
        fee = gw.process(charge)
        fees[gw_name] = fees.get(gw_name, 0) + fee
        print(f"{charge.reference}: ok via {gw.name}, fee {fee} cents")
    except PaymentError as exc:
        print(f"{charge.reference}: failed - {exc}")
print("fees:", fees, "| settled:", {k: [c.reference for c in g.settled] for k, g in gateways.items()})
print(isinstance(gateways["card"], Gateway), issubclass(WalletGateway, ABC))
