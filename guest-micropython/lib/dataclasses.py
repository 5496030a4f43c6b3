# dataclasses -- written for mpsandbox; behaviour follows CPython 3.11's dataclasses.
#
# Covers @dataclass with all its options (init, repr, eq, order, unsafe_hash,
# frozen -> FrozenInstanceError, match_args, kw_only; slots and weakref_slot
# are accepted and record __slots__ only), field() with every argument,
# fields, asdict/astuple (recursive, copying), replace, is_dataclass,
# make_dataclass, InitVar, KW_ONLY, MISSING, __post_init__, inheritance of
# fields, and CPython's errors for a non-default argument after a default one
# and for mutable defaults. __init__ is compiled with the exact signature, as
# CPython does, so argument errors are the interpreter's own.
#
# Leaves out: slots=True building a new class with real slots (the
# interpreter's __slots__ is advisory), recursive-repr detection across
# threads, and the generated __doc__ ("Point(x: int, y: int = 0)"): the
# interpreter drops docstrings, so it would also replace the class's own.

import sys


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE


class FrozenInstanceError(AttributeError):
    pass


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


def _mappingproxy(d):
    from types import MappingProxyType
    return MappingProxyType(d)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "_metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self._metadata = metadata
        self.kw_only = kw_only
        self._field_type = None

    @property
    def metadata(self):
        # A read-only view, made on first use (most fields never look).
        m = self._metadata
        if type(m) is dict or m is None:
            m = self._metadata = _mappingproxy({} if m is None else m)
        return m

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, params):
        return cls


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(a):
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    return a is typing.ClassVar or (type(a) is typing._GenericAlias and a.__origin__ is typing.ClassVar)


def _string_form(a, names):
    # "ClassVar[int]" / "typing.ClassVar" written as a string annotation.
    if not isinstance(a, str):
        return False
    head = a.strip().split("[", 1)[0].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or _string_form(a_type, ("ClassVar", "typing.ClassVar")):
        f._field_type = _FIELD_CLASSVAR
    elif (a_type is InitVar or type(a_type) is InitVar
          or _string_form(a_type, ("InitVar", "dataclasses.InitVar"))):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)
    if f._field_type is _FIELD and _unhashable(f.default):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


_IMMUTABLE = (int, float, str, bool, bytes, tuple, frozenset, complex, type(None), _MISSING_TYPE)


def _unhashable(value):
    # CPython's test is `type(value).__hash__ is None`.
    tp = type(value)
    if tp in _IMMUTABLE:
        return False
    if tp in (list, dict, set, bytearray):
        return True
    if getattr(tp, "__module__", "builtins") == "builtins":
        return False
    for base in tp.__mro__:
        d = base.__dict__
        if "__hash__" in d:
            return d["__hash__"] is None
        if "__eq__" in d and base is not object:
            return True
    return False


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, fn):
    try:
        fn.__qualname__ = "%s.%s" % (getattr(cls, "__qualname__", cls.__name__), fn.__name__)
    except AttributeError:
        pass
    return fn


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)

    ns = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f.name + "=_HAS_DEFAULT_FACTORY"
        ns["_dflt_" + f.name] = f.default
        return "%s=_dflt_%s" % (f.name, f.name)

    def assign(name, value):
        if frozen:
            return "  __dataclass_builtins_object__.__setattr__(self,%r,%s)" % (name, value)
        return "  self.%s=%s" % (name, value)

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns["_dflt_" + f.name] = f.default_factory
            if f.init:
                value = "_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            value = f.name
        else:
            continue        # init=False without a factory: the class attribute serves
        body.append(assign(f.name, value))
    if has_post_init:
        body.append("  self.__post_init__(%s)" % ",".join(
            f.name for f in fields if f._field_type is _FIELD_INITVAR))
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params.extend(param(f) for f in kw_only_fields)
    src = "def __init__(%s):\n%s\n" % (",".join(["self"] + params), "\n".join(body) or "  pass")
    exec(src, ns)
    fn = ns["__init__"]
    try:
        ann = {f.name: f.type for f in std_fields}
        ann.update((f.name, f.type) for f in kw_only_fields)
        ann["return"] = None
        fn.__annotations__ = ann
    except AttributeError:
        pass
    return fn


def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = (id(self),)
        if key in running:
            return "..."
        running.add(key)
        try:
            cls = type(self)
            return "%s(%s)" % (getattr(cls, "__qualname__", cls.__name__), ", ".join(
                "%s=%r" % (n, getattr(self, n)) for n in names))
        finally:
            running.discard(key)
    return __repr__


def _tuple_getter(names):
    def astuple(self):
        return tuple([getattr(self, n) for n in names])
    return astuple


def _cmp_fns(names):
    key = _tuple_getter(names)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return key(self) < key(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return key(self) <= key(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return key(self) > key(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return key(self) >= key(other)
        return NotImplemented
    return __eq__, __lt__, __le__, __gt__, __ge__


def _hash_fn(names):
    key = _tuple_getter(names)

    def __hash__(self):
        return hash(key(self))
    return __hash__


def _frozen_fns(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, tp in cls_annotations.items():
        if tp is KW_ONLY or _string_form(tp, ("KW_ONLY", "dataclasses.KW_ONLY")):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, tp, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _set_qualname(cls, _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init)))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _set_qualname(cls, _repr_fn([f.name for f in field_list if f.repr])))

    cmp_names = [f.name for f in field_list if f.compare]
    eq_fn, lt, le, gt, ge = _cmp_fns(cmp_names)
    if eq:
        _set_new_attribute(cls, "__eq__", _set_qualname(cls, eq_fn))

    if order:
        for name, fn in (("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge)):
            if _set_new_attribute(cls, name, _set_qualname(cls, fn)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        setattr_fn, delattr_fn = _frozen_fns(cls, [f.name for f in field_list])
        for fn in (setattr_fn, delattr_fn):
            if _set_new_attribute(cls, fn.__name__, _set_qualname(cls, fn)):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (fn.__name__, cls.__name__))

    # CPython's table: what to do with __hash__ for (unsafe_hash, eq, frozen, explicit).
    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _set_qualname(cls, _hash_fn(hash_names))
        else:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        names = tuple(f.name for f in field_list)
        cls.__slots__ = names + ("__weakref__",) if weakref_slot else names
    elif weakref_slot:
        raise TypeError("weakref_slot is True but slots is False")

    abc = sys.modules.get("abc")
    update = getattr(abc, "update_abstractmethods", None)
    if update is not None:
        update(cls)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


_ATOMIC = (type(None), bool, int, float, str, bytes, complex, type)


def _deepcopy(obj):
    if type(obj) in _ATOMIC:
        return obj
    try:
        from copy import deepcopy
    except ImportError:
        return obj
    return deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    ns = dict(namespace) if namespace else {}
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
