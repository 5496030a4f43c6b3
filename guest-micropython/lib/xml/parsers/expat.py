# xml.parsers.expat: a non-validating XML parser with pyexpat's interface.
# Written for mpsandbox (CPython's module wraps the C expat library, which the
# sandbox does not have); behaviour follows CPython 3.11 with expat 2.5, whose
# events, errors and positions were compared on a corpus of documents.
# Covers ParserCreate(encoding, namespace_separator) and the parser's Parse
# (incremental: str or bytes in pieces) and ParseFile; the element, character
# data (buffer_text), comment, processing instruction, CDATA, namespace
# declaration, XML declaration, doctype, entity declaration, skipped entity
# and Default/DefaultHandlerExpand handlers; ordered_attributes; the
# Error*/Current* positions; ExpatError with expat's codes and messages
# ("mismatched tag: line 1, column 8"), ErrorString and errors (messages,
# codes, XML_ERROR_*); well-formedness (tags, names, attributes, references,
# document structure, namespace prefixes); the predefined entities,
# character references and the internal subset's general entities. Input is
# UTF-8 (also what str input is taken as), UTF-16, ISO-8859-1 or US-ASCII.
# Leaves out validation and attribute defaults, external and parameter
# entities, the element/attlist/notation/unparsed-entity declaration
# handlers, ExternalEntityParserCreate, UseForeignDTD, SetParamEntityParsing
# (accepted, no effect), intern, the model module and pyexpat.features. Any
# non-ASCII character is taken as a name character; the default handler
# sees line ends already normalized to '\n'; an unterminated CDATA section
# fed in pieces reports its text only when the input ends.

import sys

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = (
    None, "out of memory", "syntax error", "no element found",
    "not well-formed (invalid token)", "unclosed token", "partial character",
    "mismatched tag", "duplicate attribute", "junk after document element",
    "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity",
    "reference to invalid character number", "reference to binary entity",
    "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect",
    "unclosed CDATA section", "error in processing external entity reference",
    "document is not standalone",
    "unexpected parser state - please send a bug report",
    "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat",
    "cannot change setting once parsing has begun", "unbound prefix",
    "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended",
    "parser not suspended", "parsing aborted", "parsing finished",
    "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names",
    "invalid argument",
    "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
)
_NAMES = (
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN",
    "UNCLOSED_TOKEN", "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE",
    "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY",
    "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF",
    "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
    "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION",
    "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD",
    "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX", "UNDECLARING_PREFIX",
    "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED",
    "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT",
    "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH",
)


class ExpatError(Exception):
    pass


error = ExpatError


def ErrorString(code):
    if isinstance(code, int) and 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class errors:
    # pyexpat's `errors` submodule: XML_ERROR_* message strings, and
    # `messages` (code -> message) / `codes` (message -> code).
    messages = {}
    codes = {}


for _code in range(1, len(_MESSAGES)):
    setattr(errors, "XML_ERROR_" + _NAMES[_code], _MESSAGES[_code])
    errors.messages[_code] = _MESSAGES[_code]
    errors.codes[_MESSAGES[_code]] = _code
del _code
sys.modules["xml.parsers.expat.errors"] = errors

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"', b"apos": "'"}

# The input is scanned as UTF-8 bytes: indexing a str is not constant time
# in MicroPython. Byte values used below:
_LT, _GT, _AMP, _SLASH, _BANG, _QMARK, _EQ, _COLON = 60, 62, 38, 47, 33, 63, 61, 58
_DQ, _SQ, _HASH, _X, _SEMI, _RSQB, _LSQB = 34, 39, 35, 120, 59, 93, 91
_WS = b" \t\n"
_NAME_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:")
_NAME_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:"
                        b"0123456789.-")
_DIGITS = frozenset(b"0123456789")
_HEXDIGITS = frozenset(b"0123456789abcdefABCDEF")

# Document states.
_PROLOG, _CONTENT, _EPILOG = 0, 1, 2

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler",
)


class _Stop(Exception):
    # The buffer ends inside a token: wait for more data.
    pass


def _is_name(b):
    if not b or not (b[0] in _NAME_START or b[0] >= 0x80):
        return False
    for c in b:
        if not (c in _NAME_CHARS or c >= 0x80):
            return False
    return True


