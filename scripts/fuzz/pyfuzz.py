#!/usr/bin/env python3
"""Differential fuzzing at the Python level.

Generates small Python programs that stress sizes and edge values (counts
and widths around 2**31, 2**32 and 2**63, negatives, empty and huge
sequences, deep nesting, the built-in types' methods), runs each in the
sandbox (one `mpsandbox --session` process, reset after any limit) and in
the native 64-bit unix port built from the same source, and compares them
statement by statement.

  pyfuzz.py --mpsandbox BIN --native BIN [--seconds N | --programs N] [--seed S]

Findings:
  trap          the sandbox reported `internal` (a trap): always a bug
  difference    a statement's outcome differs from native and no listed
                reason (ALLOWED below) explains it
Exit status 1 if there is any finding. A JSON summary goes to --report.
"""

import argparse
import json
import os
import random
import re as regex
import subprocess
import sys
import time
from pathlib import Path

# The staged standard library the native build imports (scripts/build-stdlib.sh).
STDLIB = os.environ.get("PYFUZZ_STDLIB", str(Path(__file__).resolve().parents[2] / "guest-micropython" / "build" / "stdlib"))

# Values around the boundaries where 32-bit size arithmetic breaks.
BIG = [2**31 - 1, 2**31, 2**31 + 1, 2**32 - 1, 2**32, 2**32 + 1, 2**30, 2**29 + 7, 2**63 - 1, 2**63, 2**64 + 1]
SMALL = [0, 1, 2, 3, 7, 16, 255, 256, 1000, 4096, 65535, 65536]
NEG = [-1, -2, -(2**31), -(2**32), -(2**63)]
EDGE = BIG + SMALL + NEG

SEQS = ["''", "'a'", "'abc'", "'\\u00e9\\u2713'", "b''", "b'xy'", "bytearray(b'ab')", "[]", "[1, 2]",
        "(3,)", "()", "'x' * 1000", "list(range(100))", "bytes(range(256))", "bytearray(100)"]
STRS = ["''", "'a'", "'abc'", "'a,b,,c'", "'\\u00e9\\u2713x'", "' pad '", "'x' * 100"]
BYTESES = ["b''", "b'ab'", "b'\\xff\\x00'", "bytearray(b'abc')", "bytes(10)"]


def num(r):
    return r.choice(EDGE) if r.random() < 0.7 else r.randint(-(2**70), 2**70)


def small(r):
    return r.choice(SMALL + [-1, -2])


