# abc: abstract base classes. Written for mpsandbox; behaviour follows CPython 3.11.
# Covers ABC, ABCMeta, abstractmethod, abstractclassmethod/abstractstaticmethod/
# abstractproperty, register (virtual subclasses, usable as a decorator),
# __subclasshook__, get_cache_token, update_abstractmethods, and the TypeError
# CPython raises when a class that still has abstract methods is instantiated.
#
# MicroPython differences this module works around:
# - A class statement with a Python metaclass yields a proxy object, not a type
#   (isinstance() then refuses it), so ABCMeta.__new__ returns a plain type and
#   the machinery lives on ABC itself: its __init_subclass__ computes
#   __abstractmethods__ and its __new__ refuses abstract classes. A class made
#   with `metaclass=ABCMeta` gets ABC added to its bases; type(cls) is `type`.
# - Virtual subclasses (register, __subclasshook__) answer isinstance() and
#   issubclass() through the __instancecheck__/__subclasscheck__ class methods
#   ABC defines, when the interpreter consults them on the class.
# - MicroPython's property, classmethod and staticmethod objects expose no
#   fget/__func__, so `@property @abstractmethod` (and the classmethod and
#   staticmethod forms) does not count as abstract until the interpreter does.
# Leaves out: weak references in the caches (they hold classes strongly).

_token = 0  # bumped by register(): invalidates the negative caches


def get_cache_token():
    return _token


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings; MicroPython cannot subclass classmethod, staticmethod
# or property as descriptors, so these return the built-in wrappers.
def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def _compute_abstracts(cls):
    abstracts = [name for name, value in cls.__dict__.items()
                 if getattr(value, "__isabstractmethod__", False) is True]
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False) is True:
                abstracts.append(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def update_abstractmethods(cls):
    if hasattr(cls, "__abstractmethods__"):
        _compute_abstracts(cls)
    return cls


def _abc_new(cls, *args, **kwargs):
    if cls not in _setup_done:
        # A class whose own __init_subclass__ did not call super()'s.
        _setup(cls)
    abstracts = cls.__abstractmethods__
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
    if (args or kwargs) and getattr(cls, "__init__", None) is None:
        raise TypeError("%s() takes no arguments" % cls.__name__)
    return object.__new__(cls)


# Per-class state, keyed by class (class attributes would be inherited):
# registered virtual subclasses, direct subclasses, positive and negative
# caches (the negative one is valid for one _token).
_registry = {}
_subclasses = {}
_cache = {}
_negative = {}
_setup_done = set()


def _abc_init_subclass(cls, **kwargs):
    # Runs for every subclass of ABC (including those made through ABCMeta).
    super(ABC, cls).__init_subclass__(**kwargs)
    _setup(cls)


def _setup(cls):
    _setup_done.add(cls)
    _compute_abstracts(cls)
    for base in cls.__bases__:
        subs = _subclasses.get(base)
        if subs is None:
            _subclasses[base] = [cls]
        else:
            subs.append(cls)


def _register(cls, subclass):
    global _token
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if _issubclass(subclass, cls):
        return subclass  # already a subclass
    if _issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _registry.setdefault(cls, []).append(subclass)
    _token += 1
    return subclass


def _subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    cache = _cache.get(cls)
    if cache is None:
        cache = _cache[cls] = set()
    elif subclass in cache:
        return True
    negative = _negative.get(cls)
    if negative is None or negative[0] != _token:
        negative = _negative[cls] = (_token, set())
    elif subclass in negative[1]:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is NotImplemented:
        ok = cls in subclass.__mro__
        if not ok:
            for rcls in _registry.get(cls, ()):
                if _issubclass(subclass, rcls):
                    ok = True
                    break
        if not ok:
            for scls in _subclasses.get(cls, ()):
                if _issubclass(subclass, scls):
                    ok = True
                    break
    (cache if ok else negative[1]).add(subclass)
    return ok


# issubclass() that also asks an ABC directly, for interpreters whose
# issubclass() does not consult __subclasscheck__.
def _issubclass(subclass, cls):
    if issubclass(subclass, cls):
        return True
    return hasattr(cls, "__abstractmethods__") and _subclasscheck(cls, subclass)


def _isinstance(obj, cls):
    if isinstance(obj, cls):
        return True
    return hasattr(cls, "__abstractmethods__") and _subclasscheck(cls, type(obj))


def _instancecheck(cls, instance):
    return _subclasscheck(cls, type(instance))


class ABCMeta(type):
    # Builds a plain type (see the header); a class that does not already
    # derive from ABC gets it as its last base.
    def __new__(mcls, name, bases, namespace, **kwargs):
        if not any(issubclass(b, ABC) for b in bases if isinstance(b, type)):
            bases = tuple(bases) + (ABC,)
        return type(name, bases, namespace, **kwargs)

    register = _register
    __subclasscheck__ = _subclasscheck
    __instancecheck__ = _instancecheck


class ABC:
    __slots__ = ()
    __new__ = _abc_new
    __init_subclass__ = classmethod(_abc_init_subclass)
    register = classmethod(_register)
    __subclasscheck__ = classmethod(_subclasscheck)
    __instancecheck__ = classmethod(_instancecheck)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


ABC.__abstractmethods__ = frozenset()
_setup_done.add(ABC)