def _chars_in(b):
    # The number of characters UTF-8 bytes b hold.
    try:
        return len(b.decode())
    except UnicodeError:
        return len(b) - len([c for c in b if 0x80 <= c < 0xC0])


class XMLParserType:
    def __init__(self, encoding=None, namespace_separator=None):
        for name in _HANDLERS:
            setattr(self, name, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {}
        self._encoding = encoding
        self._sep = namespace_separator
        self._buf = b""          # UTF-8 input not consumed yet
        self._raw = b""          # input bytes not decoded yet
        self._codec = None       # the input's encoding, once known
        self._held_cr = False
        self._state = _PROLOG
        self._stack = []         # open elements: (qname, ns declared, name)
        self._ns = [{"xml": _XML_NS}] if namespace_separator is not None else None
        self._entities = {}      # general entities of the internal subset
        self._external_dtd = False
        self._text = []          # character data not yet reported
        self._started = False
        self._finished = False
        self._line = 1           # position of self._buf[0]
        self._col = 0
        self._byte = 0
        self._ci, self._cl, self._cc = 0, 1, 0  # a position in self._buf
        self._pos_line = 1       # position of the current event
        self._pos_col = 0
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._base = None

    # -- public interface ----------------------------------------------------

    @property
    def CurrentLineNumber(self):
        return self._pos_line

    @property
    def CurrentColumnNumber(self):
        return self._pos_col

    @property
    def CurrentByteIndex(self):
        return self._byte if self._started else -1

    @property
    def buffer_used(self):
        return sum(len(t) for t in self._text)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ParseFile(self, file):
        read = file.read
        while True:
            data = read(2048)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._fail(36, self._line, self._col)
        self._started = True
        if isinstance(data, str):
            # pyexpat hands str to expat as UTF-8, whatever it declares.
            if self._codec is None:
                self._codec = "utf-8"
                if data[:1] == "\ufeff":
                    data = data[1:]
            data = data.encode()
        elif isinstance(data, (bytes, bytearray, memoryview)):
            data = self._decode(bytes(data), isfinal)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if self._held_cr:
            data = b"\r" + data
            self._held_cr = False
        if data.endswith(b"\r") and not isfinal:
            data = data[:-1]
            self._held_cr = True
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        self._buf += data
        self._run(isfinal)
        if isfinal:
            if self._state != _EPILOG:
                # The document ended before its root element did.
                self._fail(3, self._line, self._col)
            self._finished = True
        self._flush()
        return 1

    # -- decoding ------------------------------------------------------------

    def _decode(self, data, isfinal):
        # Input bytes -> UTF-8 bytes, checked.
        raw = self._raw + data
        self._raw = b""
        if self._codec is None:
            # The encoding is known from the first bytes, or from the XML
            # declaration once it is complete.
            if not isfinal and (len(raw) < 4 or (
                    raw[:5] == b"<?xml"[:len(raw)] or raw[:5] == b"<?xml")
                    and b"?>" not in raw and len(raw) < 1024):
                self._raw = raw
                return b""
            self._codec, skip = self._sniff(raw)
            raw = raw[skip:]
        codec = self._codec
        keep = 0
        if not isfinal:
            n = len(raw)
            if codec == "utf-8":
                # Keep back a character cut by the end of this piece.
                i = n - 1
                while i >= 0 and i > n - 4 and raw[i] & 0xC0 == 0x80:
                    i -= 1
                if i >= 0 and raw[i] >= 0xC0:
                    need = 2 if raw[i] < 0xE0 else 3 if raw[i] < 0xF0 else 4
                    if n - i < need:
                        keep = n - i
            elif codec != "latin-1" and codec != "ascii":
                keep = n % 2
                if n - keep >= 2:
                    # A high surrogate waits for its pair.
                    hi = raw[n - keep - 2] if codec == "utf-16-be" else raw[n - keep - 1]
                    if 0xD8 <= hi < 0xDC:
                        keep += 2
        if keep:
            self._raw = raw[len(raw) - keep:]
            raw = raw[:len(raw) - keep]
        if codec == "utf-16-le" or codec == "utf-16-be":
            return self._utf16(raw, codec == "utf-16-be").encode()
        try:
            text = raw.decode(codec)
        except UnicodeError:
            pass
        else:
            return raw if codec == "utf-8" else text.encode()
        # Parse up to the first byte that does not decode, and fail there.
        good = 0
        for i in range(1, len(raw) + 1):
            try:
                raw[good:i].decode(codec)
            except UnicodeError:
                if i - good >= 4 or codec != "utf-8":
                    break
                continue
            good = i
        self._buf += raw[:good].decode(codec).encode()
        self._run(False)
        line, col = self._advance_pos(len(self._buf))
        self._fail(4, line, col)

    def _utf16(self, raw, big):
        # UTF-16 by hand (MicroPython's codecs have no UTF-16).
        out = []
        i = 0
        n = len(raw) - 1
        while i < n:
            u = (raw[i] << 8 | raw[i + 1]) if big else (raw[i + 1] << 8 | raw[i])
            i += 2
            if 0xD800 <= u < 0xDC00 and i < n:
                lo = (raw[i] << 8 | raw[i + 1]) if big else (raw[i + 1] << 8 | raw[i])
                if 0xDC00 <= lo < 0xE000:
                    i += 2
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
            out.append(chr(u))
        return "".join(out)

    def _sniff(self, raw):
        # (codec, bytes of byte order mark) for the start of the input.
        if raw[:2] == b"\xff\xfe":
            return "utf-16-le", 2
        if raw[:2] == b"\xfe\xff":
            return "utf-16-be", 2
        if raw[:3] == b"\xef\xbb\xbf":
            return "utf-8", 3
        if self._encoding is not None:
            enc = self._encoding
        elif raw[:4] == b"<\x00?\x00":
            return "utf-16-le", 0
        elif raw[:4] == b"\x00<\x00?":
            return "utf-16-be", 0
        elif raw[:5] == b"<?xml":
            end = raw.find(b"?>")
            decl = raw[:end if end >= 0 else 200]
            k = decl.find(b"encoding")
            enc = "utf-8"
            if k >= 0:
                rest = decl[k + 8:].lstrip(b" \t\r\n")
                if rest[:1] == b"=":
                    rest = rest[1:].lstrip(b" \t\r\n")
                    q = rest[:1]
                    if q in (b'"', b"'"):
                        enc = rest[1:].split(q, 1)[0].decode("latin-1")
        else:
            return "utf-8", 0
        key = enc.lower().replace("_", "-")
        if key in ("utf-8", "utf8"):
            return "utf-8", 0
        if key in ("iso-8859-1", "latin-1", "latin1", "iso8859-1"):
            return "latin-1", 0
        if key in ("us-ascii", "ascii"):
            return "ascii", 0
        if key in ("utf-16", "utf-16le", "utf-16-le"):
            return "utf-16-le", 0
        if key in ("utf-16be", "utf-16-be"):
            return "utf-16-be", 0
        self._fail(18, 1, 0)

    # -- positions and errors ----------------------------------------------

    def _advance_pos(self, i):
        # Line and column (in characters) of self._buf[i], counted on from
        # the last position asked for (positions are asked for in order,
        # mostly).
        ci = self._ci
        if i < ci:
            ci, line, col = 0, self._line, self._col
        else:
            line, col = self._cl, self._cc
        buf = self._buf
        nl = buf.count(b"\n", ci, i)
        if nl:
            line += nl
            col = _chars_in(buf[buf.rfind(b"\n", ci, i) + 1:i])
        else:
            col += _chars_in(buf[ci:i])
        self._ci, self._cl, self._cc = i, line, col
        return line, col

    def _consume(self, i):
        # Drop self._buf[:i], moving the base position past it.
        if i:
            self._line, self._col = self._advance_pos(i)
            self._byte += i
            self._buf = self._buf[i:]
        self._ci, self._cl, self._cc = 0, self._line, self._col

    def _fail(self, code, line, col):
        # pyexpat drops the text buffered in the failing call.
        self._text = []
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        self.ErrorByteIndex = self._byte
        self._finished = True
        err = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        raise err

    def _error_at(self, code, i):
        line, col = self._advance_pos(i)
        self._fail(code, line, col)

    # -- reporting -------------------------------------------------------------

    def _mark(self, i):
        self._pos_line, self._pos_col = self._advance_pos(i)

    def _flush(self):
        if self._text:
            data = "".join(self._text)
            self._text = []
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(data)

    def _call(self, name, *args):
        # Character data is reported before any other event that is handled
        # (buffered text runs up to the next such event, as pyexpat's does).
        handler = getattr(self, name)
        if handler is None:
            return False
        self._flush()
        handler(*args)
        return True

    def _default(self, text):
        handler = self.DefaultHandlerExpand or self.DefaultHandler
        if handler is not None and text:
            self._flush()
            handler(text if isinstance(text, str) else text.decode())

    def _chars(self, data):
        # data: str
        if self.CharacterDataHandler is None:
            self._default(data)
        elif self.buffer_text:
            self._text.append(data)
        else:
            # Without buffering, expat reports each line end on its own.
            handler = self.CharacterDataHandler
            start = 0
            while True:
                nl = data.find("\n", start)
                if nl < 0:
                    if start < len(data):
                        handler(data[start:])
                    break
                if nl > start:
                    handler(data[start:nl])
                handler("\n")
                start = nl + 1

    # -- the tokenizer -------------------------------------------------------

    def _run(self, final):
        buf = self._buf
        n = len(buf)
        i = 0
        try:
            while i < n:
                c = buf[i]
                if self._state == _CONTENT:
                    if c == _LT:
                        i = self._markup(i, final)
                    elif c == _AMP:
                        i = self._reference(i, final)
                    else:
                        j = buf.find(b"<", i)
                        if j < 0:
                            j = n
                        a = buf.find(b"&", i, j)
                        if a >= 0:
                            j = a
                        k = buf.find(b"]]>", i, j)
                        if k >= 0:
                            self._error_at(4, k + 2)
                        if j == n and not final:
                            # ']]' may be the start of a ']]>'.
                            while j > i and buf[j - 1] == _RSQB and j > n - 2:
                                j -= 1
                            if j == i:
                                break
                        self._mark(i)
                        self._chars(buf[i:j].decode())
                        i = j
                else:
                    if c in _WS:
                        j = i
                        while j < n and buf[j] in _WS:
                            j += 1
                        self._default(buf[i:j])
                        i = j
                    elif c == _LT:
                        i = self._markup(i, final)
                    elif self._state == _EPILOG:
                        self._error_at(9, i)
                    else:
                        self._error_at(2 if c != _AMP else 4, i)
        except _Stop:
            pass
        self._consume(i)

    def _need(self, found, i, final, code=5):
        # `found` is where a token's terminator is; -1 when the buffer ends
        # first: wait for data, or fail at the token's start when final.
        if found < 0:
            if final:
                self._error_at(code, i)
            raise _Stop
        return found

    def _markup(self, i, final):
        buf = self._buf
        n = len(buf)
        if i + 1 >= n:
            self._need(-1, i, final)
        c = buf[i + 1]
        if c == _SLASH:
            if self._state != _CONTENT:
                self._error_at(4, i + 1)
            return self._end_tag(i, final)
        if c == _BANG:
            if buf.startswith(b"<!--", i):
                return self._comment(i, final)
            if buf.startswith(b"<![CDATA[", i):
                if self._state != _CONTENT:
                    self._error_at(2 if self._state == _PROLOG else 9, i)
                return self._cdata(i, final)
            if buf.startswith(b"<!DOCTYPE", i) and self._state == _PROLOG:
                return self._doctype(i, final)
            if n - i < 9 and (b"<!DOCTYPE".startswith(buf[i:]) or
                              b"<![CDATA[".startswith(buf[i:]) or
                              b"<!--".startswith(buf[i:])):
                self._need(-1, i, final)
            self._error_at(2 if self._state != _CONTENT else 4, i + 2)
        if c == _QMARK:
            return self._pi(i, final)
        if self._state == _EPILOG:
            self._error_at(9, i)
        return self._start_tag(i, final)

    def _name_end(self, i):
        buf = self._buf
        n = len(buf)
        while i < n:
            c = buf[i]
            if c in _NAME_CHARS or c >= 0x80:
                i += 1
            else:
                break
        return i

    def _check_name(self, i, j, final, token):
        # buf[i:j] is a run of name characters: it must start like a name,
        # be a QName under namespace processing, and not run into the end
        # of the buffer (the token starting at `token` is then incomplete).
        buf = self._buf
        if j >= len(buf):
            self._need(-1, token, final)
        c = buf[i]
        if i == j or not (c in _NAME_START or c >= 0x80):
            self._error_at(4, i)
        if self._ns is not None:
            colon = buf.find(b":", i, j)
            if colon >= 0:
                if colon == i:
                    self._error_at(4, i)
                second = buf.find(b":", colon + 1, j)
                if second >= 0:
                    self._error_at(4, second)
                if colon == j - 1:
                    self._error_at(4, j)

    def _skip_ws(self, i):
        buf = self._buf
        n = len(buf)
        while i < n and buf[i] in _WS:
            i += 1
        return i

    def _start_tag(self, i, final):
        buf = self._buf
        n = len(buf)
        start = i
        j = self._name_end(i + 1)
        self._check_name(i + 1, j, final, start)
        name = buf[i + 1:j].decode()
        attrs = []
        seen = set()
        i = j
        while True:
            if i >= n:
                self._need(-1, start, final)
            c = buf[i]
            if c == _GT or c == _SLASH:
                if c == _SLASH:
                    if i + 1 >= n:
                        self._need(-1, start, final)
                    if buf[i + 1] != _GT:
                        self._error_at(4, i + 1)
                    end = i + 2
                    empty = True
                else:
                    end = i + 1
                    empty = False
                break
            if c not in _WS:
                self._error_at(4, i)
            i = self._skip_ws(i)
            if i >= n:
                self._need(-1, start, final)
            if buf[i] == _GT or buf[i] == _SLASH:
                continue
            a = i
            j = self._name_end(i)
            self._check_name(a, j, final, start)
            aname = buf[a:j].decode()
            i = self._skip_ws(j)
            if i >= n:
                self._need(-1, start, final)
            if buf[i] != _EQ:
                self._error_at(4, i)
            i = self._skip_ws(i + 1)
            if i >= n:
                self._need(-1, start, final)
            q = buf[i]
            if q != _DQ and q != _SQ:
                self._error_at(4, i)
            k = self._need(buf.find(b'"' if q == _DQ else b"'", i + 1), start, final)
            lt = buf.find(b"<", i + 1, k)
            if lt >= 0:
                self._error_at(4, lt)
            value = self._attr_value(buf, i + 1, k, start)
            if aname in seen:
                self._error_at(8, a)
            seen.add(aname)
            attrs.append(aname)
            attrs.append(value)
            i = k + 1
            if i < n and buf[i] not in _WS and buf[i] != _GT and buf[i] != _SLASH:
                self._error_at(4, i)
        self._mark(start)
        self._open(name, attrs, start, buf[start:end])
        if empty:
            self._close(name, b"")
        return end

    def _attr_value(self, buf, i, k, tag):
        # The normalized value of the attribute value buf[i:k].
        amp = buf.find(b"&", i, k)
        if amp < 0:
            value = buf[i:k].decode()
            if "\t" in value or "\n" in value:
                value = value.replace("\t", " ").replace("\n", " ")
            return value
        out = []
        j = i
        while True:
            if amp < 0:
                amp = k
            if amp > j:
                out.append(buf[j:amp].decode().replace("\t", " ").replace("\n", " "))
            if amp >= k:
                break
            e = buf.find(b";", amp, k)
            if e < 0:
                self._error_at(4, self._ref_bad_char(amp, k))
            out.append(self._expand(buf, amp, e, tag))
            j = e + 1
            amp = buf.find(b"&", j, k)
        return "".join(out)

    def _ref_bad_char(self, j, k):
        # Where expat stops reading a reference that has no ';'.
        buf = self._buf
        m = j + 1
        if m < k and buf[m] == _HASH:
            m += 1
            if m < k and buf[m] == _X:
                m += 1
        while m < k and (buf[m] in _NAME_CHARS or buf[m] >= 0x80):
            m += 1
        return m

    def _expand(self, buf, j, e, tag=None):
        # The replacement text of the reference buf[j:e+1] ('&...;'); `tag`
        # is where the start tag is, for a reference in an attribute value.
        if buf[j + 1] == _HASH:
            m = j + 2
            hexa = buf[m] == _X
            m += hexa
            ok = _HEXDIGITS if hexa else _DIGITS
            k = m
            while k < e and buf[k] in ok:
                k += 1
            if k < e or k == m:
                self._error_at(4, k)
            cp = int(buf[m:e], 16 if hexa else 10)
            if not (cp in (9, 10, 13) or 0x20 <= cp <= 0xD7FF or
                    0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF):
                self._error_at(14, j)
            return chr(cp)
        body = buf[j + 1:e]
        if not _is_name(body):
            self._error_at(4, j + 1)
        value = _PREDEFINED.get(body)
        if value is None:
            value = self._entities.get(body.decode())
        if value is None:
            if self._external_dtd and tag is None:
                return None
            self._error_at(11, j if tag is None else tag)
        return value

    def _reference(self, i, final):
        buf = self._buf
        n = len(buf)
        e = buf.find(b";", i)
        if e < 0:
            bad = self._ref_bad_char(i, n)
            if bad >= n:
                self._need(-1, i, final)
            self._error_at(4, bad)
        bad = self._ref_bad_char(i, e)
        if bad < e:
            self._error_at(4, bad)
        value = self._expand(buf, i, e)
        self._mark(i)
        if value is None:
            # An entity the (external) DTD may declare: the default handler
            # gets the reference itself.
            if not self._call("SkippedEntityHandler", buf[i + 1:e].decode(), 0):
                self._default(buf[i:e + 1])
        elif self.CharacterDataHandler is None:
            # Expanded for an entity of the DTD, as written for the others.
            self._default(value if buf[i + 1:e].decode() in self._entities
                          else buf[i:e + 1])
        elif self.buffer_text:
            self._text.append(value)
        else:
            self.CharacterDataHandler(value)
        return e + 1

    def _end_tag(self, i, final):
        buf = self._buf
        n = len(buf)
        j = self._name_end(i + 2)
        self._check_name(i + 2, j, final, i)
        name = buf[i + 2:j].decode()
        k = self._skip_ws(j)
        if k >= n:
            self._need(-1, i, final)
        if buf[k] != _GT:
            self._error_at(4, k)
        if name != self._stack[-1][0]:
            self._error_at(7, i + 2)
        self._mark(i)
        self._close(name, buf[i:k + 1])
        return k + 1

    def _comment(self, i, final):
        buf = self._buf
        e = self._need(buf.find(b"--", i + 4), i, final)
        if not buf.startswith(b"-->", e):
            if e + 2 >= len(buf):
                self._need(-1, i, final)
            self._error_at(4, e + 2)
        self._mark(i)
        if not self._call("CommentHandler", buf[i + 4:e].decode()):
            self._default(buf[i:e + 3])
        return e + 3

    def _cdata(self, i, final):
        buf = self._buf
        e = buf.find(b"]]>", i + 9)
        if e < 0 and final:
            # Expat reports what there is, then fails at the end.
            self._mark(i)
            self._call("StartCdataSectionHandler")
            if len(buf) > i + 9:
                self._chars(buf[i + 9:].decode())
            self._error_at(20, len(buf))
        self._need(e, i, final)
        self._mark(i)
        self._call("StartCdataSectionHandler")
        if e > i + 9:
            self._chars(buf[i + 9:e].decode())
        self._call("EndCdataSectionHandler")
        return e + 3

    def _pi(self, i, final):
        buf = self._buf
        e = self._need(buf.find(b"?>", i + 2), i, final)
        j = self._name_end(i + 2)
        target = buf[i + 2:j].decode()
        if not _is_name(buf[i + 2:j]):
            self._error_at(4, i + 2)
        if j < e and buf[j] not in _WS:
            self._error_at(4, j)
        if target.lower() == "xml":
            if target != "xml":
                self._error_at(4, j)
            if i + self._byte != 0 or self._state != _PROLOG:
                self._error_at(17, i)
            self._mark(i)
            self._xml_decl(i, j, e)
            return e + 2
        self._mark(i)
        if not self._call("ProcessingInstructionHandler", target,
                          buf[self._skip_ws(j):e].decode()):
            self._default(buf[i:e + 2])
        return e + 2

    def _xml_decl(self, i, j, e):
        # buf[j:e] holds the declaration's pseudo-attributes; an error is
        # reported where expat finds it (the declaration is ASCII).
        decl = self._buf[j:e].decode()
        fields = {}
        allowed = ("version", "encoding", "standalone")
        n = len(decl)
        k = 0
        while True:
            while k < n and decl[k] in " \t\n":
                k += 1
            if k >= n:
                break
            a = k
            while k < n and decl[k] not in " \t\n=":
                k += 1
            key = decl[a:k]
            if key not in allowed or (key != "version" and not fields):
                self._error_at(30, j + a)
            allowed = allowed[allowed.index(key) + 1:]
            while k < n and decl[k] in " \t\n":
                k += 1
            if k >= n or decl[k] != "=":
                self._error_at(30, j + k)
            k += 1
            while k < n and decl[k] in " \t\n":
                k += 1
            q = decl[k] if k < n else ""
            end = decl.find(q, k + 1) if q in ('"', "'") else -1
            if end < 0:
                self._error_at(30, j + k)
            value = decl[k + 1:end]
            if key == "standalone":
                bad = value not in ("yes", "no")
            elif key == "version":
                bad = not value or value.strip("0123456789.")
            else:
                bad = not value or not value[0].isalpha()
            if bad:
                self._error_at(30, j + k + 1)
            fields[key] = value
            k = end + 1
            if k < n and decl[k] not in " \t\n":
                self._error_at(30, j + k)
        if not fields:
            self._error_at(30, e)
        standalone = fields.get("standalone")
        sa = -1 if standalone is None else 1 if standalone == "yes" else 0
        if not self._call("XmlDeclHandler", fields["version"],
                          fields.get("encoding"), sa):
            self._default(self._buf[i:e + 2])

    def _dtd_tokens(self, i, final):
        # The tokens (str) of a document type declaration starting at buf[i]
        # ('<!DOCTYPE'), up to its closing '>': whitespace runs, quoted
        # literals, comments, processing instructions, '<!KEYWORD', '[',
        # ']', '>' and runs of other characters. Returns (tokens, end).
        buf = self._buf
        n = len(buf)
        toks = ["<!DOCTYPE"]
        j = i + 9
        depth = 0
        while True:
            if j >= n:
                self._need(-1, i, final)
            c = buf[j]
            if c in _WS:
                k = self._skip_ws(j + 1)
            elif c == _DQ or c == _SQ:
                k = buf.find(b'"' if c == _DQ else b"'", j + 1)
                if k < 0:
                    self._need(-1, i, final)
                k += 1
            elif buf.startswith(b"<!--", j):
                k = buf.find(b"-->", j + 4)
                if k < 0:
                    self._need(-1, i, final)
                k += 3
            elif buf.startswith(b"<?", j):
                k = buf.find(b"?>", j + 2)
                if k < 0:
                    self._need(-1, i, final)
                k += 2
            elif buf.startswith(b"<!", j):
                k = self._name_end(j + 2)
                depth += 1
            elif c == _LSQB or c == _RSQB or c == _GT:
                k = j + 1
                if c == _GT:
                    if depth == 0:
                        toks.append(">")
                        return toks, k
                    depth -= 1
            else:
                k = j + 1
                while k < n and buf[k] not in _WS and buf[k] not in b"\"'[]<>":
                    k += 1
            if k >= n and not final:
                raise _Stop
            toks.append(buf[j:k].decode())
            j = k

    def _doctype(self, i, final):
        toks, end = self._dtd_tokens(i, final)
        # The declaration's head: name, then SYSTEM literal or PUBLIC
        # literal literal, then an optional internal subset.
        k = 1
        head = []
        while k < len(toks) and toks[k] not in ("[", ">"):
            if toks[k][0] not in " \t\n":
                head.append(toks[k])
            k += 1
        subset = toks[k] == "["
        if not head or not _is_name(head[0].encode()):
            self._error_at(2, i + 9)
        name = head[0]
        sysid = pubid = None
        if len(head) > 1:
            if head[1] == "SYSTEM" and len(head) == 3 and head[2][0] in "\"'":
                sysid = head[2][1:-1]
            elif (head[1] == "PUBLIC" and len(head) == 4 and head[2][0] in "\"'"
                    and head[3][0] in "\"'"):
                pubid, sysid = head[2][1:-1], head[3][1:-1]
            else:
                self._error_at(2, i + 9)
            self._external_dtd = True
        self._mark(i)
        if not self._call("StartDoctypeDeclHandler", name, sysid, pubid,
                          1 if subset else 0):
            # The default handler sees the declaration token by token (as
            # ElementTree's doctype() support expects).
            for t in toks[:k + subset]:
                self._default(t)
        if subset:
            k = self._subset(toks, k + 1)
        if self.EndDoctypeDeclHandler is None:
            for t in toks[k:]:
                self._default(t)
        self._call("EndDoctypeDeclHandler")
        return end

    def _subset(self, toks, k):
        # The internal subset's declarations, from toks[k] to ']': general
        # entities with a literal value are recorded (and reported); the
        # rest goes to the default handler.
        while toks[k] != "]":
            t = toks[k]
            if t.startswith("<!--"):
                if not self._call("CommentHandler", t[4:-3]):
                    self._default(t)
                k += 1
                continue
            if not t.startswith("<!"):
                self._default(t)
                k += 1
                continue
            e = k
            while toks[e] != ">":
                e += 1
            decl = toks[k:e + 1]
            words = [w for w in decl[1:-1] if w[0] not in " \t\n"]
            handled = False
            if (t == "<!ENTITY" and len(words) == 2 and words[0] != "%" and
                    words[1][0] in "\"'"):
                name = words[0]
                value = words[1][1:-1]
                if "&#" in value:
                    value = self._entity_value(value.encode())
                if name not in self._entities:
                    self._entities[name] = value
                    handled = self._call("EntityDeclHandler", name, 0, value,
                                         None, None, None, None)
            if not handled:
                for w in decl:
                    self._default(w)
            k = e + 1
        return k

    def _entity_value(self, value):
        # Character references are expanded in an entity's value (bytes);
        # general entity references are kept, to be expanded where it is
        # used.
        out = []
        j = 0
        while True:
            a = value.find(b"&#", j)
            e = value.find(b";", a) if a >= 0 else -1
            if e < 0:
                out.append(value[j:].decode())
                break
            out.append(value[j:a].decode())
            out.append(self._expand(value, a, e, -1))
            j = e + 1
        return "".join(out)

    # -- elements and namespaces ---------------------------------------------

    def _open(self, name, attrs, start, raw):
        declared = ()
        qname = name
        if self._ns is not None:
            scope = None
            plain = []
            for k in range(0, len(attrs), 2):
                a = attrs[k]
                if a == "xmlns" or a.startswith("xmlns:"):
                    prefix = a[6:] if len(a) > 5 else None
                    uri = attrs[k + 1]
                    if prefix == "xmlns":
                        self._error_at(39, start)
                    if prefix == "xml" and uri != _XML_NS:
                        self._error_at(38, start)
                    if prefix is not None and not uri:
                        self._error_at(28, start)
                    if scope is None:
                        scope = dict(self._ns[-1])
                        declared = []
                    scope[prefix or ""] = uri
                    declared.append((prefix, uri))
                else:
                    plain.append(a)
                    plain.append(attrs[k + 1])
            self._ns.append(self._ns[-1] if scope is None else scope)
            for prefix, uri in declared:
                self._call("StartNamespaceDeclHandler", prefix, uri or None)
            name = self._expand_name(name, True, start)
            attrs = plain
            for k in range(0, len(attrs), 2):
                attrs[k] = self._expand_name(attrs[k], False, start)
        if self._state == _PROLOG:
            self._state = _CONTENT
        self._stack.append((qname, declared, name))
        if self.StartElementHandler is not None:
            if not self.ordered_attributes:
                d = {}
                for k in range(0, len(attrs), 2):
                    d[attrs[k]] = attrs[k + 1]
                attrs = d
            self._call("StartElementHandler", name, attrs)
        else:
            self._default(raw)

    def _expand_name(self, name, element, start):
        colon = name.find(":")
        scope = self._ns[-1]
        if colon < 0:
            if element:
                uri = scope.get("")
                if uri:
                    return uri + self._sep + name
            return name
        prefix = name[:colon]
        uri = scope.get(prefix)
        if uri is None:
            self._error_at(27, start)
        if self.namespace_prefixes:
            return uri + self._sep + name[colon + 1:] + self._sep + prefix
        return uri + self._sep + name[colon + 1:]

    def _close(self, name, raw):
        qname, declared, expanded = self._stack.pop()
        if not self._call("EndElementHandler", expanded):
            self._default(raw)
        if self._ns is not None:
            self._ns.pop()
            for k in range(len(declared) - 1, -1, -1):
                self._call("EndNamespaceDeclHandler", declared[k][0])
        if not self._stack:
            self._flush()
            self._state = _EPILOG


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator)
