# Stacking decorators: call logging, call counting, caching and a registry decorator
import functools

ROUTES: dict[str, callable] = {}
LOG: list[str] = []


def route(path: str):
    def register(func):
        ROUTES[path] = func
        return func
    return register


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        LOG.append(f"{func.__name__}({arg_text}) -> {result!r}")
        return result
    return wrapper


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def uppercase(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper


@route("/hello")
@counted
@logged
def hello(name: str = "world") -> str:
    return f"hello, {name}"


@route("/shout")
@uppercase
@logged
def shout(msg: str, times: int = 1) -> str:
    return " ".join([msg] * times)


@functools.lru_cache(maxsize=None)
def slow_square(n: int) -> int:
    LOG.append(f"computing {n}^2")
    return n * n


print(hello())
print(hello("Ada"))
print(shout("hey", times=3))
print("hello calls:", hello.calls, "| name:", hello.__name__)
for path in sorted(ROUTES):
    print(f"route {path} -> {ROUTES[path].__name__}")
print(ROUTES["/hello"](name="routes"))
print([slow_square(n) for n in (3, 4, 3, 3, 4)])
print("cache info:", slow_square.cache_info())
print("log:")
for line in LOG:
    print("  ", line)
