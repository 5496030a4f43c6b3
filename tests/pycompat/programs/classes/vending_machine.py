# Vending machine implemented with the state pattern (one class per state)
class State:
    def insert_coin(self, vm: "VendingMachine", cents: int) -> None:
        print(f"  [{self}] cannot insert coin")

    def select(self, vm: "VendingMachine", item: str) -> None:
        print(f"  [{self}] cannot select")

    def refund(self, vm: "VendingMachine") -> None:
        print(f"  [{self}] nothing to refund")

    def __str__(self):
        return type(self).__name__


class Idle(State):
    def insert_coin(self, vm, cents):
        vm.credit += cents
        vm.state = HasCredit()
        print(f"  credit now {vm.credit}")


class HasCredit(State):
    def insert_coin(self, vm, cents):
        vm.credit += cents
        print(f"  credit now {vm.credit}")

    def select(self, vm, item):
        if item not in vm.stock or vm.stock[item][1] == 0:
            print(f"  {item} unavailable")
            return
        price, count = vm.stock[item]
        if vm.credit < price:
            print(f"  need {price - vm.credit} more cents for {item}")
            return
        vm.stock[item] = (price, count - 1)
        change = vm.credit - price
        vm.credit = 0
        vm.sales.append(item)
        print(f"  vend {item}, change {change}")
        vm.state = Idle() if any(c for _, c in vm.stock.values()) else SoldOut()

    def refund(self, vm):
        print(f"  refunded {vm.credit}")
        vm.credit = 0
        vm.state = Idle()


class SoldOut(State):
    pass


class VendingMachine:
    def __init__(self, stock: dict[str, tuple[int, int]]):
        self.stock = stock
        self.credit = 0
        self.sales: list[str] = []
        self.state: State = Idle()

    def __getattr__(self, name):
        # delegate actions to the current state
        method = getattr(self.state, name)
        return lambda *args: method(self, *args)


vm = VendingMachine({"cola": (125, 1), "chips": (75, 1)})
script = [("select", "cola"), ("insert_coin", 100), ("select", "cola"), ("insert_coin", 50),
          ("select", "cola"), ("insert_coin", 25), ("refund",), ("insert_coin", 100),
          ("select", "cola"), ("select", "chips"), ("insert_coin", 5)]
for action, *args in script:
    print(f"{vm.state} -> {action}{tuple(args) if args else '()'}")
    getattr(vm, action)(*args)
print("final state:", vm.state, "| sales:", vm.sales, "| stock:", vm.stock)
