# Payment processing with an abstract base class, subclass registry and fee calculation
from abc import ABC, abstractmethod


class PaymentError(Exception):
    pass


class PaymentProcessor(ABC):
    _processors: dict[str, type["PaymentProcessor"]] = {}
    method: str = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.method:
            PaymentProcessor._processors[cls.method] = cls

    @classmethod
    def for_method(cls, method: str) -> "PaymentProcessor":
        try:
            return cls._processors[method]()
        except KeyError:
            raise PaymentError(f"unsupported payment method: {method}") from None

    @abstractmethod
    def fee(self, amount: float) -> float: ...

    @abstractmethod
    def validate(self, details: dict) -> None: ...

    def charge(self, amount: float, details: dict) -> dict:
        self.validate(details)
        fee = round(self.fee(amount), 2)
        return {"method": self.method, "amount": amount, "fee": fee, "net": round(amount - fee, 2)}


class CardProcessor(PaymentProcessor):
    method = "card"

    def fee(self, amount):
        return amount * 0.029 + 0.30

    def validate(self, details):
        number = details.get("number", "")
        if len(number) != 16 or not number.isdigit():
            raise PaymentError("card number must be 16 digits")


class BankTransfer(PaymentProcessor):
    method = "bank"

    def fee(self, amount):
        return 1.0 if amount < 1000 else 0.0

    def validate(self, details):
        if not details.get("iban", "").startswith("DE"):
            raise PaymentError("only DE IBANs accepted")


print("available:", sorted(PaymentProcessor._processors))
payments = [
    ("card", 100.0, {"number": "4111111111111111"}),
    ("card", 50.0, {"number": "1234"}),
    ("bank", 2500.0, {"iban": "DE89370400440532013000"}),
    ("bank", 20.0, {"iban": "FR7630006000011234567890189"}),
    ("crypto", 5.0, {}),
]
total_net = 0.0
for method, amount, details in payments:
    try:
        result = PaymentProcessor.for_method(method).charge(amount, details)
        total_net += result["net"]
        print("OK  ", result)
    except PaymentError as e:
        print("FAIL", method, "-", e)
print(f"total net: {total_net:.2f}")
