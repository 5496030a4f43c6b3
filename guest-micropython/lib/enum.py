# enum -- written for mpsandbox; behaviour follows CPython 3.11's enum.
#
# Covers Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag (with STRICT/
# CONFORM/EJECT/KEEP boundaries), auto, unique, member/nonmember,
# _simple_enum, EnumType/EnumMeta: members in definition order, aliases,
# lookup by value (Color(1)) and name (Color['RED']), len/iter/reversed/`in`,
# __members__, _missing_, _generate_next_value_, custom __new__/__init__ on
# members (tuple values), methods and properties on members, the functional
# API Enum('Color', 'RED GREEN'), and CPython 3.11's reprs and strs (IntEnum
# and StrEnum str() is the value).
#
# Members are made after the class exists (the interpreter has no
# __prepare__), so reusing a name in the class body silently keeps the last
# value instead of raising, and a member named `name` or `value` hides that
# property. While the interpreter's metaclasses cannot make real classes
# (see _METACLASS), Enum is a plain class set up by __init_subclass__:
# everything above works except what needs the class's own type --
# iterating the class, len(), `in`, reversed() and repr() of the class (and
# type(Color) is type); a member can then also be reassigned on the class.
# Leaves out: pickling support, verify/EnumCheck, global_enum, __dir__.

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT",
           "KEEP"]

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,) if self.value is not _auto_null else "auto(...)"

    # Without __prepare__, `ALL = READ | WRITE` in a class body sees the auto
    # objects themselves: combine them lazily, resolved in definition order.
    def __or__(self, other):
        return _auto_expr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _auto_expr(lambda a, b: b | a, self, other)

    def __and__(self, other):
        return _auto_expr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _auto_expr(lambda a, b: b & a, self, other)

    def __xor__(self, other):
        return _auto_expr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _auto_expr(lambda a, b: b ^ a, self, other)

    def __invert__(self):
        return _auto_expr(lambda a, b: ~a, self, None)


class _auto_expr(auto):
    def __init__(self, op, left, right):
        auto.__init__(self)
        self._parts = (op, left, right)

    def _resolve(self):
        op, left, right = self._parts
        return op(_auto_value(left), _auto_value(right))


def _auto_value(v):
    if isinstance(v, _auto_expr):
        return v._resolve()
    return v.value if isinstance(v, auto) else v


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _f():
    pass


def _closure():
    def g():
        return _closure
    return g


_FUNCTION_TYPES = (type(_f), type(_closure()), staticmethod, classmethod, property)


def _is_descriptor(obj):
    return (isinstance(obj, _FUNCTION_TYPES) or hasattr(obj, "__get__")
            or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return name.startswith(pattern) and not name.endswith("__")


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, max_bits=None):
    # Two's-complement text with a sign group, as CPython's enum.bin (private
    # here: the interpreter ignores __all__, so `import *` would shadow bin()).
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _caller_module(depth=3):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class EnumType(type):
    # Members are created in __init__, once the class exists.
    def __init__(cls, name, bases, classdict, boundary=None, _simple=False, **kwds):
        _setup(cls, name, bases, classdict, boundary)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (_qualname(type(member)), _qualname(cls.__class__)))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        return _create(cls, class_name, names, module, qualname, type, start, boundary)


EnumMeta = EnumType
Enum = None
Flag = None
ReprEnum = None


