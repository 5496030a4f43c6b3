# How objects render: __str__ vs __repr__, containers use repr, and __format__ for specs
class Money:
    def __init__(self, cents: int, currency: str = "USD"):
        self.cents = cents
        self.currency = currency

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(str(self), spec)


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"OnlyRepr(v={self.v!r})"


class OnlyStr:
    def __str__(self):
        return "OnlyStr as text"

    def __repr__(self):
        return "OnlyStr()"


m = Money(1999)
print(m)
print(repr(m))
print(str(m), "|", f"{m}", "|", f"{m!r}", "|", "%s / %r" % (m, m))
print("in a list:", [m, Money(5, "EUR")])
print("in a dict:", {"price": m})
print("in a tuple:", (m,))
print(f"[{m:>15}] [{m:<15}] [{m:short}]")
print("format():", format(m, "^16"), "| str.format:", "{0} / {0!r} / {0:short}".format(m))
o = OnlyRepr("hi")
print("str() falls back to repr:", str(o), o)
s = OnlyStr()
print(s, [s], f"{s}", f"{s!r}")
print("strings:", "text", repr("text"), ["text"], repr('it\'s'), repr("quote\"d"))
print("numbers:", 1.0, repr(1.0), 1e16, 1.5e-7, 10**20, -0.0, 3.14159265358979)
print("nested:", [[1, 2], (3, [4, {"a": None}])], repr(None), repr(True))
print("ascii():", ascii("café"), "| repr of escapes:", repr("tab\tnewline\n"))
print("bytes:", b"abc", repr(b"\x00\xff"), bytes([65, 66]))
print("empty containers:", [], (), {}, set(), "|", repr(""), tuple([1]))
