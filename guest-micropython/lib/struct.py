# struct for mpsandbox, written here (behaviour follows CPython 3.11 on
# x86-64 Linux, the reference platform): the C built-in (ustruct) packs and
# unpacks; this module parses the format as CPython does and adds what the C
# one lacks: struct.error with CPython's messages (range checks instead of
# silent truncation, argument counts, buffer sizes), Struct, iter_unpack, the
# '?', 'c', 'p', 'n', 'N' codes, and native mode ('@', the default) with
# x86-64's sizes and alignment (l, L, P are 8 bytes) whatever the guest's word.
# Leaves out: nothing of the module's API.

import ustruct as _c


class error(Exception):
    pass


# code -> (standard size, native size)
_SIZES = {"x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1), "h": (2, 2), "H": (2, 2),
          "i": (4, 4), "I": (4, 4), "l": (4, 8), "L": (4, 8), "q": (8, 8), "Q": (8, 8), "n": (0, 8),
          "N": (0, 8), "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1), "P": (0, 8)}
_MAXLONG = 1 << 63
# The C module's bounds (patch 0008): counts and sizes past the interpreter's
# small int are refused before anything is built for them.
_LIMIT = (1 << 30) - 1


def _int_arg(v):
    if isinstance(v, (int, bool)):
        return v
    f = getattr(type(v), "__index__", None)
    if f is None or isinstance(v, float):
        raise error("required argument is not an integer")
    return f(v)


def _int_checker(code, mode):
    # Returns check(v) -> int for an integer code, raising CPython's errors.
    std = mode != "@"
    size = _SIZES[code][1 if not std else 0]
    signed = code in "bhilqn"
    bits = size * 8
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    big = mode in ">!"
    if code == "P":
        def check(v):
            v = _int_arg(v)
            if not -_MAXLONG <= v < 2 * _MAXLONG:
                raise error("int too large to convert")
            return v & 0xFFFFFFFFFFFFFFFF
        return check
    if size == 8:
        wide = "int too large to convert" if big else "argument out of range"

        def check(v):
            v = _int_arg(v)
            if not lo <= v <= hi:
                raise error(wide)
            return v
        return check
    if code in "bB" or (code in "hH" and not big):
        name = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}[code]
        msg = "%s format requires %d <= number <= %d" % (name, lo, hi)
    else:
        msg = "'%s' format requires %d <= number <= %d" % (code, lo, hi)
    # Values past a C long (or, for I, L and big-endian H, an unsigned long)
    # fail their conversion first.
    if code in "IL" or (code == "H" and big):
        clo, chi = 0, 2 * _MAXLONG
    else:
        clo, chi = -_MAXLONG, _MAXLONG

    def check(v):
        v = _int_arg(v)
        if not lo <= v <= hi:
            raise error("argument out of range" if not clo <= v < chi else msg)
        return v
    return check


def _float_checker(code, mode):
    limit = {"e": 65520.0, "f": 3.4028235677973366e38}.get(code)
    if code == "f" and mode == "@":
        limit = None

    def check(v):
        try:
            v = float(v)
        except (TypeError, ValueError):
            raise error("required argument is not a float") from None
        if limit is not None and abs(v) >= limit and v not in (float("inf"), float("-inf")):
            raise OverflowError("float too large to pack with %s format" % code)
        return v
    return check


def _bytes_checker(code, count):
    def check(v):
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        if code == "p" and count:
            # A Pascal string: its length (at most 255) in the first byte.
            n = min(len(v), count - 1)
            v = bytes((min(n, 255),)) + v[:n]
        return v
    return check


def _char_check(v):
    if not isinstance(v, bytes) or len(v) != 1:
        raise error("char format requires a bytes object of length 1")
    return v


class Struct:
    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        self.format = format
        fmt = format
        mode = "@"
        if fmt and fmt[0] in "@=<>!":
            mode = fmt[0]
            fmt = fmt[1:]
        std = mode != "@"
        cfmt = [">" if mode in ">!" else "<"]
        checks = []     # one per argument
        post = []       # (index, kind) of results to convert after unpacking
        size = 0
        nres = 0
        i = 0
        n = len(fmt)
        while i < n:
            ch = fmt[i]
            if ch.isspace():
                i += 1
                continue
            count = None
            if "0" <= ch <= "9":
                j = i
                while i < n and "0" <= fmt[i] <= "9":
                    i += 1
                count = int(fmt[j:i])
                if count > _LIMIT:
                    raise ValueError("struct count too large")
                if i >= n:
                    raise error("repeat count given without format specifier")
                ch = fmt[i]
            i += 1
            sizes = _SIZES.get(ch)
            if sizes is None or (std and sizes[0] == 0):
                raise error("bad char in struct format")
            isz = sizes[0] if std else sizes[1]
            if not std and ch not in "xcbB?sp":
                pad = -size % isz
                if pad:
                    cfmt.append("%dx" % pad)
                    size += pad
            if count is None:
                count = 1
            if size + isz * count > _LIMIT:
                raise ValueError("struct size too large")
            if ch in "sp":
                size += count
                if ch == "s":
                    cfmt.append("%ds" % count)
                else:
                    cfmt.append("%ds" % count)
                    post.append((nres, "p"))
                checks.append(_bytes_checker(ch, count))
                nres += 1
                continue
            size += isz * count
            if ch == "x":
                cfmt.append("%dx" % count)
                continue
            if ch == "c":
                cfmt.append("1s" * count)
                checks.extend([_char_check] * count)
                nres += count
                continue
            if ch == "?":
                cfmt.append("%dB" % count)
                checks.extend([bool] * count)
                post.extend((nres + k, "?") for k in range(count))
                nres += count
                continue
            if ch in "efd":
                c = _float_checker(ch, mode)
                cfmt.append("%d%s" % (count, ch))
            else:
                c = _int_checker(ch, mode)
                cc = ch
                if isz == 8:
                    cc = "q" if ch in "lqn" else "Q"
                elif ch in "lL":
                    cc = "i" if ch == "l" else "I"
                cfmt.append("%d%s" % (count, cc))
            checks.extend([c] * count)
            nres += count
        self.size = size
        self._cfmt = "".join(cfmt)
        self._checks = checks
        self._post = post

    def pack(self, *args):
        checks = self._checks
        if len(args) != len(checks):
            raise error("pack expected %d items for packing (got %d)" % (len(checks), len(args)))
        return _c.pack(self._cfmt, *[f(v) for f, v in zip(checks, args)])

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        size = self.size
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (size + offset, size, offset, n))
        buffer[offset:offset + size] = data

    def _convert(self, values):
        if not self._post:
            return values
        values = list(values)
        for i, kind in self._post:
            v = values[i]
            if kind == "?":
                values[i] = bool(v)
            else:
                values[i] = v[1:1 + min(v[0], len(v) - 1)] if v else b""
        return tuple(values)

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._convert(_c.unpack(self._cfmt, buffer))

    def unpack_from(self, buffer, offset=0):
        size = self.size
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (size + offset, size, offset, n))
        return self._convert(_c.unpack_from(self._cfmt, buffer, offset))

    def iter_unpack(self, buffer):
        size = self.size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
        return (self.unpack_from(buffer, i) for i in range(0, len(buffer), size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
