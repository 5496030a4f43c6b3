# traceback: printing and formatting exceptions. Written for mpsandbox;
# output follows CPython 3.11 ("Traceback (most recent call last):", one
# "File ..., line N, in name" entry per frame with its source line when the
# file can be read, exception chains, notes, "[Previous line repeated N
# more times]").
# MicroPython keeps each exception's frames on the exception itself and has
# no traceback objects (sys.exc_info()[2] is None), so the frames shown are
# always the exception's own: a tb argument that is None does not hide them;
# a real traceback object (tb_frame/tb_lineno/tb_next), if ever given, is
# walked as CPython does.
# Covers print_exc, format_exc, print_exception, format_exception,
# format_exception_only, print_tb/format_tb/extract_tb, format_list,
# print_list, StackSummary, FrameSummary, TracebackException. Leaves out
# what needs live frames (extract_stack, format_stack, print_stack,
# walk_stack, walk_tb, local variable capture), print_last (no
# sys.last_value), exception groups, and 3.11's ^^^ markers under the
# failing expression (the interpreter records lines, not columns).

import sys

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_list",
           "print_tb", "FrameSummary", "StackSummary", "TracebackException"]

_RECURSIVE_CUTOFF = 3
_sentinel = object()


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or last != key:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        count, "s" if count > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                count, "s" if count > 1 else ""))
        return result


def _limit(frames, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return frames


def _exc_frames(exc):
    # The frames MicroPython recorded on the exception, outermost first, read
    # from sys.print_exception's text (the last "Traceback" block is the
    # exception's own if the interpreter ever prints chains).
    import uio  # the C StringIO: print_exception needs a native stream
    buf = uio.StringIO()
    sys.print_exception(exc, buf)
    frames = []
    for line in buf.getvalue().split("\n"):
        if line.startswith("Traceback (most recent call last)"):
            frames = []
        elif line.startswith('  File "'):
            i = line.rfind('", line ')
            if i < 0:
                continue
            filename = line[8:i]
            rest = line[i + 8:]
            lineno, _, name = rest.partition(", in ")
            try:
                lineno = int(lineno)
            except ValueError:
                continue
            frames.append((filename, lineno, name or "<module>"))
    return frames


def _tb_frames(tb):
    frames = []
    while tb is not None:
        co = tb.tb_frame.f_code
        frames.append((co.co_filename, tb.tb_lineno, co.co_name))
        tb = tb.tb_next
    return frames


def _stack(exc, tb, limit, lookup_lines=True):
    if tb is not None and hasattr(tb, "tb_frame"):
        frames = _tb_frames(tb)
    elif isinstance(exc, BaseException):
        frames = _exc_frames(exc)
    else:
        frames = []
    return StackSummary(FrameSummary(f, n, name, lookup_line=lookup_lines)
                        for f, n, name in _limit(frames, limit))


def extract_tb(tb, limit=None):
    return StackSummary(FrameSummary(f, n, name) for f, n, name in
                        _limit(_tb_frames(tb) if tb is not None else [], limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return "<%s %s() failed>" % (what, func.__name__)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback=None, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = _stack(exc_value, exc_traceback, limit, lookup_lines)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        notes = getattr(exc_value, "__notes__", None)
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, "filename", None)
            lno = getattr(exc_value, "lineno", None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, "end_lineno", None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = getattr(exc_value, "msg", None)
        if lookup_lines:
            for frame in self.stack:
                frame.line
        self.__suppress_context__ = (
            getattr(exc_value, "__suppress_context__", False) if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            # CPython walks the chain iteratively; chains here are short.
            cause = getattr(exc_value, "__cause__", None)
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, None, limit=limit, lookup_lines=lookup_lines,
                    _seen=_seen)
            context = getattr(exc_value, "__context__", None)
            need_context = not (self.__cause__ is not None or
                                (compact and self.__suppress_context__))
            if need_context and context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, None, limit=limit, lookup_lines=lookup_lines,
                    _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = getattr(self.exc_type, "__qualname__", self.exc_type.__name__)
        smod = getattr(self.exc_type, "__module__", "builtins")
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                yield from [l + "\n" for l in note.split("\n")]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, "__notes__", func=repr) + "\n"

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or self._str or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = ("\nThe above exception was the direct cause "
                                   "of the following exception:\n\n")
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = ("\nDuring handling of the above exception, "
                                   "another exception occurred:\n\n")
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    if etype is None:
        etype = "NoneType"
    if value is None or not value:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, value)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, None
            raise TypeError(
                "Exception expected for value, {} found".format(type(exc).__name__))
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value) if value is not None else None, value, tb,
                            limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value) if value is not None else None, value, None,
                            compact=True, lookup_lines=False)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