def _setup(cls, name, bases, classdict, boundary):
    # Makes the members of a new enum class; run once the class exists.
    member_type, first_enum = _get_mixins(name, bases)
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    cls._member_type_ = member_type
    cls._value_repr_ = _find_data_repr(bases)
    is_flag = Flag is not None and issubclass(cls, Flag)
    if is_flag or name == "Flag":
        cls._boundary_ = boundary or getattr(first_enum, "_boundary_", None)
        cls._flag_mask_ = 0
        cls._singles_mask_ = 0
        cls._all_bits_ = 0
        cls._inverted_ = None

    new_member = classdict.get("__new__") if Enum is not None and cls is not Enum else None
    if new_member is not None:
        if isinstance(new_member, staticmethod):
            new_member = cls.__new__
        cls.__new_member__ = new_member
    else:
        new_member = getattr(first_enum, "__new_member__", None) if first_enum is not None else None
    use_args = new_member is not None or member_type is not object

    # pin the Enum methods in the class so a data type's (int's repr,
    # or) does not win over them
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e."
                            " int, str, float, etc.)")
    for mname in ("__repr__", "__str__", "__format__"):
        if mname not in classdict and member_type is not object:
            for base in cls.__mro__[1:]:
                if mname in base.__dict__ and base is not member_type and base is not object:
                    setattr(cls, mname, base.__dict__[mname])
                    break
    if is_flag:
        for mname in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
            if mname not in classdict:
                setattr(cls, mname, Flag.__dict__[mname])

    if Enum is not None and cls is not Enum:
        cls.__new__ = Enum.__new__      # calling the class looks a member up
        if _METACLASS is type and "__init__" in classdict:
            # Color(1) runs __init__ on the member it returns: the class's own
            # __init__ serves member creation only.
            cls._member_init_ = classdict["__init__"]
            cls.__init__ = Enum.__init__

    # the members, in definition order
    ignore = classdict.get("_ignore_", ())
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    for key in list(ignore) + ["_ignore_", "_order_"]:
        if key in classdict:
            delattr(cls, key)
    gnv = getattr(cls, "_generate_next_value_", None)
    last_values = []
    names = []
    for key, value in list(classdict.items()):
        if key[0] == "_" and (_is_dunder(key) or _is_sunder(key) or _is_private(name, key)):
            continue
        if key in ignore:
            continue
        if isinstance(value, nonmember):
            setattr(cls, key, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        if isinstance(value, _auto_expr):
            value.value = value._resolve()
            value = value.value
            last_values.append(value)
        elif isinstance(value, auto) or (type(value) is tuple and any(isinstance(v, auto) for v in value)):
            single = isinstance(value, auto)
            values = []
            for v in ((value,) if single else value):
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = gnv(key, 1, len(names), last_values[:])
                    v = v.value
                    last_values.append(v)
                values.append(v)
            value = values[0] if single else tuple(values)
        else:
            last_values.append(value)
        names.append((key, value))
    if names and first_enum is not None and first_enum._member_names_:
        raise TypeError("<enum %r> cannot extend %s" % (name, _cls_repr(first_enum)))
    for key, value in names:
        _add_member(cls, key, value, member_type, new_member, use_args, is_flag)
    if _METACLASS is type:
        from types import MappingProxyType
        cls.__members__ = MappingProxyType(cls._member_map_)
    if is_flag:
        values = [cls._member_map_[n]._value_ for n in cls._member_names_]
        if values != sorted(values):
            cls._iter_member_ = cls._iter_member_by_def_
    order = classdict.get("_order_")
    if order is not None:
        if isinstance(order, str):
            order = order.replace(",", " ").split()
        order = [o for o in order if o not in cls._member_map_ or o in cls._member_names_]
        if order != cls._member_names_:
            raise TypeError("member order does not match _order_:\n  %r\n  %r"
                            % (cls._member_names_, order))


def _create(cls, class_name, names, module=None, qualname=None, type=None, start=1, boundary=None):
    # The functional API: Enum('Color', 'RED GREEN') makes a new enum class.
    metacls = cls.__class__
    bases = (cls,) if type is None else (type, cls)
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        original, names = names, []
        last_values = []
        for count, name in enumerate(original):
            value = cls._generate_next_value_(name, start, count, last_values[:])
            last_values.append(value)
            names.append((name, value))
    classdict = {}
    for item in names:
        if isinstance(item, str):
            member_name, member_value = item, names[item]
        else:
            member_name, member_value = item
        classdict[member_name] = member_value
    classdict["__module__"] = module or _caller_module()
    if qualname is not None:
        classdict["__qualname__"] = qualname
    if boundary is not None:
        return metacls(class_name, bases, classdict, boundary=boundary)
    return metacls(class_name, bases, classdict)


# An enum needs a metaclass whose classes are real classes (subclassable,
# usable with isinstance). Without one, Enum is a plain class set up by
# __init_subclass__: members, value and name lookup (Color(1), Color['RED'])
# and __members__ work; iterating, len(), `in` and repr() of the class do not.
class _Meta(type):
    pass


class _Probe(metaclass=_Meta):
    pass


try:
    issubclass(_Probe, object)
    _METACLASS = EnumType
except TypeError:
    _METACLASS = type
del _Meta, _Probe


def _cls_repr(cls):
    # repr() of an enum class, also when it has no metaclass (<enum 'Color'>)
    return EnumType.__repr__(cls)


def _is_enum(c):
    return isinstance(c, type) and hasattr(c, "_member_names_")


def _qualname(cls):
    return getattr(cls, "__qualname__", cls.__name__)


def _get_mixins(class_name, bases):
    if not bases:
        return object, None
    first_enum = bases[-1]
    if not _is_enum(first_enum):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return _find_data_type(class_name, bases) or object, first_enum


def _find_data_repr(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if _is_enum(base):
                return base._value_repr_
            if "__repr__" in base.__dict__:
                return base.__dict__["__repr__"]
    return None


_DATA_TYPES = (int, str, float, bytes, tuple, complex, list, dict, set, frozenset)


def _find_data_type(class_name, bases):
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if _is_enum(base):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif base in _DATA_TYPES or "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                t = candidate or base
                if t not in data_types:
                    data_types.append(t)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, set(data_types)))
    return data_types[0] if data_types else None


