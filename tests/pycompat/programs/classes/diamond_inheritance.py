# Cooperative multiple inheritance in a diamond: logging/validation layers on a storage class
class Storage:
    def __init__(self, **kwargs):
        self.data: dict[str, object] = {}
        self.calls: list[str] = []
        super().__init__(**kwargs)

    def save(self, key: str, value) -> None:
        self.calls.append("Storage.save")
        self.data[key] = value


class LoggingStorage(Storage):
    def __init__(self, prefix: str = "LOG", **kwargs):
        self.prefix = prefix
        super().__init__(**kwargs)

    def save(self, key, value):
        self.calls.append("LoggingStorage.save")
        print(f"[{self.prefix}] save {key}={value!r}")
        super().save(key, value)


class ValidatingStorage(Storage):
    def __init__(self, max_len: int = 10, **kwargs):
        self.max_len = max_len
        super().__init__(**kwargs)

    def save(self, key, value):
        self.calls.append("ValidatingStorage.save")
        if len(str(value)) > self.max_len:
            raise ValueError(f"value for {key} longer than {self.max_len}")
        super().save(key, value)


class SafeLoggedStorage(LoggingStorage, ValidatingStorage):
    def save(self, key, value):
        self.calls.append("SafeLoggedStorage.save")
        super().save(key, value)


print("MRO:", [c.__name__ for c in SafeLoggedStorage.__mro__])
s = SafeLoggedStorage(prefix="DB", max_len=8)
print("prefix:", s.prefix, "max_len:", s.max_len)
s.save("name", "Ada")
print("call order:", s.calls)
s.calls.clear()
try:
    s.save("bio", "a very long biography")
except ValueError as e:
    print("rejected:", e)
print("call order on failure:", s.calls)
print("data:", s.data)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print("D.__mro__:", D.__mro__)
print("issubclass(D, C):", issubclass(D, C), "| D.__bases__:", [b.__name__ for b in D.__bases__])
