# _csv for mpsandbox, written here: CPython's C accelerator of csv.py, in
# Python (behaviour follows CPython 3.11's Modules/_csv.c: the same reader
# state machine, writer quoting rules, dialect validation and messages), so
# that CPython's own csv.py runs on it unchanged in behaviour.
# Lines without quotes, escapes or embedded line breaks are split directly
# (the common case); any other line goes through the character state machine.
# Leaves out: nothing of _csv's API; Dialect objects are plain instances
# (their reprs and type names differ from CPython's).

__doc__ = "CSV parsing and writing.\n"
__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


def _char(name, v, default, allow_none):
    if v is None and allow_none:
        return None
    if v is _UNSET:
        return default
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if allow_none else "",
                                                            type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


_UNSET = object()
_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


class Dialect:
    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        v = {}
        for name in _ATTRS:
            x = kwargs.get(name, _UNSET)
            if x is _UNSET and dialect is not None:
                x = getattr(dialect, name, _UNSET)
            v[name] = x
        d = v["delimiter"]
        if d is None:
            raise TypeError('"delimiter" must be string, not NoneType')
        delimiter = _char("delimiter", d, ",", False)
        doublequote = True if v["doublequote"] is _UNSET else bool(v["doublequote"])
        escapechar = _char("escapechar", v["escapechar"], None, True)
        lt = v["lineterminator"]
        if lt is _UNSET:
            lt = "\r\n"
        elif lt is None:
            raise TypeError("lineterminator must be set")
        elif not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char("quotechar", v["quotechar"], '"', True)
        q = v["quoting"]
        if q is _UNSET:
            q = QUOTE_MINIMAL
        elif not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if v["quotechar"] is None and v["quoting"] is _UNSET:
            q = QUOTE_NONE
        if q != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        s = object.__setattr__
        s(self, "delimiter", delimiter)
        s(self, "doublequote", doublequote)
        s(self, "escapechar", escapechar)
        s(self, "lineterminator", lt)
        s(self, "quotechar", quotechar)
        s(self, "quoting", q)
        s(self, "skipinitialspace", v["skipinitialspace"] is not _UNSET and bool(v["skipinitialspace"]))
        s(self, "strict", v["strict"] is not _UNSET and bool(v["strict"]))

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def _dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states, as in _csv.c.
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


def _float(s):
    try:
        return float(s)
    except ValueError:
        raise ValueError("could not convert string to float: %r" % s) from None


class Reader:
    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = d = _dialect(dialect, kwargs)
        self.line_num = 0
        self._reset()
        # Lines with none of these can be split on the delimiter directly.
        special = "\r\n"
        if d.quoting != QUOTE_NONE:
            special += d.quotechar
        if d.escapechar is not None:
            special += d.escapechar
        self._special = special
        self._fast = not (d.skipinitialspace and d.delimiter == " ") and d.delimiter not in "\r\n"

    def _reset(self):
        self._fields = []
        self._field = []
        self._flen = 0
        self._state = START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._state != START_RECORD or self._fields is None:
            self._reset()
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == START_RECORD:
                if self._fast:
                    row = self._split(line)
                    if row is not None:
                        return row
                if self._fields is None:
                    self._reset()
            self._parse(line)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _split(self, line):
        # A whole record on one simple line, or None to take the slow path.
        body = line.rstrip("\r\n")
        for c in self._special:
            if c in body:
                return None
        if not body:
            return []
        d = self.dialect
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        if _field_limit < len(body):
            for f in fields:
                if len(f) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [_float(f) if f else f for f in fields]
        return fields

    def _parse(self, line):
        # The state machine, one character at a time, except that runs of
        # ordinary characters inside a field are added at once.
        d = self.dialect
        ends_quoted = (d.quotechar, d.escapechar)
        ends_field = (d.delimiter, d.escapechar, "\r", "\n")
        process = self._process
        i = 0
        n = len(line)
        while i < n:
            st = self._state
            if st == IN_QUOTED_FIELD or st == IN_FIELD:
                j = n
                for c in (ends_quoted if st == IN_QUOTED_FIELD else ends_field):
                    if c is not None:
                        k = line.find(c, i, j)
                        if k >= 0:
                            j = k
                if j > i:
                    self._add(line[i:j])
                    i = j
                    continue
            process(line[i])
            i += 1
        process(_EOL)

    def _add(self, s):
        self._flen += len(s)
        if self._flen > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(s)

    def _save(self):
        field = "".join(self._field)
        self._field = []
        self._flen = 0
        if self._numeric:
            self._numeric = False
            field = _float(field)
        self._fields.append(field)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = EAT_CRNL
                return
            state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                self._state = START_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = IN_FIELD
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file "
                            "in universal-newline mode?")


def reader(iterable, dialect="excel", **kwargs):
    return Reader(iterable, dialect, kwargs)


def _is_number(x):
    # PyNumber_Check: what has __index__, __int__ or __float__, or is complex.
    if isinstance(x, (int, float, complex, bool)):
        return True
    t = type(x)
    return hasattr(t, "__float__") or hasattr(t, "__int__") or hasattr(t, "__index__")


class Writer:
    def __init__(self, f, dialect, kwargs):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = _dialect(dialect, kwargs)
        # Characters that make a field need quoting or escaping.
        special = d.delimiter + d.lineterminator
        if d.quotechar is not None:
            special += d.quotechar
        if d.escapechar is not None:
            special += d.escapechar
        self._special = special

    def _field(self, s, quoted):
        d = self.dialect
        for c in self._special:
            if c in s:
                break
        else:
            return d.quotechar + s + d.quotechar if quoted else s
        out = []
        q = d.quotechar
        esc = d.escapechar
        for c in s:
            if c in self._special:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == q:
                        if d.doublequote:
                            out.append(q)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        s = "".join(out)
        return q + s + q if quoted else s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        quoting = d.quoting
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                field = ""
            elif not isinstance(field, str):
                field = str(field)
            parts.append(self._field(field, quoted))
        if len(parts) == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(f, dialect="excel", **kwargs):
    return Writer(f, dialect, kwargs)
