# Generate product variant SKUs from option lists with itertools.product and price each variant.
from itertools import product, combinations, islice, chain
from decimal import Decimal
from typing import Dict, List, Tuple

BASE_PRICE = Decimal("24.00")
OPTIONS: Dict[str, List[Tuple[str, Decimal]]] = {
    "size": [("S", Decimal("0")), ("M", Decimal("0")), ("L", Decimal("2.00")), ("XL", Decimal("3.50"))],
    "color": [("BLK", Decimal("0")), ("WHT", Decimal("0")), ("RED", Decimal("1.25"))],
    "fit": [("REG", Decimal("0")), ("SLIM", Decimal("1.00"))],
}
EXCLUDED = {("XL", "SLIM"), ("S", "RED")}


def allowed(combo: Tuple[str, ...]) -> bool:
    return not any(set(pair) <= set(combo) for pair in EXCLUDED)


def main() -> None:
    names = list(OPTIONS)
    variants = []
    for combo in product(*OPTIONS.values()):
        codes = tuple(code for code, _ in combo)
        if not allowed(codes):
            continue
        price = BASE_PRICE + sum((extra for _, extra in combo), Decimal(0))
        variants.append(("TEE-" + "-".join(codes), price))
    total = 1
    for values in OPTIONS.values():
        total *= len(values)
    print(f"{len(variants)} sellable variants out of {total} combinations")
    for sku, price in islice(variants, 6):
        print(f"  {sku:<18} ${price}")
    print("  ...")
    priciest = max(variants, key=lambda v: v[1])
    print("most expensive:", priciest)
    print("price points:", sorted({p for _, p in variants}))
    print("option names:", names)
    bundle_items = ["cap", "socks", "tote", "pin"]
    bundles = list(combinations(bundle_items, 2))
    print(f"{len(bundles)} two-item bundles:", bundles[:4])
    all_codes = sorted(set(chain.from_iterable((c for c, _ in vals) for vals in OPTIONS.values())))
    print("all option codes:", all_codes)
    print("grid:", list(product("AB", range(2))))
    print("repeat:", ["".join(p) for p in product("01", repeat=3)])


main()
