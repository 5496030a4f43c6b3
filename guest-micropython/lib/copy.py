# copy: shallow and deep copy. Written for mpsandbox; behaviour follows CPython 3.11.
# Covers copy() and deepcopy() (with memo, so shared and self-referencing
# structures are copied once), __copy__/__deepcopy__, __getstate__/__setstate__,
# instances of Python classes (their attributes are copied without calling
# __init__, as CPython does) including subclasses of list, dict, set,
# bytearray and tuple, collections.deque, and the `Error` exception.
# Leaves out the pickle protocol: __reduce__/__reduce_ex__ and copyreg are not
# consulted (MicroPython has neither). A copied instance of a subclass of a
# built-in type gets its built-in part from the original's contents.

class Error(Exception):
    pass


error = Error

_atomic = None


def _atomic_types():
    # Immutable or identity-only objects; MicroPython has one type per kind
    # of function (Python, closure, generator function, built-in by arity).
    global _atomic
    x = 0

    def gen():
        yield

    _atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
               type(Ellipsis), type(NotImplemented), property, slice,
               type(lambda: 0), type(lambda: x), type(gen), type(len), type(divmod),
               type(print), type(setattr), type(globals), type([].append), type(int.from_bytes)}
    return _atomic


def _deque():
    from ucollections import deque
    return deque


_NATIVE_BASES = (list, dict, set, bytearray, tuple, frozenset)


class _Probe:
    pass


# The type of obj.__dict__: the interpreter's write-through view of an
# instance's attributes, copied as the dict it stands for.
_DICT_VIEW = type(_Probe().__dict__)
del _Probe


def _native_base(cls):
    for base in cls.__mro__:
        if base in _NATIVE_BASES:
            return base
    return None


def _new_instance(cls, base, data):
    # A blank instance of cls; a built-in base is constructed from data
    # through the class just before it in the MRO (MicroPython's way to run
    # the native constructor without the Python __init__).
    obj = object.__new__(cls)
    if base is not None:
        mro = cls.__mro__
        super(mro[mro.index(base) - 1], obj).__init__(data)
    return obj


def _get_state(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        return getstate()
    return getattr(x, "__dict__", None) or None


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
        if slotstate:
            for key, value in slotstate.items():
                setattr(y, key, value)
    if state:
        for key, value in state.items():
            setattr(y, key, value)


def copy(x):
    cls = type(x)
    if cls in (_atomic or _atomic_types()) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is _DICT_VIEW:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls is _deque():
        return cls(x, x.maxlen)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    base = _native_base(cls)
    if base is tuple or base is frozenset:
        return x  # immutable
    y = _new_instance(cls, base, x if base is None else base(x))
    state = _get_state(x)
    if state:
        _set_state(y, state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in (_atomic or _atomic_types()):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict or cls is _DICT_VIEW:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # The tuple may have been copied while copying its items (a cycle
        # through a mutable item).
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set or cls is frozenset or cls is bytearray:
        y = cls(deepcopy(list(x), memo)) if cls is not bytearray else bytearray(x)
    elif cls is _deque():
        y = cls(deepcopy(list(x), memo), x.maxlen)
    elif hasattr(x, "__deepcopy__") and not isinstance(x, type):
        y = x.__deepcopy__(memo)
    elif issubclass(cls, type):
        return x
    else:
        y = _deepcopy_instance(x, cls, memo)
    # Keep x alive while memo refers to its id (CPython's _keep_alive).
    if y is not x:
        memo[d] = y
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def _deepcopy_instance(x, cls, memo):
    base = _native_base(cls)
    if base is None:
        y = _new_instance(cls, None, None)
        memo[id(x)] = y
    elif base is tuple or base is frozenset:
        getnewargs = getattr(x, "__getnewargs__", None)  # namedtuple
        if getnewargs is not None:
            y = cls(*deepcopy(getnewargs(), memo))
        else:
            y = _new_instance(cls, base, base(deepcopy(list(x), memo)))
        memo[id(x)] = y
    else:
        y = _new_instance(cls, base, base())
        memo[id(x)] = y
        if base is dict:
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        elif base is list:
            y.extend(deepcopy(a, memo) for a in x)
        elif base is set:
            y.update(deepcopy(list(x), memo))
        else:
            y.extend(x)
    state = _get_state(x)
    if state:
        _set_state(y, deepcopy(state, memo))
    return y
