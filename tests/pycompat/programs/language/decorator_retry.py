# Decorators with arguments and functools.wraps: retry with backoff schedule and validation
import functools


class TransientError(Exception):
    pass


def retry(times: int = 3, exceptions: tuple = (Exception,), backoff: float = 0.5):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt}/{times} of {func.__name__} failed: {e}")
                    if attempt == times:
                        raise
                    print(f"  (would sleep {delay:.2f}s)")
                    delay *= 2
        wrapper.max_attempts = times
        return wrapper
    return decorator


def validate_positive(*arg_names: str):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name in arg_names:
                if kwargs.get(name, 0) <= 0:
                    raise ValueError(f"{name} must be positive")
            return func(**kwargs)
        return wrapper
    return decorator


calls = {"count": 0}


@retry(times=4, exceptions=(TransientError,), backoff=0.25)
def flaky_fetch(url: str) -> str:
    """Fetch that fails twice before succeeding."""
    calls["count"] += 1
    if calls["count"] < 3:
        raise TransientError(f"timeout #{calls['count']}")
    return f"200 OK from {url}"


@retry(times=2)
def always_fails():
    raise TransientError("server down")


@validate_positive("width", "height")
def area(*, width: float, height: float) -> float:
    return width * height


print(flaky_fetch("https://example.com"))
print("name/doc preserved:", flaky_fetch.__name__, "|", flaky_fetch.__doc__)
print("max attempts attr:", flaky_fetch.max_attempts, "| wrapped:", flaky_fetch.__wrapped__.__name__)
try:
    always_fails()
except TransientError as e:
    print("gave up:", e)
print("area:", area(width=3, height=4.5))
try:
    area(width=3, height=-1)
except ValueError as e:
    print("ValueError:", e)
