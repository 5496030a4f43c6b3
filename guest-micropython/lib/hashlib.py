# hashlib for mpsandbox, written here (behaviour follows CPython 3.11).
# The C built-in (uhashlib) has only a one-shot SHA-256; this module provides
# md5, sha1, sha224, sha256, sha384, sha512, blake2b, blake2s, sha3_224/256/
# 384/512, shake_128/256, new(name), algorithms_guaranteed/available,
# pbkdf2_hmac and file_digest, with objects that have update/digest/hexdigest/
# copy and name/digest_size/block_size; digests identical to CPython's.
# The compression functions are plain Python (correct first: about 1-2 s per
# MB natively for SHA-256). SHA-256 keeps its input (up to _PENDING_MAX bytes)
# and hashes it in one C call when digested, so the common
# sha256(data).hexdigest() runs at C speed; past that it hashes in Python.
# Leaves out: scrypt, the OpenSSL-only names (ripemd160, sm3, sha512_224...),
# hash objects' reprs with addresses are those of plain Python objects.

from ustruct import pack as _pack, unpack as _unpack

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
                         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}
algorithms_available = set(algorithms_guaranteed)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224",
           "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _clone(obj):
    # A shallow copy (instances' __dict__ cannot be updated on MicroPython).
    c = object.__new__(type(obj))
    for k, v in obj.__dict__.items():
        setattr(c, k, v)
    return c


class _Hash:
    # Merkle-Damgard hashes: _h is the chaining state, _buf the bytes of an
    # unfinished block, _n the message length so far. Subclasses give
    # _init (the IV), _compress(h, data, start, end), _finish(h, buf, n).
    block_size = 64

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._h = list(self._init)
        self._buf = b""
        self._n = 0
        if string is not None:
            data = string
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes(data)
        self._n += len(data)
        if self._buf:
            data = self._buf + data
        bs = self.block_size
        end = len(data) - len(data) % bs
        if end:
            self._compress(self._h, data, 0, end)
        self._buf = data[end:]

    def copy(self):
        c = _clone(self)
        c._h = list(self._h)
        return c

    def digest(self):
        return self._finish(list(self._h), self._buf, self._n)

    def hexdigest(self):
        return self.digest().hex()


def _pad(buf, n, bs, lenbytes, order):
    # The message's tail: 0x80, zeros, the bit length in lenbytes bytes.
    zeros = (bs - lenbytes - 1 - len(buf)) % bs
    return buf + b"\x80" + bytes(zeros) + (n * 8).to_bytes(lenbytes, order)


# MD5 (RFC 1321).

_MD5_S = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4
_md5_k = None


def _md5_tables():
    global _md5_k
    if _md5_k is None:
        from math import sin
        _md5_k = [int(abs(sin(i + 1)) * 4294967296) & _M32 for i in range(64)]
    return _md5_k


class md5(_Hash):
    name = "md5"
    digest_size = 16
    _init = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    def _compress(self, h, data, start, end):
        K = _md5_tables()
        S = _MD5_S
        M = _M32
        for off in range(start, end, 64):
            X = _unpack("<16I", data[off:off + 64])
            a, b, c, d = h
            for i in range(64):
                if i < 16:
                    f = d ^ (b & (c ^ d))
                    g = i
                elif i < 32:
                    f = c ^ (d & (b ^ c))
                    g = (5 * i + 1) & 15
                elif i < 48:
                    f = b ^ c ^ d
                    g = (3 * i + 5) & 15
                else:
                    f = c ^ (b | (~d & M))
                    g = (7 * i) & 15
                x = (a + f + K[i] + X[g]) & M
                s = S[i]
                a = d
                d = c
                c = b
                b = (b + ((x << s | x >> (32 - s)) & M)) & M
            h[0] = (h[0] + a) & M
            h[1] = (h[1] + b) & M
            h[2] = (h[2] + c) & M
            h[3] = (h[3] + d) & M

    def _finish(self, h, buf, n):
        tail = _pad(buf, n, 64, 8, "little")
        self._compress(h, tail, 0, len(tail))
        return _pack("<4I", *h)


