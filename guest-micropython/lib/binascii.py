# binascii for mpsandbox, written here (behaviour follows CPython 3.11): the
# C built-in (ubinascii: hexlify, unhexlify, a2b_base64, b2a_base64, crc32)
# does the bulk work; this module gives CPython's signatures, its binascii.Error
# (a ValueError) with CPython's messages, and what the C one lacks:
# hexlify/b2a_hex with sep and bytes_per_sep, a2b_hex/b2a_hex, str input to
# the a2b_* functions, a2b_base64's exact non-strict and strict_mode rules,
# b2a_base64(newline=), crc_hqx, a2b_uu/b2a_uu, Incomplete.
# Leaves out: a2b_qp/b2a_qp (quoted-printable).

import ubinascii as _c


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii(data):
    # The a2b_* functions also take ASCII-only str.
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    h = _c.hexlify(data)
    if sep is None or len(data) < 2:
        return h
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep) * 2
    if step == 0:
        return h
    n = len(h)
    if bytes_per_sep > 0:
        # Groups are counted from the right.
        first = n % step or step
        parts = [h[:first]] + [h[i:i + step] for i in range(first, n, step)]
    else:
        parts = [h[i:i + step] for i in range(0, n, step)]
    return sep.join(parts)


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return _c.unhexlify(hexstr)
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = _c.b2a_base64(data)
    return out if newline else out[:-1]


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def a2b_base64(data, *, strict_mode=False):
    data = _ascii(data)
    if strict_mode:
        return _a2b_base64_strict(data)
    import re
    n = len(data)
    if n % 4 == 0 and re.fullmatch(b"[A-Za-z0-9+/]*={0,2}", data):
        return _c.a2b_base64(data)
    # CPython skips characters outside the alphabet, and stops at the pad
    # that completes a quad; a pad that does not is skipped too.
    parts = re.sub(b"[^A-Za-z0-9+/=]", b"", data).split(b"=")
    count = 0
    pads = 0
    stop = False
    chunks = []
    for i, part in enumerate(parts):
        if part:
            count += len(part)
            chunks.append(part)
            pads = 0
        if i == len(parts) - 1:
            break
        q = count % 4
        if q >= 2:
            pads += 1
            if q + pads >= 4:
                stop = True
                break
    q = count % 4
    if q == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % count)
    if q and not stop:
        raise Error("Incorrect padding")
    s = b"".join(chunks)
    if q:
        s += b"=" * (4 - q)
    return _c.a2b_base64(s)


def _a2b_base64_strict(data):
    if data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:
            padding = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64.find(bytes((c,)))
        if v < 0:
            raise Error("Only base64 data is allowed")
        if padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
        elif quad == 1:
            out.append((left << 2 | v >> 4) & 0xFF)
            left = v & 0x0F
        elif quad == 2:
            out.append((left << 4 | v >> 2) & 0xFF)
            left = v & 0x03
        else:
            out.append((left << 6 | v) & 0xFF)
        quad = (quad + 1) % 4
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def crc32(data, crc=0):
    return _c.crc32(_buffer(data), crc & 0xFFFFFFFF)


def crc_hqx(data, crc):
    # CRC-CCITT (polynomial 0x1021), as CPython: no reflection, no final xor.
    crc &= 0xFFFF
    for b in _buffer(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def b2a_uu(data, *, backtick=False):
    data = _buffer(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def enc(v):
        return 96 if backtick and v == 0 else 32 + v
    out = bytearray([enc(len(data))])
    padded = bytes(data) + bytes(-len(data) % 3)
    for i in range(0, len(padded), 3):
        a, b, c = padded[i], padded[i + 1], padded[i + 2]
        out += bytes((enc(a >> 2), enc((a << 4 | b >> 4) & 0x3F), enc((b << 2 | c >> 6) & 0x3F), enc(c & 0x3F)))
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    data = _ascii(data).rstrip(b"\r\n")
    if not data:
        return bytes(32)
    n = (data[0] - 32) & 0x3F
    out = bytearray()
    bits = 0
    acc = 0
    for c in data[1:]:
        if len(out) >= n:
            break
        if c == 96 or c == 32 or c == 10 or c == 13:
            v = 0
        elif 32 <= c <= 95:
            v = c - 32
        else:
            raise Error("Illegal char")
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    rest = data[1 + (len(out) * 4 + 2) // 3:]
    for c in rest:
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out) + bytes(n - len(out))
