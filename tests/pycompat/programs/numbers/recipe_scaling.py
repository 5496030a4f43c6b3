# Scale recipe ingredient quantities with exact fractions and pretty mixed-number output.
from fractions import Fraction

RECIPE = {
    "flour (cups)": Fraction(9, 4),
    "sugar (cups)": Fraction(3, 4),
    "butter (tbsp)": Fraction(8),
    "eggs": Fraction(2),
    "milk (cups)": Fraction(2, 3),
    "salt (tsp)": Fraction(1, 2),
    "vanilla (tsp)": Fraction(3, 2),
}
BASE_SERVINGS = 12


def mixed(fr: Fraction) -> str:
    whole, rem = divmod(fr.numerator, fr.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{fr.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale(recipe: dict, servings: int) -> dict:
    factor = Fraction(servings, BASE_SERVINGS)
    return {k: v * factor for k, v in recipe.items()}


def main() -> None:
    for servings in (12, 6, 8, 30):
        print(f"--- {servings} servings (x{Fraction(servings, BASE_SERVINGS)}) ---")
        for name, qty in scale(RECIPE, servings).items():
            print(f"  {name:<15} {mixed(qty):>8}   ({float(qty):.3f})")
    total_cups = sum(v for k, v in RECIPE.items() if "cups" in k)
    print("total cups in base recipe:", total_cups, "=", mixed(total_cups))
    print("tbsp of butter per serving:", RECIPE["butter (tbsp)"] / BASE_SERVINGS)
    print("cups to ml:", {k: round(float(v) * 236.588, 1) for k, v in RECIPE.items() if "cups" in k})


if __name__ == "__main__":
    main()
