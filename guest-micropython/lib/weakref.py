# weakref -- written for mpsandbox; the API of CPython 3.11's weakref.
#
# MicroPython has no weak references: every object here holds a STRONG
# reference to its referent. A program can only observe the difference after
# the referent would have been collected: a ref() keeps returning the object
# instead of None, a weak dictionary or set keeps its entries, callbacks and
# finalize() functions never run on their own (calling a finalize object, or
# detach(), still works). Everything else -- the API, the errors for objects
# that cannot be weakly referenced (int, str, list, dict, ...), equality and
# hashing of refs -- follows CPython.
#
# Covers ref/ReferenceType, proxy, WeakMethod, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize. Leaves out getweakrefcount and
# getweakrefs (they would report references that do not keep anything).

_NOT_WEAKREFABLE = (int, float, complex, bool, str, bytes, bytearray, tuple, list, dict, type(None))


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ref:
    __slots__ = ("_obj", "__callback__")

    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return "<weakref at %s; to '%s' at %s>" % (
            hex(id(self)), type(self._obj).__name__, hex(id(self._obj)))


ReferenceType = ref


class WeakMethod(ref):
    __slots__ = ()

    def __init__(self, meth, callback=None):
        if not hasattr(meth, "__self__") and type(meth).__name__ != "bound_method":
            raise TypeError("argument should be a bound method, not %s" % type(meth).__name__)
        ref.__init__(self, meth, callback)


class ProxyType:
    # Forwards everything to the referent.
    __slots__ = ("_obj",)

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def __setattr__(self, name, value):
        setattr(self._obj, name, value)

    def __delattr__(self, name):
        delattr(self._obj, name)

    def __repr__(self):
        return "<weakproxy at %s; to '%s' at %s>" % (
            hex(id(self)), type(self._obj).__name__, hex(id(self._obj)))

    def __str__(self):
        return str(self._obj)

    def __bool__(self):
        return bool(self._obj)

    def __len__(self):
        return len(self._obj)

    def __iter__(self):
        return iter(self._obj)

    def __contains__(self, item):
        return item in self._obj

    def __getitem__(self, key):
        return self._obj[key]

    def __setitem__(self, key, value):
        self._obj[key] = value

    def __delitem__(self, key):
        del self._obj[key]

    def __eq__(self, other):
        return self._obj == other

    def __ne__(self, other):
        return self._obj != other

    def __lt__(self, other):
        return self._obj < other

    def __le__(self, other):
        return self._obj <= other

    def __gt__(self, other):
        return self._obj > other

    def __ge__(self, other):
        return self._obj >= other

    def __add__(self, other):
        return self._obj + other

    def __sub__(self, other):
        return self._obj - other

    def __mul__(self, other):
        return self._obj * other

    def __call__(self, *args, **kwargs):
        return self._obj(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class _WeakMapping:
    # A dict that would drop entries whose weak side died; here nothing dies.
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self._check_item(key, value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        return "<%s at %s>" % (type(self).__name__, hex(id(self)))

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self.data.get(key, default)

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, other=(), /, **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        new.data = dict(self.data)
        return new

    __copy__ = copy


class WeakValueDictionary(_WeakMapping):
    def _check_item(self, key, value):
        _check(value)

    def itervaluerefs(self):
        return iter([ref(v) for v in self.data.values()])

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(_WeakMapping):
    def _check_item(self, key, value):
        _check(key)

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self.data)

    __copy__ = copy

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    def __or__(self, other):
        return WeakSet(self.data | set(other))

    union = __or__

    def __and__(self, other):
        return WeakSet(self.data & set(other))

    intersection = __and__

    def __sub__(self, other):
        return WeakSet(self.data - set(other))

    difference = __sub__

    def __xor__(self, other):
        return WeakSet(self.data ^ set(other))

    symmetric_difference = __xor__

    def __ior__(self, other):
        self.update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(set(other))

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(set(other))

    __ge__ = issuperset

    def isdisjoint(self, other):
        return len(self.data & set(other)) == 0

    def __repr__(self):
        return "<WeakSet at %s>" % hex(id(self))

    __hash__ = None


class finalize:
    # Runs func(*args, **kwargs) at most once, when called (never on its own here).
    __slots__ = ("_info", "atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._info = (obj, func, args, kwargs or None)
        self.atexit = True

    def __call__(self, _=None):
        info = self._info
        if info is not None:
            self._info = None
            obj, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        if info is not None:
            self._info = None
            return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        info = self._info
        if info is None:
            return "<finalize object at %s; dead>" % hex(id(self))
        return "<finalize object at %s; for '%s' at %s>" % (
            hex(id(self)), type(info[0]).__name__, hex(id(info[0])))
