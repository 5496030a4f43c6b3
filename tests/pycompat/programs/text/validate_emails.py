# Validate a list of email addresses with a regular expression.
import re

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")

emails = [
    "alice@example.com",
    "bob.smith+news@mail.co.uk",
    "invalid@",
    "@nouser.com",
    "john..doe@example.com",
    "user@sub.domain.org",
    "no-at-sign.com",
    "spaces in@email.com",
    "UPPER@EXAMPLE.COM",
    "x@y.z",
]

valid, invalid = [], []
for e in emails:
    if EMAIL_RE.fullmatch(e) and ".." not in e:
        valid.append(e)
    else:
        invalid.append(e)

print(f"Valid ({len(valid)}):")
for e in valid:
    user, _, domain = e.partition("@")
    print(f"  {e:30} user={user!r} domain={domain.lower()!r}")
print(f"Invalid ({len(invalid)}):")
for e in invalid:
    print(f"  {e}")

domains = sorted({e.split("@")[1].lower() for e in valid})
print("Distinct domains:", domains)