# SHA-1 (FIPS 180-4).

class sha1(_Hash):
    name = "sha1"
    digest_size = 20
    _init = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, h, data, start, end):
        M = _M32
        for off in range(start, end, 64):
            w = list(_unpack(">16I", data[off:off + 64]))
            for i in range(16, 80):
                x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w.append(((x << 1) | (x >> 31)) & M)
            a, b, c, d, e = h
            for i in range(80):
                if i < 20:
                    f = d ^ (b & (c ^ d))
                    k = 0x5A827999
                elif i < 40:
                    f = b ^ c ^ d
                    k = 0x6ED9EBA1
                elif i < 60:
                    f = (b & c) | (d & (b | c))
                    k = 0x8F1BBCDC
                else:
                    f = b ^ c ^ d
                    k = 0xCA62C1D6
                t = ((((a << 5) | (a >> 27)) & M) + f + e + k + w[i]) & M
                e = d
                d = c
                c = ((b << 30) | (b >> 2)) & M
                b = a
                a = t
            h[0] = (h[0] + a) & M
            h[1] = (h[1] + b) & M
            h[2] = (h[2] + c) & M
            h[3] = (h[3] + d) & M
            h[4] = (h[4] + e) & M

    def _finish(self, h, buf, n):
        tail = _pad(buf, n, 64, 8, "big")
        self._compress(h, tail, 0, len(tail))
        return _pack(">5I", *h)


# SHA-224 and SHA-256 (FIPS 180-4).

_K256 = None


def _k256():
    global _K256
    if _K256 is None:
        _K256 = _unpack(">64I", bytes.fromhex(
            "428a2f9871374491b5c0fbcfe9b5dba53956c25b59f111f1923f82a4ab1c5ed5"
            "d807aa9812835b01243185be550c7dc372be5d7480deb1fe9bdc06a7c19bf174"
            "e49b69c1efbe47860fc19dc6240ca1cc2de92c6f4a7484aa5cb0a9dc76f988da"
            "983e5152a831c66db00327c8bf597fc7c6e00bf3d5a7914706ca635114292967"
            "27b70a852e1b21384d2c6dfc53380d13650a7354766a0abb81c2c92e92722c85"
            "a2bfe8a1a81a664bc24b8b70c76c51a3d192e819d6990624f40e3585106aa070"
            "19a4c1161e376c082748774c34b0bcb5391c0cb34ed8aa4a5b9cca4f682e6ff3"
            "748f82ee78a5636f84c878148cc7020890befffaa4506cebbef9a3f7c67178f2"))
    return _K256


def _sha256_compress(h, data, start, end):
    K = _k256()
    M = _M32
    for off in range(start, end, 64):
        w = list(_unpack(">16I", data[off:off + 64]))
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            w.append((w[i - 16] + w[i - 7]
                      + (((x >> 7 | x << 25) ^ (x >> 18 | x << 14)) & M ^ (x >> 3))
                      + (((y >> 17 | y << 15) ^ (y >> 19 | y << 13)) & M ^ (y >> 10))) & M)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            t1 = (hh + (((e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)) & M)
                  + (g ^ (e & (f ^ g))) + K[i] + w[i])
            t2 = (((a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)) & M) + ((a & b) | (c & (a | b)))
            hh = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h[0] = (h[0] + a) & M
        h[1] = (h[1] + b) & M
        h[2] = (h[2] + c) & M
        h[3] = (h[3] + d) & M
        h[4] = (h[4] + e) & M
        h[5] = (h[5] + f) & M
        h[6] = (h[6] + g) & M
        h[7] = (h[7] + hh) & M


