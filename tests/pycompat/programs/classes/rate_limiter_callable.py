# Callable objects: a token-bucket rate limiter and a call-counting memoizer
class RateLimiter:
    """Allows `capacity` calls, refilling `rate` tokens per tick of a simulated clock."""

    def __init__(self, capacity: int, rate: float):
        self.capacity = capacity
        self.rate = rate
        self.tokens = float(capacity)
        self.clock = 0

    def tick(self, n: int = 1) -> None:
        self.clock += n
        self.tokens = min(self.capacity, self.tokens + self.rate * n)

    def __call__(self, func):
        def wrapper(*args, **kwargs):
            if self.tokens < 1:
                return f"t={self.clock}: rate limited ({func.__name__})"
            self.tokens -= 1
            return func(*args, **kwargs)
        wrapper.limiter = self
        return wrapper


class CountingMemo:
    def __init__(self, func):
        self.func = func
        self.cache: dict[tuple, object] = {}
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]


limiter = RateLimiter(capacity=3, rate=0.5)


@limiter
def fetch(resource: str) -> str:
    return f"t={limiter.clock}: fetched {resource}"


for i in range(5):
    print(fetch(f"/item/{i}"))
for _ in range(4):
    limiter.tick()
    print(fetch("/after-wait"), f"(tokens left {limiter.tokens})")
print("wrapper knows limiter:", fetch.limiter is limiter)


@CountingMemo
def ways(n: int) -> int:
    """Number of ways to climb n stairs taking 1 or 2 steps."""
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print("ways(30) =", ways(30))
print("calls:", ways.calls, "cached:", len(ways.cache))
print("callable checks:", callable(ways), callable(limiter), callable(limiter.tokens))
