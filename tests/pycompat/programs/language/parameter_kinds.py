# Positional-only, keyword-only and default parameters, and the errors from misuse
import inspect


def transfer(src, dst, /, amount, *, currency="USD", memo=None):
    """src and dst are positional-only; currency and memo are keyword-only."""
    note = f" ({memo})" if memo else ""
    return f"{amount:.2f} {currency} {src} -> {dst}{note}"


def clamp(value: float, /, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, value))


def make_user(name: str, *, admin: bool = False, **extra) -> dict:
    return {"name": name, "admin": admin, **extra}


print(transfer("acct1", "acct2", 25))
print(transfer("acct1", "acct2", amount=99.5, currency="EUR", memo="rent"))

bad_calls = {
    "src as keyword": lambda: transfer(src="a", dst="b", amount=1),
    "currency positional": lambda: transfer("a", "b", 1, "EUR"),
    "missing amount": lambda: transfer("a", "b"),
    "unknown keyword": lambda: transfer("a", "b", 1, fee=2),
}
for label, call in bad_calls.items():
    try:
        call()
        print(label, "-> ok?!")
    except TypeError:
        print(label, "-> TypeError")

print("clamp:", clamp(1.7), clamp(-3), clamp(0.25), clamp(5, hi=10), clamp(5, 6, 8))
print(make_user("ann"))
print(make_user("bob", admin=True, team="ops", level=3))

sig = inspect.signature(transfer)
for name, param in sig.parameters.items():
    default = "" if param.default is inspect.Parameter.empty else f" = {param.default!r}"
    print(f"  {name:<8} {param.kind.name}{default}")
print("unpacked options:", make_user("x", **{"role": "dev", "admin": True}))