class sha224(_Hash):
    name = "sha224"
    digest_size = 28
    _init = (0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4)

    def _compress(self, h, data, start, end):
        _sha256_compress(h, data, start, end)

    def _finish(self, h, buf, n):
        tail = _pad(buf, n, 64, 8, "big")
        _sha256_compress(h, tail, 0, len(tail))
        return _pack(">8I", *h)[:self.digest_size]


_PENDING_MAX = 1 << 20


class sha256(sha224):
    # While no block has been hashed in Python (_h is the IV), the input is
    # kept in _pending and digest() hashes it in one call of the C SHA-256.
    name = "sha256"
    digest_size = 32
    _init = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._pending = []
        self._np = 0
        _Hash.__init__(self, data, string=string)

    def update(self, data):
        p = self._pending
        if p is not None:
            data = _bytes(data)
            p.append(data)
            self._np += len(data)
            if self._np <= _PENDING_MAX:
                return
            self._pending = None
            data = b"".join(p)
        _Hash.update(self, data)

    def copy(self):
        c = _Hash.copy(self)
        if self._pending is not None:
            c._pending = list(self._pending)
        return c

    def digest(self):
        p = self._pending
        if p is not None:
            from uhashlib import sha256 as c_sha256
            data = p[0] if len(p) == 1 else b"".join(p)
            self._pending = [data]
            return c_sha256(data).digest()
        return _Hash.digest(self)


# SHA-384 and SHA-512 (FIPS 180-4).

_K512 = None


def _k512():
    global _K512
    if _K512 is None:
        _K512 = _unpack(">80Q", bytes.fromhex(
            "428a2f98d728ae227137449123ef65cdb5c0fbcfec4d3b2fe9b5dba58189dbbc"
            "3956c25bf348b53859f111f1b605d019923f82a4af194f9bab1c5ed5da6d8118"
            "d807aa98a303024212835b0145706fbe243185be4ee4b28c550c7dc3d5ffb4e2"
            "72be5d74f27b896f80deb1fe3b1696b19bdc06a725c71235c19bf174cf692694"
            "e49b69c19ef14ad2efbe4786384f25e30fc19dc68b8cd5b5240ca1cc77ac9c65"
            "2de92c6f592b02754a7484aa6ea6e4835cb0a9dcbd41fbd476f988da831153b5"
            "983e5152ee66dfaba831c66d2db43210b00327c898fb213fbf597fc7beef0ee4"
            "c6e00bf33da88fc2d5a79147930aa72506ca6351e003826f142929670a0e6e70"
            "27b70a8546d22ffc2e1b21385c26c9264d2c6dfc5ac42aed53380d139d95b3df"
            "650a73548baf63de766a0abb3c77b2a881c2c92e47edaee692722c851482353b"
            "a2bfe8a14cf10364a81a664bbc423001c24b8b70d0f89791c76c51a30654be30"
            "d192e819d6ef5218d69906245565a910f40e35855771202a106aa07032bbd1b8"
            "19a4c116b8d2d0c81e376c085141ab532748774cdf8eeb9934b0bcb5e19b48a8"
            "391c0cb3c5c95a634ed8aa4ae3418acb5b9cca4f7763e373682e6ff3d6b2b8a3"
            "748f82ee5defb2fc78a5636f43172f6084c87814a1f0ab728cc702081a6439ec"
            "90befffa23631e28a4506cebde82bde9bef9a3f7b2c67915c67178f2e372532b"
            "ca273eceea26619cd186b8c721c0c207eada7dd6cde0eb1ef57d4f7fee6ed178"
            "06f067aa72176fba0a637dc5a2c898a6113f9804bef90dae1b710b35131c471b"
            "28db77f523047d8432caab7b40c724933c9ebe0a15c9bebc431d67c49c100d4c"
            "4cc5d4becb3e42b6597f299cfc657e2a5fcb6fab3ad6faec6c44198c4a475817"))
    return _K512


