# Track deprecated API usage with warnings: record, filter, escalate to errors and summarize per category.
import functools
import warnings
from collections import Counter


def deprecated(replacement):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__}() is deprecated, use {replacement}() instead",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@deprecated("fetch_all")
def get_rows(n):
    return list(range(n))


@deprecated("to_dict")
def as_mapping(rows):
    return {r: r * r for r in rows}


class ExperimentalWarning(UserWarning):
    pass


def experimental_feature():
    warnings.warn("the streaming mode is experimental", ExperimentalWarning)
    return "streamed"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    rows = get_rows(4)
    mapping = as_mapping(rows)
    get_rows(2)
    experimental_feature()
    warnings.warn("cache size is small", RuntimeWarning)

print(rows, mapping)
print(f"{len(caught)} warnings")
for w in caught:
    print(f"  {w.category.__name__}: {w.message}")
print(Counter(w.category.__name__ for w in caught).most_common())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("always", ExperimentalWarning)
    get_rows(1)
    experimental_feature()
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=ExperimentalWarning)
    try:
        experimental_feature()
    except ExperimentalWarning as exc:
        print("escalated:", exc, isinstance(exc, UserWarning), issubclass(ExperimentalWarning, Warning))

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message=r".*small")
    warnings.simplefilter("always", RuntimeWarning, append=True)
    warnings.warn("cache size is small", RuntimeWarning)
    warnings.warn("disk is slow", RuntimeWarning)
print([str(w.message) for w in caught], get_rows.__name__)
print(warnings.formatwarning("custom text", UserWarning, "module.py", 12).strip())
