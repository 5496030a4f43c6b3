# Fuel economy: convert mpg and L/100km, and compute trip costs from a log of fill-ups.

MILES_PER_KM = 0.621371
LITERS_PER_GALLON = 3.785411784

fillups = [
    # (odometer_km, liters, price_per_liter)
    (12000, None, None),
    (12480, 38.2, 1.689),
    (12955, 36.9, 1.719),
    (13510, 42.5, 1.659),
    (13990, 35.1, 1.749),
]


def mpg_to_l100(mpg: float) -> float:
    return 100 * LITERS_PER_GALLON / (mpg / MILES_PER_KM)


def l100_to_mpg(l100: float) -> float:
    return 100 * LITERS_PER_GALLON / l100 * MILES_PER_KM


print(f"{'mpg':>5} {'L/100km':>8}")
for mpg in (15, 20, 25, 30, 40, 50):
    print(f"{mpg:>5} {mpg_to_l100(mpg):>8.2f}")
print("round trip 30 mpg:", l100_to_mpg(mpg_to_l100(30)))

total_km = total_l = total_cost = 0.0
for (prev_km, _, _), (km, liters, price) in zip(fillups, fillups[1:]):
    dist = km - prev_km
    eff = liters / dist * 100
    cost = liters * price
    total_km += dist
    total_l += liters
    total_cost += cost
    print(f"{dist:>5} km {liters:>5.1f} L {eff:>5.2f} L/100km {l100_to_mpg(eff):>5.1f} mpg cost {cost:>7.2f}")
print(f"total {total_km:.0f} km, {total_l:.1f} L, avg {total_l / total_km * 100:.2f} L/100km, "
      f"cost {total_cost:.2f}, per km {total_cost / total_km:.4f}")