def _add_member(cls, name, value, member_type, new_member, use_args, is_flag):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is not None:
        m = new_member(cls, *args) if use_args else new_member(cls)
    elif member_type is object:
        m = object.__new__(cls)
    else:
        m = member_type.__new__(cls, *args)
    if not hasattr(m, "_value_"):
        if member_type is object:
            m._value_ = value
        else:
            try:
                m._value_ = member_type(*args)
            except Exception:
                raise TypeError("_value_ not set in __new__, unable to create it") from None
    value = m._value_
    m._name_ = name
    m.__objclass__ = cls
    init = getattr(cls, "_member_init_", None)
    if init is not None:
        init(m, *args)
    else:
        m.__init__(*args)
    m._sort_order_ = len(cls._member_names_)
    if is_flag:
        cls._flag_mask_ |= value
        if _is_single_bit(value):
            cls._singles_mask_ |= value
        cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
    # an equal value makes this name an alias of the earlier member
    try:
        try:
            m = cls._value2member_map_[value]
        except TypeError:
            for canonical in cls._member_map_.values():
                if canonical._value_ == value:
                    m = canonical
                    break
            else:
                raise KeyError
    except KeyError:
        if not is_flag or _is_single_bit(value):
            cls._member_names_.append(name)
    setattr(cls, name, m)
    cls._member_map_[name] = m
    try:
        cls._value2member_map_.setdefault(value, m)
    except TypeError:
        cls._unhashable_values_.append(value)


class Enum(metaclass=_METACLASS):
    def __new__(cls, value, *args, **kwds):
        # Reached through EnumType.__call__ (Color(3)): a lookup, never a creation.
        if args or kwds:    # Enum('Color', 'RED GREEN') without the metaclass
            return _create(cls, value, *args, **kwds)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        if not cls._member_map_:
            raise TypeError("%s has no members defined" % _cls_repr(cls))
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ == EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, _qualname(cls)))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, boundary=None, _simple=False, **kwds):
        super().__init_subclass__(**kwds)
        if _METACLASS is type:
            _setup(cls, cls.__name__, cls.__bases__, dict(cls.__dict__), boundary)

    if _METACLASS is type:
        def __class_getitem__(cls, name):
            return cls._member_map_[name]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @property
    def value(self):
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")


if _METACLASS is type:
    _setup(Enum, "Enum", (), dict(Enum.__dict__), None)


class ReprEnum(Enum):
    # repr() from Enum; str() and format() are the data type's (the value's).
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# Flag boundaries: CPython's are the members of the StrEnum FlagBoundary, equal
# to these strings; FlagBoundary itself is made on first use (import cost).
STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


def __getattr__(name):
    if name == "FlagBoundary":
        global FlagBoundary

        class FlagBoundary(StrEnum):
            STRICT = auto()
            CONFORM = auto()
            EJECT = auto()
            KEEP = auto()
        FlagBoundary.__qualname__ = "FlagBoundary"
        return FlagBoundary
    raise AttributeError("module 'enum' has no attribute %r" % name)


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # a composite (pseudo) member for a combination of flags
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, _qualname(cls)))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%s invalid value %r\n    given %s\n  allowed %s"
                                 % (_cls_repr(cls), value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
            elif boundary == KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%s unknown flag boundary %r" % (_cls_repr(cls), boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ != KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo._name_ = "|".join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ == STRICT:
                raise ValueError("%s: no members with value %r" % (_cls_repr(cls), unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (_qualname(type(other)), _qualname(self.__class__)))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bit_count(n):
    return bin(n).count("1")


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


# The interpreter looks attributes up depth first (int, ReprEnum, Enum, then
# Flag), not in __mro__ order: give IntFlag the Flag methods C3 would find.
for _name in ("_missing_", "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
              "_generate_next_value_", "_numeric_repr_", "__contains__", "__iter__", "__len__",
              "__bool__"):
    if _name not in IntFlag.__dict__:
        setattr(IntFlag, _name, Flag.__dict__[_name])
del _name


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %s: %s" % (_cls_repr(enumeration), details))
    return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    # CPython's stdlib decorator (http.HTTPStatus, ...): the plain class body
    # becomes an enum of etype.
    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        if boundary is not None:
            return type(etype)(cls.__name__, (etype,), body, boundary=boundary)
        return type(etype)(cls.__name__, (etype,), body)
    return convert_class
