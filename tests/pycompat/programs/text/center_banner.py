# Build a boxed banner with centered multi-line text.
def banner(lines, padding=2, border="*"):
    width = max(len(l) for l in lines) + padding * 2
    top = border * (width + 2)
    out = [top]
    for l in lines:
        out.append(border + l.center(width) + border)
    out.append(top)
    return "\n".join(out)


print(banner(["Welcome", "to the", "Python Workshop 2024"]))
print()
print(banner(["Hi"], padding=5, border="#"))
print()

menu = {"Espresso": 2.5, "Cappuccino": 3.75, "Latte": 4.0, "Mocha": 4.25}
w = 28
print("+" + "-" * w + "+")
print("|" + "CAFE MENU".center(w) + "|")
print("+" + "-" * w + "+")
for item, price in menu.items():
    left = f" {item}"
    right = f"${price:.2f} "
    dots = "." * (w - len(left) - len(right))
    print(f"|{left}{dots}{right}|")
print("+" + "-" * w + "+")
print(f"|{'Items: ' + str(len(menu)):^{w}}|")
print(f"|{'Avg: $' + format(sum(menu.values()) / len(menu), '.2f'):^{w}}|")
print("+" + "-" * w + "+")
