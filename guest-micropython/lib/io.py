# io for mpsandbox, written here (behaviour follows CPython 3.11). The C
# built-in (uio) keeps open(); this module gives CPython's in-memory streams
# in Python: StringIO (positions in characters, newline= translation,
# truncate, readlines, closed, ...) and BytesIO (getbuffer, read1, readinto,
# seek with every whence, ...), the IOBase/RawIOBase/BufferedIOBase/
# TextIOBase classes they derive from, TextIOWrapper over a binary stream
# (encoding, newline, line_buffering; writes are held until flush as in
# CPython), BufferedReader/BufferedWriter over a raw stream, SEEK_*,
# DEFAULT_BUFFER_SIZE, UnsupportedOperation, text_encoding.
# Python classes, not C ones: print(file=...), json.dump and the like call
# their write(); C stream consumers (deflate.DeflateIO) need uio's objects.
# StringIO reads from UTF-8 bytes (MicroPython's str indexes characters by
# scanning, which would make reading a long text line by line quadratic).
# Leaves out: FileIO, BufferedRandom, BufferedRWPair, IncrementalNewlineDecoder,
# open_code; files from open() are MicroPython's (not instances of IOBase).

from uio import open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


# CPython's derives from OSError and ValueError; MicroPython cannot combine
# two built-in exception bases, so it is an OSError only.
class UnsupportedOperation(OSError):
    pass


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding


def _int_or_none(size, what="integer"):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    f = getattr(type(size), "__index__", None)
    if f is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return f(size)


def _index(x):
    if isinstance(x, int):
        return x
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return f(x)