def expr(r):
    """One expression; most of them hit a size computation."""
    n, m, s = num(r), small(r), r.choice(SEQS)
    st, by = r.choice(STRS), r.choice(BYTESES)
    w = r.choice([1, 5, 100, 10**6, 10**8, 2**31 - 1, 2**31, 2**32, 10**11])
    forms = [
        f"{s} * {n}", f"{n} * {s}", f"{s} * {m}", f"{s}[{n}:{n}]", f"{s}[{m}:{n}:{r.choice([1, 2, -1, n])}]",
        f"{s}[{n}]", f"len({s} + {s})", f"{s}.count({s}[:1]) if {s} else 0",
        f"{st}.center({w})", f"{st}.split({st}[:1] or None, {n})", f"{st}.replace({st}[:1] or 'a', 'xy' * {m}, {n})",
        f"{st}.find('a', {n}, {n})", f"{st}.rsplit(None, {n})", f"{st}.startswith('a', {n})",
        f"','.join([{st}] * {m})", f"{st}.join([{st}] * {m})", f"{st}.encode() * {m}",
        f"'%*d' % ({w}, {m})", f"'%.*f' % ({w}, 1.5)", f"'{{:{w}}}'.format({m})", f"'{{:.{w}f}}'.format(2.5)",
        f"'{{:>{w}}}'.format({st})", f"'%{w}s' % {st}", f"format({m}, '{w}')", f"f'{{{m}:0{w}d}}'",
        f"({m}).to_bytes({r.choice([0, 1, 4, 8, 1024, 2**31, 2**32 + 1, n])}, 'little')",
        f"int.from_bytes({by} * {m}, 'big')", f"({n}) << {r.choice([0, 1, 31, 32, 63, 64, 1000, 2**31, n])}",
        f"({n}) >> {r.choice([0, 1, 31, 32, 63, 64, 2**31, n])}", f"pow({n}, {r.choice([0, 1, 2, 3, 10, -1])}, {r.choice([7, n, 2**61 - 1])})",
        f"divmod({n}, {r.choice([1, -1, 7, n, 2**31])})", f"({n}) // {r.choice([1, -1, 3, n])}", f"hash({n}) == hash({n})",
        f"abs({n})", f"int(str({n}))", f"int('{'9' * r.choice([1, 10, 30, 300])}')", f"float({n}) == float({n})",
        f"round({r.choice([1.5, 2.675, 1e300])}, {r.choice([0, 1, 2, 20, -5, 300, 2**31])})",
        f"struct.calcsize('{r.choice(['', '<', '>', '!'])}{r.choice([0, 1, 7, 2**16, 2**29, 2**31, 2**32 + 1])}{r.choice('bBhHiIlLqQfdsx')}')",
        f"len(struct.pack('{r.choice([0, 1, 3, 1000, 2**31])}x'))", f"struct.unpack_from('<{r.choice([1, 2**30, 2**31])}B', {by}, {m})",
        f"bytes({m})", f"bytearray({r.choice([0, 1, 1000, 2**31, 2**32, -1])})", f"bytearray({by}) * {m}",
        f"list(range({n}, {n}, {r.choice([1, -1, 2**31, n])}))[:3]", f"len(range({n}))", f"range({n})[{m}]",
        f"range(0, {n}, {r.choice([1, 3, -1, n])})[{m}:{n}]", f"{m} in range({n})", f"list(reversed(range({m})))[:2]",
        f"[0, 1, 2].index(1, {n}, {n})", f"[1, 2, 3][{n}:] + [4]", f"sorted([{n}, {m}, -1])", f"min({n}, {m}, key=abs)",
        f"{{{m}: 1}}.get({n})", f"len(set(range({m})) | {{{n}}})", f"dict.fromkeys(range({m}))[{m} - 1] if {m} > 0 else 0",
        f"json.dumps([{n}, {st}, {m} / 3])", f"json.loads(json.dumps({s} if isinstance({s}, (str, list)) else 0))",
        f"json.loads('[' * {r.choice([1, 100, 1000, 10**5])} + ']' * {r.choice([1, 100, 1000, 10**5])})",
        f"len(json.dumps([[{m}]] * {m}))", f"binascii.hexlify({by} * {m})", f"binascii.unhexlify('ab' * {m})",
        f"binascii.a2b_base64(binascii.b2a_base64({by} * {m}))", f"len(re.findall('a{{{r.choice([0, 1, 2, 255, 65535, 2**31])}}}', 'aaa'))",
        f"re.sub('a', '\\\\\\\\0' * {m}, {st})", f"len(re.split(',', {st} * {m}))", f"eval('(' * {r.choice([1, 10, 200, 201, 10**5])} + '1' + ')' * {r.choice([1, 10, 200, 201, 10**5])})",
        f"eval('-' * {r.choice([1, 100, 10**4])} + '1')", f"len(str({n}) * {m})", f"str({n}).zfill({w}) if hasattr(str, 'zfill') else 0",
        f"memoryview({by})[{n}:{n}]", f"bytearray({by}).extend(b'x' * {m})", f"list({s}).insert({n}, 0)",
        f"[{st}] * {m} == [{st}] * {m}", f"tuple({s}) * {n}", f"array.array('{r.choice('bBhHiIlLqQfd')}', [0] * {m})[{n}:]",
        f"len(array.array('B', {by}) + array.array('B', {by}))", f"heapq.nlargest({n}, [3, 1, 2])",
        f"collections.deque(range({m}), {r.choice([1, 10, 2**31 - 1])})", f"hashlib.sha256({by} * {m}).digest()[:2]",
        f"math.factorial({r.choice([0, 5, 100, 1000, -1])}) % 1000", f"math.ldexp(1.0, {n})", f"math.frexp({r.choice([0.0, 1e308, 5e-324])})",
        f"math.isqrt({abs(n)})" if r.random() < 0.1 else f"math.gcd({n}, {m}) if hasattr(math, 'gcd') else 0",
        # The CPython-compatibility methods (patches 0018-0032) and re on PCRE2.
        f"({st}).ljust({w}, '*')", f"({st}).rjust({w})", f"({st}).zfill({w})", f"({st}).expandtabs({r.choice([0, 8, w, -1])})",
        f"({st} + '\\t') * {m}" if r.random() < 0.5 else f"('a\\tb' * {m}).expandtabs({w})",
        f"({st}).center({w}, '-')", f"({st}).title().swapcase().casefold()", f"({st})[{n}::{r.choice([-1, 2, -3, n])}]",
        f"({by})[::{r.choice([-1, 3, n])}]", f"tuple(range({m}))[{n}::{r.choice([-2, 5])}]",
        f"str.maketrans('ab', 'xy')[97]", f"({st}).translate({{97: 'z' * {m}}})", f"({st}).removeprefix(({st})[:1]).removesuffix('x')",
        f"'{{:,.{r.choice([0, 2, 20, 2**31])}f}}'.format({r.choice([1.5, 1e300, -0.0, 2.675])})", f"round({r.choice([2.675, 1e308, -5e-324])}, {n})",
        f"repr({r.choice(['0.1 + 0.2', '1e16', '5e-324', '1/3'])})", f"float('{r.choice(['1e23', '1_000.5', '9' * 400, '-inf'])}')",
        f"pow({r.choice([2, 3, 10, n])}, -1, {r.choice([7, 97, 2**61 - 1, n])})", f"({n}).bit_count() + ({n}).bit_length()",
        f"({n}).to_bytes({r.choice([0, 1, 8, 2**31])}, 'big', signed=True)", f"int.from_bytes({by} * {m}, 'little', signed=True)",
        f"list(zip(range({m}), range({m}), strict=True))[-1:]", f"sorted([({m}, 'b'), (1, 'a'), ({m}, 'a')], key=lambda t: t[0])",
        f"{{**{{1: 2}}, **{{{m}: {n}}}}}", f"[*range({m}), *'ab']", f"list(dict.fromkeys([{n}, 1, {n}, 2]))",
        f"collections.deque(range({m}), maxlen={r.choice([0, 1, 2**31 - 1, None])}).maxlen", f"collections.deque(range({m})).rotate({n})",
        f"json.dumps({{'a': [{m}, 1.5]}}, indent={r.choice([0, 2, 10**6, -1])}, sort_keys=True)[:20]",
        f"json.loads('{{\\\"k\\\": [1, 2.5e{r.choice([1, 308, 400, -400])}]}}')",
        f"math.comb({abs(n) % 10**6}, {m})" if r.random() < 0.3 else f"math.perm({m}, {r.choice([0, 1, 5])})", f"math.prod(range(1, {m}))",
        f"math.fsum([0.1] * {m})", f"math.hypot(*range({m}))", f"math.dist([{n}], [{m}])",
        f"re.findall('a{{{r.choice([0, 1, 65535, 65536, 2**31])}}}', 'aaa')", f"re.sub('(a)', r'\\g<1>' * {m}, 'aa')",
        f"re.split('(,)', {st} * {m}, maxsplit={n})[:3]", f"re.fullmatch('(?P<x>a+)+b', 'a' * {r.choice([1, 30])} + 'b').span()",
        f"[m.span() for m in re.finditer('\\\\w+', {st} * {m})][-1:]", f"re.escape({st} * {m})[:10]",
        f"b'\\xffab'.decode('utf-8', '{r.choice(['replace', 'ignore', 'backslashreplace', 'strict'])}')",
        f"'{{!r:>{w}}}'.format({st})",
    ]
    if r.random() < 0.3:
        forms = stdlib_forms(r, n, m, st, by, w)
    return r.choice(forms)


