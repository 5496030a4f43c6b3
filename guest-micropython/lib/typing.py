# typing -- written for mpsandbox; behaviour follows CPython 3.11's typing.
#
# Covers the runtime side of annotations that programs actually touch: every
# common name importable, subscription (List[int], Dict[str, List[int]],
# Optional[X], Union, Callable[[int], str], Tuple[int, ...], Literal, Annotated,
# ClassVar, Final, user Generic[T] classes) with CPython's reprs, equality and
# get_origin/get_args; TypeVar/ParamSpec/NewType; NamedTuple and TypedDict in
# class and functional syntax; Protocol with @runtime_checkable isinstance;
# get_type_hints (string annotations evaluated in the defining module);
# cast/overload/final/assert_never/reveal_type and the other helpers.
# Rarely used names (SupportsInt..., IO/TextIO, Awaitable, Pattern, ...) are
# made on first use, through the module's __getattr__ (import cost).
#
# isinstance() with an alias (List, Iterable, Union[...]) and structural
# isinstance() with a runtime protocol need the interpreter to consult
# __instancecheck__ (and, for protocols, metaclasses that make real classes);
# until it does, Protocol is a plain class and those checks are nominal or fail.
#
# Leaves out: static-checker-only precision (variance checks, TypeVarTuple
# unpacking semantics, ParamSpec substitution), __parameters__ of user generic
# classes, pickling support. Generic[T]/Protocol[T] as bases give the plain
# Generic/Protocol class (the interpreter has no __mro_entries__), so
# `class A(Generic[T])` has CPython's __bases__ and __mro__. collections.abc,
# collections and re are imported lazily, when an alias's origin is needed.

import sys

# `from typing import *` (the interpreter ignores __all__, so there the
# rarely used names below, made on first use, are not included).
__all__ = (
    "AbstractSet", "Annotated", "Any", "AnyStr", "AsyncContextManager", "AsyncGenerator",
    "AsyncIterable", "AsyncIterator", "Awaitable", "BinaryIO", "ByteString", "Callable", "ChainMap",
    "ClassVar", "Collection", "Concatenate", "Container", "ContextManager", "Coroutine", "Counter",
    "DefaultDict", "Deque", "Dict", "Final", "ForwardRef", "FrozenSet", "Generator", "Generic",
    "Hashable", "IO", "ItemsView", "Iterable", "Iterator", "KeysView", "List", "Literal",
    "LiteralString", "Mapping", "MappingView", "Match", "MutableMapping", "MutableSequence",
    "MutableSet", "NamedTuple", "Never", "NewType", "NoReturn", "NotRequired", "Optional",
    "OrderedDict", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Pattern", "Protocol",
    "Required", "Reversible", "Self", "Sequence", "Set", "Sized", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "Text",
    "TextIO", "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeVar", "TypeVarTuple", "TypedDict",
    "Union", "Unpack", "ValuesView", "TYPE_CHECKING", "assert_never", "assert_type", "cast",
    "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "no_type_check", "no_type_check_decorator", "overload",
    "reveal_type", "runtime_checkable",
)

TYPE_CHECKING = False
_NoneType = type(None)
_BuiltinGenericAlias = type(list[int])     # types.GenericAlias (list[int] is list on old builds)
if _BuiltinGenericAlias is type:
    _BuiltinGenericAlias = ()


def _type_repr(obj):
    if isinstance(obj, _BuiltinGenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        mod = getattr(obj, "__module__", "builtins")
        qual = getattr(obj, "__qualname__", obj.__name__)
        return qual if mod == "builtins" else mod + "." + qual
    if obj is ...:
        return "..."
    if type(obj) is type(_type_repr):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar, Final):
        raise TypeError("%s is not valid as type argument" % arg)
    if isinstance(arg, _SpecialForm) and arg._name not in _BARE_OK:
        raise TypeError("Plain %s is not valid as type argument" % arg)
    if arg is Generic or arg is Protocol:
        raise TypeError("Plain %s is not valid as type argument" % _type_repr(arg))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) if isinstance(a, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_subst(a, mapping) for a in arg.__args__))
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    return arg


