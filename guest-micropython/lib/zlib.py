# zlib for mpsandbox, written here (behaviour follows CPython 3.11 with
# zlib 1.2.13, CPython's build on the reference machine).
# Compression is a Python port of zlib 1.2.13's deflate (deflate.c, trees.c:
# the same hash chains, lazy matching, block splitting and Huffman trees for
# every level, strategy, wbits, memLevel and preset dictionary), so
# compress() and compressobj() give CPython's bytes: printed lengths and
# ratios match. It runs at Python speed (about 0.4 MB/s natively at level 6).
# Decompression uses the C inflater (MicroPython's deflate module) for a
# complete stream given at once, and a Python inflater (after inflate.c) for
# streams given in parts, output limits and damaged data, so partial output,
# unused_data, unconsumed_tail, eof and zlib's error messages are CPython's.
# Covers compress, decompress, compressobj (compress, flush in every mode,
# copy, zdict), decompressobj (max_length, flush, copy, zdict), adler32,
# crc32, error and the constants.
# Leaves out: at level 0, inputs over 32 KB are cut into stored blocks
# differently from CPython (whose cut follows its output buffer sizes);
# compressobj.compress() returns the header at once and holds the rest back
# until flush() (CPython emits finished blocks earlier; the concatenation is
# the same); Decompress.copy() decodes the input again.

from ubinascii import crc32 as _c_crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"
__version__ = "1.0"


class error(Exception):
    pass


def _buffer(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def crc32(data, value=0):
    return _c_crc32(_buffer(data), value & 0xFFFFFFFF)


def adler32(data, value=1):
    data = _buffer(data)
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    # 5552 bytes keep the sums below 2**32 between reductions (zlib's NMAX).
    for i in range(0, len(data), 5552):
        for c in data[i:i + 5552]:
            a += c
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


# ---------------------------------------------------------------------------
# Deflate: zlib 1.2.13's deflate.c and trees.c.

_MIN_MATCH = 3
_MAX_MATCH = 258
_MIN_LOOKAHEAD = _MAX_MATCH + _MIN_MATCH + 1
_TOO_FAR = 4096
_L_CODES = 286
_D_CODES = 30
_BL_CODES = 19
_END_BLOCK = 256
# good, lazy, nice, chain, function (0 stored, 1 fast, 2 slow)
_CONFIG = ((0, 0, 0, 0, 0), (4, 4, 8, 4, 1), (4, 5, 16, 8, 1), (4, 6, 32, 32, 1), (4, 4, 16, 16, 2),
           (8, 16, 32, 32, 2), (8, 16, 128, 128, 2), (8, 32, 128, 256, 2), (32, 128, 258, 1024, 2),
           (32, 258, 258, 4096, 2))
_EXTRA_LBITS = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_EXTRA_DBITS = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
                13, 13)
_EXTRA_BLBITS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7)
_BL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

_tables = None


def _static_tables():
    # (length_code, base_length, dist_code, base_dist, static_ltree_len,
    #  static_ltree_code, static_dtree_len, static_dtree_code)
    global _tables
    if _tables is None:
        length_code = bytearray(256)
        base_length = [0] * 29
        length = 0
        for code in range(28):
            base_length[code] = length
            for _ in range(1 << _EXTRA_LBITS[code]):
                length_code[length] = code
                length += 1
        length_code[255] = 28
        dist_code = bytearray(512)
        base_dist = [0] * 30
        dist = 0
        for code in range(16):
            base_dist[code] = dist
            for _ in range(1 << _EXTRA_DBITS[code]):
                dist_code[dist] = code
                dist += 1
        dist >>= 7
        for code in range(16, 30):
            base_dist[code] = dist << 7
            for _ in range(1 << (_EXTRA_DBITS[code] - 7)):
                dist_code[256 + dist] = code
                dist += 1
        llen = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
        bl_count = [0] * 16
        bl_count[7] = 24
        bl_count[8] = 152
        bl_count[9] = 112
        lcode = _gen_codes(llen, 287, bl_count)
        dlen = [5] * 30
        dcode = [_bi_reverse(n, 5) for n in range(30)]
        _tables = (length_code, base_length, dist_code, base_dist, llen, lcode, dlen, dcode)
    return _tables


def _bi_reverse(code, length):
    res = 0
    while True:
        res |= code & 1
        code >>= 1
        res <<= 1
        length -= 1
        if length <= 0:
            return res >> 1


def _gen_codes(lens, max_code, bl_count):
    next_code = [0] * 16
    code = 0
    for bits in range(1, 16):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    codes = [0] * len(lens)
    for n in range(max_code + 1):
        ln = lens[n]
        if ln:
            codes[n] = _bi_reverse(next_code[ln], ln)
            next_code[ln] += 1
    return codes


class _Tree:
    # A dynamic tree: freq (the C union's Freq), dad, length, code, and the
    # static description (static lengths, extra bits, base, elems, max length).
    def __init__(self, elems, stat_len, extra, base, max_length):
        size = 2 * elems + 1
        self.freq = [0] * size
        self.dad = [0] * size
        self.len = [0] * size
        self.code = [0] * size
        self.elems = elems
        self.stat_len = stat_len
        self.extra = extra
        self.base = base
        self.max_length = max_length
        self.max_code = 0


