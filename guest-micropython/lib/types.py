# types -- written for mpsandbox; behaviour follows CPython 3.11's types.
#
# Covers SimpleNamespace (repr, ==, attribute access), MappingProxyType
# (read-only view with CPython's repr and errors), MethodType (binds a
# function to an object), GenericAlias (the type of list[int]; a class with
# the same behaviour when the interpreter's cannot be called, as
# `__class_getitem__ = classmethod(GenericAlias)` does),
# new_class/resolve_bases/prepare_class, coroutine, and the
# type objects the interpreter has: FunctionType/LambdaType, GeneratorType,
# CoroutineType, BuiltinFunctionType/BuiltinMethodType, ModuleType,
# NoneType, EllipsisType, NotImplementedType, UnionType.
#
# Leaves out (the interpreter has no such objects): CodeType, FrameType,
# TracebackType, CellType, AsyncGeneratorType, the descriptor types,
# DynamicClassAttribute. Differences: a nested function (a closure) is not an
# instance of FunctionType; async functions return generators, so
# CoroutineType is GeneratorType; ModuleType(name) cannot be called; a bound
# method made by the interpreter is not an instance of MethodType (that is a
# class here, so that MethodType(func, obj) works).

import sys


def _f():
    pass


def _g():
    yield


FunctionType = type(_f)
LambdaType = FunctionType
GeneratorType = type(_g())
CoroutineType = GeneratorType
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
UnionType = type(int | str)


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            return "%s(%s)" % (name, ", ".join("%s=%r" % kv for kv in vars(self).items()))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None


_repr_running = set()


class mappingproxy:
    # MappingProxyType; the class keeps CPython's type name.
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple, str, bytes)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    __hash__ = None


MappingProxyType = mappingproxy


class MethodType:
    __slots__ = ("__func__", "__self__")

    def __init__(self, func, obj):
        if not callable(func):
            raise TypeError("first argument must be callable")
        if obj is None:
            raise TypeError("instance must not be None")
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __eq__(self, other):
        if not isinstance(other, MethodType):
            return NotImplemented
        return self.__func__ == other.__func__ and self.__self__ is other.__self__

    def __hash__(self):
        return hash((self.__func__, id(self.__self__)))

    def __repr__(self):
        f = self.__func__
        name = getattr(f, "__qualname__", None) or getattr(f, "__name__", "?")
        return "<bound method %s of %r>" % (name, self.__self__)


class _GenericAlias:
    # list[int] as an object, for interpreters whose own GenericAlias type
    # (the type of list[int]) cannot be called.
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            if type(a).__name__ in ("TypeVar", "ParamSpec") and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        def r(a):
            if isinstance(a, type):
                mod = getattr(a, "__module__", "builtins")
                qual = getattr(a, "__qualname__", a.__name__)
                return qual if mod == "builtins" else "%s.%s" % (mod, qual)
            if a is ...:
                return "..."
            if isinstance(a, list):
                return "[%s]" % ", ".join(r(x) for x in a)
            return repr(a)
        args = ", ".join(r(a) for a in self.__args__) if self.__args__ else "()"
        return "%s[%s]" % (r(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, (_GenericAlias, _CoreGenericAlias)):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError("There are no type variables left in %r" % self)
        if not isinstance(args, tuple):
            args = (args,)
        mapping = dict(zip(self.__parameters__, args))
        return _GenericAlias(self.__origin__, tuple(mapping.get(a, a) for a in self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


_CoreGenericAlias = type(list[int])
try:
    _CoreGenericAlias(list, (int,))
    GenericAlias = _CoreGenericAlias
except TypeError:
    GenericAlias = _GenericAlias


def resolve_bases(bases):
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        meth = getattr(base, "__mro_entries__", None)
        if meth is None:
            new_bases.append(base)
            continue
        new = meth(bases)
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(new)
        changed = True
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            bmeta = type(base)
            if issubclass(bmeta, meta):
                meta = bmeta
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func