def _resolve(path):
    # "collections.abc.Iterable" -> the object, or None when not available.
    mod, _, attr = path.rpartition(".")
    try:
        return getattr(__import__(mod, None, None, [attr]), attr)
    except (ImportError, AttributeError):
        if path == "re.Pattern" or path == "re.Match":
            import re
            p = re.compile("")
            return type(p) if attr == "Pattern" else type(p.match(""))
        return None


class _Final:
    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- special forms: Any, Union, Optional, Literal, ClassVar, Final, ... ---

class _SpecialForm(_Final):
    __slots__ = ("_name", "_getitem")

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % self)

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


_BARE_OK = ("Any", "LiteralString", "NoReturn", "Never", "Self", "TypeAlias")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


def _one_arg(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p) is _UnionType:
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = []
    for p in flat:
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "typing.Optional requires a single type.")
    return Union[arg, _NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if not any(q == r and type(q) is type(r) for r in params):
                params.append(q)
    return _LiteralGenericAlias(self, tuple(params))


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    return _GenericAlias(self, parameters)


class Annotated:
    # A class (not a special form) as in CPython: get_origin() gives it.
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass typing.Annotated")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
    return _AnnotatedAlias(origin, tuple(params[1:]))


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _UnpackAlias(self, (item,))


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", _unpack_getitem)
_UnionType = type(int | str)


# --- generic aliases: List[int], Dict[str, int], Stack[int], ... ---

class _GenericAlias(_Final):
    # origin[args]; `name` is the typing name (List for list) or None.
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def _origin_repr(self):
        if self._name:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        args = self.__args__
        if not args:
            return self._origin_repr() + "[()]"
        return "%s[%s]" % (self._origin_repr(), ", ".join(_args_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError("%s is not a generic class" % self)
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(args) > len(params) else "few", self, len(args), len(params)))
        mapping = dict(zip(params, (_type_convert(a) for a in args)))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr in ("_name", "_inst"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _args_repr(a):
    if isinstance(a, list):
        return "[%s]" % ", ".join(_type_repr(x) for x in a)
    return _type_repr(a)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        a = self.__args__
        if len(a) == 2:
            if a[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(a[1])
            if a[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(a[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(x) for x in a)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])


class _CallableGenericAlias(_GenericAlias):
    # __args__ is flat (arg types..., result) as in CPython; Callable[..., R] keeps the Ellipsis.
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _is_param_expr(a[0]):
            return "typing.Callable[%s, %s]" % (_type_repr(a[0]), _type_repr(a[1]))
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(x) for x in a[:-1]), _type_repr(a[-1]))


def _is_param_expr(a):
    return a is ... or isinstance(a, ParamSpec) or (isinstance(a, _GenericAlias) and a.__origin__ is Concatenate)


class _SpecialGenericAlias(_GenericAlias):
    # The bare typing name (List, Iterable, ...): subscriptable, usable with
    # isinstance like its origin. `origin` may be a dotted path resolved lazily.
    def __init__(self, origin, nparams, name, inst=True):
        self._origin = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self.__args__ = ()
        self.__parameters__ = ()

    def __getattr__(self, attr):
        if attr == "__origin__":
            origin = self._origin
            if isinstance(origin, str):
                origin = self._origin = _resolve(origin)
            return origin
        return _GenericAlias.__getattr__(self, attr)

    def __repr__(self):
        return "typing." + self._name

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        n = self._nparams
        if n == 0:
            raise TypeError("%s is not a generic class" % self)
        if len(params) != n:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > n else "few", self, len(params), n))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return _GenericAlias(tuple, (_type_check(params[0], msg), ...), "Tuple", False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params), "Tuple", False)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # Relaxed on purpose, as CPython's: Callable[P, R], Callable[int, R].
        if isinstance(args, list):
            args = tuple(_type_convert(a) for a in args)
        else:
            args = (args,)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return _CallableGenericAlias(self.__origin__, args + (result,), "Callable")


def _alias(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst)