class _Deflate:
    def __init__(self, level, wbits, memlevel, strategy):
        if level == -1:
            level = 6
        wrap = 1
        if wbits < 0:
            wrap = 0
            if wbits < -15:
                raise ValueError
            wbits = -wbits
        elif wbits > 15:
            wrap = 2
            wbits -= 16
        if (memlevel < 1 or memlevel > 9 or wbits < 8 or wbits > 15 or level < 0 or level > 9
                or strategy < 0 or strategy > 4 or (wbits == 8 and wrap != 1)):
            raise ValueError
        if wbits == 8:
            wbits = 9
        self.wrap = wrap
        self.w_bits = wbits
        self.w_size = 1 << wbits
        self.w_mask = self.w_size - 1
        self.max_dist = self.w_size - _MIN_LOOKAHEAD
        hash_bits = memlevel + 7
        self.hash_size = 1 << hash_bits
        self.hash_mask = self.hash_size - 1
        self.hash_shift = (hash_bits + _MIN_MATCH - 1) // _MIN_MATCH
        self.lit_bufsize = 1 << (memlevel + 6)
        self.level = level
        self.strategy = strategy
        good, lazy, nice, chain, func = _CONFIG[level]
        self.good_match = good
        self.max_lazy = lazy
        self.nice_match = nice
        self.max_chain = chain
        self.func = func
        self.head = [0] * self.hash_size
        self.prev = [0] * self.w_size
        # The input is kept whole; positions are absolute. base is where
        # zlib's sliding window starts (positions <= base are NIL).
        self.buf = b""
        self.base = 0
        self.strstart = 0
        self.block_start = 0
        self.lookahead = 0
        self.insert = 0
        self.match_length = self.prev_length = _MIN_MATCH - 1
        self.match_available = 0
        self.match_start = 0
        self.prev_match = 0
        self.out = bytearray()
        self.bi_buf = 0
        self.bi_valid = 0
        self.total_in = 0
        self.dict_id = None
        self.check = 1 if wrap == 1 else 0
        self.status = 0     # 0 header to write, 1 busy, 2 finished
        self.last_flush = -2
        t = _static_tables()
        self.ltree = _Tree(_L_CODES, t[4], _EXTRA_LBITS, 257, 15)
        self.dtree = _Tree(_D_CODES, t[6], _EXTRA_DBITS, 0, 15)
        self.bltree = _Tree(_BL_CODES, None, _EXTRA_BLBITS, 0, 7)
        self.heap = [0] * (2 * _L_CODES + 1)
        self.depth = [0] * (2 * _L_CODES + 1)
        self.bl_count = [0] * 16
        self._init_block()

    # -- output --

    def send_bits(self, value, length):
        self.bi_buf |= value << self.bi_valid
        self.bi_valid += length
        if self.bi_valid >= 16:
            b = self.bi_buf
            self.out.append(b & 0xFF)
            self.out.append((b >> 8) & 0xFF)
            self.bi_buf = b >> 16
            self.bi_valid -= 16

    def bi_flush(self):
        if self.bi_valid == 16:
            self.out.append(self.bi_buf & 0xFF)
            self.out.append(self.bi_buf >> 8)
            self.bi_buf = 0
            self.bi_valid = 0
        elif self.bi_valid >= 8:
            self.out.append(self.bi_buf & 0xFF)
            self.bi_buf >>= 8
            self.bi_valid -= 8

    def bi_windup(self):
        if self.bi_valid > 8:
            self.out.append(self.bi_buf & 0xFF)
            self.out.append((self.bi_buf >> 8) & 0xFF)
        elif self.bi_valid > 0:
            self.out.append(self.bi_buf & 0xFF)
        self.bi_buf = 0
        self.bi_valid = 0

    # -- trees --

    def _init_block(self):
        for t in (self.ltree, self.dtree, self.bltree):
            f = t.freq
            for n in range(t.elems):
                f[n] = 0
        self.ltree.freq[_END_BLOCK] = 1
        self.opt_len = self.static_len = 0
        self.syms = []
        self.matches = 0

    def _pqdownheap(self, tree, k):
        heap = self.heap
        depth = self.depth
        freq = tree.freq
        heap_len = self.heap_len
        v = heap[k]
        j = k << 1
        while j <= heap_len:
            if j < heap_len:
                a = heap[j + 1]
                b = heap[j]
                if freq[a] < freq[b] or (freq[a] == freq[b] and depth[a] <= depth[b]):
                    j += 1
            b = heap[j]
            if freq[v] < freq[b] or (freq[v] == freq[b] and depth[v] <= depth[b]):
                break
            heap[k] = b
            k = j
            j <<= 1
        heap[k] = v

    def _gen_bitlen(self, tree):
        heap = self.heap
        tlen = tree.len
        dad = tree.dad
        freq = tree.freq
        max_code = tree.max_code
        stree = tree.stat_len
        extra = tree.extra
        base = tree.base
        max_length = tree.max_length
        bl_count = self.bl_count
        for bits in range(16):
            bl_count[bits] = 0
        overflow = 0
        heap_size = 2 * _L_CODES + 1
        tlen[heap[self.heap_max]] = 0
        for h in range(self.heap_max + 1, heap_size):
            n = heap[h]
            bits = tlen[dad[n]] + 1
            if bits > max_length:
                bits = max_length
                overflow += 1
            tlen[n] = bits
            if n > max_code:
                continue
            bl_count[bits] += 1
            xbits = extra[n - base] if n >= base else 0
            f = freq[n]
            self.opt_len += f * (bits + xbits)
            if stree is not None:
                self.static_len += f * (stree[n] + xbits)
        if overflow == 0:
            return
        while True:
            bits = max_length - 1
            while bl_count[bits] == 0:
                bits -= 1
            bl_count[bits] -= 1
            bl_count[bits + 1] += 2
            bl_count[max_length] -= 1
            overflow -= 2
            if overflow <= 0:
                break
        h = heap_size
        for bits in range(max_length, 0, -1):
            n = bl_count[bits]
            while n != 0:
                h -= 1
                m = heap[h]
                if m > max_code:
                    continue
                if tlen[m] != bits:
                    self.opt_len += (bits - tlen[m]) * freq[m]
                    tlen[m] = bits
                n -= 1

    def _build_tree(self, tree):
        heap = self.heap
        depth = self.depth
        freq = tree.freq
        tlen = tree.len
        stree = tree.stat_len
        elems = tree.elems
        heap_len = 0
        self.heap_max = 2 * _L_CODES + 1
        max_code = -1
        for n in range(elems):
            if freq[n] != 0:
                heap_len += 1
                heap[heap_len] = max_code = n
                depth[n] = 0
            else:
                tlen[n] = 0
        while heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            heap_len += 1
            heap[heap_len] = node
            freq[node] = 1
            depth[node] = 0
            self.opt_len -= 1
            if stree is not None:
                self.static_len -= stree[node]
        tree.max_code = max_code
        self.heap_len = heap_len
        for n in range(heap_len // 2, 0, -1):
            self._pqdownheap(tree, n)
        node = elems
        dad = tree.dad
        while True:
            n = heap[1]
            heap[1] = heap[self.heap_len]
            self.heap_len -= 1
            self._pqdownheap(tree, 1)
            m = heap[1]
            self.heap_max -= 1
            heap[self.heap_max] = n
            self.heap_max -= 1
            heap[self.heap_max] = m
            freq[node] = freq[n] + freq[m]
            depth[node] = (depth[n] if depth[n] >= depth[m] else depth[m]) + 1
            dad[n] = dad[m] = node
            heap[1] = node
            node += 1
            self._pqdownheap(tree, 1)
            if self.heap_len < 2:
                break
        self.heap_max -= 1
        heap[self.heap_max] = heap[1]
        self._gen_bitlen(tree)
        tree.code = _gen_codes(tlen, max_code, self.bl_count)

    def _scan_tree(self, tree, max_code):
        tlen = tree.len
        blf = self.bltree.freq
        prevlen = -1
        nextlen = tlen[0]
        count = 0
        max_count = 7
        min_count = 4
        if nextlen == 0:
            max_count = 138
            min_count = 3
        tlen[max_code + 1] = 0xFFFF
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = tlen[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            elif count < min_count:
                blf[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    blf[curlen] += 1
                blf[16] += 1
            elif count <= 10:
                blf[17] += 1
            else:
                blf[18] += 1
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count = 138
                min_count = 3
            elif curlen == nextlen:
                max_count = 6
                min_count = 3
            else:
                max_count = 7
                min_count = 4

    def _send_tree(self, tree, max_code):
        tlen = tree.len
        blen = self.bltree.len
        bcode = self.bltree.code
        send = self.send_bits
        prevlen = -1
        nextlen = tlen[0]
        count = 0
        max_count = 7
        min_count = 4
        if nextlen == 0:
            max_count = 138
            min_count = 3
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = tlen[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            elif count < min_count:
                while count:
                    send(bcode[curlen], blen[curlen])
                    count -= 1
            elif curlen != 0:
                if curlen != prevlen:
                    send(bcode[curlen], blen[curlen])
                    count -= 1
                send(bcode[16], blen[16])
                send(count - 3, 2)
            elif count <= 10:
                send(bcode[17], blen[17])
                send(count - 3, 3)
            else:
                send(bcode[18], blen[18])
                send(count - 11, 7)
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count = 138
                min_count = 3
            elif curlen == nextlen:
                max_count = 6
                min_count = 3
            else:
                max_count = 7
                min_count = 4

    def _build_bl_tree(self):
        self._scan_tree(self.ltree, self.ltree.max_code)
        self._scan_tree(self.dtree, self.dtree.max_code)
        self._build_tree(self.bltree)
        blen = self.bltree.len
        max_blindex = _BL_CODES - 1
        while max_blindex >= 3:
            if blen[_BL_ORDER[max_blindex]] != 0:
                break
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex

    def _send_all_trees(self, lcodes, dcodes, blcodes):
        send = self.send_bits
        send(lcodes - 257, 5)
        send(dcodes - 1, 5)
        send(blcodes - 4, 4)
        blen = self.bltree.len
        for rank in range(blcodes):
            send(blen[_BL_ORDER[rank]], 3)
        self._send_tree(self.ltree, lcodes - 1)
        self._send_tree(self.dtree, dcodes - 1)

    def _compress_block(self, llen, lcode, dlen, dcode):
        t = _static_tables()
        length_code = t[0]
        base_length = t[1]
        dist_code = t[2]
        base_dist = t[3]
        out = self.out
        bb = self.bi_buf
        bv = self.bi_valid
        for dist, lc in self.syms:
            if dist == 0:
                bb |= lcode[lc] << bv
                bv += llen[lc]
            else:
                code = length_code[lc]
                bb |= lcode[code + 257] << bv
                bv += llen[code + 257]
                extra = _EXTRA_LBITS[code]
                if extra:
                    bb |= (lc - base_length[code]) << bv
                    bv += extra
                dist -= 1
                code = dist_code[dist] if dist < 256 else dist_code[256 + (dist >> 7)]
                bb |= dcode[code] << bv
                bv += dlen[code]
                extra = _EXTRA_DBITS[code]
                if extra:
                    bb |= (dist - base_dist[code]) << bv
                    bv += extra
            # Whole 16-bit words go out as zlib's send_bits puts them.
            while bv >= 16:
                out.append(bb & 0xFF)
                out.append((bb >> 8) & 0xFF)
                bb >>= 16
                bv -= 16
        self.bi_buf = bb
        self.bi_valid = bv
        self.send_bits(lcode[_END_BLOCK], llen[_END_BLOCK])

    def _stored_block(self, start, stored_len, last):
        self.send_bits(last, 3)
        self.bi_windup()
        self.out += bytes((stored_len & 0xFF, stored_len >> 8, ~stored_len & 0xFF, (~stored_len >> 8) & 0xFF))
        if stored_len:
            self.out += self.buf[start:start + stored_len]

    def _align(self):
        t = _static_tables()
        self.send_bits(1 << 1, 3)
        self.send_bits(t[5][_END_BLOCK], t[4][_END_BLOCK])
        self.bi_flush()

    def _flush_block(self, last):
        # FLUSH_BLOCK_ONLY: the block from block_start to strstart.
        start = self.block_start
        stored_len = self.strstart - start
        has_buf = start >= self.base
        max_blindex = 0
        if self.level > 0:
            self._build_tree(self.ltree)
            self._build_tree(self.dtree)
            max_blindex = self._build_bl_tree()
            opt_lenb = (self.opt_len + 3 + 7) >> 3
            static_lenb = (self.static_len + 3 + 7) >> 3
            if static_lenb <= opt_lenb or self.strategy == Z_FIXED:
                opt_lenb = static_lenb
        else:
            opt_lenb = static_lenb = stored_len + 5
        if stored_len + 4 <= opt_lenb and has_buf:
            self._stored_block(start, stored_len, last)
        elif static_lenb == opt_lenb:
            t = _static_tables()
            self.send_bits((1 << 1) + last, 3)
            self._compress_block(t[4], t[5], t[6], t[7])
        else:
            self.send_bits((2 << 1) + last, 3)
            self._send_all_trees(self.ltree.max_code + 1, self.dtree.max_code + 1, max_blindex + 1)
            self._compress_block(self.ltree.len, self.ltree.code, self.dtree.len, self.dtree.code)
        self._init_block()
        if last:
            self.bi_windup()
        self.block_start = self.strstart

    # -- matching --

    def _hash(self, s):
        b = self.buf
        sh = self.hash_shift
        return ((b[s] << (sh + sh)) ^ (b[s + 1] << sh) ^ b[s + 2]) & self.hash_mask

    def _insert(self, s):
        h = self._hash(s)
        head = self.head
        m = head[h]
        self.prev[s & self.w_mask] = m
        head[h] = s
        return m

    def _fill_window(self):
        wsize = self.w_size
        while True:
            rel = self.strstart - self.base
            more = 2 * wsize - self.lookahead - rel
            if rel >= wsize + self.max_dist:
                self.base += wsize
                rel -= wsize
                if self.insert > rel:
                    self.insert = rel
                more += wsize
            avail = len(self.buf) - (self.strstart + self.lookahead)
            if avail == 0:
                break
            n = avail if avail < more else more
            self.lookahead += n
            self.total_in += n
            if self.lookahead + self.insert >= _MIN_MATCH:
                s = self.strstart - self.insert
                while self.insert:
                    self._insert(s)
                    s += 1
                    self.insert -= 1
                    if self.lookahead + self.insert < _MIN_MATCH:
                        break
            if self.lookahead >= _MIN_LOOKAHEAD or avail == n:
                break

    def _longest_match(self, cur_match):
        buf = self.buf
        chain = self.max_chain
        scan = self.strstart
        best_len = self.prev_length
        nice = self.nice_match
        rel = scan - self.base
        limit = self.base + (rel - self.max_dist if rel > self.max_dist else 0)
        prev = self.prev
        wmask = self.w_mask
        if self.prev_length >= self.good_match:
            chain >>= 2
        if nice > self.lookahead:
            nice = self.lookahead
        end = len(buf)
        maxlen = end - scan
        if maxlen > _MAX_MATCH:
            maxlen = _MAX_MATCH
        s0 = buf[scan]
        s1 = buf[scan + 1]
        scan_end1 = buf[scan + best_len - 1] if best_len - 1 < maxlen else -1
        scan_end = buf[scan + best_len] if best_len < maxlen else -1
        while True:
            m = cur_match
            if (best_len < maxlen and buf[m + best_len] == scan_end and buf[m + best_len - 1] == scan_end1
                    and buf[m] == s0 and buf[m + 1] == s1):
                n = 3
                if buf[m:m + maxlen] == buf[scan:scan + maxlen]:
                    n = maxlen
                else:
                    while n < maxlen and buf[m + n] == buf[scan + n]:
                        n += 1
                if n > best_len:
                    self.match_start = m
                    best_len = n
                    if n >= nice:
                        break
                    scan_end1 = buf[scan + best_len - 1]
                    scan_end = buf[scan + best_len] if best_len < maxlen else -1
            cur_match = prev[cur_match & wmask]
            chain -= 1
            if cur_match <= limit or chain == 0:
                break
        if best_len <= self.lookahead:
            return best_len
        return self.lookahead

    # -- the block functions --

    def _deflate_stored(self, flush):
        # One stored block per 65535 bytes (see the header for level 0).
        while True:
            self._fill_window()
            self.strstart += self.lookahead
            self.lookahead = 0
            left = self.strstart - self.block_start
            if left >= 65535 or (flush != Z_NO_FLUSH and left > 0) or (flush == Z_FINISH and left == 0):
                n = left if left < 65535 else 65535
                avail = len(self.buf) - self.strstart
                last = 1 if flush == Z_FINISH and n == left and avail == 0 else 0
                self._stored_block(self.block_start, n, last)
                self.block_start += n
                if last:
                    return 3
                if n == left and avail == 0:
                    return 2
                continue
            if len(self.buf) == self.strstart:
                return 2 if flush != Z_NO_FLUSH else 0
            if flush == Z_NO_FLUSH:
                return 0

    def _deflate_fast(self, flush):
        t = _static_tables()
        length_code = t[0]
        dist_code = t[2]
        lfreq = self.ltree.freq
        dfreq = self.dtree.freq
        syms = self.syms
        sym_max = self.lit_bufsize - 1
        buf = self.buf
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self._fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return 0
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self._insert(self.strstart)
            if hash_head > self.base and self.strstart - hash_head <= self.max_dist:
                self.match_length = self._longest_match(hash_head)
            if self.match_length >= _MIN_MATCH:
                dist = self.strstart - self.match_start
                lc = self.match_length - _MIN_MATCH
                syms.append((dist, lc))
                dist -= 1
                lfreq[length_code[lc] + 257] += 1
                dfreq[dist_code[dist] if dist < 256 else dist_code[256 + (dist >> 7)]] += 1
                bflush = len(syms) == sym_max
                self.lookahead -= self.match_length
                if self.match_length <= self.max_lazy and self.lookahead >= _MIN_MATCH:
                    self.match_length -= 1
                    while True:
                        self.strstart += 1
                        self._insert(self.strstart)
                        self.match_length -= 1
                        if self.match_length == 0:
                            break
                    self.strstart += 1
                else:
                    self.strstart += self.match_length
                    self.match_length = 0
            else:
                c = buf[self.strstart]
                syms.append((0, c))
                lfreq[c] += 1
                bflush = len(syms) == sym_max
                self.lookahead -= 1
                self.strstart += 1
            if bflush:
                self._flush_block(0)
                syms = self.syms
        self.insert = self.strstart if self.strstart < _MIN_MATCH - 1 else _MIN_MATCH - 1
        if flush == Z_FINISH:
            self._flush_block(1)
            return 3
        if self.syms:
            self._flush_block(0)
        return 2

    def _deflate_slow(self, flush):
        t = _static_tables()
        length_code = t[0]
        dist_code = t[2]
        lfreq = self.ltree.freq
        dfreq = self.dtree.freq
        syms = self.syms
        sym_max = self.lit_bufsize - 1
        buf = self.buf
        filtered = self.strategy == Z_FILTERED
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self._fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return 0
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self._insert(self.strstart)
            self.prev_length = self.match_length
            self.prev_match = self.match_start
            self.match_length = _MIN_MATCH - 1
            if (hash_head > self.base and self.prev_length < self.max_lazy
                    and self.strstart - hash_head <= self.max_dist):
                self.match_length = self._longest_match(hash_head)
                if self.match_length <= 5 and (filtered or (self.match_length == _MIN_MATCH
                                                            and self.strstart - self.match_start > _TOO_FAR)):
                    self.match_length = _MIN_MATCH - 1
            if self.prev_length >= _MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + self.lookahead - _MIN_MATCH
                dist = self.strstart - 1 - self.prev_match
                lc = self.prev_length - _MIN_MATCH
                syms.append((dist, lc))
                dist -= 1
                lfreq[length_code[lc] + 257] += 1
                dfreq[dist_code[dist] if dist < 256 else dist_code[256 + (dist >> 7)]] += 1
                bflush = len(syms) == sym_max
                self.lookahead -= self.prev_length - 1
                self.prev_length -= 2
                s = self.strstart
                while True:
                    s += 1
                    if s <= max_insert:
                        self._insert(s)
                    self.prev_length -= 1
                    if self.prev_length == 0:
                        break
                self.strstart = s
                self.match_available = 0
                self.match_length = _MIN_MATCH - 1
                self.strstart += 1
                if bflush:
                    self._flush_block(0)
                    syms = self.syms
            elif self.match_available:
                c = buf[self.strstart - 1]
                syms.append((0, c))
                lfreq[c] += 1
                if len(syms) == sym_max:
                    self._flush_block(0)
                    syms = self.syms
                self.strstart += 1
                self.lookahead -= 1
            else:
                self.match_available = 1
                self.strstart += 1
                self.lookahead -= 1
        if self.match_available:
            c = buf[self.strstart - 1]
            syms.append((0, c))
            lfreq[c] += 1
            self.match_available = 0
        self.insert = self.strstart if self.strstart < _MIN_MATCH - 1 else _MIN_MATCH - 1
        if flush == Z_FINISH:
            self._flush_block(1)
            return 3
        if self.syms:
            self._flush_block(0)
        return 2

    def _deflate_rle(self, flush):
        t = _static_tables()
        length_code = t[0]
        lfreq = self.ltree.freq
        dfreq = self.dtree.freq
        sym_max = self.lit_bufsize - 1
        buf = self.buf
        while True:
            if self.lookahead <= _MAX_MATCH:
                self._fill_window()
                if self.lookahead <= _MAX_MATCH and flush == Z_NO_FLUSH:
                    return 0
                if self.lookahead == 0:
                    break
            self.match_length = 0
            s = self.strstart
            if self.lookahead >= _MIN_MATCH and s > 0:
                p = buf[s - 1]
                if buf[s] == p and buf[s + 1] == p and buf[s + 2] == p:
                    n = 3
                    end = min(len(buf) - s, _MAX_MATCH)
                    while n < end and buf[s + n] == p:
                        n += 1
                    self.match_length = n if n < self.lookahead else self.lookahead
            if self.match_length >= _MIN_MATCH:
                lc = self.match_length - _MIN_MATCH
                self.syms.append((1, lc))
                lfreq[length_code[lc] + 257] += 1
                dfreq[0] += 1
                self.lookahead -= self.match_length
                self.strstart += self.match_length
                self.match_length = 0
            else:
                c = buf[s]
                self.syms.append((0, c))
                lfreq[c] += 1
                self.lookahead -= 1
                self.strstart += 1
            if len(self.syms) == sym_max:
                self._flush_block(0)
        self.insert = 0
        if flush == Z_FINISH:
            self._flush_block(1)
            return 3
        if self.syms:
            self._flush_block(0)
        return 2

    def _deflate_huff(self, flush):
        lfreq = self.ltree.freq
        sym_max = self.lit_bufsize - 1
        buf = self.buf
        while True:
            if self.lookahead == 0:
                self._fill_window()
                if self.lookahead == 0:
                    if flush == Z_NO_FLUSH:
                        return 0
                    break
            self.match_length = 0
            c = buf[self.strstart]
            self.syms.append((0, c))
            lfreq[c] += 1
            self.lookahead -= 1
            self.strstart += 1
            if len(self.syms) == sym_max:
                self._flush_block(0)
        self.insert = 0
        if flush == Z_FINISH:
            self._flush_block(1)
            return 3
        if self.syms:
            self._flush_block(0)
        return 2

    # -- deflate() --

    def set_dictionary(self, zdict):
        # deflateSetDictionary: the dictionary becomes the window's history.
        if self.wrap == 1:
            self.dict_id = adler32(zdict)
        if len(zdict) >= self.w_size:
            zdict = zdict[len(zdict) - self.w_size:]
        self.buf = zdict
        n = len(zdict)
        self.lookahead = n
        for s in range(n - _MIN_MATCH + 1):
            self._insert(s)
        self.strstart = self.block_start = n
        self.insert = n if n < _MIN_MATCH - 1 else _MIN_MATCH - 1
        self.lookahead = 0

    def _header(self):
        if self.wrap == 1:
            header = (DEFLATED + ((self.w_bits - 8) << 4)) << 8
            if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2:
                level_flags = 0
            elif self.level < 6:
                level_flags = 1
            elif self.level == 6:
                level_flags = 2
            else:
                level_flags = 3
            header |= level_flags << 6
            if self.dict_id is not None:
                header |= 0x20
            header += 31 - (header % 31)
            self.out += bytes((header >> 8, header & 0xFF))
            if self.dict_id is not None:
                self.out += self.dict_id.to_bytes(4, "big")
        elif self.wrap == 2:
            xfl = 2 if self.level == 9 else (4 if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2 else 0)
            self.out += bytes((31, 139, 8, 0, 0, 0, 0, 0, xfl, 3))

    def deflate(self, data, flush):
        # Feeds data and runs deflate(flush); returns the output produced.
        old_flush = self.last_flush
        self.last_flush = flush
        if (not data and len(self.buf) == self.strstart + self.lookahead and flush != Z_FINISH
                and self.status == 1 and _rank(flush) <= _rank(old_flush)):
            return b""
        if data:
            self.buf += data
            if self.wrap == 1:
                self.check = adler32(data, self.check)
            elif self.wrap == 2:
                self.check = crc32(data, self.check)
        if self.status == 0:
            self._header()
            self.status = 1
        if self.status == 1 and (len(self.buf) > self.strstart + self.lookahead or self.lookahead
                                 or flush != Z_NO_FLUSH):
            if self.level == 0:
                state = self._deflate_stored(flush)
            elif self.strategy == Z_HUFFMAN_ONLY:
                state = self._deflate_huff(flush)
            elif self.strategy == Z_RLE:
                state = self._deflate_rle(flush)
            elif self.func == 1:
                state = self._deflate_fast(flush)
            else:
                state = self._deflate_slow(flush)
            if state == 3:
                self.status = 2
            elif state == 2:
                if flush == Z_PARTIAL_FLUSH:
                    self._align()
                elif flush != Z_BLOCK and flush != Z_NO_FLUSH:
                    self._stored_block(0, 0, 0)
                    if flush == Z_FULL_FLUSH:
                        for i in range(self.hash_size):
                            self.head[i] = 0
                        # Forget history: nothing before strstart can match.
                        self.base = self.strstart
                        if self.lookahead == 0:
                            self.block_start = self.strstart
                            self.insert = 0
                if flush == Z_BLOCK:
                    self.bi_flush()
        if flush == Z_FINISH and self.status == 2 and self.wrap:
            if self.wrap == 2:
                c = self.check
                n = self.total_in & 0xFFFFFFFF
                self.out += bytes((c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF, c >> 24,
                                   n & 0xFF, (n >> 8) & 0xFF, (n >> 16) & 0xFF, n >> 24))
            else:
                c = self.check
                self.out += bytes((c >> 24, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF))
            self.wrap = -self.wrap
        out = bytes(self.out)
        self.out = bytearray()
        # Input already consumed is not needed beyond the window.
        return out


def _rank(f):
    # zlib's RANK: Z_BLOCK ranks between Z_NO_FLUSH and Z_PARTIAL_FLUSH.
    return f * 2 - (9 if f > 4 else 0)


def _check_level_args(level, wbits, memlevel, strategy):
    try:
        return _Deflate(level, wbits, memlevel, strategy)
    except ValueError:
        raise error("Bad compression level" if not -1 <= level <= 9 else "Invalid initialization option") from None


def compress(data, /, level=-1, wbits=MAX_WBITS):
    data = _buffer(data)
    d = _check_level_args(level, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    return d.deflate(data, Z_FINISH)


class _Compress:
    def __init__(self, d):
        self._d = d

    def compress(self, data):
        data = _buffer(data)
        if self._d is None:
            raise ValueError("Error -2 while compressing data: inconsistent stream state")
        return self._d.deflate(data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b""
        if self._d is None:
            raise ValueError("Error -2 while flushing: inconsistent stream state")
        out = self._d.deflate(b"", mode)
        if mode == Z_FINISH:
            self._d = None
        return out

    def copy(self):
        if self._d is None:
            raise ValueError("Inconsistent stream state")
        c = _Compress(None)
        d = object.__new__(_Deflate)
        for k, v in self._d.__dict__.items():
            setattr(d, k, v)
        d.head = list(d.head)
        d.prev = list(d.prev)
        d.syms = list(d.syms)
        d.out = bytearray(d.out)
        for name in ("ltree", "dtree", "bltree"):
            t = getattr(self._d, name)
            n = object.__new__(_Tree)
            for k, v in t.__dict__.items():
                setattr(n, k, list(v) if isinstance(v, list) else v)
            setattr(d, name, n)
        d.heap = list(d.heap)
        d.depth = list(d.depth)
        d.bl_count = list(d.bl_count)
        c._d = d
        return c


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    try:
        d = _Deflate(level, wbits, memLevel, strategy)
    except ValueError:
        raise ValueError("Invalid initialization option") from None
    if zdict is not None:
        zdict = _buffer(zdict)
        if d.wrap == 2:
            raise ValueError("Invalid dictionary")
        d.set_dictionary(zdict)
    return _Compress(d)


# ---------------------------------------------------------------------------
# Inflate.

_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
          163, 195, 227, 258)
_LEXT = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
          3073, 4097, 6145, 8193, 12289, 16385, 24577, 32769, 49153)
_DEXT = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
         14, 14)


class _DataError(Exception):
    # A damaged stream: zlib's message, and the text of CPython's error.
    def text(self):
        msg = self.args[0]
        return msg if len(self.args) > 1 else "Error -3 while decompressing data: " + msg


def _build_decode(lens, kind):
    # A table indexed by the next maxbits input bits (LSB first):
    # entry = symbol << 4 | length, or -1; kind 0 code lengths, 1 lit/len,
    # 2 distances (inflate_table's checks for over-subscribed and
    # incomplete sets).
    count = [0] * 16
    for ln in lens:
        count[ln] += 1
    maxbits = 15
    while maxbits >= 1 and count[maxbits] == 0:
        maxbits -= 1
    if maxbits == 0:
        return None, 0
    left = 1
    for ln in range(1, 16):
        left <<= 1
        left -= count[ln]
        if left < 0:
            return False, 0
    if left > 0 and (kind == 0 or maxbits != 1):
        return False, 0
    size = 1 << maxbits
    table = [-1] * size
    code = 0
    count[0] = 0
    next_code = [0] * 16
    for ln in range(1, 16):
        code = (code + count[ln - 1]) << 1
        next_code[ln] = code
    for sym, ln in enumerate(lens):
        if ln:
            c = next_code[ln]
            next_code[ln] += 1
            r = _bi_reverse(c, ln)
            entry = (sym << 4) | ln
            for i in range(r, size, 1 << ln):
                table[i] = entry
    return table, maxbits


_fixed = None


def _fixed_tables():
    global _fixed
    if _fixed is None:
        lt, lb = _build_decode([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8, 1)
        dt, db = _build_decode([5] * 32, 2)
        _fixed = (lt, lb, dt, db)
    return _fixed


class _Inflate:
    # A resumable inflater: feed() input, then run() decodes as far as the
    # input allows (a generator that yields when it needs more).
    # fmt: 0 raw, 1 zlib, 2 gzip, 3 zlib or gzip (from the header).

    def __init__(self, wbits, zdict=b""):
        if -15 <= wbits <= -8:
            self.fmt, self.wbits = 0, -wbits
        elif 8 <= wbits <= 15 or wbits == 0:
            self.fmt, self.wbits = 1, wbits
        elif 24 <= wbits <= 31:
            self.fmt, self.wbits = 2, wbits - 16
        elif 40 <= wbits <= 47:
            self.fmt, self.wbits = 3, wbits - 32
        else:
            raise ValueError("Invalid initialization option")
        self.data = b""
        self.pos = 0
        self.bits = 0
        self.nbits = 0
        # A preset dictionary is history the output starts after.
        self.zdict = zdict
        self.start = len(zdict)
        self.out = bytearray(zdict) + bytearray(256)
        self.n = self.start
        self.eof = False
        self.error = None
        self.limit = None
        self.gen = self._run()

    def feed(self, data):
        # Consumed input is dropped, but for the 4 bytes the bit buffer may
        # give back (at a stored block or the trailer).
        if self.pos > 4:
            self.data = self.data[self.pos - 4:]
            self.pos = 4
        self.data += data

    def run(self, limit=None):
        # Decodes until the input runs out, the stream ends, or the output
        # reaches limit (an absolute output size).
        if self.eof or self.error:
            return
        self.limit = limit
        try:
            next(self.gen)
        except StopIteration:
            self.eof = True
        except _DataError as e:
            self.error = e.text()

    def _room(self, want):
        # How much of want may be output now (0: pause for the caller).
        n = self.n
        if self.limit is not None and n + want > self.limit:
            want = self.limit - n
            if want < 0:
                want = 0
        need = n + want
        if need > len(self.out):
            self.out += bytes(max(need, 2 * len(self.out)) - len(self.out))
        return want

    def _emit(self, chunk):
        n = self.n
        self.out[n:n + len(chunk)] = chunk
        self.n = n + len(chunk)

    def _run(self):
        fmt = self.fmt
        if fmt:
            while len(self.data) - self.pos < 2:
                yield
            b0 = self.data[self.pos]
            b1 = self.data[self.pos + 1]
            if fmt == 3:
                fmt = 2 if (b0, b1) == (31, 139) else 1
            if fmt == 2:
                yield from self._gzip_header()
                check = 0
            else:
                if ((b0 << 8) + b1) % 31:
                    raise _DataError("incorrect header check")
                if b0 & 15 != 8:
                    raise _DataError("unknown compression method")
                wb = (b0 >> 4) + 8
                if self.wbits == 0:
                    self.wbits = wb
                if wb > 15 or wb > self.wbits:
                    raise _DataError("invalid window size")
                self.pos += 2
                if b1 & 0x20:
                    while len(self.data) - self.pos < 4:
                        yield
                    dict_id = int.from_bytes(self.data[self.pos:self.pos + 4], "big")
                    self.pos += 4
                    if not self.zdict:
                        raise _DataError("Error 2 while decompressing data", True)
                    if dict_id != adler32(self.zdict):
                        raise _DataError("Error -3 while setting zdict: invalid input data", True)
                check = 1
        wsize = 1 << self.wbits
        while True:
            while self.nbits < 3:
                yield from self._need(3)
            last = self.bits & 1
            btype = (self.bits >> 1) & 3
            self.bits >>= 3
            self.nbits -= 3
            if btype == 0:
                # To the byte boundary; whole bytes held go back to the input.
                self.pos -= self.nbits >> 3
                self.bits = 0
                self.nbits = 0
                while len(self.data) - self.pos < 4:
                    yield
                d = self.data
                p = self.pos
                length = d[p] | d[p + 1] << 8
                if length != (d[p + 2] | d[p + 3] << 8) ^ 0xFFFF:
                    raise _DataError("invalid stored block lengths")
                self.pos += 4
                while length:
                    avail = len(self.data) - self.pos
                    k = self._room(length if length < avail else avail)
                    if not k:
                        yield
                        continue
                    self._emit(self.data[self.pos:self.pos + k])
                    self.pos += k
                    length -= k
            elif btype == 1:
                lt, lb, dt, db = _fixed_tables()
                yield from self._codes(lt, lb, dt, db, wsize)
            elif btype == 2:
                yield from self._need(14)
                nlen = (self.bits & 31) + 257
                ndist = ((self.bits >> 5) & 31) + 1
                ncode = ((self.bits >> 10) & 15) + 4
                self.bits >>= 14
                self.nbits -= 14
                if nlen > 286 or ndist > 30:
                    raise _DataError("too many length or distance symbols")
                lens = [0] * 19
                for i in range(ncode):
                    yield from self._need(3)
                    lens[_BL_ORDER[i]] = self.bits & 7
                    self.bits >>= 3
                    self.nbits -= 3
                ct, cb = _build_decode(lens, 0)
                if not ct:
                    raise _DataError("invalid code lengths set")
                lens = []
                while len(lens) < nlen + ndist:
                    sym = yield from self._decode(ct, cb)
                    if sym < 16:
                        lens.append(sym)
                        continue
                    if sym == 16:
                        if not lens:
                            raise _DataError("invalid bit length repeat")
                        yield from self._need(2)
                        rep = 3 + (self.bits & 3)
                        self.bits >>= 2
                        self.nbits -= 2
                        val = lens[-1]
                    elif sym == 17:
                        yield from self._need(3)
                        rep = 3 + (self.bits & 7)
                        self.bits >>= 3
                        self.nbits -= 3
                        val = 0
                    else:
                        yield from self._need(7)
                        rep = 11 + (self.bits & 127)
                        self.bits >>= 7
                        self.nbits -= 7
                        val = 0
                    if len(lens) + rep > nlen + ndist:
                        raise _DataError("invalid bit length repeat")
                    lens.extend([val] * rep)
                if lens[256] == 0:
                    raise _DataError("invalid code -- missing end-of-block")
                lt, lb = _build_decode(lens[:nlen], 1)
                if not lt:
                    raise _DataError("invalid literal/lengths set")
                dt, db = _build_decode(lens[nlen:], 2)
                if dt is False:
                    raise _DataError("invalid distances set")
                yield from self._codes(lt, lb, dt, db, wsize)
            else:
                raise _DataError("invalid block type")
            if last:
                break
        # The trailer, from the next byte boundary.
        self.bits >>= self.nbits & 7
        self.nbits -= self.nbits & 7
        self.pos -= self.nbits >> 3
        self.bits = 0
        self.nbits = 0
        if fmt == 1:
            while len(self.data) - self.pos < 4:
                yield
            want = int.from_bytes(self.data[self.pos:self.pos + 4], "big")
            if want != adler32(memoryview(self.out)[self.start:self.n]):
                raise _DataError("incorrect data check")
            self.pos += 4
        elif fmt == 2:
            while len(self.data) - self.pos < 8:
                yield
            want = int.from_bytes(self.data[self.pos:self.pos + 4], "little")
            size = int.from_bytes(self.data[self.pos + 4:self.pos + 8], "little")
            if want != crc32(memoryview(self.out)[self.start:self.n]):
                raise _DataError("incorrect data check")
            if size != (self.n - self.start) & 0xFFFFFFFF:
                raise _DataError("incorrect length check")
            self.pos += 8

    def _need(self, n):
        while self.nbits < n:
            if self.pos >= len(self.data):
                yield
                continue
            self.bits |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8

    def _decode(self, table, maxbits):
        # The next symbol; waits for input while its code is incomplete.
        while True:
            while self.nbits < maxbits and self.pos < len(self.data):
                self.bits |= self.data[self.pos] << self.nbits
                self.pos += 1
                self.nbits += 8
            e = table[self.bits & ((1 << maxbits) - 1)]
            ln = e & 15
            if e >= 0 and ln <= self.nbits:
                self.bits >>= ln
                self.nbits -= ln
                return e >> 4
            if self.nbits >= maxbits:
                return -1
            yield

    def _codes(self, lt, lb, dt, db, wsize):
        while True:
            sym = yield from self._decode(lt, lb)
            if sym < 256:
                if sym < 0:
                    raise _DataError("invalid literal/length code")
                while not self._room(1):
                    yield
                n = self.n
                self.out[n] = sym
                self.n = n + 1
                continue
            if sym == 256:
                return
            sym -= 257
            if sym >= 29:
                raise _DataError("invalid literal/length code")
            extra = _LEXT[sym]
            length = _LBASE[sym]
            if extra:
                yield from self._need(extra)
                length += self.bits & ((1 << extra) - 1)
                self.bits >>= extra
                self.nbits -= extra
            if dt is None:
                raise _DataError("invalid distance code")
            d = yield from self._decode(dt, db)
            if d < 0 or d >= 30:
                raise _DataError("invalid distance code")
            extra = _DEXT[d]
            dist = _DBASE[d]
            if extra:
                yield from self._need(extra)
                dist += self.bits & ((1 << extra) - 1)
                self.bits >>= extra
                self.nbits -= extra
            if dist > self.n or dist > wsize:
                raise _DataError("invalid distance too far back")
            while length:
                k = self._room(length)
                if not k:
                    yield
                    continue
                n = self.n
                out = self.out
                src = n - dist
                if dist >= k:
                    out[n:n + k] = out[src:src + k]
                else:
                    for i in range(k):
                        out[n + i] = out[src + i]
                self.n = n + k
                length -= k

    def _gzip_header(self):
        while len(self.data) - self.pos < 10:
            yield
        d = self.data
        p = self.pos
        if d[p + 2] != 8:
            raise _DataError("unknown compression method")
        flags = d[p + 3]
        if flags & 0xE0:
            raise _DataError("unknown header flags set")
        p += 10
        if flags & 4:
            while len(self.data) - p < 2:
                yield
            p += 2 + int.from_bytes(self.data[p:p + 2], "little")
            while len(self.data) < p:
                yield
        for bit in (8, 16):
            if flags & bit:
                while True:
                    i = self.data.find(b"\0", p)
                    if i >= 0:
                        p = i + 1
                        break
                    yield
        if flags & 2:
            while len(self.data) - p < 2:
                yield
            if int.from_bytes(self.data[p:p + 2], "little") != crc32(self.data[self.pos:p]) & 0xFFFF:
                raise _DataError("header crc mismatch")
            p += 2
        self.pos = p

    def output(self):
        return bytes(memoryview(self.out)[self.start:self.n])


def _c_inflate(data, wbits):
    # The whole stream with the C inflater: (output, bytes used), or None.
    try:
        import deflate
        import uio
    except ImportError:
        return None
    if -15 <= wbits <= -8:
        fmt, wb = deflate.RAW, -wbits
    elif 9 <= wbits <= 15:
        fmt, wb = deflate.ZLIB, wbits
    elif 25 <= wbits <= 31:
        fmt, wb = deflate.GZIP, wbits - 16
    else:
        return None
    if fmt == deflate.ZLIB and (len(data) < 2 or (data[0] >> 4) + 8 > wb or data[1] & 0x20):
        return None
    src = uio.BytesIO(data)
    try:
        out = deflate.DeflateIO(src, fmt, wb).read()
    except Exception:
        return None
    return out, src.tell()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _buffer(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    r = _c_inflate(data, wbits)
    if r is not None:
        return r[0]
    try:
        inf = _Inflate(wbits)
    except ValueError:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state") from None
    inf.feed(data)
    inf.run()
    if inf.error:
        raise error(inf.error)
    if not inf.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return inf.output()


class _Decompress:
    def __init__(self, wbits, zdict=b""):
        self._inf = _Inflate(wbits, zdict)
        self._wbits = wbits
        self._zdict = zdict
        self._fed = []
        self._given = len(zdict)
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = _buffer(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            # As CPython: input after the end goes to unused_data, and also
            # stays in unconsumed_tail if that was not empty.
            self.unused_data += data
            if self.unconsumed_tail:
                self.unconsumed_tail = data
            return b""
        inf = self._inf
        if self._given == 0 and not inf.data and not self._zdict:
            # A whole stream at once: the C inflater.
            r = _c_inflate(data, self._wbits)
            if r is not None and (not max_length or len(r[0]) <= max_length):
                out, used = r
                self.eof = True
                self.unused_data = data[used:]
                self._given = len(out)
                self._fed.append(data[:used])
                return out
        self._fed.append(data)
        inf.feed(data)
        return self._run(self._given + max_length if max_length else None)

    def _run(self, limit):
        inf = self._inf
        inf.run(limit)
        if inf.error:
            raise error(inf.error)
        out = bytes(memoryview(inf.out)[self._given:inf.n])
        self._given = inf.n
        tail = self.unconsumed_tail
        self.unconsumed_tail = b""
        if inf.eof:
            self.eof = True
            self.unused_data = inf.data[inf.pos:]
            if tail:
                self.unconsumed_tail = self.unused_data
            inf.data = b""
        elif limit is not None and inf.n >= limit and inf.pos < len(inf.data):
            # Output is full: the input not yet read goes back to the caller
            # (the last bytes read stay, for the bit buffer to give back).
            self.unconsumed_tail = inf.data[inf.pos:]
            fed = b"".join(self._fed)
            self._fed = [fed[:len(fed) - len(self.unconsumed_tail)]]
            keep = inf.pos if inf.pos < 4 else 4
            inf.data = inf.data[inf.pos - keep:inf.pos]
            inf.pos = keep
        return out

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof:
            self.unused_data += self.unconsumed_tail
            return b""
        tail = self.unconsumed_tail
        self._fed.append(tail)
        self._inf.feed(tail)
        return self._run(None)

    def copy(self):
        # The Python inflater cannot be copied: a new one decodes the same
        # input again, up to the same output.
        c = _Decompress(self._wbits, self._zdict)
        data = b"".join(self._fed)
        c._inf.feed(data)
        c._fed = [data]
        c._run(self._given)
        c.unconsumed_tail = self.unconsumed_tail
        c.unused_data = self.unused_data
        c.eof = self.eof
        return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    zdict = _buffer(zdict)
    try:
        return _Decompress(wbits, zdict)
    except ValueError:
        raise ValueError("Invalid initialization option") from None
