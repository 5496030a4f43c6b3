# Restaurant orders: menu Enum categories, table tabs with dataclasses, Counter best-sellers and a JSON summary
import json
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List


class Category(Enum):
    STARTER = "starter"
    MAIN = "main"
    DESSERT = "dessert"
    DRINK = "drink"


@dataclass(frozen=True)
class MenuItem:
    name: str
    category: Category
    price: float
    vegetarian: bool = False


MENU: Dict[str, MenuItem] = {m.name: m for m in [
    MenuItem("soup", Category.STARTER, 6.5, True), MenuItem("wings", Category.STARTER, 9.0),
    MenuItem("risotto", Category.MAIN, 17.0, True), MenuItem("steak", Category.MAIN, 28.5),
    MenuItem("salmon", Category.MAIN, 24.0), MenuItem("tiramisu", Category.DESSERT, 8.0, True),
    MenuItem("lemonade", Category.DRINK, 4.0, True), MenuItem("wine", Category.DRINK, 9.5, True),
]}


@dataclass
class Tab:
    table: int
    guests: int
    items: List[str] = field(default_factory=list)

    def subtotal(self) -> float:
        return sum(MENU[i].price for i in self.items)

    def bill(self, tip_pct: float = 0.15) -> Dict[str, float]:
        sub = self.subtotal()
        service = round(sub * tip_pct, 2) if self.guests >= 6 else 0.0
        tax = round(sub * 0.08, 2)
        return {"subtotal": sub, "tax": tax, "service": service, "total": round(sub + tax + service, 2)}


tabs = [
    Tab(1, 2, ["soup", "steak", "risotto", "wine", "wine", "tiramisu"]),
    Tab(4, 6, ["wings", "wings", "salmon", "steak", "steak", "risotto", "salmon", "lemonade", "lemonade", "wine"]),
    Tab(7, 1, ["risotto", "lemonade"]),
]
sold = Counter(item for t in tabs for item in t.items)
print("best sellers:", sold.most_common(3))
by_cat = Counter()
for item, n in sold.items():
    by_cat[MENU[item].category.value] += n * MENU[item].price
print("revenue by category:", {k: round(v, 2) for k, v in sorted(by_cat.items())})
veg_share = sum(n for i, n in sold.items() if MENU[i].vegetarian) / sum(sold.values())
print(f"vegetarian share: {veg_share:.0%}")
summary = {f"table-{t.table}": t.bill() for t in tabs}
print(json.dumps(summary, indent=1))
grand = sum(b["total"] for b in summary.values())
print(f"grand total: {grand:.2f}; per guest avg: {grand / sum(t.guests for t in tabs):.2f}")
