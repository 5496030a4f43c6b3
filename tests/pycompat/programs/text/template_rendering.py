# Render invoice-like text templates with str.format, f-strings and %-formatting.
from string import Template

customer = {"name": "Ada Lovelace", "id": 42, "balance": 1234567.891, "rate": 0.0725}

print("Dear {name}, your account #{id:05d} has a balance of ${balance:,.2f}.".format(**customer))
print("Interest rate: {rate:.2%}".format(**customer))
print(f"{'Name':<12}|{'ID':^8}|{'Balance':>15}")
print(f"{customer['name']:<12.12}|{customer['id']:^8}|{customer['balance']:>15,.2f}")

print("%s owes %.2f dollars (%d%% paid)" % (customer["name"], 99.5, 75))
print("%-10s|%10s|" % ("left", "right"))
print("%05.1f %x %o %e" % (3.14159, 255, 8, 12345.678))
print("%(name)s has id %(id)d" % customer)

t = Template("Hello $name, you have $$${amount} due on ${day}.")
print(t.substitute(name="Bob", amount="19.99", day="Monday"))
print(t.safe_substitute(name="Carol"))

for n in [0, 7, 1234, -56789, 1000000]:
    print(f"[{n:>10}] [{n:<10}] [{n:^10}] [{n:+,}] [{n:010d}] [{n:_}]")

value = 255
print(f"hex={value:#x} oct={value:#o} bin={value:#b} HEX={value:X} char={65:c}")
width, prec = 12, 3
print(f"dynamic: [{3.14159265:{width}.{prec}f}]")
print("{0} {1} {0}".format("a", "b"))
print("{:=^30}".format(" END "))
