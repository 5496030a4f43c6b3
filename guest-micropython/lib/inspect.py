# inspect -- written for mpsandbox; behaviour follows CPython 3.11's inspect.
#
# Covers the parts programs use: the is*() predicates, getmembers, getmro,
# unwrap, getdoc/cleandoc, isabstract, currentframe (None: the interpreter
# has no frames, which CPython documents as possible), and Signature/
# Parameter/BoundArguments with CPython's str(), repr(), bind() and errors.
# signature() works from what CPython uses (a function's __code__,
# __defaults__, __kwdefaults__, __annotations__) and from __signature__,
# __wrapped__, bound methods, functools.partial, classes and callable
# objects.
#
# Differences: the interpreter does not expose a function's parameter names
# (no __code__) nor a bound method's function (__func__), so signature() of a
# function or method raises ValueError until it does; async functions and generator functions are the
# same kind of object there, so iscoroutinefunction() and
# isgeneratorfunction() are both true for either (and iscoroutine()/
# isgenerator() for their results). Leaves out: source access (getsource,
# getfile, ...), frames and stacks, getattr_static, classify_class_attrs.

import sys


def _f():
    pass


def _closure():
    def g():
        return _closure
    return g


def _gen():
    yield


async def _coro():
    pass


class _C:
    def m(self):
        pass


_FunctionType = type(_f)
_ClosureType = type(_closure())
_GenFuncType = type(_gen)
_GeneratorType = type(_gen())
_BoundMethodType = type(_C().m)
_CoroFuncType = type(_coro)
_c = _coro()
_CoroutineType = type(_c)
_c.close()
del _c
_PY_FUNCTIONS = (_FunctionType, _ClosureType, _GenFuncType)
_ModuleType = type(sys)


def ismodule(obj):
    return isinstance(obj, _ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    if isinstance(obj, _BoundMethodType):
        return True
    types = sys.modules.get("types")
    return types is not None and isinstance(obj, getattr(types, "MethodType", ()))


def isfunction(obj):
    return isinstance(obj, _PY_FUNCTIONS)


def _has_code_flag(obj, flag, native_type):
    obj = _unwrap_partial(getattr(obj, "__func__", obj))
    code = getattr(obj, "__code__", None)
    if code is not None:
        return bool(code.co_flags & flag)
    return native_type is not _FunctionType and isinstance(obj, native_type)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, 0x20, _GenFuncType)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, 0x80, _CoroFuncType)


def isasyncgenfunction(obj):
    return False


def isgenerator(obj):
    return isinstance(obj, _GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


def isasyncgen(obj):
    return False


def isawaitable(obj):
    return isinstance(obj, _CoroutineType) or hasattr(type(obj), "__await__")


def isbuiltin(obj):
    return type(obj).__name__ in ("function", "builtin_function_or_method") and not isfunction(obj)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


def istraceback(obj):
    return False


def isframe(obj):
    return False


def iscode(obj):
    return False


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__") or isinstance(obj, property)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    if isinstance(obj, (staticmethod, classmethod)):
        return True
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def currentframe():
    return None


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while not isinstance(f, type) and hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo or len(memo) >= 1000:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        memo[id(f)] = f
    return f


def _unwrap_partial(func):
    while type(func).__name__ == "partial" and hasattr(func, "func"):
        func = func.func
    return func


def cleandoc(doc):
    try:
        lines = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        doc = None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is object:
                continue
            doc = getattr(base, "__doc__", None)
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# --- Signature ---

class _empty:
    pass


class _void:
    pass


class _ParameterKind(int):
    # An IntEnum in CPython; an int with a name here (enum is not needed).
    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[int(self)]


def _kind(value, name):
    k = _ParameterKind(value)
    k.name = name
    return k


_POSITIONAL_ONLY = _kind(0, "POSITIONAL_ONLY")
_POSITIONAL_OR_KEYWORD = _kind(1, "POSITIONAL_OR_KEYWORD")
_VAR_POSITIONAL = _kind(2, "VAR_POSITIONAL")
_KEYWORD_ONLY = _kind(3, "KEYWORD_ONLY")
_VAR_KEYWORD = _kind(4, "VAR_KEYWORD")
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)
_KIND_DESCRIPTIONS = ("positional-only", "positional or keyword", "variadic positional",
                      "keyword-only", "variadic keyword")


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        mod = getattr(annotation, "__module__", "builtins")
        qual = getattr(annotation, "__qualname__", annotation.__name__)
        if mod in ("builtins", base_module):
            return qual
        return mod + "." + qual
    return repr(annotation)


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        kind = _KINDS[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % name)
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "%s: %s" % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "%s = %r" % (formatted, self._default)
            else:
                formatted = "%s=%r" % (formatted, self._default)
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, ", ".join(
            "%s=%r" % (k, v) for k, v in self.arguments.items()))


