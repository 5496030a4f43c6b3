#!/usr/bin/env python3
"""Generate guest-micropython/lib/_unicodedata_db.py, the tables behind the
sandbox's unicodedata module (guest-micropython/lib/unicodedata.py).

    python3 gen_unicodedata.py OUT.py

Run it with the CPython whose unicodedata the tables should copy (3.11:
Unicode 14.0.0); every table is read back and checked against that
CPython for all 0x110000 code points before OUT is written.

Tables (bytes constants: frozen, they cost nothing until used):
- properties that change in runs (category, east Asian width, combining
  class, mirrored): run starts as 3-byte big-endian code points (sorted),
  and one byte per run indexing a tuple of values;
- decompositions: sorted 3-byte keys, 2-byte offsets into a blob whose
  entries are a tag byte (0: canonical) then the UTF-8 of the mapping;
- canonical compositions: 2-byte indexes of the decompositions that NFC
  and NFKC recombine (two characters, the first a starter, no exclusion);
- numeric values: sorted 3-byte keys, a byte indexing the value strings
  and a byte of flags (1: decimal, 2: digit).
Character names (name, lookup) and bidirectional classes are not
generated: the names take ~130 KB even compressed, the classes ~9 KB.
"""

import sys
import unicodedata

MAX = 0x110000
HANGUL = range(0xAC00, 0xD7A4)


def b3(n):
    return n.to_bytes(3, "big")


def runs(prop):
    starts, values, names = bytearray(), bytearray(), []
    prev = object()
    for cp in range(MAX):
        v = prop(chr(cp))
        if v != prev:
            if v not in names:
                names.append(v)
            starts += b3(cp)
            values.append(names.index(v))
            prev = v
    assert len(names) < 256
    return bytes(starts), bytes(values), tuple(names)


def lookup_run(starts, values, names, cp):
    lo, hi = 0, len(starts) // 3
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if int.from_bytes(starts[mid * 3:mid * 3 + 3], "big") <= cp:
            lo = mid
        else:
            hi = mid
    return names[values[lo]]


def main(out):
    tables = {}
    checks = []
    for key, prop in (("CAT", unicodedata.category), ("EAW", unicodedata.east_asian_width),
                      ("COMB", unicodedata.combining), ("MIRROR", unicodedata.mirrored)):
        starts, values, names = runs(prop)
        tables[key + "_STARTS"] = starts
        tables[key + "_VALUES"] = values
        tables[key + "_NAMES"] = names
        checks.append((key, prop, starts, values, names))

    # Decompositions (Hangul syllables are algorithmic in the module).
    tags = [""]
    keys, offs, blob = bytearray(), bytearray(), bytearray()
    decomp = {}
    for cp in range(MAX):
        if cp in HANGUL:
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = ""
        if parts[0].startswith("<"):
            tag = parts.pop(0)
        if tag not in tags:
            tags.append(tag)
        mapping = "".join(chr(int(p, 16)) for p in parts)
        decomp[cp] = (tag, mapping)
        keys += b3(cp)
        offs += len(blob).to_bytes(2, "big")
        blob.append(tags.index(tag))
        blob += mapping.encode("utf-8")
    offs += len(blob).to_bytes(2, "big")
    assert len(blob) < 0x10000
    tables["DECOMP_KEYS"] = bytes(keys)
    tables["DECOMP_OFFS"] = bytes(offs)
    tables["DECOMP_DATA"] = bytes(blob)
    tables["DECOMP_TAGS"] = tuple(tags)

    # Canonical compositions: the pairs NFC puts back together.
    compose = bytearray()
    for i, (cp, (tag, mapping)) in enumerate(decomp.items()):
        if tag or len(mapping) != 2:
            continue
        if unicodedata.combining(mapping[0]) != 0:
            continue
        if unicodedata.normalize("NFC", mapping) != chr(cp):
            continue  # a composition exclusion
        compose += i.to_bytes(2, "big")
    tables["COMPOSE"] = bytes(compose)

    # Numeric values.
    nums = []
    nkeys, nvals = bytearray(), bytearray()
    for cp in range(MAX):
        c = chr(cp)
        v = unicodedata.numeric(c, None)
        if v is None:
            continue
        text = _numeric_text(c, v)
        if text not in nums:
            nums.append(text)
        flags = (1 if unicodedata.decimal(c, None) is not None else 0) | \
                (2 if unicodedata.digit(c, None) is not None else 0)
        nkeys += b3(cp)
        nvals += bytes((nums.index(text), flags))
    assert len(nums) < 256
    tables["NUM_KEYS"] = bytes(nkeys)
    tables["NUM_VALUES"] = bytes(nvals)
    tables["NUM_TEXTS"] = tuple(nums)

    # Check every table against CPython before writing.
    for key, prop, starts, values, names in checks:
        for cp in range(MAX):
            assert lookup_run(starts, values, names, cp) == prop(chr(cp)), (key, cp)
    for cp in range(MAX):
        c = chr(cp)
        v = unicodedata.numeric(c, None)
        if v is not None:
            assert _numeric_value(_numeric_text(c, v)) == v, cp

    lines = [
        "# Generated by guest-micropython/tools/gen_unicodedata.py from CPython %s's"
        % ".".join(map(str, sys.version_info[:3])),
        "# unicodedata (Unicode %s): the tables behind unicodedata.py. Do not edit."
        % unicodedata.unidata_version,
        "",
        "VERSION = %r" % unicodedata.unidata_version,
    ]
    for name, value in tables.items():
        lines.append("%s = %r" % (name, value))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    size = sum(len(v) for v in tables.values() if isinstance(v, bytes))
    print("%s: %d bytes of tables" % (out, size))


def _numeric_text(c, v):
    # The value as UnicodeData.txt writes it: an integer or a fraction.
    if v == int(v):
        return str(int(v))
    from fractions import Fraction
    f = Fraction(v).limit_denominator(1000)
    assert float(f) == v, (c, v)
    return "%d/%d" % (f.numerator, f.denominator)


def _numeric_value(text):
    n, _, d = text.partition("/")
    return int(n) / int(d) if d else float(int(n))


if __name__ == "__main__":
    main(sys.argv[1])
