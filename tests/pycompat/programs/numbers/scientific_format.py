# Format measurements in scientific, general, percent and fixed notations.

measurements = {
    "speed of light (m/s)": 299_792_458.0,
    "electron mass (kg)": 9.1093837015e-31,
    "avogadro": 6.02214076e23,
    "room temp (K)": 293.15,
    "one third": 1 / 3,
    "tiny": 1.5e-7,
    "zero": 0.0,
    "negative": -12345.678,
}

print(f"{'name':<22} {'e':>14} {'.3e':>11} {'.3g':>10} {'g':>13} {'.2f':>14}")
for name, x in measurements.items():
    print(f"{name:<22} {x:>14e} {x:>11.3e} {x:>10.3g} {x:>13g} {x:>14.2f}")

ratios = [0.5, 0.123456, 1.0, 0.0005, 2.5, -0.075]
for r in ratios:
    print(f"{r}: {r:%} | {r:.1%} | {r:.0%} | {r:+.2%}")

for x in [1234.5, 0.000123, 123456789, 1e100, 12.0]:
    print(f"{x!r:>14} -> g:{x:g} .2g:{x:.2g} .10g:{x:.10g} E:{x:E} G:{x:.3G}")

print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-0.0:.1f} {1e16:,.0f}")
print(f"{3.14159:10.4f}|{3.14159:<10.2f}|{3.14159:^10.1f}|{3.14159:+.3f}")
print(format(0.000001234, ".2e"), format(123.456, "08.2f"), format(5, ".3f"))
print("{:.3e}".format(6.62607015e-34), "{0:.1f} and {0:.4f}".format(2 / 3))
print("%e | %.2e | %g | %.3g | %5.1f%%" % (12345.6789, 0.000345, 1e-5, 98765.4321, 42.42))