def stdlib_forms(r, n, m, st, by, w):
    """The frozen standard library (Python code over the patched core) on
    hostile sizes and malformed input; k keeps pure-Python work short."""
    k = r.choice([0, 1, 2, 7, 100])
    return [
        f"datetime.datetime.strptime({st}, '{r.choice(['%Y-%m-%d', '%d/%m/%y %H:%M', '%j', '%Y%%', '%'])}')",
        f"datetime.date({n}, {m}, {r.choice([1, 28, 31, 0, n])})", f"datetime.timedelta(days={n}, seconds={m})",
        f"datetime.date(2024, 1, 1) + datetime.timedelta(days={n})", f"datetime.datetime.fromisoformat({st})",
        f"datetime.datetime(2024, 2, 29).strftime('%' * {k} + '%A %j %U')", f"datetime.date.fromordinal({n})",
        f"decimal.Decimal({st} * {k} or '1').quantize(decimal.Decimal('0.01'))", f"decimal.Decimal({n}) ** {m}",
        f"decimal.Decimal('{r.choice(['1e999999999', 'NaN', '-0', '1.5', '9' * 60, 'sNaN'])}') * {m}",
        f"decimal.Decimal({n}).sqrt()", f"fractions.Fraction({n}, {m})", f"fractions.Fraction({st} or '1')",
        f"fractions.Fraction({r.choice([0.1, 1e308, 5e-324])}).limit_denominator({m})",
        f"statistics.median([{n}, {m}, 1])", f"statistics.stdev([{n}, {m}] * {k})", f"statistics.mode({st} * {k})",
        f"list(itertools.islice(itertools.count({n}), {k}))", f"len(list(itertools.product(range({k}), repeat=2)))",
        f"list(itertools.permutations(range({k} % 6), {m} % 4))[-1:]", f"[(k, len(list(g))) for k, g in itertools.groupby({st} * {k})][:3]",
        f"list(itertools.accumulate(range({k}), initial={n}))[-1:]", f"list(itertools.combinations({st}, {m}))[:2]",
        f"list(itertools.zip_longest(range({k}), {st}, fillvalue={n}))[-1:]", f"list(itertools.batched(range({k}), {m}))[:1]" if r.random() < 0.1 else f"list(itertools.pairwise({st}))[:2]",
        f"collections.Counter({st} * {k}).most_common({m})[:3]", f"collections.Counter(a={n}) + collections.Counter(a={m})",
        f"collections.defaultdict(list, {{1: [{m}]}})[{n}]", f"collections.ChainMap({{1: 2}}, {{{n}: 3}})[{n}]",
        f"collections.namedtuple('P', 'x y', defaults=[{m}])({n})", f"collections.OrderedDict.fromkeys({st}).popitem(last=False)",
        f"textwrap.fill({st} * {k}, {r.choice([1, 2, 10, 70])})[:40]", f"textwrap.shorten({st} * {k}, {w})[:40]",
        f"textwrap.dedent({st} * {k})[:20]", f"textwrap.indent({st} * {k}, '> ')[:20]",
        f"copy.deepcopy([[{m}]] * {k})[-1:]", f"string.Template('$a ' * {k}).safe_substitute(a={st})[:20]",
        f"list(csv.reader(io.StringIO({st} * {k} + '\\n\"x')))[:2]", f"list(csv.DictReader(io.StringIO('a,b\\n' + {st} * {k})))[:1]",
        f"base64.b64encode({by} * {k})[:20]", f"base64.b64decode({st} * {k})[:10]", f"base64.b32encode({by})",
        f"hashlib.md5({by} * {k}).hexdigest()[:8]", f"hashlib.sha512({by} * {k}).hexdigest()[:8]",
        f"hashlib.sha1({by}).hexdigest()[:8]", f"hmac.new(b'k', {by} * {k}, 'sha256').hexdigest()[:8]",
        f"difflib.SequenceMatcher(None, {st} * {k}, {st}).ratio()", f"list(difflib.unified_diff([{st}], [{st}, 'x']))[:3]",
        f"difflib.get_close_matches({st}, ['abc', 'abd', {st} * 2], n={m})", f"functools.reduce(lambda a, b: a + b, range({k}), {n})",
        f"functools.lru_cache(maxsize={r.choice([0, 1, None, -1])})(abs)({n})", f"functools.partial(pow, {n})({m} % 8)",
        f"uuid.UUID(int={n})", f"uuid.UUID({st})", f"str(uuid.uuid5(uuid.NAMESPACE_DNS, {st} * {k}))",
        f"urllib.parse.quote({st} * {k})[:20]", f"urllib.parse.urlsplit({st} * {k})[:2]", f"urllib.parse.parse_qs({st} * {k})",
        f"pprint.pformat([[{m}]] * {k}, width={r.choice([1, 10, 80])})[:30]", f"html.escape({st} * {k})[:20]",
        f"html.unescape('&amp;' * {k} + '&#{n};')[:10]", f"calendar.monthrange({n}, {m})", f"calendar.isleap({n})",
        f"enum.Enum('E', {st} or 'A')", f"operator.itemgetter({n})([1, 2, 3])", f"bisect.bisect([1, 2, 3], {n})",
        f"random.Random({n}).randrange({m})", f"random.Random({n}).sample(range({k}), {m})",
        f"zlib.decompress(zlib.compress({by} * {k}))[:4]", f"zlib.decompress({by})", f"zlib.crc32({by} * {k})",
    ]


