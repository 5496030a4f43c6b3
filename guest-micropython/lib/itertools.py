# itertools: iterator building blocks. Written for mpsandbox; behaviour follows CPython 3.11.
# Covers count, cycle, repeat, accumulate (func, initial=), chain
# (.from_iterable), compress, dropwhile, filterfalse, groupby, islice,
# pairwise, starmap, takewhile, tee, zip_longest, product (repeat=),
# permutations, combinations, combinations_with_replacement, and batched
# (3.12, harmless to have). Iterators are lazy as CPython's; arguments are
# checked (and iter() taken) when the iterator is made, with CPython's errors.
# count and repeat are classes with CPython's repr; the others are generators
# (their repr is a generator's, and they are not types to isinstance() against).
# Leaves out: pickling, __reduce__/__setstate__, tee objects' __copy__.


class count:
    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float, complex)) or not isinstance(step, (int, float, complex)):
            if not (hasattr(start, "__add__") and hasattr(step, "__add__")):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, step)


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        try:
            total = next(it)
        except StopIteration:
            return
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    return _chain_from(iter(iterables))


def _chain_from(iterables):
    for it in iterables:
        yield from it


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n)


def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


def _groupby(iterator, keyfunc):
    # A group shares the underlying iterator: moving to the next group first
    # drains the current one, so an earlier group object then yields nothing.
    exhausted = False
    curr_value = curr_key = None

    def _grouper(target_key):
        nonlocal curr_value, curr_key, exhausted
        yield curr_value
        for value in iterator:
            curr_value = value
            curr_key = value if keyfunc is None else keyfunc(value)
            if curr_key != target_key:
                return
            yield value
        exhausted = True

    for curr_value in iterator:
        break
    else:
        return
    curr_key = curr_value if keyfunc is None else keyfunc(curr_value)
    while not exhausted:
        target_key = curr_key
        curr_group = _grouper(target_key)
        yield curr_key, curr_group
        if curr_key == target_key:
            for _ in curr_group:
                pass


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_START = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = value.__index__() if type(value) is not int else value
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if value < 0:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    n = len(args)
    if n == 1:
        start, stop, step = 0, _islice_index(args[0], _ISLICE_STOP), 1
    elif n in (2, 3):
        start = _islice_index(args[0], _ISLICE_START) or 0
        stop = _islice_index(args[1], _ISLICE_STOP)
        step = 1
        if n == 3 and args[2] is not None:
            try:
                step = _islice_index(args[2], "")
            except ValueError:
                step = 0
            if not step:
                raise ValueError("Step for islice() must be a positive integer or None.")
    elif n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Consumes exactly the items CPython's islice consumes.
    if stop is not None and stop <= start:
        for _ in zip(range(start), it):
            pass
        return
    nexti = start
    i = 0
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # Skip the items up to stop, as CPython does.
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # A shared singly linked list of [value, next] cells; each tee iterator
    # holds its position, so consumed cells are freed once all have passed.
    head = [None, None]
    return tuple(_tee(it, head) for _ in range(n))


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = link[1] = [value, None]
        link = nxt
        yield nxt[0]


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        else:
            return
        yield tuple(result)


def _check_r(r):
    if type(r) is not int:
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