List = _alias(list, 1, "List", False)
Dict = _alias(dict, 2, "Dict", False)
Set = _alias(set, 1, "Set", False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", False)
Tuple = _TupleAlias(tuple, -1, "Tuple", False)
Type = _alias(type, 1, "Type")
Callable = _CallableAlias("collections.abc.Callable", 2, "Callable")
DefaultDict = _alias("collections.defaultdict", 2, "DefaultDict")
OrderedDict = _alias("collections.OrderedDict", 2, "OrderedDict")
Counter = _alias("collections.Counter", 1, "Counter")
Deque = _alias("collections.deque", 1, "Deque")
Iterable = _alias("collections.abc.Iterable", 1, "Iterable")
Iterator = _alias("collections.abc.Iterator", 1, "Iterator")
Generator = _alias("collections.abc.Generator", 3, "Generator")
Sequence = _alias("collections.abc.Sequence", 1, "Sequence")
Mapping = _alias("collections.abc.Mapping", 2, "Mapping")
MutableMapping = _alias("collections.abc.MutableMapping", 2, "MutableMapping")
Text = str


# --- type variables ---

class _TypeVarLike(_Final):
    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __init_subclass__(cls, *args, **kwds):
        raise TypeError("type 'TypeVar' is not an acceptable base type")


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"


class ParamSpec(_TypeVarLike):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return _eval_type(eval(self.__forward_arg__, globalns, localns), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % self.__forward_arg__


# --- Generic and Protocol ---

class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__name__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not isinstance(p, _UnpackAlias):
                    raise TypeError("Parameters to %s[...] must all be type variables "
                                    "or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            # Used as a base class: the interpreter has no __mro_entries__.
            return cls
        return _GenericAlias(cls, params)


_SPECIAL = ("__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
            "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
            "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
            "__protocol_attrs__", "__init_subclass__", "__match_args__", "_MutableMapping__marker",
            "__metaclass__")  # where the interpreter records a class's metaclass


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        ann = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__) + list(ann):
            if not attr.startswith("_abc_") and attr not in _SPECIAL and attr not in attrs:
                attrs.append(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def _plain_init(self, *args, **kwargs):
    if args or kwargs:
        raise TypeError("%s() takes no arguments" % type(self).__name__)


class _ProtocolMeta(type):
    # isinstance(obj, P) for a @runtime_checkable protocol P is structural.
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol"):
            if not cls.__dict__.get("_is_runtime_protocol"):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    break
            else:
                return True
        return cls in type(instance).__mro__

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol"):
            if not cls.__dict__.get("_is_runtime_protocol"):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            attrs = _protocol_attrs(cls)
            if not all(callable(getattr(cls, attr, None)) for attr in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in attrs:
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return cls in other.__mro__
                        break
                else:
                    return cls in other.__mro__
            return True
        return cls in other.__mro__


class _MetaProbe(metaclass=_ProtocolMeta):
    pass


# Structural isinstance needs a metaclass whose classes are real classes
# (subclassable, usable with issubclass); until the interpreter makes them
# so, Protocol is a plain class and isinstance() is nominal.
try:
    issubclass(_MetaProbe, object)
    _PMeta = _ProtocolMeta
except TypeError:
    _PMeta = type
del _MetaProbe


class Protocol(Generic, metaclass=_PMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    if _PMeta is type:
        # No metaclass: the checks as class methods, for an interpreter whose
        # isinstance()/issubclass() consult them on the class (abc does the same).
        __instancecheck__ = classmethod(_ProtocolMeta.__instancecheck__)
        __subclasscheck__ = classmethod(_ProtocolMeta.__subclasscheck__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for b in cls.__bases__:
                if not (b in (object, Generic, Protocol) or getattr(b, "_is_protocol", False)):
                    raise TypeError("Protocols can only inherit from other protocols, got %r" % b)
            if "__init__" not in cls.__dict__:
                cls.__init__ = _no_init
        elif cls.__init__ is _no_init:
            # A concrete class: the __init__ after the protocols' in the MRO.
            for base in cls.__mro__:
                init = base.__dict__.get("__init__", _no_init)
                if init is not _no_init:
                    break
            cls.__init__ = _plain_init if base is object else init


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls.__dict__.get("_is_protocol"):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


# --- NamedTuple and TypedDict ---

class _tuplegetter:
    # A read-only field, like CPython's C _tuplegetter.
    __slots__ = ("_index",)

    def __init__(self, index):
        self._index = index

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


_tuple_new = tuple.__new__


def _nt_repr(self):
    return "%s(%s)" % (type(self).__name__, ", ".join(
        "%s=%r" % (f, v) for f, v in zip(self._fields, self)))


def _make_namedtuple(cls, fields, defaults):
    # The __new__ is compiled with the exact signature so argument errors are
    # the interpreter's own, as CPython's namedtuple does.
    for f in fields:
        if f.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: %r" % f)
        if not f.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % f)
    nodef = len(fields) - len(defaults)
    params = ", ".join(fields[:nodef] + ["%s=_d[%d]" % (f, i) for i, f in enumerate(fields[nodef:])])
    ns = {"_d": defaults, "_tuple_new": _tuple_new}
    exec("def __new__(_cls, %s):\n return _tuple_new(_cls, (%s))" % (params, "".join(f + ", " for f in fields)), ns)
    new = ns["__new__"]
    try:
        new.__qualname__ = cls.__name__ + ".__new__"
    except AttributeError:
        pass
    cls.__new__ = new
    cls._fields = tuple(fields)
    cls._field_defaults = dict(zip(fields[nodef:], defaults))
    cls.__match_args__ = tuple(fields)
    for i, f in enumerate(fields):
        setattr(cls, f, _tuplegetter(i))
    return cls


_NT_PROHIBITED = ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                  "_make", "_replace", "_asdict", "_source")


class NamedTuple(tuple):
    # `class P(NamedTuple)` keeps NamedTuple as a base (CPython swaps it for
    # tuple through a metaclass); NamedTuple('P', [(name, type), ...]) builds one.
    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        # Only NamedTuple itself: each named tuple class gets its own __new__.
        if len(args) != 2 and not (len(args) == 1 and kwargs):
            raise TypeError("NamedTuple() takes 2 positional arguments")
        typename = args[0]
        fields = list(args[1]) if len(args) == 2 else list(kwargs.items())
        nt = type(typename, (NamedTuple,), {"__annotations__": dict(fields), "__module__": _caller_module()})
        return nt

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return      # a subclass of a named tuple class is a plain subclass
        ann = cls.__dict__.get("__annotations__", {})
        defaults = []
        default_names = []
        for name in ann:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
                default_names.append(name)
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        for key in _NT_PROHIBITED:
            if key in cls.__dict__:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        _make_namedtuple(cls, list(ann), tuple(defaults))

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(self._fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return _nt_repr(self)

    def __getnewargs__(self):
        return tuple(self)


def _caller_module():
    try:
        return sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class TypedDict:
    # Instances are plain dicts; the class records the keys.
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        _typeddict_keys(cls, total)


def _typeddict_keys(cls, total):
    own = cls.__dict__.get("__annotations__", {})
    annotations = {}
    required = set()
    optional = set()
    for base in cls.__bases__:
        annotations.update(base.__dict__.get("__annotations__", {}))
        required.update(getattr(base, "__required_keys__", ()))
        optional.update(getattr(base, "__optional_keys__", ()))
    for key, tp in own.items():
        origin = getattr(tp, "__origin__", None)
        if origin is Required or (total and origin is not NotRequired):
            required.add(key)
        else:
            optional.add(key)
    annotations.update(own)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = total


def _typeddict_functional(typename, fields=None, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    cls = type(typename, (TypedDict,), {"__annotations__": dict(fields), "__module__": _caller_module()})
    if not total:
        _typeddict_keys(cls, total)
    return cls


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __call__(self, x):
        return x

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- functions ---

def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def reveal_type(obj):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overloads = {}


def overload(func):
    f = getattr(func, "__func__", func)
    try:
        key = (getattr(f, "__module__", None), getattr(f, "__qualname__", f.__name__))
        _overloads.setdefault(key, []).append(func)
    except (AttributeError, TypeError):
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overloads.get((getattr(f, "__module__", None), getattr(f, "__qualname__", f.__name__)), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        try:
            cls_or_fn.__dataclass_transform__ = {
                "eq_default": eq_default, "order_default": order_default,
                "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
                "kwargs": kwargs}
        except (AttributeError, TypeError):
            pass
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, ParamSpecArgs, ParamSpecKwargs, _BuiltinGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp) is _UnionType:
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _BuiltinGenericAlias):
        res = tp.__args__
        if tp.__origin__ is _abc_callable() and not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if type(tp) is _UnionType:
        return tp.__args__
    return ()


def _abc_callable():
    return _resolve("collections.abc.Callable")


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return _eval_type(eval(t, globalns, localns), globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_SpecialGenericAlias, _LiteralGenericAlias)):
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        return t if args == t.__args__ else t.copy_with(args)
    if isinstance(t, _BuiltinGenericAlias):
        args = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) else a, globalns, localns)
                     for a in t.__args__)
        if args == t.__args__:
            return t
        return t.__origin__[args[0] if len(args) == 1 else args]
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_SpecialGenericAlias, _LiteralGenericAlias)):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == t.__args__ else t.copy_with(args)
    return t