class sha512(_Hash):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _init = (0x6A09E667F3BCC908, 0xBB67AE8584CAA73B, 0x3C6EF372FE94F82B, 0xA54FF53A5F1D36F1,
             0x510E527FADE682D1, 0x9B05688C2B3E6C1F, 0x1F83D9ABFB41BD6B, 0x5BE0CD19137E2179)

    def _compress(self, h, data, start, end):
        K = _k512()
        M = _M64
        for off in range(start, end, 128):
            w = list(_unpack(">16Q", data[off:off + 128]))
            for i in range(16, 80):
                x = w[i - 15]
                y = w[i - 2]
                w.append((w[i - 16] + w[i - 7]
                          + (((x >> 1 | x << 63) ^ (x >> 8 | x << 56)) & M ^ (x >> 7))
                          + (((y >> 19 | y << 45) ^ (y >> 61 | y << 3)) & M ^ (y >> 6))) & M)
            a, b, c, d, e, f, g, hh = h
            for i in range(80):
                t1 = (hh + (((e >> 14 | e << 50) ^ (e >> 18 | e << 46) ^ (e >> 41 | e << 23)) & M)
                      + (g ^ (e & (f ^ g))) + K[i] + w[i])
                t2 = ((((a >> 28 | a << 36) ^ (a >> 34 | a << 30) ^ (a >> 39 | a << 25)) & M)
                      + ((a & b) | (c & (a | b))))
                hh = g
                g = f
                f = e
                e = (d + t1) & M
                d = c
                c = b
                b = a
                a = (t1 + t2) & M
            h[0] = (h[0] + a) & M
            h[1] = (h[1] + b) & M
            h[2] = (h[2] + c) & M
            h[3] = (h[3] + d) & M
            h[4] = (h[4] + e) & M
            h[5] = (h[5] + f) & M
            h[6] = (h[6] + g) & M
            h[7] = (h[7] + hh) & M

    def _finish(self, h, buf, n):
        tail = _pad(buf, n, 128, 16, "big")
        self._compress(h, tail, 0, len(tail))
        return _pack(">8Q", *h)[:self.digest_size]


class sha384(sha512):
    name = "sha384"
    digest_size = 48
    _init = (0xCBBB9D5DC1059ED8, 0x629A292A367CD507, 0x9159015A3070DD17, 0x152FECD8F70E5939,
             0x67332667FFC00B31, 0x8EB44A8768581511, 0xDB0C2E0D64F98FA7, 0x47B5481DBEFA4FA4)


# BLAKE2b and BLAKE2s (RFC 7693).

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)