class IOBase:
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self, msg="I/O operation on closed file."):
        if self._closed:
            raise ValueError(msg)

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._check_closed()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        # Generic: one read(1) at a time (subclasses do better).
        size = _int_or_none(size)
        out = []
        n = 0
        while size < 0 or n < size:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            n += 1
            if c == "\n" or c == b"\n":
                break
        if out and isinstance(out[0], str):
            return "".join(out)
        return b"".join(out)

    def readlines(self, hint=None):
        hint = _int_or_none(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _int_or_none(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        return bytes(out)


class BufferedIOBase(IOBase):
    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        raise UnsupportedOperation("detach")


_NEWLINES = (None, "", "\n", "\r", "\r\n")


def _line_end(data, pos, newline):
    # Index (in the bytes data) just past the line starting at pos, or -1.
    if newline is None or newline == "\n":
        i = data.find(b"\n", pos)
        return -1 if i < 0 else i + 1
    if newline == "":
        i = data.find(b"\n", pos)
        j = data.find(b"\r", pos, i if i >= 0 else len(data))
        if j >= 0:
            return j + 2 if data[j + 1:j + 2] == b"\n" else j + 1
        return -1 if i < 0 else i + 1
    nl = newline.encode()
    i = data.find(nl, pos)
    return -1 if i < 0 else i + len(nl)


class StringIO(TextIOBase):
    # MicroPython's str indexes characters by scanning its UTF-8 from the
    # start, so reading a long str piecewise would be quadratic. The text is
    # kept either as str parts (_parts, appended to by writes) or, once read
    # from, as UTF-8 bytes (_data) with the position also as a byte offset
    # (_bpos). _pos is CPython's position (characters), _len the length.

    def __init__(self, initial_value="", newline="\n"):
        self._closed = False
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._parts = []
        self._data = None
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_closed(self, msg="I/O operation on closed file"):
        if self._closed:
            raise ValueError(msg)

    def _text(self):
        # To the str form; returns the whole text.
        if self._data is not None:
            text = self._data.decode()
            self._data = None
            self._parts = [text]
            return text
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        text = "".join(parts)
        self._parts = [text] if text else []
        return text

    def _bytes(self):
        # To the bytes form, with _bpos matching _pos.
        if self._data is None:
            text = self._text()
            data = self._data = text.encode()
            self._parts = None
            pos = self._pos
            self._ascii = len(data) == len(text)
            if self._ascii or pos >= len(text):
                self._bpos = pos if pos <= len(text) else len(data) + pos - len(text)
            else:
                self._bpos = len(text[:pos].encode())
        return self._data

    def getvalue(self):
        self._check_closed()
        if self._data is not None:
            return self._data.decode()
        return self._text()

    @property
    def line_buffering(self):
        return False

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n" and nl and "\n" in s:
            s = s.replace("\n", nl)
        if not s:
            return n
        if self._data is not None:
            self._text()
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
            self._len += len(s)
            self._pos = self._len
            return n
        text = self._text()
        if pos > len(text):
            text += "\0" * (pos - len(text))
        text = text[:pos] + s + text[pos + len(s):]
        self._parts = [text]
        self._len = len(text)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _int_or_none(size)
        data = self._bytes()
        b = self._bpos
        if b >= len(data) or size == 0:
            return ""
        if size < 0:
            out = data[b:].decode()
            self._bpos = len(data)
        elif self._ascii:
            out = data[b:b + size].decode()
            self._bpos = b + len(out)
        else:
            # Up to size characters: at most 4 bytes each, cut at a
            # character boundary.
            e = min(len(data), b + 4 * size)
            while e < len(data) and 0x80 <= data[e] < 0xC0:
                e -= 1
            out = data[b:e].decode()[:size]
            self._bpos = b + len(out.encode())
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check_closed()
        size = _int_or_none(size)
        data = self._bytes()
        b = self._bpos
        if b >= len(data):
            return ""
        e = _line_end(data, b, self._newline)
        if e < 0:
            e = len(data)
        line = data[b:e].decode()
        if 0 <= size < len(line):
            line = line[:size]
            e = b + len(line.encode())
        self._bpos = e
        self._pos += len(line)
        return line

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
        elif whence == 1 or whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos if whence == 1 else self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        if self._data is not None:
            if self._ascii:
                self._bpos = pos
            else:
                # Back to the str form: the byte offset is found when read.
                self._text()
        return pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        text = self._text()
        if size < len(text):
            self._parts = [text[:size]]
            self._len = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self._closed = True


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(_bytes_like(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0

    def _check_closed(self, msg="I/O operation on closed file."):
        if self._closed:
            raise ValueError(msg)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, b):
        self._check_closed()
        b = _bytes_like(b)
        n = len(b)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            buf += b
        else:
            if pos > len(buf):
                buf += bytes(pos - len(buf))
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _int_or_none(size)
        buf = self._buf
        pos = self._pos
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check_closed()
        size = _int_or_none(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        i = buf.find(b"\n", pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def close(self):
        self._closed = True


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


class _Buffered(BufferedIOBase):
    # What BufferedReader and BufferedWriter share: the raw stream they wrap.
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    def seekable(self):
        return self.raw.seekable()

    def close(self):
        if not self._closed:
            if self.writable():
                self.flush()
            self._closed = True
            self.raw.close()

    @property
    def closed(self):
        return self.raw.closed

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw


class BufferedReader(_Buffered):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        super().__init__(raw, buffer_size)
        self._peeked = b""

    def readable(self):
        return True

    def read(self, size=-1):
        self._check_closed("read of closed file")
        size = _int_or_none(size)
        data = self._peeked
        if size < 0:
            self._peeked = b""
            return data + (self.raw.read() or b"")
        if len(data) < size:
            data += self.raw.read(size - len(data)) or b""
        self._peeked = data[size:]
        return data[:size]

    def peek(self, size=0):
        if not self._peeked:
            self._peeked = self.raw.read(DEFAULT_BUFFER_SIZE) or b""
        return self._peeked

    def readline(self, size=-1):
        size = _int_or_none(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            chunk = self.peek()
            if not chunk:
                break
            i = chunk.find(b"\n")
            take = len(chunk) if i < 0 else i + 1
            if size >= 0:
                take = min(take, size - len(out))
            out += chunk[:take]
            self._peeked = chunk[take:]
            if i >= 0 and take == i + 1:
                break
        return bytes(out)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._peeked)
        self._peeked = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._peeked)



class BufferedWriter(_Buffered):
    def writable(self):
        return True

    def write(self, b):
        self._check_closed("write to closed file")
        return self.raw.write(b)

    def flush(self):
        self._check_closed("flush of closed file")
        f = getattr(self.raw, "flush", None)
        if f is not None:
            f()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()



class TextIOWrapper(TextIOBase):
    # Text over a binary stream: reads decode what the buffer holds from the
    # current position; writes are encoded into _pending and reach the
    # buffer on flush() (or past DEFAULT_BUFFER_SIZE, or at a newline with
    # line_buffering), as in CPython.

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None:
            encoding = "utf-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or "strict"
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = []
        self._npending = 0
        self._decoded = None

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self, msg="I/O operation on closed file."):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self.buffer.closed:
            raise ValueError(msg)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl and nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        self._decoded = None
        data = s.encode(self._encoding, self._errors) if self._errors != "strict" else s.encode(self._encoding)
        self._pending.append(data)
        self._npending += len(data)
        if (self._write_through or self._npending > DEFAULT_BUFFER_SIZE
                or (self._line_buffering and ("\n" in s or "\r" in s))):
            self._flush_pending()
            if self._line_buffering:
                self.buffer.flush()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._npending = 0
            self.buffer.write(data)

    def flush(self):
        self._check_closed()
        self._flush_pending()
        self.buffer.flush()

    def close(self):
        if self.buffer is not None and not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def _text(self):
        # What is left to read, decoded (universal newlines unless newline=),
        # in a StringIO that splits its lines as newline= says.
        r = self._decoded
        if r is None:
            self._flush_pending()
            data = self.buffer.read()
            text = data.decode(self._encoding, self._errors) if self._errors != "strict" \
                else data.decode(self._encoding)
            nl = self._newline
            if nl is None and "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            r = self._decoded = StringIO(text)
            r._newline = nl
        return r

    def read(self, size=-1):
        self._check_closed()
        return self._text().read(size)

    def readline(self, size=-1):
        self._check_closed()
        return self._text().readline(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        self._flush_pending()
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._decoded = None
        return self.buffer.seek(pos, whence)

    def tell(self):
        self._check_closed()
        self._flush_pending()
        if self._decoded is None:
            return self.buffer.tell()
        # The buffer was read to its end; count back what is not consumed.
        r = self._decoded
        p = r.tell()
        rest = r.read()
        r.seek(p)
        return self.buffer.tell() - len(rest.encode(self._encoding))

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._decoded = None
        return self.buffer.truncate(pos)

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._errors = errors or "strict"
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through
