# unicodedata: the Unicode Character Database, as CPython 3.11 has it
# (Unicode 14.0.0). Written for mpsandbox; the tables (_unicodedata_db.py)
# are generated from CPython's own unicodedata by
# guest-micropython/tools/gen_unicodedata.py and checked against it for
# every code point.
# Covers category, combining, east_asian_width, mirrored, decomposition,
# decimal, digit, numeric, normalize and is_normalized (NFC, NFD, NFKC, NFKD
# over all of Unicode, Hangul included), name and lookup (their table,
# _unicodedata_names, ~130 KB compressed in blocks of 512 names unpacked as
# needed), unidata_version.
# Leaves out bidirectional(), ucd_3_2_0, and lookup() of name aliases and
# named sequences.

import _unicodedata_db as _db

unidata_version = _db.VERSION

_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT


def _run(starts, cp):
    # Index of the last run starting at or before cp.
    lo, hi = 0, len(starts) // 3
    while hi - lo > 1:
        mid = (lo + hi) >> 1
        i = mid * 3
        if (starts[i] << 16 | starts[i + 1] << 8 | starts[i + 2]) <= cp:
            lo = mid
        else:
            hi = mid
    return lo


def _index(keys, cp):
    # Index of cp among sorted 3-byte keys, or -1.
    lo, hi = 0, len(keys) // 3
    while lo < hi:
        mid = (lo + hi) >> 1
        i = mid * 3
        k = keys[i] << 16 | keys[i + 1] << 8 | keys[i + 2]
        if k < cp:
            lo = mid + 1
        elif k > cp:
            hi = mid
        else:
            return mid
    return -1


def _cp(chr_, func):
    if not isinstance(chr_, str) or len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (func, type(chr_).__name__))
    return ord(chr_)


def category(chr):
    return _db.CAT_NAMES[_db.CAT_VALUES[_run(_db.CAT_STARTS, _cp(chr, "category"))]]


def east_asian_width(chr):
    return _db.EAW_NAMES[_db.EAW_VALUES[_run(_db.EAW_STARTS, _cp(chr, "east_asian_width"))]]


def combining(chr):
    return _db.COMB_NAMES[_db.COMB_VALUES[_run(_db.COMB_STARTS, _cp(chr, "combining"))]]


def mirrored(chr):
    return int(_db.MIRROR_NAMES[_db.MIRROR_VALUES[_run(_db.MIRROR_STARTS, _cp(chr, "mirrored"))]])


def _ccc(cp):
    return _db.COMB_NAMES[_db.COMB_VALUES[_run(_db.COMB_STARTS, cp)]]


def _mapping(i):
    # (tag, mapped str) of the i-th decomposition.
    offs = _db.DECOMP_OFFS
    a = offs[2 * i] << 8 | offs[2 * i + 1]
    b = offs[2 * i + 2] << 8 | offs[2 * i + 3]
    data = _db.DECOMP_DATA
    return _db.DECOMP_TAGS[data[a]], data[a + 1:b].decode()


def decomposition(chr):
    cp = _cp(chr, "decomposition")
    if _SBASE <= cp < _SBASE + _SCOUNT:
        return ""
    i = _index(_db.DECOMP_KEYS, cp)
    if i < 0:
        return ""
    tag, mapped = _mapping(i)
    parts = ["%04X" % ord(c) for c in mapped]
    if tag:
        parts.insert(0, tag)
    return " ".join(parts)


def _number(chr, flag, default, what, func):
    cp = _cp(chr, func)
    i = _index(_db.NUM_KEYS, cp)
    if i >= 0:
        text_index, flags = _db.NUM_VALUES[2 * i], _db.NUM_VALUES[2 * i + 1]
        if flag == 0 or flags & flag:
            n, _, d = _db.NUM_TEXTS[text_index].partition("/")
            if flag:
                return int(n)
            return int(n) / int(d) if d else float(int(n))
    if default is _missing:
        raise ValueError("not a " + what)
    return default


_missing = object()


def decimal(chr, default=_missing):
    return _number(chr, 1, default, "decimal", "decimal")


def digit(chr, default=_missing):
    return _number(chr, 2, default, "digit", "digit")


def numeric(chr, default=_missing):
    return _number(chr, 0, default, "numeric character", "numeric")