class Signature:
    __slots__ = ("_parameters", "_return_annotation")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError("wrong parameter order: %s parameter before %s parameter"
                                         % (top_kind.description, kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError("duplicate parameter name: %r" % (name,))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, True)

    @property
    def parameters(self):
        from types import MappingProxyType
        return MappingProxyType(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError("%r parameter is positional only, but was passed as a keyword"
                                            % param.name)
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: %r" % param.name) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument %r" % param.name) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError("missing a required argument: %r" % param_name) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("%r parameter is positional only, but was passed as a keyword"
                                    % param.name)
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "(%s)" % ", ".join(result)
        if self._return_annotation is not _empty:
            rendered += " -> %s" % formatannotation(self._return_annotation)
        return rendered


def _signature_from_function(func):
    try:
        code = func.__code__
    except AttributeError:
        raise ValueError("no signature found for function %r (the interpreter does not "
                         "expose function parameters)" % (func,)) from None
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = getattr(code, "co_posonlyargcount", 0)
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = getattr(func, "__defaults__", None)
    kwdefaults = getattr(func, "__kwdefaults__", None)
    pos_default_count = len(defaults) if defaults else 0
    non_default_count = pos_count - pos_default_count
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, annotation=annotations.get(name, _empty), default=default))
    if code.co_flags & 0x04:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, annotation=annotations.get(name, _empty), default=default))
    if code.co_flags & 0x08:
        index = pos_count + keyword_only_count + (1 if code.co_flags & 0x04 else 0)
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if ismethod(obj):
        func = getattr(obj, "__func__", None)
        if func is None:
            raise ValueError("no signature found for %r (the interpreter does not expose "
                             "a bound method's function)" % (obj,))
        sig = _signature_from_callable(func, follow_wrapped, skip_bound_arg)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped, skip_bound_arg)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object %r in __signature__ attribute" % (sig,))
        return sig
    if type(obj).__name__ == "partial" and hasattr(obj, "func"):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, skip_bound_arg)
        return _signature_from_partial(wrapped, obj)
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    if base is object:
                        break
                    meth = base.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = getattr(obj, name)
                    return _drop_first(_signature_from_callable(meth, follow_wrapped, skip_bound_arg))
        if obj.__init__ is object.__init__ or obj.__mro__[1:] == (object,):
            return Signature()
        raise ValueError("no signature found for builtin type %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_callable(call, follow_wrapped, skip_bound_arg))
    raise ValueError("no signature found for %r" % (obj,))


def _signature_from_partial(wrapped_sig, partial):
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError("partial object %r has incorrect arguments" % (partial,)) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                del new_params[param_name]
                new_params[param_name] = new_param
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                p = new_params.pop(param.name)
                new_params[param.name] = p
    return wrapped_sig.replace(parameters=new_params.values())


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return _signature_from_callable(obj, follow_wrapped)


def getfullargspec(func):
    from collections import namedtuple
    sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    args, kwonlyargs, annotations = [], [], {}
    varargs = varkw = None
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)