PRELUDE = """import sys, json, struct, binascii, re, math, array, collections, heapq, hashlib
import datetime, decimal, fractions, statistics, itertools, textwrap, copy, string, csv, io, base64, hmac
import difflib, functools, uuid, urllib.parse, pprint, html, calendar, enum, operator, bisect, random, zlib
def _show(v):
    try:
        t = type(v).__name__
        if isinstance(v, range):
            # Its items, not its repr: equal ranges may print different
            # bounds (a bound past 2**31 is clamped on 32 bits).
            return 'range:' + (repr((len(v), v[0], v[-1], v.step if len(v) > 1 else 0)) if len(v) else 'empty')
        if isinstance(v, (str, bytes, bytearray, list, tuple, dict, set)) and len(v) > 40:
            return t + ':len=' + str(len(v))
        r = repr(v)
        return t + ':' + (r if len(r) <= 80 else 'repr-len=' + str(len(r)))
    except Exception as e:
        return 'show-' + type(e).__name__
"""


def program(r, statements):
    lines = [PRELUDE]
    for _ in range(statements):
        e = expr(r)
        lines.append("try:\n    print('ok', _show(%s))\nexcept Exception as e:\n    print('raise', type(e).__name__)" % e)
    return "\n".join(lines) + "\n"


# A statement's sandbox outcome may differ from the native 64-bit port's for
# these listed reasons, checked in order: (sandbox prefix, native prefix,
# reason[, statement pattern]).
ALLOWED = [
    # The float-precision overflow patch 0009 fixes (native once ran the
    # pristine source; it now has the same patches, so this stays for runs
    # against an older native build).
    ("ok str:'", "ok str:''", "native float formatting overflows on precisions near INT_MAX (patch 0009)", r"\{:\.\d{10,}f\}|%\.\*f"),
    # Both heaps are capped at 64 MiB, but the sandbox's address space is
    # 4 GiB and its objects are laid out for 32 bits, so the two run out at
    # different sizes.
    ("raise MemoryError", None, "memory cap / 32-bit address space"),
    (None, "raise MemoryError", "the native heap limit"),
    # 31-bit small ints and 32-bit machine words: counts and indexes past
    # 2**31 that native takes as machine words are OverflowError here.
    ("raise OverflowError", None, "32-bit machine words"),
    ("ok show-OverflowError", None, "32-bit machine words"),
    # Sizes the guest refuses before allocating (struct, format width) that
    # native computes, or fails on, differently.
    ("raise ValueError", "raise OverflowError", "32-bit bound checks"),
    ("raise ValueError", "raise MemoryError", "32-bit bound checks"),
    ("raise OverflowError", "raise ValueError", "32-bit bound checks"),
    # Bracket nesting: the sandbox's lexer stops at 200 levels (CPython's
    # limit); native parses deeper and then runs out of C stack or not.
    ("raise SyntaxError", "raise RuntimeError", "bracket nesting limit (200)"),
    ("raise SyntaxError", "ok int:1", "bracket nesting limit (200)"),
    ("raise SyntaxError", "ok int:-1", "bracket nesting limit (200)"),
    # Float formatting of huge precisions, struct formats with giant counts.
    ("raise ValueError", "ok", "32-bit bound checks"),
]


