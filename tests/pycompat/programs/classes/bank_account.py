# Bank account with deposits, withdrawals, validation and a custom exception
class InsufficientFundsError(Exception):
    """Raised when a withdrawal exceeds the available balance."""

    def __init__(self, requested: float, available: float):
        super().__init__(f"requested {requested:.2f}, available {available:.2f}")
        self.requested = requested
        self.available = available


class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.transactions: list[tuple[str, float]] = []

    @property
    def balance(self) -> float:
        return self._balance

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.transactions.append(("deposit", amount))

    def withdraw(self, amount: float) -> None:
        if amount > self._balance:
            raise InsufficientFundsError(amount, self._balance)
        self._balance -= amount
        self.transactions.append(("withdraw", amount))

    def apply_interest(self) -> float:
        interest = round(self._balance * self.interest_rate, 2)
        self._balance += interest
        self.transactions.append(("interest", interest))
        return interest

    def __repr__(self) -> str:
        return f"BankAccount(owner={self.owner!r}, balance={self._balance:.2f})"


acct = BankAccount("Alice", 100.0)
print(acct)
acct.deposit(50)
print("After deposit:", acct.balance)
acct.withdraw(30.5)
print("After withdraw:", acct.balance)

try:
    acct.withdraw(1000)
except InsufficientFundsError as e:
    print("Error:", e)
    print("Shortfall:", e.requested - e.available)

try:
    acct.deposit(-5)
except ValueError as e:
    print("Error:", e)

print("Interest earned:", acct.apply_interest())
print(acct)
for i, (kind, amount) in enumerate(acct.transactions, 1):
    print(f"{i:2d}. {kind:<10} {amount:>8.2f}")
