# collections: container datatypes. Written for mpsandbox; behaviour follows CPython 3.11.
# Extends MicroPython's built-in module (reached as `ucollections`): its C deque
# is complete and is re-exported; namedtuple builds on the C namedtuple type.
# Covers Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict,
# UserList, UserString (the last four are defined on first use) and the
# `collections.abc` submodule.
# Leaves out: pickling support (__reduce__), __sizeof__, the recursion guard of
# the reprs (a container that holds itself recurses), OrderedDict's
# order-preserving views (its keys()/values()/items() are dict views).
#
# MicroPython notes: dict's methods cannot be reached as dict.method(self, ...)
# from a subclass, so the reprs are built here; d[key] of an absent key calls
# __missing__ in the interpreter, as in CPython.

from ucollections import deque
import ucollections as _uc

_NOTHING = object()


def _dict_repr(d):
    return "{" + ", ".join("%r: %r" % kv for kv in d.items()) + "}"


def _class_getitem(cls, item):
    # Counter[str], defaultdict[str, list] (PEP 585), as evaluated in
    # class-body annotations.
    from types import GenericAlias
    return GenericAlias(cls, item)


def _is_mapping(obj):
    return isinstance(obj, dict) or hasattr(obj, "keys")


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, _dict_repr(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

# Every MicroPython dict keeps insertion order (as CPython's), so OrderedDict
# only adds the order-aware methods, equality and its repr.
class OrderedDict(dict):
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, other=(), /, **kwargs):
        super().__init__()
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = self.pop(key)  # KeyError(key) when missing, as CPython
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return super().popitem()  # dicts pop their last entry
        key = next(iter(self))
        return key, self.pop(key)

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return len(self) == len(other) and list(self.items()) == list(other.items())
        return dict(self) == (dict(other) if isinstance(other, dict) else other)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        value = self.get(key, _NOTHING)
        if value is _NOTHING:
            self[key] = value = default
        return value

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

class Counter(dict):
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_count)

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    super().update(iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            items = self.most_common()
        except TypeError:
            items = self.items()
        return "%s({%s})" % (self.__class__.__name__, ", ".join("%r: %r" % kv for kv in items))

    # Multiset comparisons (3.10+): a missing element counts as zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict(self) == (dict(other) if isinstance(other, dict) else other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count(item):
    return item[1]


################################################################################
### namedtuple
################################################################################

_kw = None


def _iskeyword(name):
    global _kw
    if _kw is None:
        from keyword import kwlist
        _kw = frozenset(kwlist)
    return name in _kw


# The class derives from MicroPython's C namedtuple type, which constructs the
# tuple (positional or keyword arguments) and reads the fields natively; the
# Python layer adds CPython's API. With defaults=, a generated __init__ fills
# the missing arguments in and constructs the C part through super().__init__().
def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    fields = tuple(field_names)
    num_fields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[num_fields - len(defaults):], defaults))
    repr_fmt = "(" + ", ".join(name + "=%r" for name in fields) + ")"

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(values)))
        return cls(*values)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __setattr__(self, name, value):
        if name in fields or type(self) is cls:
            raise AttributeError("can't set attribute" if name in fields else
                                 "'%s' object has no attribute '%s'" % (typename, name))
        object.__setattr__(self, name, value)

    ns = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__setattr__": __setattr__,
        "__module__": module if module is not None else "__main__",
    }
    holder = []
    if field_defaults:
        ns["__init__"] = _defaults_init(fields, defaults, holder)
    cls = type(typename, (_uc.namedtuple(typename, fields),), ns)
    holder.append(cls)
    return cls


def _defaults_init(fields, defaults, holder):
    n = len(fields) - len(defaults)
    args = ", ".join(list(fields[:n]) + ["%s=_d[%d]" % (f, i) for i, f in enumerate(fields[n:])])
    src = "def __init__(self, %s):\n    super(_c[0], self).__init__(%s)\n" % (args, ", ".join(fields))
    ns = {"_d": defaults, "_c": holder}
    exec(src, ns)
    return ns["__init__"]


################################################################################
### ChainMap, UserDict, UserList, UserString (defined on first use)
################################################################################

# Submodules are imported through sys.modules: `from . import abc` here would
# come back to this __getattr__ in MicroPython.
def __getattr__(name):
    import sys
    if name == "abc":
        __import__("collections.abc")
        return sys.modules["collections.abc"]
    if name in ("ChainMap", "UserDict", "UserList", "UserString"):
        __import__("collections._user")
        _user = sys.modules["collections._user"]
        g = globals()
        for n in ("ChainMap", "UserDict", "UserList", "UserString"):
            g[n] = getattr(_user, n)
        return g[name]
    raise AttributeError("module 'collections' has no attribute '%s'" % name)
