# Apply tiered and coupon discounts to a shopping cart and print a receipt.
from typing import Dict, List, Optional

CATALOG: Dict[str, float] = {"shirt": 19.99, "jeans": 49.50, "socks": 4.99, "hat": 15.00, "jacket": 120.00}
COUPONS = {"SAVE10": ("percent", 10), "FIVEOFF": ("fixed", 5.0), "SOCKS3": ("bogo", "socks")}


def tier_discount(subtotal: float) -> float:
    if subtotal >= 200:
        return 0.15
    if subtotal >= 100:
        return 0.10
    return 0.0


def checkout(cart: List[tuple], coupon: Optional[str] = None) -> None:
    print(f"--- cart with coupon={coupon} ---")
    subtotal = 0.0
    for item, qty in cart:
        price = CATALOG[item]
        line = price * qty
        subtotal += line
        print(f"{item:<8} {qty:>2} x {price:>7.2f} = {line:>8.2f}")
    print(f"{'subtotal':<24}{subtotal:>8.2f}")
    discount = round(subtotal * tier_discount(subtotal), 2)
    if discount:
        print(f"{'tier discount ' + format(tier_discount(subtotal), '.0%'):<24}{-discount:>8.2f}")
    if coupon:
        kind, value = COUPONS.get(coupon, (None, None))
        if kind == "percent":
            c = round((subtotal - discount) * value / 100, 2)
        elif kind == "fixed":
            c = value
        elif kind == "bogo":
            qty = sum(q for i, q in cart if i == value)
            c = (qty // 2) * CATALOG[value]
        else:
            c = 0.0
            print(f"  coupon {coupon!r} is not valid")
        discount += c
        if c:
            print(f"{'coupon ' + coupon:<24}{-c:>8.2f}")
    total = max(round(subtotal - discount, 2), 0.0)
    print(f"{'TOTAL':<24}{total:>8.2f}")


checkout([("shirt", 2), ("socks", 3)])
checkout([("jeans", 2), ("hat", 1)], "SAVE10")
checkout([("jacket", 1), ("jeans", 2), ("socks", 4)], "SOCKS3")
checkout([("socks", 1)], "FIVEOFF")
checkout([("hat", 1)], "BOGUS")