def _module_globals(name):
    mod = sys.modules.get(name)
    if mod is None:
        try:
            mod = __import__(name)
        except ImportError:
            return {}
    return mod.__dict__


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = _module_globals(getattr(base, "__module__", "builtins")) if globalns is None else globalns
            l = dict(vars(base)) if localns is None else localns
            if globalns is None and localns is None:
                g, l = l, g     # as CPython: the class namespace is searched first
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                elif isinstance(value, str):
                    value = ForwardRef(value)
                hints[name] = _eval_type(value, g, l)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if callable(obj) or isinstance(obj, type(sys)):
                return {}
            raise TypeError("%r is not a module, class, method, or function." % (obj,))
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = _module_globals(getattr(obj, "__module__", None) or getattr(obj, "__name__", "__main__"))
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            elif isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


# --- rarely used names, made on first use (import cost) ---

def __getattr__(name):
    obj = _make_lazy(name)
    globals()[name] = obj
    return obj


def _make_lazy(name):
    abc = {"Awaitable": 1, "Coroutine": 3, "AsyncIterable": 1, "AsyncIterator": 1, "Reversible": 1,
           "Container": 1, "Collection": 1, "AbstractSet": 1, "MutableSet": 1, "MutableSequence": 1,
           "ByteString": 0, "MappingView": 1, "KeysView": 1, "ItemsView": 2, "ValuesView": 1,
           "AsyncGenerator": 2, "Hashable": 0, "Sized": 0}
    if name in abc:
        return _alias("collections.abc." + ("Set" if name == "AbstractSet" else name), abc[name], name)
    other = {"ChainMap": ("collections.ChainMap", 2), "Pattern": ("re.Pattern", 1),
             "Match": ("re.Match", 1), "ContextManager": ("contextlib.AbstractContextManager", 1),
             "AsyncContextManager": ("contextlib.AbstractAsyncContextManager", 1)}
    if name in other:
        return _alias(other[name][0], other[name][1], name)
    methods = {"SupportsInt": "__int__", "SupportsFloat": "__float__", "SupportsComplex": "__complex__",
               "SupportsBytes": "__bytes__", "SupportsIndex": "__index__", "SupportsAbs": "__abs__",
               "SupportsRound": "__round__"}
    if name in methods:
        return _supports(name, methods[name])
    if name == "AnyStr":
        return TypeVar("AnyStr", bytes, str)
    if name in ("IO", "BinaryIO", "TextIO"):
        io = _make_io()
        globals().update(io)
        return io[name]
    raise AttributeError("module 'typing' has no attribute %r" % name)


def _supports(name, method):
    # Each SupportsX is a runtime-checkable protocol with one method.
    def meth(self):
        pass
    cls = type(name, (Protocol,), {method: meth, "__slots__": (), "_is_protocol": True,
                                   "__module__": "typing", "__qualname__": name})
    return runtime_checkable(cls)


def _make_io():
    class IO(Generic):
        __slots__ = ()

        @property
        def mode(self):
            pass

        @property
        def name(self):
            pass

        def close(self):
            pass

        @property
        def closed(self):
            pass

        def read(self, n=-1):
            pass

        def readline(self, limit=-1):
            pass

        def readlines(self, hint=-1):
            pass

        def write(self, s):
            pass

        def writelines(self, lines):
            pass

        def __enter__(self):
            pass

        def __exit__(self, type, value, traceback):
            pass

    class BinaryIO(IO):
        __slots__ = ()

    class TextIO(IO):
        __slots__ = ()

    for cls in (IO, BinaryIO, TextIO):
        cls.__qualname__ = cls.__name__
    return {"IO": IO, "BinaryIO": BinaryIO, "TextIO": TextIO}
