# Python scoping (LEGB): local, enclosing, global and builtin names, and shadowing pitfalls
x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def reads_enclosing():
        return x

    return inner(), reads_enclosing(), x


print(outer())
print("module x still:", x)


def uses_builtin(values):
    return len(values), max(values)


def shadows_builtin(values):
    max = 0            # shadows the builtin inside this function only
    for v in values:
        if v > max:
            max = v
    return max


print("builtin len/max:", uses_builtin([3, 9, 2]), "| shadowed max:", shadows_builtin([3, 9, 2]))
print("builtin max untouched:", max([1, 5]))

total = 100


def bad_update():
    try:
        total += 1  # noqa - local 'total' referenced before assignment
    except UnboundLocalError:
        return "UnboundLocalError"
    return "ok"


def good_update():
    global total
    total += 1
    return total


print("bad_update:", bad_update(), "| good_update:", good_update(), good_update())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print("loop variable captured late:", [f() for f in funcs])
print("loop variable still visible after loop:", i)

squares = [n * n for n in range(4)]
try:
    n  # noqa: B018
except NameError:
    print("comprehension variable 'n' does not leak")


class Config:
    level = 3
    doubled = level * 2           # class body can use earlier class names
    names = [f"L{k}" for k in range(level)]  # range(level) is evaluated in class scope

    def get(self):
        return self.level         # methods must go through self/class


print("class scope:", Config.doubled, Config.names, Config().get())