def _decompose(cp, compat, out):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        out.append(_LBASE + s // _NCOUNT)
        out.append(_VBASE + (s % _NCOUNT) // _TCOUNT)
        t = _TBASE + s % _TCOUNT
        if t != _TBASE:
            out.append(t)
        return
    i = _index(_db.DECOMP_KEYS, cp) if cp >= 0xA0 else -1
    if i >= 0:
        tag, mapped = _mapping(i)
        if compat or not tag:
            for c in mapped:
                _decompose(ord(c), compat, out)
            return
    out.append(cp)


def _nfd(s, compat):
    cps = []
    for c in s:
        _decompose(ord(c), compat, cps)
    # Canonical ordering: a stable sort of each run of non-starters.
    classes = [_ccc(cp) if cp >= 0x300 else 0 for cp in cps]
    i, n = 0, len(cps)
    while i < n:
        if classes[i] == 0:
            i += 1
            continue
        j = i
        while j < n and classes[j] != 0:
            j += 1
        if j - i > 1:
            run = sorted(zip(classes[i:j], range(i, j), cps[i:j]))
            cps[i:j] = [cp for _, _, cp in run]
            classes[i:j] = [k for k, _, _ in run]
        i = j
    return cps, classes


_compositions = None


def _compose_table():
    global _compositions
    if _compositions is None:
        table = {}
        data = _db.COMPOSE
        keys = _db.DECOMP_KEYS
        for k in range(0, len(data), 2):
            i = data[k] << 8 | data[k + 1]
            first, second = _mapping(i)[1]
            table[(ord(first), ord(second))] = keys[3 * i] << 16 | keys[3 * i + 1] << 8 | keys[3 * i + 2]
        _compositions = table
    return _compositions


def _compose(cps, classes):
    table = _compose_table()
    out = []
    starter = -1  # index in out of the last starter
    last_class = 0
    for cp, ccc in zip(cps, classes):
        if starter >= 0:
            s = out[starter]
            # Hangul LV and LVT.
            if _LBASE <= s < _LBASE + _LCOUNT and _VBASE <= cp < _VBASE + _VCOUNT and last_class == 0 and len(out) - 1 == starter:
                out[starter] = _SBASE + ((s - _LBASE) * _VCOUNT + cp - _VBASE) * _TCOUNT
                continue
            if (_SBASE <= s < _SBASE + _SCOUNT and (s - _SBASE) % _TCOUNT == 0 and
                    _TBASE < cp < _TBASE + _TCOUNT and len(out) - 1 == starter):
                out[starter] = s + cp - _TBASE
                continue
            blocked = len(out) - 1 != starter and (last_class == 0 or last_class >= ccc)
            if not blocked:
                comp = table.get((s, cp))
                if comp is not None:
                    out[starter] = comp
                    continue
        if ccc == 0:
            starter = len(out)
        last_class = ccc
        out.append(cp)
    return out


def normalize(form, unistr):
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
    if form not in ("NFC", "NFD", "NFKC", "NFKD"):
        raise ValueError("invalid normalization form")
    if unistr.isascii():
        return unistr
    # Below U+0300 every character is already composed.
    if form == "NFC" and max(unistr) < "\u0300":
        return unistr
    compat = form[:3] == "NFK"
    cps, classes = _nfd(unistr, compat)
    if form[-1] == "C":
        cps = _compose(cps, classes)
    return "".join(chr(cp) for cp in cps)


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr


# Character names.
_JAMO_L = ("G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
           "C", "K", "T", "P", "H")
_JAMO_V = ("A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
           "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I")
_JAMO_T = ("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
           "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H")

_names = None


def _load_names():
    # -> (module, run starts, index of each run's first name)
    global _names
    if _names is None:
        import _unicodedata_names as nm
        starts, firsts = [], []
        runs = nm.NAME_RUNS
        k = 0
        for j in range(0, len(runs), 5):
            starts.append(runs[j] << 16 | runs[j + 1] << 8 | runs[j + 2])
            firsts.append(k)
            k += runs[j + 3] << 8 | runs[j + 4]
        firsts.append(k)
        _names = (nm, starts, firsts)
    return _names


def _block_text(nm, b):
    import deflate
    import uio
    return deflate.DeflateIO(uio.BytesIO(nm.NAMES_Z[b]), deflate.ZLIB).read()


_block_cache = [-1, None]


def _block(nm, b):
    # The names of block b; the last block used is kept.
    if _block_cache[0] != b:
        _block_cache[1] = _block_text(nm, b).split(b"\n")
        _block_cache[0] = b
    return _block_cache[1]


def _bisect(a, x):
    # Index of the last item of sorted a that is <= x, or -1.
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def name(chr, default=_missing):
    cp = _cp(chr, "name")
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return "HANGUL SYLLABLE " + _JAMO_L[s // _NCOUNT] + _JAMO_V[(s % _NCOUNT) // _TCOUNT] + _JAMO_T[s % _TCOUNT]
    nm, starts, firsts = _load_names()
    for prefix, ranges in nm.ALGORITHMIC:
        for a, b in ranges:
            if a <= cp < b:
                return prefix + "%04X" % cp
    r = _bisect(starts, cp)
    if r >= 0:
        k = firsts[r] + cp - starts[r]
        if k < firsts[r + 1]:
            return _block(nm, k // nm.BLOCK)[k % nm.BLOCK].decode()
    if default is _missing:
        raise ValueError("no such name")
    return default


def _hangul_code(rest):
    # CPython's find_syllable: the longest jamo name at each position.
    parts = []
    for table in (_JAMO_L, _JAMO_V, _JAMO_T):
        best, pos = -1, 0
        for i, jamo in enumerate(table):
            if len(jamo) > best and rest.startswith(jamo):
                best, pos = len(jamo), i
        parts.append(pos)
        rest = rest[max(best, 0):]
    if rest:
        return -1
    return _SBASE + (parts[0] * _VCOUNT + parts[1]) * _TCOUNT + parts[2]


def lookup(name):
    if isinstance(name, bytes):
        name = name.decode()
    key = name.upper()
    if key.startswith("HANGUL SYLLABLE "):
        cp = _hangul_code(key[16:])
        if cp >= 0:
            return chr(cp)
    nm, starts, firsts = _load_names()
    for prefix, ranges in nm.ALGORITHMIC:
        if key.startswith(prefix):
            hexpart = key[len(prefix):]
            if len(hexpart) in (4, 5) and all(c in "0123456789ABCDEF" for c in hexpart):
                cp = int(hexpart, 16)
                for a, b in ranges:
                    if a <= cp < b:
                        return chr(cp)
    if key and "\n" not in key and key.isascii():
        want = key.encode()
        for b in range(len(nm.NAMES_Z)):
            text = _block_text(nm, b)
            i = text.find(want)
            while i >= 0:
                end = i + len(want)
                if (i == 0 or text[i - 1] == 10) and (end == len(text) or text[end] == 10):
                    k = b * nm.BLOCK + text.count(b"\n", 0, i)
                    r = _bisect(firsts, k)
                    return chr(starts[r] + k - firsts[r])
                i = text.find(want, i + 1)
    raise KeyError("undefined character name '%s'" % name)