class _Blake2:
    # _w: word bits; _r: the four rotations; _rounds; _iv; _fmt: word format.

    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1, depth=1,
                 leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        name = self.name
        maxd = self.MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = maxd
        if not 1 <= digest_size <= maxd:
            raise ValueError("digest_size must be between 1 and %d bytes" % maxd)
        key = _bytes(key)
        salt = _bytes(salt)
        person = _bytes(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % self.PERSON_SIZE)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= maxd:
            raise ValueError("inner_size must be between 0 and is %d" % maxd)
        wb = self._w // 8
        # The parameter block, as bytes, read as little-endian words.
        p = bytes((digest_size, len(key), fanout, depth)) + leaf_size.to_bytes(4, "little")
        if wb == 8:
            p += node_offset.to_bytes(8, "little") + bytes((node_depth, inner_size)) + bytes(14)
        else:
            p += node_offset.to_bytes(6, "little") + bytes((node_depth, inner_size))
        p += salt + bytes(self.SALT_SIZE - len(salt)) + person + bytes(self.PERSON_SIZE - len(person))
        pw = _unpack("<8" + self._fmt, p)
        self._h = [iv ^ x for iv, x in zip(self._iv, pw)]
        self.digest_size = digest_size
        self._last_node = last_node
        self._t = 0
        self._buf = b""
        if key:
            self._buf = key + bytes(self.block_size - len(key))
        if data:
            self.update(data)

    def update(self, data):
        data = self._buf + _bytes(data)
        bs = self.block_size
        # The last block is kept back: it is compressed with the final flag.
        n = (len(data) - 1) // bs * bs if data else 0
        for off in range(0, n, bs):
            self._t += bs
            self._compress(self._h, data[off:off + bs], self._t, False)
        self._buf = data[n:]

    def copy(self):
        c = _clone(self)
        c._h = list(self._h)
        return c

    def digest(self):
        h = list(self._h)
        buf = self._buf
        self._compress(h, buf + bytes(self.block_size - len(buf)), self._t + len(buf), True)
        return _pack("<8" + self._fmt, *h)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def _compress(self, h, block, t, last):
        W = self._w
        M = (1 << W) - 1
        r1, r2, r3, r4 = self._r
        iv = self._iv
        m = _unpack("<16" + self._fmt, block)
        v = h + list(iv)
        v[12] ^= t & M
        v[13] ^= t >> W
        if last:
            v[14] ^= M
            if self._last_node:
                v[15] ^= M
        for r in range(self._rounds):
            s = _SIGMA[r % 10]
            for i, (a, b, c, d) in enumerate(((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                                               (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))):
                va = v[a]
                vb = v[b]
                vc = v[c]
                vd = v[d]
                va = (va + vb + m[s[2 * i]]) & M
                vd ^= va
                vd = ((vd >> r1) | (vd << (W - r1))) & M
                vc = (vc + vd) & M
                vb ^= vc
                vb = ((vb >> r2) | (vb << (W - r2))) & M
                va = (va + vb + m[s[2 * i + 1]]) & M
                vd ^= va
                vd = ((vd >> r3) | (vd << (W - r3))) & M
                vc = (vc + vd) & M
                vb ^= vc
                vb = ((vb >> r4) | (vb << (W - r4))) & M
                v[a] = va
                v[b] = vb
                v[c] = vc
                v[d] = vd
        for i in range(8):
            h[i] ^= v[i] ^ v[i + 8]


class blake2b(_Blake2):
    name = "blake2b"
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _w = 64
    _r = (32, 24, 16, 63)
    _rounds = 12
    _fmt = "Q"
    _iv = sha512._init


class blake2s(_Blake2):
    name = "blake2s"
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _w = 32
    _r = (16, 12, 8, 7)
    _rounds = 10
    _fmt = "I"
    _iv = sha256._init


# SHA-3 and SHAKE (FIPS 202): Keccak-f[1600] on 25 64-bit lanes.

_RC = None
_ROT = (0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14)


def _keccak_rc():
    global _RC
    if _RC is None:
        rc = []
        r = 1
        for _ in range(24):
            c = 0
            for j in range(7):
                if r & 1:
                    c |= 1 << ((1 << j) - 1)
                r = ((r << 1) ^ (0x171 if r & 0x80 else 0)) & 0xFF
            rc.append(c)
        _RC = rc
    return _RC


def _keccak_f(A):
    M = _M64
    ROT = _ROT
    for rc in _keccak_rc():
        C = [A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20] for x in range(5)]
        for x in range(5):
            c = C[(x + 1) % 5]
            d = C[(x - 1) % 5] ^ (((c << 1) | (c >> 63)) & M)
            for y in range(0, 25, 5):
                A[x + y] ^= d
        B = [0] * 25
        for x in range(5):
            for y in range(5):
                i = x + 5 * y
                a = A[i]
                r = ROT[i]
                B[y + 5 * ((2 * x + 3 * y) % 5)] = ((a << r) | (a >> (64 - r))) & M if r else a
        for y in range(0, 25, 5):
            b0, b1, b2, b3, b4 = B[y:y + 5]
            A[y] = b0 ^ (~b1 & b2)
            A[y + 1] = b1 ^ (~b2 & b3)
            A[y + 2] = b2 ^ (~b3 & b4)
            A[y + 3] = b3 ^ (~b4 & b0)
            A[y + 4] = b4 ^ (~b0 & b1)
        A[0] ^= rc


