# Check password strength using regex lookaheads and report each rule.
import re

RULES = [
    (r"(?=.{8,})", "at least 8 characters"),
    (r"(?=.*[a-z])", "a lowercase letter"),
    (r"(?=.*[A-Z])", "an uppercase letter"),
    (r"(?=.*\d)", "a digit"),
    (r"(?=.*[!@#$%^&*()_+\-=])", "a special character"),
]
STRONG = re.compile("^" + "".join(r for r, _ in RULES) + r"(?!.*\s).*$")


def check(password: str) -> list:
    return [desc for rule, desc in RULES if not re.match(rule, password)]


passwords = ["password", "Passw0rd", "P@ssw0rd!", "short1A!", "NoDigits!!", "has space 1A!", "ALLCAPS123$"]
for pw in passwords:
    missing = check(pw)
    strong = bool(STRONG.match(pw))
    status = "STRONG" if strong else "weak"
    print(f"{pw:16} {status:6}", end="")
    if missing:
        print(" missing: " + "; ".join(missing))
    else:
        print(" (all rules met)" + ("" if strong else " but contains whitespace"))

print(re.findall(r"\d+(?=px)", "10px 20em 30px 40"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $30 for 4 items, $5 each, 12 left"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