def explain(statement, sandbox_line, native_line):
    for sb, nat, why, *pattern in ALLOWED:
        if pattern and not regex.search(pattern[0], statement):
            continue
        if (sb is None or sandbox_line.startswith(sb)) and (nat is None or native_line.startswith(nat)):
            return why
    return None


class Sandbox:
    """One `mpsandbox --session` process; programs go one per line."""

    def __init__(self, binary, timeout):
        self.cmd = [binary, "--session", "--memory", "64M", "--timeout", timeout, "--max-output", "1M"]
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, code):
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        self.proc.stdin.write(json.dumps({"code": code, "id": 1}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            return {"ok": False, "error": {"kind": "host-exit", "message": "mpsandbox exited %s" % code}, "stdout": ""}
        reply = json.loads(line)
        # A fresh interpreter per program: state must not carry over.
        self.proc.stdin.write(json.dumps({"reset": True}) + "\n")
        self.proc.stdin.flush()
        self.proc.stdout.readline()
        return reply

    def close(self):
        if self.proc:
            self.proc.stdin.close()
            self.proc.wait()


def native_run(binary, code, timeout):
    # The native build imports the staged (not frozen) standard library.
    env = dict(os.environ, MICROPYPATH=f"{STDLIB}:.frozen")
    try:
        p = subprocess.run([binary, "-X", "heapsize=64M", "-c", code], capture_output=True, text=True,
                           timeout=timeout, errors="replace", env=env)
        return p.stdout, p.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        # The last line may be cut short: compare only whole ones.
        return out[: out.rfind("\n") + 1], "timeout"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mpsandbox", required=True)
    ap.add_argument("--native", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--programs", type=int, default=0)
    ap.add_argument("--seconds", type=float, default=0)
    ap.add_argument("--statements", type=int, default=12)
    ap.add_argument("--report")
    args = ap.parse_args()
    if not args.programs and not args.seconds:
        args.programs = 100

    r = random.Random(args.seed)
    sandbox = Sandbox(args.mpsandbox, "5s")
    stats = {"seed": args.seed, "programs": 0, "statements": 0, "same": 0, "explained": {}, "sandbox_limits": 0,
             "traps": [], "differences": []}
    started = time.time()
    while True:
        if args.programs and stats["programs"] >= args.programs:
            break
        if args.seconds and time.time() - started >= args.seconds:
            break
        code = program(r, args.statements)
        reply = sandbox.run(code)
        stats["programs"] += 1
        error = reply.get("error") or {}
        if error.get("kind") in ("internal", "host-exit"):
            stats["traps"].append({"code": code, "error": error})
            print("TRAP:", error.get("message", "")[:300], file=sys.stderr)
            continue
        if error.get("kind") == "limit":
            # A runaway statement (native usually runs it as long); the
            # statements before it are still compared.
            stats["sandbox_limits"] += 1
        native_out, _ = native_run(args.native, code, 5)
        ours, theirs = reply.get("stdout", "").splitlines(), native_out.splitlines()
        statements = [l for l in code.split("\ntry:\n    print('ok', _show(")[1:]]
        for i, line in enumerate(ours):
            if i >= len(theirs):
                break
            stats["statements"] += 1
            if line == theirs[i]:
                stats["same"] += 1
                continue
            stmt = statements[i].split("))\nexcept")[0] if i < len(statements) else "?"
            why = explain(stmt, line, theirs[i])
            if why:
                stats["explained"][why] = stats["explained"].get(why, 0) + 1
                continue
            stats["differences"].append({"statement": stmt, "sandbox": line, "native": theirs[i]})
            print("DIFF: %s\n  sandbox: %s\n  native:  %s" % (stmt, line, theirs[i]), file=sys.stderr)
    sandbox.close()
    elapsed = time.time() - started
    stats["seconds"] = round(elapsed, 1)
    stats["programs_per_second"] = round(stats["programs"] / elapsed, 2) if elapsed else 0
    summary = {k: (len(v) if isinstance(v, list) else v) for k, v in stats.items()}
    print(json.dumps(summary))
    if args.report:
        with open(args.report, "w") as f:
            json.dump(stats, f, indent=1)
    return 1 if stats["traps"] or stats["differences"] else 0


if __name__ == "__main__":
    sys.exit(main())