class _Keccak:
    _suffix = 0x06

    def __init__(self, data=b"", *, usedforsecurity=True):
        self._A = [0] * 25
        self._buf = b""
        if data:
            self.update(data)

    def update(self, data):
        data = self._buf + _bytes(data)
        bs = self.block_size
        n = len(data) - len(data) % bs
        for off in range(0, n, bs):
            self._absorb(self._A, data[off:off + bs])
        self._buf = data[n:]

    def _absorb(self, A, block):
        for i, w in enumerate(_unpack("<%dQ" % (len(block) // 8), block)):
            A[i] ^= w
        _keccak_f(A)

    def _squeeze(self, n):
        A = list(self._A)
        bs = self.block_size
        buf = self._buf
        pad = bytearray(bs - len(buf))
        pad[0] ^= self._suffix
        pad[-1] ^= 0x80
        self._absorb(A, buf + bytes(pad))
        out = b""
        while True:
            out += _pack("<25Q", *A)[:bs]
            if len(out) >= n:
                return out[:n]
            _keccak_f(A)

    def copy(self):
        c = _clone(self)
        c._A = list(self._A)
        return c

    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()


class sha3_224(_Keccak):
    name = "sha3_224"
    digest_size = 28
    block_size = 144


class sha3_256(_Keccak):
    name = "sha3_256"
    digest_size = 32
    block_size = 136


class sha3_384(_Keccak):
    name = "sha3_384"
    digest_size = 48
    block_size = 104


class sha3_512(_Keccak):
    name = "sha3_512"
    digest_size = 64
    block_size = 72


class _Shake(_Keccak):
    _suffix = 0x1F
    digest_size = 0

    def digest(self, length):
        if length < 0:
            raise ValueError("length must be non-negative")
        return self._squeeze(length) if length else b""

    def hexdigest(self, length):
        return self.digest(length).hex()


class shake_128(_Shake):
    name = "shake_128"
    block_size = 168


class shake_256(_Shake):
    name = "shake_256"
    block_size = 136


_constructors = {
    "md5": md5, "sha1": sha1, "sha224": sha224, "sha256": sha256, "sha384": sha384, "sha512": sha512,
    "blake2b": blake2b, "blake2s": blake2s, "sha3_224": sha3_224, "sha3_256": sha3_256,
    "sha3_384": sha3_384, "sha3_512": sha3_512, "shake_128": shake_128, "shake_256": shake_256,
}


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    cons = _lookup(name)
    if cons is None:
        raise ValueError("unsupported hash type " + name)
    return cons(data, **kwargs)


def _hmac_digest_fn(hash_name, key):
    # f(msg) -> HMAC(key, msg).digest(), with the keyed pads hashed once.
    cons = new(hash_name).__class__
    bs = cons.block_size
    if len(key) > bs:
        key = cons(key).digest()
    key = key + bytes(bs - len(key))
    ipad = bytes(x ^ 0x36 for x in key)
    opad = bytes(x ^ 0x5C for x in key)
    if cons is sha256:
        from uhashlib import sha256 as c_sha256
        return lambda msg: c_sha256(opad + c_sha256(ipad + msg).digest()).digest()
    inner = cons(ipad)
    outer = cons(opad)

    def f(msg):
        i = inner.copy()
        i.update(msg)
        o = outer.copy()
        o.update(i.digest())
        return o.digest()
    return f


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s" % type(hash_name).__name__)
    password = _bytes(password)
    salt = _bytes(salt)
    if _lookup(hash_name) is None:
        raise ValueError("unsupported hash type " + hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    prf = _hmac_digest_fn(hash_name, password)
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    block = 1
    while len(out) < dklen:
        u = prf(salt + block.to_bytes(4, "big"))
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        block += 1
    return out[:dklen]


def _lookup(name):
    return _constructors.get(name) or _constructors.get(name.lower())


def file_digest(fileobj, digest, *, _bufsize=2 ** 18):
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    if not hasattr(fileobj, "read"):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        h.update(data)
    return h
