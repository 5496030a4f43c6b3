# _random: the Mersenne Twister core under random.py, written for mpsandbox
# (behaviour follows CPython 3.11's C module _random, so that seeded programs
# print the very numbers CPython prints).
# Covers Random with seed(None | int | float | other hashable: as CPython, by
# hash), random() (53 bits), getrandbits(k), getstate()/setstate() (the 625-
# tuple CPython's C code uses). seed(None) takes its key from os.urandom; the
# generator is seeded lazily on first use, so importing random costs nothing.
# Leaves out: nothing of _random's API; hash-based seeds of objects whose
# hash differs from CPython's (str/bytes never get here: random.py hashes them
# with sha512 first).

_N = 624
_M = 397
_MASK = 0xFFFFFFFF


def _init_genrand(s):
    mt = [0] * _N
    mt[0] = s
    for i in range(1, _N):
        x = mt[i - 1]
        mt[i] = (1812433253 * (x ^ (x >> 30)) + i) & _MASK
    return mt


def _init_by_array(key):
    # init_by_array from the reference implementation (mt19937ar.c).
    mt = _init_genrand(19650218)
    n = len(key)
    i = 1
    j = 0
    for _ in range(max(_N, n)):
        x = mt[i - 1]
        mt[i] = ((mt[i] ^ (((x ^ (x >> 30)) * 1664525) & _MASK)) + key[j] + j) & _MASK
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= n:
            j = 0
    for _ in range(_N - 1):
        x = mt[i - 1]
        mt[i] = ((mt[i] ^ (((x ^ (x >> 30)) * 1566083941) & _MASK)) - i) & _MASK
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000
    return mt


def _twist(mt):
    # One full generation step, in place; then the tempered outputs.
    for k in range(_N - _M):
        y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7FFFFFFF)
        mt[k] = mt[k + _M] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    for k in range(_N - _M, _N - 1):
        y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7FFFFFFF)
        mt[k] = mt[k + _M - _N] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
    mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    return _temper(mt)


def _temper(mt):
    out = []
    for y in mt:
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        out.append(y ^ (y >> 18))
    return out


def _hash_seed(a):
    # CPython seeds with (size_t)hash(a) for objects other than ints.
    if isinstance(a, float):
        h = _float_hash(a)
    else:
        h = hash(a)
    return h & 0xFFFFFFFFFFFFFFFF


def _float_hash(x):
    # CPython's numeric hash: (p/q) -> p * q**-1 modulo 2**61 - 1.
    if x != x:
        return 0
    if x in (float("inf"), float("-inf")):
        return 314159 if x > 0 else -314159
    p, q = x.as_integer_ratio()
    P = (1 << 61) - 1
    h = abs(p) % P * pow(q, P - 2, P) % P
    if p < 0:
        h = -h
    return -2 if h == -1 else h


class Random:
    # _mt: the 624-word state (None: seed on first use); _out: the tempered
    # words of the current block; _i: CPython's index (624: twist next).

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, n=None):
        if n is None:
            self._mt = None
            self._i = _N
            return
        if isinstance(n, int):
            n = abs(n)
        else:
            n = _hash_seed(n)
        key = []
        while n:
            key.append(n & _MASK)
            n >>= 32
        self._mt = _init_by_array(key or [0])
        self._i = _N

    def _seed_urandom(self):
        try:
            from uos import urandom
        except ImportError:
            from os import urandom
        b = urandom(_N * 4)
        self._mt = _init_by_array([int.from_bytes(b[i:i + 4], "little") for i in range(0, _N * 4, 4)])

    def _next_block(self):
        if self._mt is None:
            self._seed_urandom()
        self._out = _twist(self._mt)
        self._i = 0

    def _word(self):
        i = self._i
        if i >= _N:
            self._next_block()
            i = 0
        self._i = i + 1
        return self._out[i]

    def random(self):
        i = self._i
        if i < _N - 1:
            o = self._out
            self._i = i + 2
            return ((o[i] >> 5) * 67108864 + (o[i + 1] >> 6)) * (1.0 / 9007199254740992)
        a = self._word() >> 5
        b = self._word() >> 6
        return (a * 67108864 + b) * (1.0 / 9007199254740992)

    def getrandbits(self, k):
        if not isinstance(k, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(k).__name__)
        if k <= 32:
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            if k == 0:
                return 0
            return self._word() >> (32 - k)
        r = 0
        shift = 0
        while k > 0:
            w = self._word()
            if k < 32:
                w >>= 32 - k
            r |= w << shift
            shift += 32
            k -= 32
        return r

    def getstate(self):
        if self._mt is None:
            self._seed_urandom()
        return tuple(self._mt) + (self._i,)

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = []
        for w in state[:_N]:
            if not isinstance(w, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(w).__name__)
            if w < 0 or w > _MASK:
                raise OverflowError("Python int too large to convert to C unsigned long")
            mt.append(w)
        i = state[_N]
        if not isinstance(i, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(i).__name__)
        if i < 0 or i > _N:
            raise ValueError("invalid state")
        self._mt = mt
        # The block the index points into is the state as it stands (its
        # words were produced by the twist that made it); temper it anew.
        self._out = _temper(mt)
        self._i = i
