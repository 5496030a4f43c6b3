// The `re` module: CPython's regular expressions, syntax and API, on PCRE2.
//
// MicroPython's own `re` (extmod/modre.c, MICROPY_PY_RE) is a tiny
// backtracking engine without counted repetition, named groups, lookarounds
// or most of the API. This module replaces it: a pattern in Python's syntax
// is checked the way CPython 3.11's re/_parser.py checks it (the same errors,
// messages and positions) and translated to PCRE2's syntax on the way, then
// compiled and matched by PCRE2 (pcre2/pcre2.mk builds it into the image).
//
// What the translation does:
// - every literal is written as \x{...} (alphanumerics as themselves), so
//   nothing in Python's syntax can mean something else to PCRE2, and the
//   verbose flag, comments and `{` taken literally are resolved here;
// - named groups become plain numbered groups (the names are kept here, as
//   Pattern.groupindex), backreferences \g{N}, conditionals (?(N)...);
// - \Z is \z; Python's \v is the character VT (PCRE2's \v is a class);
// - for str patterns, \w is [\p{L}\p{N}_] and \s also takes \x1c-\x1f, as
//   str.isalnum() and str.isspace() do (PCRE2's \w also takes marks, its \s
//   not the separators); re.ASCII and (?a:...) are PCRE2's ASCII options.
// str patterns are compiled with PCRE2_UTF|PCRE2_UCP, bytes patterns with
// neither (PCRE2's default tables: ASCII classes and case, as Python's).
//
// Subjects and positions: a str subject is scanned once per call (its
// UTF-8 structure is MicroPython's invariant; the scan refuses code points
// past U+10FFFF, which PCRE2's tables do not cover, and notes whether it is
// all ASCII), then matched with PCRE2_NO_UTF_CHECK, so repeated searches
// do not check it again. PCRE2 reports byte offsets; a non-ASCII str's are
// turned into code point indices by walking from a cursor that only moves
// as far as the offsets do, so a finditer over a long string stays linear.
// A str searched from a position (`pattern.match(text, pos)` in a tokenizer
// loop) is remembered with its cursors for the next call, which then
// neither scans it nor walks to its position from the start.
//
// Memory: PCRE2 allocates from MicroPython's heap (gc_alloc/gc_free): a
// compiled pattern is a heap block held by its Pattern object, and what an
// exception leaves behind is collected like any garbage. The match data
// (with PCRE2's backtracking frames) is kept by the Pattern for reuse.
// PCRE2 never calls back into the interpreter (no callouts), so no
// collection can run while it does.
//
// Limits: a search runs until the call's own limits stop it (fuel, timeout,
// the port's deadline: see re_exec), with RE_HEAP_LIMIT_KIB of backtracking
// memory; past that, or when memory runs out, MemoryError. A search past
// 2**32 backtracking steps raises RuntimeError.

// The first round's match limit (see re_exec); most searches end within it.
#define RE_FIRST_MATCH_LIMIT (1000000u)

// The port's deadline check, called between rounds of a long search (the
// sandbox guest defines it; a native build has none).
#ifndef RE_DEADLINE_CHECK
#define RE_DEADLINE_CHECK()
#endif

#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/gc.h"
#include "py/objexcept.h"
#include "py/smallint.h"
#include "py/stackctrl.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include "pcre2.h"

// The most backtracking memory one search may use, in KiB.
#ifndef RE_HEAP_LIMIT_KIB
#define RE_HEAP_LIMIT_KIB (64 * 1024)
#endif

// A match data block whose backtracking frames grew past this is freed
// after use instead of being kept by its Pattern (PCRE2 starts them at
// 20 KiB).
#define RE_MD_KEEP_MAX (64 * 1024)

// Group nesting: PCRE2's PARENS_NEST_LIMIT (pcre2/config.h).
#define RE_MAX_NESTING (250)

// Compiled patterns kept by the module-level functions (re.search(p, s)...).
// Must match the size in the root pointer declaration below.
#define RE_CACHE_SIZE (32)

// Python's flag values (re._constants).
#define RE_TEMPLATE (1)
#define RE_IGNORECASE (2)
#define RE_LOCALE (4)
#define RE_MULTILINE (8)
#define RE_DOTALL (16)
#define RE_UNICODE (32)
#define RE_VERBOSE (64)
#define RE_DEBUG (128)
#define RE_ASCII (256)
#define RE_TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define RE_GLOBAL_FLAGS (RE_DEBUG | RE_TEMPLATE)

// CPython's _sre.MAXREPEAT and MAXGROUPS (64-bit builds).
#define RE_MAXREPEAT (4294967295ULL)
#define RE_MAXGROUPS (2147483647ULL)

MP_REGISTER_ROOT_POINTER(void *re_pcre2_gctx);
MP_REGISTER_ROOT_POINTER(void *re_pcre2_cctx);
MP_REGISTER_ROOT_POINTER(void *re_pcre2_mctx);
MP_REGISTER_ROOT_POINTER(mp_obj_t re_cache[32]);
MP_REGISTER_ROOT_POINTER(mp_obj_t re_last_subject);

static size_t re_cache_next;
// For MP_STATE_VM(re_last_subject): ASCII or not, and cursors: known pairs
// of a byte offset and its code point index (see re_subject_done).
typedef struct {
    size_t b, c;
} re_cursor_t;
static bool re_last_ascii;
static re_cursor_t re_last_cur, re_last_end_cur;

/******************************************************************************/
// Types.

typedef struct _re_pattern_obj_t {
    mp_obj_base_t base;
    mp_obj_t pattern;       // str or bytes, as given
    mp_obj_t groupindex;    // dict: name -> group number, in definition order
    pcre2_code *code;
    pcre2_match_data *md;   // kept for reuse; NULL while a call uses it
    mp_int_t flags;         // as CPython reports them (with inline flags)
    mp_int_t key_flags;     // as given to compile (the cache's key)
    size_t groups;
    bool is_bytes;
    // Per group (1..groups), the order in which its `)` closes: the last
    // group to close among those ending furthest is Match.lastindex.
    uint32_t close_rank[];
} re_pattern_obj_t;

typedef struct _re_match_obj_t {
    mp_obj_base_t base;
    re_pattern_obj_t *re;
    mp_obj_t string;
    mp_int_t pos;
    mp_int_t endpos;        // -1: the string's length, computed when asked
    mp_int_t lastindex;     // -1: None
    size_t ngroups1;        // groups + 1
    // Per group: start and end as indices, then as byte offsets; -1 unset.
    mp_int_t off[];
} re_match_obj_t;

typedef struct _re_scanner_obj_t {
    mp_obj_base_t base;
    re_pattern_obj_t *re;
    pcre2_match_data *md;
    mp_obj_t string;
    size_t start_b, end_b;
    mp_int_t pos, endpos;
    re_cursor_t cur;
    bool ascii;
    bool must_advance;
    bool done;
} re_scanner_obj_t;

static const mp_obj_type_t re_pattern_type;
static const mp_obj_type_t re_match_type;
static const mp_obj_type_t re_scanner_type;
static const mp_obj_type_t re_error_type;

/******************************************************************************/
// PCRE2's memory and contexts.

static void *re_pcre2_malloc(PCRE2_SIZE size, void *data) {
    (void)data;
    return gc_alloc(size ? size : 1, 0);
}

static void re_pcre2_free(void *ptr, void *data) {
    (void)data;
    if (ptr != NULL) {
        gc_free(ptr);
    }
}

static void re_init_contexts(void) {
    if (MP_STATE_VM(re_pcre2_mctx) != NULL) {
        return;
    }
    pcre2_general_context *g = pcre2_general_context_create(re_pcre2_malloc, re_pcre2_free, NULL);
    if (g == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    MP_STATE_VM(re_pcre2_gctx) = g;
    pcre2_compile_context *c = pcre2_compile_context_create(g);
    if (c == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    MP_STATE_VM(re_pcre2_cctx) = c;
    pcre2_match_context *m = pcre2_match_context_create(g);
    if (m == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    pcre2_set_heap_limit(m, RE_HEAP_LIMIT_KIB);
    MP_STATE_VM(re_pcre2_mctx) = m;
}

/******************************************************************************/
// re.error: CPython's (msg, pattern=None, pos=None), with .msg, .pattern,
// .pos, .lineno, .colno; str() adds " at position N" and, for a pattern of
// several lines, " (line L, column C)". The arguments are kept as given (a
// native exception's args) and the message is made when printed.

static bool re_error_where(mp_obj_t self_in, mp_int_t *lineno, mp_int_t *colno) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->args->len < 3 || self->args->items[1] == mp_const_none || self->args->items[2] == mp_const_none) {
        return false;
    }
    mp_obj_t pattern = self->args->items[1];
    mp_int_t pos = mp_obj_get_int(self->args->items[2]);
    if (!mp_obj_is_str_or_bytes(pattern)) {
        return false;
    }
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(pattern, &len);
    bool is_str = mp_obj_is_str(pattern);
    // Count lines and the last newline in the first `pos` characters.
    mp_int_t line = 1, last_nl = -1, idx = 0;
    for (size_t i = 0; i < len && idx < pos; i++) {
        if (is_str && (s[i] & 0xc0) == 0x80) {
            continue;
        }
        if (s[i] == '\n') {
            line++;
            last_nl = idx;
        }
        idx++;
    }
    *lineno = line;
    *colno = pos - last_nl;
    return memchr(s, '\n', len) != NULL;
}

static void re_error_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_kind_t k = kind & ~PRINT_EXC_SUBCLASS;
    if (self->args->len == 0 || self->args->len > 3 || (k != PRINT_STR && k != PRINT_EXC && k != PRINT_REPR)) {
        mp_obj_exception_print(print, self_in, kind);
        return;
    }
    bool is_subclass = kind & PRINT_EXC_SUBCLASS;
    if (k == PRINT_EXC && !is_subclass) {
        mp_print_str(print, "re.error: ");
    } else if (k == PRINT_EXC) {
        mp_print_str(print, ": ");
    } else if (k == PRINT_REPR) {
        if (!is_subclass) {
            mp_print_str(print, "error");
        }
        mp_print_str(print, "(");
    }
    // The full message, as a str, printed plainly or as repr.
    vstr_t vstr;
    mp_print_t vp;
    vstr_init_print(&vstr, 32, &vp);
    mp_obj_print_helper(&vp, self->args->items[0], PRINT_STR);
    mp_int_t lineno, colno;
    if (self->args->len == 3 && self->args->items[1] != mp_const_none && self->args->items[2] != mp_const_none) {
        mp_printf(&vp, " at position " INT_FMT, mp_obj_get_int(self->args->items[2]));
        if (re_error_where(self_in, &lineno, &colno)) {
            mp_printf(&vp, " (line " INT_FMT ", column " INT_FMT ")", lineno, colno);
        }
    }
    if (k == PRINT_REPR) {
        mp_str_print_quoted(print, (const byte *)vstr.buf, vstr.len, false);
        mp_print_str(print, ")");
    } else {
        mp_print_strn(print, vstr.buf, vstr.len, 0, 0, 0);
    }
    vstr_clear(&vstr);
}

static void re_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_exception_attr(self_in, attr, dest);
        return;
    }
    size_t n = self->args->len;
    if (attr == MP_QSTR_msg) {
        dest[0] = n > 0 ? self->args->items[0] : mp_const_none;
    } else if (attr == MP_QSTR_pattern) {
        dest[0] = n > 1 ? self->args->items[1] : mp_const_none;
    } else if (attr == MP_QSTR_pos) {
        dest[0] = n > 2 ? self->args->items[2] : mp_const_none;
    } else if (attr == MP_QSTR_lineno || attr == MP_QSTR_colno) {
        mp_int_t lineno, colno;
        dest[0] = mp_const_none;
        if (n == 3 && self->args->items[1] != mp_const_none && self->args->items[2] != mp_const_none) {
            re_error_where(self_in, &lineno, &colno);
            dest[0] = MP_OBJ_NEW_SMALL_INT(attr == MP_QSTR_lineno ? lineno : colno);
        }
    } else if (attr == MP_QSTR_args && n >= 1 && n <= 3) {
        // One argument, the full message, as CPython's.
        vstr_t vstr;
        mp_print_t vp;
        vstr_init_print(&vstr, 32, &vp);
        re_error_print(&vp, self_in, PRINT_STR);
        mp_obj_t msg = mp_obj_new_str_from_vstr(&vstr);
        dest[0] = mp_obj_new_tuple(1, &msg);
    } else {
        mp_obj_exception_attr(self_in, attr, dest);
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    re_error_type,
    MP_QSTR_error,
    MP_TYPE_FLAG_NONE,
    make_new, mp_obj_exception_make_new,
    print, re_error_print,
    attr, re_error_attr,
    parent, &mp_type_Exception
    );

static NORETURN void re_raise_error(mp_obj_t msg, mp_obj_t pattern, mp_int_t pos) {
    mp_obj_t args[3] = { msg, pattern, pos >= 0 ? MP_OBJ_NEW_SMALL_INT(pos) : mp_const_none };
    nlr_raise(mp_obj_new_exception_args(&re_error_type, pos >= 0 ? 3 : 1, args));
}

/******************************************************************************/
// The pattern tokenizer, as re/_parser.py's Tokenizer: a token is a
// character or a backslash with the character after it.

#define TOK_NONE (-1)
#define TOK_ESC (0x40000000)

typedef struct {
    const byte *s;
    size_t len;
    bool is_str;
    mp_obj_t obj;       // the pattern or template, for errors
    size_t bi, ci;      // where the token after `next` starts
    int32_t next;
    uint8_t nblen, nclen; // the size of `next` in bytes and characters
} re_tok_t;

static NORETURN void tok_error_vstr(re_tok_t *t, vstr_t *msg, mp_int_t pos) {
    re_raise_error(mp_obj_new_str_from_vstr(msg), t->obj, pos);
}

static NORETURN void tok_error(re_tok_t *t, const char *msg, mp_int_t pos) {
    re_raise_error(mp_obj_new_str(msg, strlen(msg)), t->obj, pos);
}

// The character at t->bi (a str's UTF-8 is valid: MicroPython checks it),
// moving past it.
static uint32_t tok_char(re_tok_t *t) {
    if (!t->is_str) {
        return t->s[t->bi++];
    }
    const byte *p = t->s + t->bi;
    t->bi = utf8_next_char(p) - t->s;
    return utf8_get_char(p);
}

static void tok_advance(re_tok_t *t) {
    if (t->bi >= t->len) {
        t->next = TOK_NONE;
        t->nblen = t->nclen = 0;
        return;
    }
    size_t b0 = t->bi;
    uint32_t c = tok_char(t);
    t->ci++;
    if (c == '\\') {
        if (t->bi >= t->len) {
            tok_error(t, "bad escape (end of pattern)", t->ci - 1);
        }
        c = tok_char(t);
        t->ci++;
        t->next = TOK_ESC | c;
        t->nclen = 2;
    } else {
        t->next = c;
        t->nclen = 1;
    }
    t->nblen = t->bi - b0;
}

static void tok_init(re_tok_t *t, mp_obj_t obj) {
    t->obj = obj;
    t->s = (const byte *)mp_obj_str_get_data(obj, &t->len);
    t->is_str = mp_obj_is_str(obj);
    t->bi = t->ci = 0;
    tok_advance(t);
}

static inline size_t tok_tell(re_tok_t *t) {
    return t->ci - t->nclen;
}

static inline size_t tok_btell(re_tok_t *t) {
    return t->bi - t->nblen;
}

static int32_t tok_get(re_tok_t *t) {
    int32_t c = t->next;
    tok_advance(t);
    return c;
}

static bool tok_match(re_tok_t *t, int32_t c) {
    if (t->next == c) {
        tok_advance(t);
        return true;
    }
    return false;
}

static inline size_t tok_len(int32_t c) {
    return c == TOK_NONE ? 0 : (c & TOK_ESC) ? 2 : 1;
}

static bool is_digit(int32_t c) {
    return c >= '0' && c <= '9';
}

static bool is_octdigit(int32_t c) {
    return c >= '0' && c <= '7';
}

static bool is_hexdigit(int32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_asciiletter(int32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Appends source text (a slice of the pattern) to an error message; a bytes
// pattern's non-ASCII bytes as \xhh (CPython encodes its messages so).
static void tok_add_text(re_tok_t *t, vstr_t *v, size_t b0, size_t b1) {
    for (size_t i = b0; i < b1; i++) {
        byte c = t->s[i];
        if (!t->is_str && c >= 0x80) {
            vstr_printf(v, "\\x%02x", c);
        } else {
            vstr_add_byte(v, c);
        }
    }
}

// repr() of a slice of the pattern, for messages.
static void tok_add_repr(re_tok_t *t, vstr_t *v, size_t b0, size_t b1) {
    mp_print_t vp = { v, (mp_print_strn_t)vstr_add_strn };
    mp_str_print_quoted(&vp, t->s + b0, b1 - b0, !t->is_str);
}

// Up to n tokens that are characters of `pred`; returns how many, with the
// value of the digits in `value` (base 8, 10 or 16).
static size_t tok_getwhile(re_tok_t *t, size_t n, bool (*pred)(int32_t), int base, uint64_t *value) {
    size_t k = 0;
    uint64_t v = 0;
    while (k < n && t->next != TOK_NONE && !(t->next & TOK_ESC) && pred(t->next)) {
        int32_t c = tok_get(t);
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (v < ((uint64_t)1 << 40)) {
            v = v * base + d;
        }
        k++;
    }
    *value = v;
    return k;
}

// re/_parser.py's getuntil: the text up to `term` as a byte range.
static void tok_getuntil(re_tok_t *t, int32_t term, const char *name, size_t *b0, size_t *b1, size_t *nchars) {
    *b0 = tok_btell(t);
    size_t c0 = tok_tell(t);
    for (;;) {
        int32_t c = t->next;
        size_t bend = tok_btell(t);
        size_t cend = tok_tell(t);
        tok_advance(t);
        if (c == TOK_NONE) {
            vstr_t msg;
            vstr_init(&msg, 32);
            if (cend == c0) {
                vstr_printf(&msg, "missing %s", name);
                tok_error_vstr(t, &msg, tok_tell(t));
            }
            vstr_printf(&msg, "missing %c, unterminated name", (int)term);
            tok_error_vstr(t, &msg, tok_tell(t) - (cend - c0));
        }
        if (c == term) {
            if (cend == c0) {
                vstr_t msg;
                vstr_init(&msg, 32);
                vstr_printf(&msg, "missing %s", name);
                tok_error_vstr(t, &msg, tok_tell(t) - 1);
            }
            *b1 = bend;
            *nchars = cend - c0;
            return;
        }
    }
}

// str.isidentifier() for a name (non-ASCII characters are taken as letters).
static bool re_isidentifier(const byte *s, size_t len) {
    if (len == 0) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        byte c = s[i];
        if (c >= 0x80 || c == '_' || is_asciiletter(c) || (i > 0 && is_digit(c))) {
            continue;
        }
        return false;
    }
    return true;
}

static NORETURN void tok_error_name(re_tok_t *t, const char *what, size_t b0, size_t b1, mp_int_t pos) {
    vstr_t msg;
    vstr_init(&msg, 32);
    vstr_add_str(&msg, what);
    vstr_add_byte(&msg, ' ');
    tok_add_repr(t, &msg, b0, b1);
    tok_error_vstr(t, &msg, pos);
}

static void tok_checkgroupname(re_tok_t *t, size_t b0, size_t b1, size_t nchars, size_t offset) {
    if (!re_isidentifier(t->s + b0, b1 - b0)) {
        tok_error_name(t, "bad character in group name", b0, b1, tok_tell(t) - nchars - offset);
    }
}

// A group name as a str (a bytes pattern's names are latin-1, as CPython's).
static mp_obj_t tok_name_obj(re_tok_t *t, size_t b0, size_t b1) {
    if (t->is_str) {
        return mp_obj_new_str((const char *)t->s + b0, b1 - b0);
    }
    vstr_t v;
    vstr_init(&v, b1 - b0);
    for (size_t i = b0; i < b1; i++) {
        vstr_add_char(&v, t->s[i]);
    }
    return mp_obj_new_str_from_vstr(&v);
}

// Parses a decimal group number; false if the text is not one.
static bool re_parse_number(const byte *s, size_t len, uint64_t *value) {
    if (len == 0) {
        return false;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(s[i])) {
            return false;
        }
        if (v < ((uint64_t)1 << 40)) {
            v = v * 10 + (s[i] - '0');
        }
    }
    *value = v;
    return true;
}

/******************************************************************************/
// Translation of a Python pattern to PCRE2's syntax.

enum { IT_NONE, IT_AT, IT_REPEAT, IT_OTHER };

typedef struct {
    re_tok_t tok;
    vstr_t out;
    vstr_t posmap;          // pairs of uint32: output offset, pattern position
    vstr_t close_rank;      // uint32 per group; 0 while open
    vstr_t grouprefs;       // pairs of uint32: conditional group, position
    mp_obj_t groupdict;
    mp_int_t flags;         // state.flags
    size_t groups;          // state.groups: 1 + groups opened
    size_t lookbehind_groups; // state.lookbehindgroups; 0 for None
    uint32_t close_counter;
} re_tr_t;

static void tr_parse_sub(re_tr_t *tr, bool verbose, bool ascii, int nested);
static void tr_parse(re_tr_t *tr, bool verbose, bool ascii, int nested, bool first);

static void tr_out(re_tr_t *tr, const char *s) {
    vstr_add_str(&tr->out, s);
}

static void tr_mark(re_tr_t *tr, size_t pos) {
    uint32_t pair[2] = { (uint32_t)tr->out.len, (uint32_t)pos };
    vstr_add_strn(&tr->posmap, (const char *)pair, sizeof(pair));
}

// A literal character, written so that it means itself anywhere.
static void tr_out_lit(re_tr_t *tr, uint32_t c) {
    if (c < 0x80 && (is_asciiletter(c) || is_digit(c))) {
        vstr_add_byte(&tr->out, c);
    } else {
        vstr_printf(&tr->out, "\\x{%x}", (unsigned)c);
    }
}

static uint32_t *tr_close_rank(re_tr_t *tr) {
    return (uint32_t *)tr->close_rank.buf;
}

static bool tr_checkgroup(re_tr_t *tr, size_t gid) {
    return gid < tr->groups && tr_close_rank(tr)[gid] != 0;
}

static void tr_checklookbehindgroup(re_tr_t *tr, size_t gid) {
    if (tr->lookbehind_groups != 0) {
        if (!tr_checkgroup(tr, gid)) {
            tok_error(&tr->tok, "cannot refer to an open group", tok_tell(&tr->tok));
        }
        if (gid >= tr->lookbehind_groups) {
            tok_error(&tr->tok, "cannot refer to group defined in the same lookbehind subpattern", tok_tell(&tr->tok));
        }
    }
}

// \d \D \s \S \w \W outside (in_class false) or inside a set.
static void tr_out_category(re_tr_t *tr, uint32_t c, bool ascii, bool in_class) {
    if (tr->tok.is_str && !ascii) {
        if (c == 's') {
            tr_out(tr, in_class ? "\\s\\x{1c}-\\x{1f}" : "[\\s\\x{1c}-\\x{1f}]");
            return;
        } else if (c == 'w') {
            tr_out(tr, in_class ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
            return;
        } else if (!in_class && c == 'S') {
            tr_out(tr, "[^\\s\\x{1c}-\\x{1f}]");
            return;
        } else if (!in_class && c == 'W') {
            tr_out(tr, "[^\\p{L}\\p{N}_]");
            return;
        }
    }
    vstr_add_byte(&tr->out, '\\');
    vstr_add_byte(&tr->out, c);
}

static NORETURN void tr_bad_escape(re_tr_t *tr, const char *what, size_t b0) {
    re_tok_t *t = &tr->tok;
    vstr_t msg;
    vstr_init(&msg, 32);
    vstr_add_str(&msg, what);
    vstr_add_byte(&msg, ' ');
    tok_add_text(t, &msg, b0, tok_btell(t));
    // The position of the escape's backslash.
    size_t nchars = t->is_str ? utf8_charlen(t->s + b0, tok_btell(t) - b0) : tok_btell(t) - b0;
    tok_error_vstr(t, &msg, tok_tell(t) - nchars);
}

// The escapes shared by patterns and sets: \x \u \U \N. Returns true with
// *value set when `c` is one of them.
static bool tr_escape_code(re_tr_t *tr, uint32_t c, size_t b0, uint32_t *value) {
    re_tok_t *t = &tr->tok;
    uint64_t v;
    if (c == 'x') {
        if (tok_getwhile(t, 2, is_hexdigit, 16, &v) != 2) {
            tr_bad_escape(tr, "incomplete escape", b0);
        }
        *value = v;
        return true;
    } else if (c == 'u' && t->is_str) {
        if (tok_getwhile(t, 4, is_hexdigit, 16, &v) != 4) {
            tr_bad_escape(tr, "incomplete escape", b0);
        }
        *value = v;
        return true;
    } else if (c == 'U' && t->is_str) {
        if (tok_getwhile(t, 8, is_hexdigit, 16, &v) != 8) {
            tr_bad_escape(tr, "incomplete escape", b0);
        }
        if (v > 0x10ffff) {
            tr_bad_escape(tr, "bad escape", b0);
        }
        *value = v;
        return true;
    } else if (c == 'N' && t->is_str) {
        // Unicode's character names are not in the image.
        if (!tok_match(t, '{')) {
            tok_error(t, "missing {", tok_tell(t));
        }
        size_t n0, n1, nchars;
        tok_getuntil(t, '}', "character name", &n0, &n1, &nchars);
        tok_error_name(t, "undefined character name", n0, n1, tok_tell(t) - nchars - 4);
    }
    return false;
}

static uint32_t tr_simple_escape(uint32_t c) {
    switch (c) {
        case 'a':
            return 7;
        case 'f':
            return 12;
        case 'n':
            return 10;
        case 'r':
            return 13;
        case 't':
            return 9;
        case 'v':
            return 11;
        case '\\':
            return '\\';
        default:
            return 0;
    }
}

// An escape in a pattern (re/_parser.py's _escape); returns the item kind.
static int tr_escape(re_tr_t *tr, int32_t tok, bool ascii, size_t b0) {
    re_tok_t *t = &tr->tok;
    uint32_t c = tok & ~TOK_ESC;
    uint32_t value;
    switch (c) {
        case 'A':
            tr_out(tr, "\\A");
            return IT_AT;
        case 'Z':
            tr_out(tr, "\\z");
            return IT_AT;
        case 'b':
            tr_out(tr, "\\b");
            return IT_AT;
        case 'B':
            tr_out(tr, "\\B");
            return IT_AT;
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
            tr_out_category(tr, c, ascii, false);
            return IT_OTHER;
    }
    if ((value = tr_simple_escape(c)) != 0) {
        tr_out_lit(tr, value);
        return IT_OTHER;
    }
    if (tr_escape_code(tr, c, b0, &value)) {
        tr_out_lit(tr, value);
        return IT_OTHER;
    }
    if (c == '0') {
        uint64_t v;
        tok_getwhile(t, 2, is_octdigit, 8, &v);
        tr_out_lit(tr, v);
        return IT_OTHER;
    }
    if (is_digit(c)) {
        // An octal escape or a group reference.
        uint64_t group = c - '0';
        size_t len = 2;
        if (t->next != TOK_NONE && !(t->next & TOK_ESC) && is_digit(t->next)) {
            int32_t c2 = tok_get(t);
            len = 3;
            if (is_octdigit(c) && is_octdigit(c2) && t->next != TOK_NONE && !(t->next & TOK_ESC) && is_octdigit(t->next)) {
                int32_t c3 = tok_get(t);
                uint32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (c3 - '0');
                if (v > 0377) {
                    vstr_t msg;
                    vstr_init(&msg, 48);
                    vstr_add_str(&msg, "octal escape value ");
                    tok_add_text(t, &msg, b0, tok_btell(t));
                    vstr_add_str(&msg, " outside of range 0-0o377");
                    tok_error_vstr(t, &msg, tok_tell(t) - 4);
                }
                tr_out_lit(tr, v);
                return IT_OTHER;
            }
            group = group * 10 + (c2 - '0');
        }
        if (group < tr->groups) {
            if (!tr_checkgroup(tr, group)) {
                tok_error(t, "cannot refer to an open group", tok_tell(t) - len);
            }
            tr_checklookbehindgroup(tr, group);
            vstr_printf(&tr->out, "\\g{%u}", (unsigned)group);
            return IT_OTHER;
        }
        vstr_t msg;
        vstr_init(&msg, 32);
        vstr_printf(&msg, "invalid group reference %u", (unsigned)group);
        tok_error_vstr(t, &msg, tok_tell(t) - (len - 1));
    }
    if (is_asciiletter(c)) {
        tr_bad_escape(tr, "bad escape", b0);
    }
    tr_out_lit(tr, c);
    return IT_OTHER;
}

// An escape in a set (_class_escape). Returns true for a literal (*value),
// false for a category (already written).
static bool tr_class_escape(re_tr_t *tr, int32_t tok, bool ascii, size_t b0, uint32_t *value) {
    re_tok_t *t = &tr->tok;
    uint32_t c = tok & ~TOK_ESC;
    if (c == 'b') {
        *value = 8;
        return true;
    }
    if ((*value = tr_simple_escape(c)) != 0) {
        return true;
    }
    switch (c) {
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
            tr_out_category(tr, c, ascii, true);
            return false;
    }
    if (tr_escape_code(tr, c, b0, value)) {
        return true;
    }
    if (is_octdigit(c)) {
        uint64_t v;
        size_t n = tok_getwhile(t, 2, is_octdigit, 8, &v);
        uint64_t full = c - '0';
        for (size_t i = 0; i < n; i++) {
            full *= 8;
        }
        full += v;
        if (full > 0377) {
            vstr_t msg;
            vstr_init(&msg, 48);
            vstr_add_str(&msg, "octal escape value ");
            tok_add_text(t, &msg, b0, tok_btell(t));
            vstr_add_str(&msg, " outside of range 0-0o377");
            tok_error_vstr(t, &msg, tok_tell(t) - (2 + n));
        }
        *value = full;
        return true;
    }
    if (is_digit(c) || is_asciiletter(c)) {
        tr_bad_escape(tr, "bad escape", b0);
    }
    *value = c;
    return true;
}

// A set: [...] (the `[` read).
static void tr_class(re_tr_t *tr, bool ascii) {
    re_tok_t *t = &tr->tok;
    size_t here = tok_tell(t) - 1;
    bool negate = tok_match(t, '^');
    tr_out(tr, negate ? "[^" : "[");
    bool nonempty = false;
    for (;;) {
        size_t b0 = tok_btell(t);
        int32_t this = tok_get(t);
        size_t b0_end = tok_btell(t); // after the token (an escape's digits are read later)
        if (this == TOK_NONE) {
            tok_error(t, "unterminated character set", here);
        }
        if (this == ']' && nonempty) {
            break;
        }
        // code1: a literal (is_lit, v1) or a category (written at once,
        // unless it starts a range, which is an error anyway).
        uint32_t v1;
        bool is_lit;
        size_t out_mark = tr->out.len;
        if (this & TOK_ESC) {
            is_lit = tr_class_escape(tr, this, ascii, b0, &v1);
        } else {
            is_lit = true;
            v1 = this;
        }
        if (tok_match(t, '-')) {
            size_t b2 = tok_btell(t);
            int32_t that = tok_get(t);
            size_t b2_end = tok_btell(t);
            if (that == TOK_NONE) {
                tok_error(t, "unterminated character set", here);
            }
            if (that == ']') {
                if (is_lit) {
                    tr_out_lit(tr, v1);
                }
                tr_out_lit(tr, '-');
                break;
            }
            uint32_t v2;
            bool is_lit2;
            if (that & TOK_ESC) {
                is_lit2 = tr_class_escape(tr, that, ascii, b2, &v2);
            } else {
                is_lit2 = true;
                v2 = that;
            }
            if (!is_lit || !is_lit2 || v2 < v1) {
                vstr_t msg;
                vstr_init(&msg, 32);
                // As CPython: the two tokens (not the digits an escape
                // took after them) and a position counted back by them.
                vstr_add_str(&msg, "bad character range ");
                tok_add_text(t, &msg, b0, b0_end);
                vstr_add_byte(&msg, '-');
                tok_add_text(t, &msg, b2, b2_end);
                tok_error_vstr(t, &msg, tok_tell(t) - (tok_len(this) + 1 + tok_len(that)));
            }
            tr->out.len = out_mark;
            tr_out_lit(tr, v1);
            vstr_add_byte(&tr->out, '-');
            tr_out_lit(tr, v2);
        } else if (is_lit) {
            tr_out_lit(tr, v1);
        }
        nonempty = true;
    }
    vstr_add_byte(&tr->out, ']');
}

static mp_int_t re_flag_of(int32_t c) {
    switch (c) {
        case 'i':
            return RE_IGNORECASE;
        case 'L':
            return RE_LOCALE;
        case 'm':
            return RE_MULTILINE;
        case 's':
            return RE_DOTALL;
        case 'x':
            return RE_VERBOSE;
        case 'a':
            return RE_ASCII;
        case 't':
            return RE_TEMPLATE;
        case 'u':
            return RE_UNICODE;
        default:
            return 0;
    }
}

static bool re_tok_isalpha(int32_t c) {
    return !(c & TOK_ESC) && (is_asciiletter(c) || c >= 0x80);
}

// Inline flags after "(?" (`c` is the first); returns false for global
// flags (added to tr->flags), true for a scoped group's *add and *del.
static bool tr_parse_flags(re_tr_t *tr, int32_t c, mp_int_t *add, mp_int_t *del) {
    re_tok_t *t = &tr->tok;
    *add = *del = 0;
    if (c != '-') {
        for (;;) {
            mp_int_t flag = re_flag_of(c);
            if (t->is_str) {
                if (c == 'L') {
                    tok_error(t, "bad inline flags: cannot use 'L' flag with a str pattern", tok_tell(t));
                }
            } else {
                if (c == 'u') {
                    tok_error(t, "bad inline flags: cannot use 'u' flag with a bytes pattern", tok_tell(t));
                }
            }
            *add |= flag;
            if ((flag & RE_TYPE_FLAGS) && (*add & RE_TYPE_FLAGS) != flag) {
                tok_error(t, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", tok_tell(t));
            }
            c = tok_get(t);
            if (c == TOK_NONE) {
                tok_error(t, "missing -, : or )", tok_tell(t));
            }
            if (c == ')' || c == '-' || c == ':') {
                break;
            }
            if (c & TOK_ESC || re_flag_of(c) == 0) {
                tok_error(t, re_tok_isalpha(c) ? "unknown flag" : "missing -, : or )", tok_tell(t) - tok_len(c));
            }
        }
    }
    if (c == ')') {
        tr->flags |= *add;
        return false;
    }
    if (*add & RE_GLOBAL_FLAGS) {
        tok_error(t, "bad inline flags: cannot turn on global flag", tok_tell(t) - 1);
    }
    if (c == '-') {
        c = tok_get(t);
        if (c == TOK_NONE) {
            tok_error(t, "missing flag", tok_tell(t));
        }
        if (c & TOK_ESC || re_flag_of(c) == 0) {
            tok_error(t, re_tok_isalpha(c) ? "unknown flag" : "missing flag", tok_tell(t) - tok_len(c));
        }
        for (;;) {
            mp_int_t flag = re_flag_of(c);
            if (flag & RE_TYPE_FLAGS) {
                tok_error(t, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", tok_tell(t));
            }
            *del |= flag;
            c = tok_get(t);
            if (c == TOK_NONE) {
                tok_error(t, "missing :", tok_tell(t));
            }
            if (c == ':') {
                break;
            }
            if (c & TOK_ESC || re_flag_of(c) == 0) {
                tok_error(t, re_tok_isalpha(c) ? "unknown flag" : "missing :", tok_tell(t) - tok_len(c));
            }
        }
    }
    if (*del & RE_GLOBAL_FLAGS) {
        tok_error(t, "bad inline flags: cannot turn off global flag", tok_tell(t) - 1);
    }
    if (*add & *del) {
        tok_error(t, "bad inline flags: flag turned on and off", tok_tell(t) - 1);
    }
    return true;
}

static size_t tr_opengroup(re_tr_t *tr, mp_obj_t name, size_t name_chars) {
    size_t gid = tr->groups++;
    uint32_t zero = 0;
    vstr_add_strn(&tr->close_rank, (const char *)&zero, sizeof(zero));
    if (name != MP_OBJ_NULL) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(tr->groupdict), name, MP_MAP_LOOKUP);
        if (elem != NULL) {
            vstr_t msg;
            vstr_init(&msg, 48);
            mp_print_t vp = { &msg, (mp_print_strn_t)vstr_add_strn };
            mp_print_str(&vp, "redefinition of group name ");
            mp_obj_print_helper(&vp, name, PRINT_REPR);
            mp_printf(&vp, " as group %u; was group " INT_FMT, (unsigned)gid, MP_OBJ_SMALL_INT_VALUE(elem->value));
            tok_error_vstr(&tr->tok, &msg, tok_tell(&tr->tok) - name_chars - 1);
        }
        mp_obj_dict_store(tr->groupdict, name, MP_OBJ_NEW_SMALL_INT(gid));
    }
    return gid;
}

// A group: ( read. Returns the item kind, or IT_NONE when nothing was added
// (a comment, global flags).
static int tr_group(re_tr_t *tr, bool *verbose, bool *ascii, int nested, bool first, bool nonempty) {
    re_tok_t *t = &tr->tok;
    size_t start = tok_tell(t) - 1;
    // Each group level is two of `nested`; PCRE2 refuses more than
    // RE_MAX_NESTING levels anyway, so this recursion stops there too.
    if (nested > 2 * RE_MAX_NESTING) {
        tok_error(t, "parentheses are too deeply nested", start);
    }
    MP_STACK_CHECK();
    bool capture = true, atomic = false;
    mp_obj_t name = MP_OBJ_NULL;
    size_t name_chars = 0;
    mp_int_t add = 0, del = 0;
    if (tok_match(t, '?')) {
        size_t cb0 = tok_btell(t);
        int32_t c = tok_get(t);
        if (c == TOK_NONE) {
            tok_error(t, "unexpected end of pattern", tok_tell(t));
        }
        if (c == 'P') {
            if (tok_match(t, '<')) {
                size_t b0, b1;
                tok_getuntil(t, '>', "group name", &b0, &b1, &name_chars);
                tok_checkgroupname(t, b0, b1, name_chars, 1);
                name = tok_name_obj(t, b0, b1);
            } else if (tok_match(t, '=')) {
                size_t b0, b1, nchars;
                tok_getuntil(t, ')', "group name", &b0, &b1, &nchars);
                tok_checkgroupname(t, b0, b1, nchars, 1);
                mp_obj_t n = tok_name_obj(t, b0, b1);
                mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(tr->groupdict), n, MP_MAP_LOOKUP);
                if (elem == NULL) {
                    tok_error_name(t, "unknown group name", b0, b1, tok_tell(t) - nchars - 1);
                }
                size_t gid = MP_OBJ_SMALL_INT_VALUE(elem->value);
                if (!tr_checkgroup(tr, gid)) {
                    tok_error(t, "cannot refer to an open group", tok_tell(t) - nchars - 1);
                }
                tr_checklookbehindgroup(tr, gid);
                vstr_printf(&tr->out, "\\g{%u}", (unsigned)gid);
                return IT_OTHER;
            } else {
                size_t b0 = tok_btell(t);
                c = tok_get(t);
                if (c == TOK_NONE) {
                    tok_error(t, "unexpected end of pattern", tok_tell(t));
                }
                vstr_t msg;
                vstr_init(&msg, 32);
                vstr_add_str(&msg, "unknown extension ?P");
                tok_add_text(t, &msg, b0, tok_btell(t));
                tok_error_vstr(t, &msg, tok_tell(t) - tok_len(c) - 2);
            }
        } else if (c == ':') {
            capture = false;
        } else if (c == '#') {
            for (;;) {
                if (t->next == TOK_NONE) {
                    tok_error(t, "missing ), unterminated comment", start);
                }
                if (tok_get(t) == ')') {
                    break;
                }
            }
            return IT_NONE;
        } else if (c == '=' || c == '!' || c == '<') {
            bool behind = false;
            if (c == '<') {
                size_t b0 = tok_btell(t);
                c = tok_get(t);
                if (c == TOK_NONE) {
                    tok_error(t, "unexpected end of pattern", tok_tell(t));
                }
                if (c != '=' && c != '!') {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    vstr_add_str(&msg, "unknown extension ?<");
                    tok_add_text(t, &msg, b0, tok_btell(t));
                    tok_error_vstr(t, &msg, tok_tell(t) - tok_len(c) - 2);
                }
                behind = true;
            }
            size_t saved_lookbehind = tr->lookbehind_groups;
            if (behind && saved_lookbehind == 0) {
                tr->lookbehind_groups = tr->groups;
            }
            tr_out(tr, behind ? (c == '=' ? "(?<=" : "(?<!") : (c == '=' ? "(?=" : "(?!"));
            tr_parse_sub(tr, *verbose, *ascii, nested + 1);
            if (behind && saved_lookbehind == 0) {
                tr->lookbehind_groups = 0;
            }
            if (!tok_match(t, ')')) {
                tok_error(t, "missing ), unterminated subpattern", start);
            }
            vstr_add_byte(&tr->out, ')');
            return IT_OTHER;
        } else if (c == '(') {
            size_t b0, b1, nchars;
            tok_getuntil(t, ')', "group name", &b0, &b1, &nchars);
            uint64_t condgroup;
            if (re_isidentifier(t->s + b0, b1 - b0)) {
                mp_obj_t n = tok_name_obj(t, b0, b1);
                mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(tr->groupdict), n, MP_MAP_LOOKUP);
                if (elem == NULL) {
                    tok_error_name(t, "unknown group name", b0, b1, tok_tell(t) - nchars - 1);
                }
                condgroup = MP_OBJ_SMALL_INT_VALUE(elem->value);
            } else {
                if (!re_parse_number(t->s + b0, b1 - b0, &condgroup)) {
                    tok_error_name(t, "bad character in group name", b0, b1, tok_tell(t) - nchars - 1);
                }
                if (condgroup == 0) {
                    tok_error(t, "bad group number", tok_tell(t) - nchars - 1);
                }
                if (condgroup >= RE_MAXGROUPS) {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    vstr_printf(&msg, "invalid group reference %u", (unsigned)condgroup);
                    tok_error_vstr(t, &msg, tok_tell(t) - nchars - 1);
                }
                bool seen = false;
                uint32_t *refs = (uint32_t *)tr->grouprefs.buf;
                for (size_t i = 0; i < tr->grouprefs.len / 8; i++) {
                    seen |= refs[2 * i] == condgroup;
                }
                if (!seen) {
                    uint32_t pair[2] = { (uint32_t)condgroup, (uint32_t)(tok_tell(t) - nchars - 1) };
                    vstr_add_strn(&tr->grouprefs, (const char *)pair, sizeof(pair));
                }
            }
            tr_checklookbehindgroup(tr, condgroup);
            vstr_printf(&tr->out, "(?(%u)", (unsigned)condgroup);
            tr_parse(tr, *verbose, *ascii, nested + 1, false);
            if (tok_match(t, '|')) {
                vstr_add_byte(&tr->out, '|');
                tr_parse(tr, *verbose, *ascii, nested + 1, false);
                if (t->next == '|') {
                    tok_error(t, "conditional backref with more than two branches", tok_tell(t));
                }
            }
            if (!tok_match(t, ')')) {
                tok_error(t, "missing ), unterminated subpattern", start);
            }
            vstr_add_byte(&tr->out, ')');
            return IT_OTHER;
        } else if (c == '>') {
            capture = false;
            atomic = true;
        } else if (!(c & TOK_ESC) && (re_flag_of(c) != 0 || c == '-')) {
            if (!tr_parse_flags(tr, c, &add, &del)) {
                if (!first || nonempty) {
                    tok_error(t, "global flags not at the start of the expression", start);
                }
                *verbose = tr->flags & RE_VERBOSE;
                *ascii = tr->flags & RE_ASCII;
                return IT_NONE;
            }
            capture = false;
        } else {
            vstr_t msg;
            vstr_init(&msg, 32);
            vstr_add_str(&msg, "unknown extension ?");
            tok_add_text(t, &msg, cb0, tok_btell(t));
            tok_error_vstr(t, &msg, tok_tell(t) - tok_len(c) - 1);
        }
    }
    size_t gid = 0;
    bool sub_ascii = *ascii;
    if (capture) {
        gid = tr_opengroup(tr, name, name_chars);
        vstr_add_byte(&tr->out, '(');
    } else if (atomic) {
        tr_out(tr, "(?>");
    } else {
        // Scoped flags: i m s as PCRE2's; x is resolved here; a (and u
        // undoing a global a) are PCRE2's ASCII options, with case
        // folding kept to ASCII (r) as far as PCRE2 can.
        tr_out(tr, "(?");
        if (add & RE_IGNORECASE) {
            tr_out(tr, "i");
        }
        if (add & RE_MULTILINE) {
            tr_out(tr, "m");
        }
        if (add & RE_DOTALL) {
            tr_out(tr, "s");
        }
        if (tr->tok.is_str && (add & RE_ASCII)) {
            tr_out(tr, "ar");
            sub_ascii = true;
        }
        bool unascii = tr->tok.is_str && (add & RE_UNICODE) && *ascii;
        if (del & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL) || unascii) {
            tr_out(tr, "-");
            if (del & RE_IGNORECASE) {
                tr_out(tr, "i");
            }
            if (del & RE_MULTILINE) {
                tr_out(tr, "m");
            }
            if (del & RE_DOTALL) {
                tr_out(tr, "s");
            }
            if (unascii) {
                tr_out(tr, "ar");
                sub_ascii = false;
            }
        }
        tr_out(tr, ":");
    }
    bool sub_verbose = (*verbose || (add & RE_VERBOSE)) && !(del & RE_VERBOSE);
    tr_parse_sub(tr, sub_verbose, sub_ascii, nested + 1);
    if (!tok_match(t, ')')) {
        tok_error(t, "missing ), unterminated subpattern", start);
    }
    if (capture) {
        tr_close_rank(tr)[gid] = ++tr->close_counter;
    }
    vstr_add_byte(&tr->out, ')');
    return IT_OTHER;
}

// A repeat: the quantifier `this` read. Returns false if `{` was a literal.
static bool tr_repeat(re_tr_t *tr, int32_t this, int last) {
    re_tok_t *t = &tr->tok;
    size_t here = tok_tell(t);
    uint64_t min = 0, max = RE_MAXREPEAT;
    if (this == '?') {
        max = 1;
    } else if (this == '+') {
        min = 1;
    } else if (this == '{') {
        if (t->next == '}') {
            tr_out_lit(tr, '{');
            return false;
        }
        re_tok_t saved = *t;
        uint64_t lo, hi;
        size_t nlo = tok_getwhile(t, SIZE_MAX, is_digit, 10, &lo);
        size_t nhi;
        if (tok_match(t, ',')) {
            nhi = tok_getwhile(t, SIZE_MAX, is_digit, 10, &hi);
        } else {
            nhi = nlo;
            hi = lo;
        }
        if (!tok_match(t, '}')) {
            *t = saved;
            tr_out_lit(tr, '{');
            return false;
        }
        if (nlo) {
            min = lo;
            if (min >= RE_MAXREPEAT) {
                mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("the repetition number is too large"));
            }
        }
        if (nhi) {
            max = hi;
            if (max >= RE_MAXREPEAT) {
                mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("the repetition number is too large"));
            }
            if (max < min) {
                tok_error(t, "min repeat greater than max repeat", here);
            }
        }
    }
    if (last == IT_NONE || last == IT_AT) {
        tok_error(t, "nothing to repeat", here - 1);
    }
    if (last == IT_REPEAT) {
        tok_error(t, "multiple repeat", here - 1);
    }
    if (this == '{') {
        if (max == RE_MAXREPEAT) {
            vstr_printf(&tr->out, "{%u,}", (unsigned)min);
        } else if (min == max) {
            vstr_printf(&tr->out, "{%u}", (unsigned)min);
        } else {
            vstr_printf(&tr->out, "{%u,%u}", (unsigned)min, (unsigned)max);
        }
    } else {
        vstr_add_byte(&tr->out, this);
    }
    if (tok_match(t, '?')) {
        vstr_add_byte(&tr->out, '?');
    } else if (tok_match(t, '+')) {
        vstr_add_byte(&tr->out, '+');
    }
    return true;
}

static bool re_is_verbose_space(int32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A sequence (re/_parser.py's _parse).
static void tr_parse(re_tr_t *tr, bool verbose, bool ascii, int nested, bool first) {
    re_tok_t *t = &tr->tok;
    int last = IT_NONE;
    bool nonempty = false;
    for (;;) {
        int32_t this = t->next;
        if (this == TOK_NONE || this == '|' || this == ')') {
            break;
        }
        size_t this_pos = tok_tell(t);
        size_t b0 = tok_btell(t);
        tok_advance(t);
        if (verbose) {
            if (re_is_verbose_space(this)) {
                continue;
            }
            if (this == '#') {
                for (;;) {
                    this = tok_get(t);
                    if (this == TOK_NONE || this == '\n') {
                        break;
                    }
                }
                continue;
            }
        }
        tr_mark(tr, this_pos);
        if (this & TOK_ESC) {
            last = tr_escape(tr, this, ascii, b0);
        } else if (this == '[') {
            tr_class(tr, ascii);
            last = IT_OTHER;
        } else if (this == '*' || this == '+' || this == '?' || this == '{') {
            last = tr_repeat(tr, this, last) ? IT_REPEAT : IT_OTHER;
        } else if (this == '.') {
            vstr_add_byte(&tr->out, '.');
            last = IT_OTHER;
        } else if (this == '(') {
            int kind = tr_group(tr, &verbose, &ascii, nested, first, nonempty);
            if (kind == IT_NONE) {
                continue;
            }
            last = kind;
        } else if (this == '^') {
            vstr_add_byte(&tr->out, '^');
            last = IT_AT;
        } else if (this == '$') {
            vstr_add_byte(&tr->out, '$');
            last = IT_AT;
        } else {
            tr_out_lit(tr, this);
            last = IT_OTHER;
        }
        nonempty = true;
    }
}

// An alternation (_parse_sub).
static void tr_parse_sub(re_tr_t *tr, bool verbose, bool ascii, int nested) {
    bool first_item = true;
    for (;;) {
        tr_parse(tr, verbose, ascii, nested + 1, nested == 0 && first_item);
        first_item = false;
        if (!tok_match(&tr->tok, '|')) {
            break;
        }
        vstr_add_byte(&tr->out, '|');
        if (nested == 0) {
            verbose = tr->flags & RE_VERBOSE;
            ascii = tr->flags & RE_ASCII;
        }
    }
}

/******************************************************************************/
// Compiling.

static mp_int_t re_fix_flags(bool is_str, mp_int_t flags) {
    if (is_str) {
        if (flags & RE_LOCALE) {
            mp_raise_ValueError(MP_ERROR_TEXT("cannot use LOCALE flag with a str pattern"));
        }
        if (!(flags & RE_ASCII)) {
            flags |= RE_UNICODE;
        } else if (flags & RE_UNICODE) {
            mp_raise_ValueError(MP_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if (flags & RE_UNICODE) {
            mp_raise_ValueError(MP_ERROR_TEXT("cannot use UNICODE flag with a bytes pattern"));
        }
        if ((flags & RE_LOCALE) && (flags & RE_ASCII)) {
            mp_raise_ValueError(MP_ERROR_TEXT("ASCII and LOCALE flags are incompatible"));
        }
    }
    return flags;
}

static mp_obj_t re_compile_new(mp_obj_t pattern, mp_int_t flags) {
    re_init_contexts();
    re_tr_t tr;
    tok_init(&tr.tok, pattern);
    vstr_init(&tr.out, tr.tok.len * 2 + 16);
    vstr_init(&tr.posmap, 64);
    vstr_init(&tr.close_rank, 64);
    vstr_init(&tr.grouprefs, 0);
    tr.groupdict = mp_obj_new_dict(0);
    tr.flags = flags;
    tr.groups = 1;
    tr.lookbehind_groups = 0;
    tr.close_counter = 0;
    uint32_t zero = 0;
    vstr_add_strn(&tr.close_rank, (const char *)&zero, sizeof(zero)); // group 0

    tr_parse_sub(&tr, flags & RE_VERBOSE, flags & RE_ASCII, 0);
    bool is_str = tr.tok.is_str;
    mp_int_t final_flags = re_fix_flags(is_str, tr.flags);
    if (tr.tok.next != TOK_NONE) {
        tok_error(&tr.tok, "unbalanced parenthesis", tok_tell(&tr.tok));
    }
    uint32_t *refs = (uint32_t *)tr.grouprefs.buf;
    for (size_t i = 0; i < tr.grouprefs.len / 8; i++) {
        if (refs[2 * i] >= tr.groups) {
            vstr_t msg;
            vstr_init(&msg, 32);
            vstr_printf(&msg, "invalid group reference %u", (unsigned)refs[2 * i]);
            tok_error_vstr(&tr.tok, &msg, refs[2 * i + 1]);
        }
    }

    uint32_t options = PCRE2_ALT_CIRCUMFLEX | PCRE2_NEVER_BACKSLASH_C;
    uint32_t extra = PCRE2_EXTRA_NEVER_CALLOUT;
    if (is_str) {
        options |= PCRE2_UTF | PCRE2_UCP;
        extra |= PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES;
        if (final_flags & RE_ASCII) {
            extra |= PCRE2_EXTRA_ASCII_BSD | PCRE2_EXTRA_ASCII_BSS | PCRE2_EXTRA_ASCII_BSW
                | PCRE2_EXTRA_ASCII_POSIX | PCRE2_EXTRA_ASCII_DIGIT | PCRE2_EXTRA_CASELESS_RESTRICT;
        }
    }
    if (final_flags & RE_IGNORECASE) {
        options |= PCRE2_CASELESS;
    }
    if (final_flags & RE_MULTILINE) {
        options |= PCRE2_MULTILINE;
    }
    if (final_flags & RE_DOTALL) {
        options |= PCRE2_DOTALL;
    }
    pcre2_compile_context *cctx = MP_STATE_VM(re_pcre2_cctx);
    pcre2_set_compile_extra_options(cctx, extra);
    int errcode;
    PCRE2_SIZE erroffset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)tr.out.buf, tr.out.len, options, &errcode, &erroffset, cctx);
    if (code == NULL) {
        if (errcode == PCRE2_ERROR_HEAP_FAILED) {
            mp_raise_type(&mp_type_MemoryError);
        }
        if (errcode == 125 || errcode == 135 || errcode == 187 || errcode == 200) {
            static const char msg[] = "look-behind requires fixed-width pattern";
            re_raise_error(mp_obj_new_str(msg, sizeof(msg) - 1), mp_const_none, -1);
        }
        PCRE2_UCHAR buf[160];
        int n = pcre2_get_error_message(errcode, buf, sizeof(buf));
        // The pattern position of the output item the offset falls in.
        size_t pos = 0;
        uint32_t *map = (uint32_t *)tr.posmap.buf;
        for (size_t i = 0; i < tr.posmap.len / 8 && map[2 * i] <= erroffset; i++) {
            pos = map[2 * i + 1];
        }
        re_raise_error(mp_obj_new_str((const char *)buf, n > 0 ? (size_t)n : 0), pattern, pos);
    }
    vstr_clear(&tr.out);
    vstr_clear(&tr.posmap);

    size_t groups = tr.groups - 1;
    re_pattern_obj_t *self = mp_obj_malloc_var(re_pattern_obj_t, close_rank, uint32_t, groups + 1, &re_pattern_type);
    self->pattern = pattern;
    self->groupindex = tr.groupdict;
    self->code = code;
    self->md = NULL;
    self->flags = final_flags;
    self->key_flags = flags;
    self->groups = groups;
    self->is_bytes = !is_str;
    memcpy(self->close_rank, tr.close_rank.buf, (groups + 1) * sizeof(uint32_t));
    vstr_clear(&tr.close_rank);
    return MP_OBJ_FROM_PTR(self);
}

// A Pattern for (pattern, flags), from the cache when it has one.
static re_pattern_obj_t *re_get_pattern(mp_obj_t pattern, mp_int_t flags) {
    if (mp_obj_is_type(pattern, &re_pattern_type)) {
        if (flags != 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("cannot process flags argument with a compiled pattern"));
        }
        return MP_OBJ_TO_PTR(pattern);
    }
    if (!mp_obj_is_str(pattern) && !mp_obj_is_type(pattern, &mp_type_bytes)) {
        mp_raise_TypeError(MP_ERROR_TEXT("first argument must be string or compiled pattern"));
    }
    bool is_bytes = !mp_obj_is_str(pattern);
    for (size_t i = 0; i < RE_CACHE_SIZE; i++) {
        mp_obj_t c = MP_STATE_VM(re_cache)[i];
        if (c == MP_OBJ_NULL) {
            continue;
        }
        re_pattern_obj_t *p = MP_OBJ_TO_PTR(c);
        if (p->key_flags == flags && p->is_bytes == is_bytes && mp_obj_equal(p->pattern, pattern)) {
            return p;
        }
    }
    mp_obj_t p = re_compile_new(pattern, flags);
    MP_STATE_VM(re_cache)[re_cache_next] = p;
    re_cache_next = (re_cache_next + 1) % RE_CACHE_SIZE;
    return MP_OBJ_TO_PTR(p);
}

/******************************************************************************/
// Subjects and positions.

typedef struct {
    mp_obj_t obj;
    const byte *data;
    size_t len;             // in bytes
    bool is_str;
    bool ascii;             // positions are byte offsets
    bool keep;              // remember this subject for the next call
    re_cursor_t cur;        // where offsets are converted from
    re_cursor_t end_cur;    // where endpos is converted from
} re_subject_t;

// Checks that a str is UTF-8 PCRE2 can read without checking it (every
// code point at most U+10FFFF); says whether it is all ASCII.
static bool re_scan_str(const byte *s, size_t len, bool *ascii) {
    bool all_ascii = true;
    size_t i = 0;
    while (i < len) {
        byte c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        all_ascii = false;
        size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
        if (n == 0 || c >= 0xf5 || i + n > len || (c == 0xf4 && s[i + 1] >= 0x90)) {
            return false;
        }
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xc0) != 0x80) {
                return false;
            }
        }
        i += n;
    }
    *ascii = all_ascii;
    return true;
}

static void re_subject_init(re_subject_t *subj, mp_obj_t obj, re_pattern_obj_t *pat) {
    subj->obj = obj;
    subj->keep = false;
    subj->cur.b = subj->cur.c = 0;
    subj->end_cur = subj->cur;
    if (mp_obj_is_str(obj)) {
        if (pat->is_bytes) {
            mp_raise_TypeError(MP_ERROR_TEXT("cannot use a bytes pattern on a string-like object"));
        }
        subj->data = (const byte *)mp_obj_str_get_data(obj, &subj->len);
        subj->is_str = true;
        if (obj == MP_STATE_VM(re_last_subject)) {
            subj->ascii = re_last_ascii;
            subj->cur = re_last_cur;
            subj->end_cur = re_last_end_cur;
        } else if (!re_scan_str(subj->data, subj->len, &subj->ascii)) {
            mp_raise_ValueError(MP_ERROR_TEXT("re: the string holds a code point past U+10FFFF"));
        }
        return;
    }
    mp_buffer_info_t bufinfo;
    if (!mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected string or bytes-like object, got '%s'"),
            mp_obj_get_type_str(obj));
    }
    if (!pat->is_bytes) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
    }
    subj->data = bufinfo.buf;
    subj->len = bufinfo.len;
    subj->is_str = false;
    subj->ascii = true;
}

// A bytes-like subject may have changed under a callback: take its buffer
// again.
static void re_subject_refresh(re_subject_t *subj) {
    if (!subj->is_str && !mp_obj_is_type(subj->obj, &mp_type_bytes)) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(subj->obj, &bufinfo, MP_BUFFER_READ);
        subj->data = bufinfo.buf;
        subj->len = bufinfo.len;
    }
}

// A str searched from a position (a tokenizer's `pattern.match(text, pos)`
// loop) is remembered with its cursors, so that the next call need not
// scan it again nor walk to its position from the start. Only then: the
// reference keeps the string alive until another such call.
static void re_subject_done(re_subject_t *subj) {
    if (subj->is_str && (subj->keep || subj->obj == MP_STATE_VM(re_last_subject))) {
        MP_STATE_VM(re_last_subject) = subj->obj;
        re_last_ascii = subj->ascii;
        re_last_cur = subj->cur;
        re_last_end_cur = subj->end_cur;
    }
}

// The index of byte offset b (a character boundary).
static size_t re_b2c(re_subject_t *subj, size_t b) {
    if (subj->ascii) {
        return b;
    }
    const byte *s = subj->data;
    size_t cb = subj->cur.b, cc = subj->cur.c;
    if (b >= cb) {
        for (; cb < b; cb++) {
            cc += (s[cb] & 0xc0) != 0x80;
        }
    } else {
        for (; cb > b; cb--) {
            cc -= (s[cb - 1] & 0xc0) != 0x80;
        }
    }
    subj->cur.b = cb;
    subj->cur.c = cc;
    return cc;
}

// The byte offset of index c, or of the end of the string when it is
// shorter (*c is then set to its length), walking from a cursor.
static size_t re_c2b(re_subject_t *subj, re_cursor_t *cur, mp_int_t *c) {
    if (subj->ascii) {
        if ((size_t)*c > subj->len) {
            *c = subj->len;
        }
        return *c;
    }
    const byte *s = subj->data;
    size_t len = subj->len;
    size_t cb = cur->b, cc = cur->c;
    size_t target = *c;
    if (target >= cc) {
        while (cc < target && cb < len) {
            cb++;
            while (cb < len && (s[cb] & 0xc0) == 0x80) {
                cb++;
            }
            cc++;
        }
    } else {
        while (cc > target) {
            cb--;
            while (cb > 0 && (s[cb] & 0xc0) == 0x80) {
                cb--;
            }
            cc--;
        }
    }
    cur->b = cb;
    cur->c = cc;
    *c = cc;
    return cb;
}

// A slice of the subject as CPython returns it: str for str, bytes for any
// bytes-like object; the object itself when the slice is all of it.
static mp_obj_t re_slice(mp_obj_t obj, bool is_str, const byte *data, size_t len, size_t b0, size_t b1) {
    if (b0 == 0 && b1 == len && (mp_obj_is_exact_type(obj, &mp_type_str) || mp_obj_is_qstr(obj) || mp_obj_is_exact_type(obj, &mp_type_bytes))) {
        return obj;
    }
    if (b1 > len) {
        b1 = len;
    }
    if (b0 > b1) {
        b0 = b1;
    }
    if (b0 == b1) {
        return is_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    }
    return mp_obj_new_str_copy(is_str ? &mp_type_str : &mp_type_bytes, data + b0, b1 - b0);
}

/******************************************************************************/
// Matching.

static NORETURN void re_raise_match_error(int rc) {
    if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT) {
        mp_raise_msg(&mp_type_MemoryError, MP_ERROR_TEXT("re: out of backtracking memory"));
    }
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("re: backtracking limit exceeded (the pattern backtracks catastrophically on this string)"));
    }
    PCRE2_UCHAR buf[120];
    int n = pcre2_get_error_message(rc, buf, sizeof(buf));
    mp_raise_msg_varg(&mp_type_RuntimeError, MP_ERROR_TEXT("re: %s"), n > 0 ? (const char *)buf : "match error");
}

static pcre2_match_data *re_md_take(re_pattern_obj_t *pat) {
    pcre2_match_data *md = pat->md;
    if (md != NULL) {
        pat->md = NULL;
        return md;
    }
    md = pcre2_match_data_create(pat->groups + 1, MP_STATE_VM(re_pcre2_gctx));
    if (md == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    return md;
}

static void re_md_give(re_pattern_obj_t *pat, pcre2_match_data *md) {
    if (pat->md == NULL && pcre2_get_match_data_heapframes_size(md) <= RE_MD_KEEP_MAX) {
        pat->md = md;
    } else {
        pcre2_match_data_free(md);
    }
}

// One search; the number of groups set plus one, or 0 for no match.
static int re_exec(re_pattern_obj_t *pat, re_subject_t *subj, pcre2_match_data *md, size_t start_b, size_t end_b, uint32_t options) {
    if (start_b > end_b) {
        return 0;
    }
    if (subj->is_str) {
        options |= PCRE2_NO_UTF_CHECK;
    }
    // Catastrophic backtracking is stopped by the call's limits, like any
    // other code: the search runs in rounds with a match limit that
    // doubles (so repeated work is at most the last round's again), and
    // between rounds the port's deadline check (for hosts that cannot
    // interrupt the instance) and pending exceptions (Ctrl-C) get their
    // turn. Fuel and epoch interruption reach the matching code directly.
    pcre2_match_context *mctx = MP_STATE_VM(re_pcre2_mctx);
    uint32_t limit = RE_FIRST_MATCH_LIMIT;
    int rc;
    for (;;) {
        pcre2_set_match_limit(mctx, limit);
        rc = pcre2_match(pat->code, subj->data, end_b, start_b, options, md, mctx);
        if (rc != PCRE2_ERROR_MATCHLIMIT || limit == UINT32_MAX) {
            break;
        }
        RE_DEADLINE_CHECK();
        #if MICROPY_ENABLE_SCHEDULER
        mp_handle_pending(true);
        #endif
        limit = limit > UINT32_MAX / 2 ? UINT32_MAX : limit * 2;
    }
    if (rc > 0) {
        return rc;
    }
    if (rc == PCRE2_ERROR_NOMATCH) {
        return 0;
    }
    re_raise_match_error(rc);
}

static mp_obj_t re_match_new(re_pattern_obj_t *pat, re_subject_t *subj, pcre2_match_data *md, int rc, mp_int_t pos, mp_int_t endpos) {
    size_t n = pat->groups + 1;
    re_match_obj_t *m = mp_obj_malloc_var(re_match_obj_t, off, mp_int_t, 4 * n, &re_match_type);
    m->re = pat;
    m->string = subj->obj;
    m->pos = pos;
    m->endpos = endpos;
    m->ngroups1 = n;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        mp_int_t *o = &m->off[4 * i];
        if ((int)i < rc && ov[2 * i] != PCRE2_UNSET) {
            o[2] = ov[2 * i];
            o[3] = ov[2 * i + 1];
            o[0] = re_b2c(subj, ov[2 * i]);
            o[1] = re_b2c(subj, ov[2 * i + 1]);
            if (i > 0 && (best == 0 || o[3] > m->off[4 * best + 3]
                          || (o[3] == m->off[4 * best + 3] && pat->close_rank[i] > pat->close_rank[best]))) {
                best = i;
            }
        } else {
            o[0] = o[1] = o[2] = o[3] = -1;
        }
    }
    m->lastindex = best ? (mp_int_t)best : -1;
    return MP_OBJ_FROM_PTR(m);
}

// The arguments string, pos, endpos of search, match, fullmatch, findall
// and finditer.
typedef struct {
    size_t start_b, end_b;
    mp_int_t pos, endpos;
} re_span_t;

static void re_span_init(re_subject_t *subj, mp_obj_t pos_in, mp_obj_t endpos_in, re_span_t *span) {
    mp_int_t pos = pos_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(pos_in);
    if (pos < 0) {
        pos = 0;
    }
    // The cursor is kept at pos (matches come after it), endpos has its own.
    subj->keep = pos > 0;
    span->start_b = re_c2b(subj, &subj->cur, &pos);
    span->pos = pos;
    if (endpos_in == MP_OBJ_NULL) {
        span->end_b = subj->len;
        span->endpos = subj->ascii ? (mp_int_t)subj->len : -1;
    } else {
        mp_int_t endpos = mp_obj_get_int(endpos_in);
        if (endpos < 0) {
            endpos = 0;
        }
        span->end_b = re_c2b(subj, &subj->end_cur, &endpos);
        span->endpos = endpos;
    }
}

static mp_obj_t re_do_match(re_pattern_obj_t *pat, mp_obj_t string, mp_obj_t pos, mp_obj_t endpos, uint32_t options) {
    re_subject_t subj;
    re_subject_init(&subj, string, pat);
    re_span_t span;
    re_span_init(&subj, pos, endpos, &span);
    pcre2_match_data *md = re_md_take(pat);
    int rc = re_exec(pat, &subj, md, span.start_b, span.end_b, options);
    mp_obj_t result = mp_const_none;
    if (rc > 0) {
        result = re_match_new(pat, &subj, md, rc, span.pos, span.endpos);
    }
    re_md_give(pat, md);
    re_subject_done(&subj);
    return result;
}

/******************************************************************************/
// Replacement templates (re/_parser.py's parse_template).

typedef struct {
    vstr_t lit;             // the literal text
    vstr_t items;           // int32 per item: >= 0 literal length, < 0 group -1 - g
} re_template_t;

static void re_template_lit_end(re_template_t *tp, size_t *lit_start) {
    if (tp->lit.len > *lit_start) {
        int32_t n = tp->lit.len - *lit_start;
        vstr_add_strn(&tp->items, (const char *)&n, sizeof(n));
        *lit_start = tp->lit.len;
    }
}

static void re_template_group(re_template_t *tp, size_t *lit_start, size_t g) {
    re_template_lit_end(tp, lit_start);
    int32_t n = -1 - (int32_t)g;
    vstr_add_strn(&tp->items, (const char *)&n, sizeof(n));
}

static void re_template_parse(re_pattern_obj_t *pat, mp_obj_t repl, re_template_t *tp) {
    re_tok_t t;
    tok_init(&t, repl);
    vstr_init(&tp->lit, t.len);
    vstr_init(&tp->items, 16);
    size_t lit_start = 0;
    for (;;) {
        size_t b0 = tok_btell(&t);
        int32_t this = tok_get(&t);
        if (this == TOK_NONE) {
            break;
        }
        if (!(this & TOK_ESC)) {
            if (t.is_str) {
                vstr_add_char(&tp->lit, this);
            } else {
                vstr_add_byte(&tp->lit, this);
            }
            continue;
        }
        uint32_t c = this & ~TOK_ESC;
        if (c == 'g') {
            if (!tok_match(&t, '<')) {
                tok_error(&t, "missing <", tok_tell(&t));
            }
            size_t n0, n1, nchars;
            tok_getuntil(&t, '>', "group name", &n0, &n1, &nchars);
            uint64_t index;
            if (re_isidentifier(t.s + n0, n1 - n0)) {
                mp_obj_t name = tok_name_obj(&t, n0, n1);
                mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(pat->groupindex), name, MP_MAP_LOOKUP);
                if (elem == NULL) {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    mp_print_t vp = { &msg, (mp_print_strn_t)vstr_add_strn };
                    mp_print_str(&vp, "unknown group name ");
                    mp_obj_print_helper(&vp, name, PRINT_REPR);
                    mp_raise_type_arg(&mp_type_IndexError, mp_obj_new_str_from_vstr(&msg));
                }
                index = MP_OBJ_SMALL_INT_VALUE(elem->value);
            } else {
                if (!re_parse_number(t.s + n0, n1 - n0, &index)) {
                    tok_error_name(&t, "bad character in group name", n0, n1, tok_tell(&t) - nchars - 1);
                }
                if (index >= RE_MAXGROUPS) {
                    vstr_t msg;
                    vstr_init(&msg, 32);
                    vstr_printf(&msg, "invalid group reference %u", (unsigned)index);
                    tok_error_vstr(&t, &msg, tok_tell(&t) - nchars - 1);
                }
            }
            if (index > pat->groups) {
                vstr_t msg;
                vstr_init(&msg, 32);
                vstr_printf(&msg, "invalid group reference %u", (unsigned)index);
                tok_error_vstr(&t, &msg, tok_tell(&t) - nchars - 1);
            }
            re_template_group(tp, &lit_start, index);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && t.next != TOK_NONE && !(t.next & TOK_ESC) && is_octdigit(t.next); k++) {
                v = v * 8 + (tok_get(&t) - '0');
            }
            v &= 0xff;
            if (t.is_str) {
                vstr_add_char(&tp->lit, v);
            } else {
                vstr_add_byte(&tp->lit, v);
            }
        } else if (is_digit(c)) {
            size_t len = 1;
            uint32_t g = c - '0';
            if (t.next != TOK_NONE && !(t.next & TOK_ESC) && is_digit(t.next)) {
                int32_t c2 = tok_get(&t);
                len = 2;
                if (is_octdigit(c) && is_octdigit(c2) && t.next != TOK_NONE && !(t.next & TOK_ESC) && is_octdigit(t.next)) {
                    int32_t c3 = tok_get(&t);
                    uint32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (c3 - '0');
                    if (v > 0377) {
                        vstr_t msg;
                        vstr_init(&msg, 48);
                        vstr_add_str(&msg, "octal escape value ");
                        tok_add_text(&t, &msg, b0, tok_btell(&t));
                        vstr_add_str(&msg, " outside of range 0-0o377");
                        tok_error_vstr(&t, &msg, tok_tell(&t) - 4);
                    }
                    if (t.is_str) {
                        vstr_add_char(&tp->lit, v);
                    } else {
                        vstr_add_byte(&tp->lit, v);
                    }
                    continue;
                }
                g = g * 10 + (c2 - '0');
            }
            if (g > pat->groups) {
                vstr_t msg;
                vstr_init(&msg, 32);
                vstr_printf(&msg, "invalid group reference %u", (unsigned)g);
                tok_error_vstr(&t, &msg, tok_tell(&t) - len);
            }
            re_template_group(tp, &lit_start, g);
        } else {
            uint32_t v = c == 'b' ? 8 : tr_simple_escape(c);
            if (v != 0) {
                vstr_add_byte(&tp->lit, v);
            } else {
                if (is_asciiletter(c)) {
                    vstr_t msg;
                    vstr_init(&msg, 16);
                    vstr_add_str(&msg, "bad escape ");
                    tok_add_text(&t, &msg, b0, tok_btell(&t));
                    tok_error_vstr(&t, &msg, tok_tell(&t) - 2);
                }
                vstr_add_strn(&tp->lit, (const char *)t.s + b0, tok_btell(&t) - b0);
            }
        }
    }
    re_template_lit_end(tp, &lit_start);
}

// Appends the expansion for a match whose byte offsets are ov.
static void re_template_expand(re_template_t *tp, vstr_t *out, const byte *data, size_t len, const PCRE2_SIZE *ov, int rc) {
    const int32_t *items = (const int32_t *)tp->items.buf;
    const char *lit = tp->lit.buf;
    for (size_t i = 0; i < tp->items.len / 4; i++) {
        int32_t it = items[i];
        if (it >= 0) {
            vstr_add_strn(out, lit, it);
            lit += it;
        } else {
            int32_t g = -1 - it;
            if (g < rc && ov[2 * g] != PCRE2_UNSET && ov[2 * g + 1] <= len) {
                vstr_add_strn(out, (const char *)data + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
            }
        }
    }
}

static NORETURN void re_raise_join_type(bool want_str, mp_obj_t item, size_t index) {
    if (want_str) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("sequence item %u: expected str instance, %s found"),
            (unsigned)index, mp_obj_get_type_str(item));
    }
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("sequence item %u: expected a bytes-like object, %s found"),
        (unsigned)index, mp_obj_get_type_str(item));
}

static mp_obj_t re_subx(re_pattern_obj_t *pat, mp_obj_t repl, mp_obj_t string, mp_int_t count, bool subn) {
    re_subject_t subj;
    re_subject_init(&subj, string, pat);
    bool want_str = !pat->is_bytes;
    bool callable = false;
    re_template_t tp;
    const byte *lit = NULL;
    size_t lit_len = 0;
    bool use_template = false;
    if (!mp_obj_is_str_or_bytes(repl) && mp_obj_is_callable(repl)) {
        callable = true;
    } else {
        mp_buffer_info_t bi;
        if (want_str ? !mp_obj_is_str(repl) : (mp_obj_is_str(repl) || !mp_get_buffer(repl, &bi, MP_BUFFER_READ))) {
            re_raise_join_type(want_str, repl, 0);
        }
        if (!want_str && !mp_obj_is_type(repl, &mp_type_bytes)) {
            repl = mp_obj_new_bytes(bi.buf, bi.len);
        }
        lit = (const byte *)mp_obj_str_get_data(repl, &lit_len);
        if (memchr(lit, '\\', lit_len) != NULL) {
            re_template_parse(pat, repl, &tp);
            use_template = true;
        }
    }

    vstr_t out;
    vstr_init(&out, subj.len + 16);
    size_t last = 0, start = 0;
    mp_int_t n = 0;
    bool must_advance = false;
    pcre2_match_data *md = re_md_take(pat);
    size_t pieces = 0;
    while (count == 0 || n < count) {
        int rc = re_exec(pat, &subj, md, start, subj.len, must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
        if (rc == 0) {
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t b = ov[0], e = ov[1];
        if (last < b) {
            vstr_add_strn(&out, (const char *)subj.data + last, b - last);
            pieces++;
        }
        if (callable) {
            mp_obj_t m = re_match_new(pat, &subj, md, rc, 0, subj.ascii ? (mp_int_t)subj.len : -1);
            mp_obj_t item = mp_call_function_1(repl, m);
            re_subject_refresh(&subj);
            if (e > subj.len) {
                e = subj.len;
            }
            if (item != mp_const_none) {
                if (want_str ? !mp_obj_is_str(item) : mp_obj_is_str(item)) {
                    re_raise_join_type(want_str, item, pieces);
                }
                mp_buffer_info_t bi;
                if (want_str) {
                    size_t l;
                    const char *s = mp_obj_str_get_data(item, &l);
                    vstr_add_strn(&out, s, l);
                } else if (mp_get_buffer(item, &bi, MP_BUFFER_READ)) {
                    vstr_add_strn(&out, bi.buf, bi.len);
                } else {
                    re_raise_join_type(want_str, item, pieces);
                }
                pieces++;
            }
        } else if (use_template) {
            re_template_expand(&tp, &out, subj.data, subj.len, ov, rc);
            pieces++;
        } else {
            vstr_add_strn(&out, (const char *)lit, lit_len);
            pieces++;
        }
        last = e;
        n++;
        must_advance = e == b;
        start = e;
    }
    re_md_give(pat, md);
    re_subject_done(&subj);
    mp_obj_t result;
    if (n == 0 && (mp_obj_is_exact_type(string, &mp_type_str) || mp_obj_is_qstr(string) || mp_obj_is_exact_type(string, &mp_type_bytes))) {
        vstr_clear(&out);
        result = string;
    } else {
        if (last < subj.len) {
            vstr_add_strn(&out, (const char *)subj.data + last, subj.len - last);
        }
        result = want_str ? mp_obj_new_str_from_vstr(&out) : mp_obj_new_bytes_from_vstr(&out);
    }
    if (subn) {
        mp_obj_t t[2] = { result, mp_obj_new_int(n) };
        return mp_obj_new_tuple(2, t);
    }
    return result;
}

static mp_obj_t re_do_split(re_pattern_obj_t *pat, mp_obj_t string, mp_int_t maxsplit) {
    re_subject_t subj;
    re_subject_init(&subj, string, pat);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t last = 0, start = 0;
    mp_int_t n = 0;
    bool must_advance = false;
    pcre2_match_data *md = re_md_take(pat);
    while (maxsplit == 0 || n < maxsplit) {
        int rc = re_exec(pat, &subj, md, start, subj.len, must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
        if (rc == 0) {
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t b = ov[0], e = ov[1];
        mp_obj_list_append(list, re_slice(string, subj.is_str, subj.data, subj.len, last, b));
        for (size_t g = 1; g <= pat->groups; g++) {
            if ((int)g < rc && ov[2 * g] != PCRE2_UNSET) {
                mp_obj_list_append(list, re_slice(string, subj.is_str, subj.data, subj.len, ov[2 * g], ov[2 * g + 1]));
            } else {
                mp_obj_list_append(list, mp_const_none);
            }
        }
        n++;
        must_advance = e == b;
        last = start = e;
    }
    mp_obj_list_append(list, re_slice(string, subj.is_str, subj.data, subj.len, last, subj.len));
    re_md_give(pat, md);
    re_subject_done(&subj);
    return list;
}

static mp_obj_t re_do_findall(re_pattern_obj_t *pat, mp_obj_t string, mp_obj_t pos, mp_obj_t endpos) {
    re_subject_t subj;
    re_subject_init(&subj, string, pat);
    re_span_t span;
    re_span_init(&subj, pos, endpos, &span);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t start = span.start_b;
    bool must_advance = false;
    pcre2_match_data *md = re_md_take(pat);
    mp_obj_t empty = subj.is_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    for (;;) {
        int rc = re_exec(pat, &subj, md, start, span.end_b, must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
        if (rc == 0) {
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        mp_obj_t item;
        if (pat->groups == 0) {
            item = re_slice(string, subj.is_str, subj.data, subj.len, ov[0], ov[1]);
        } else if (pat->groups == 1) {
            item = rc > 1 && ov[2] != PCRE2_UNSET ? re_slice(string, subj.is_str, subj.data, subj.len, ov[2], ov[3]) : empty;
        } else {
            mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(pat->groups, NULL));
            for (size_t g = 1; g <= pat->groups; g++) {
                tuple->items[g - 1] = (int)g < rc && ov[2 * g] != PCRE2_UNSET
                    ? re_slice(string, subj.is_str, subj.data, subj.len, ov[2 * g], ov[2 * g + 1]) : empty;
            }
            item = MP_OBJ_FROM_PTR(tuple);
        }
        mp_obj_list_append(list, item);
        must_advance = ov[1] == ov[0];
        start = ov[1];
    }
    re_md_give(pat, md);
    re_subject_done(&subj);
    return list;
}

static mp_obj_t re_do_finditer(re_pattern_obj_t *pat, mp_obj_t string, mp_obj_t pos, mp_obj_t endpos) {
    re_subject_t subj;
    re_subject_init(&subj, string, pat);
    re_span_t span;
    re_span_init(&subj, pos, endpos, &span);
    re_scanner_obj_t *it = mp_obj_malloc(re_scanner_obj_t, &re_scanner_type);
    it->re = pat;
    it->md = NULL;
    it->string = string;
    it->start_b = span.start_b;
    it->end_b = span.end_b;
    it->pos = span.pos;
    it->endpos = span.endpos;
    it->cur = subj.cur;
    it->ascii = subj.ascii;
    it->must_advance = false;
    it->done = false;
    re_subject_done(&subj);
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t re_scanner_iternext(mp_obj_t self_in) {
    re_scanner_obj_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    re_subject_t subj;
    subj.obj = it->string;
    if (mp_obj_is_str(it->string)) {
        subj.data = (const byte *)mp_obj_str_get_data(it->string, &subj.len);
        subj.is_str = true;
    } else {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(it->string, &bufinfo, MP_BUFFER_READ);
        subj.data = bufinfo.buf;
        subj.len = bufinfo.len;
        subj.is_str = false;
    }
    subj.ascii = it->ascii;
    subj.cur = it->cur;
    if (it->end_b > subj.len) {
        it->end_b = subj.len;
    }
    if (it->md == NULL) {
        it->md = re_md_take(it->re);
    }
    int rc = re_exec(it->re, &subj, it->md, it->start_b, it->end_b, it->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (rc == 0) {
        it->done = true;
        re_md_give(it->re, it->md);
        it->md = NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t m = re_match_new(it->re, &subj, it->md, rc, it->pos, it->endpos);
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(it->md);
    it->must_advance = ov[1] == ov[0];
    it->start_b = ov[1];
    it->cur = subj.cur;
    return m;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    re_scanner_type,
    MP_QSTR_callable_iterator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, re_scanner_iternext
    );

/******************************************************************************/
// Match objects.

// The group number for an index or a name; raises IndexError.
static size_t re_match_group_index(re_match_obj_t *m, mp_obj_t g) {
    if (mp_obj_is_int(g) || mp_obj_is_bool(g)) {
        mp_int_t i;
        if (mp_obj_get_int_maybe(g, &i) && i >= 0 && (size_t)i < m->ngroups1) {
            return i;
        }
    } else if (mp_obj_is_str(g) || mp_obj_is_type(g, &mp_type_bytes)) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(m->re->groupindex), g, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return MP_OBJ_SMALL_INT_VALUE(elem->value);
        }
    }
    mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("no such group"));
}

static mp_obj_t re_match_get(re_match_obj_t *m, size_t g, mp_obj_t dflt) {
    mp_int_t *o = &m->off[4 * g];
    if (o[2] < 0) {
        return dflt;
    }
    bool is_str = mp_obj_is_str(m->string);
    size_t len;
    const byte *data;
    if (is_str) {
        data = (const byte *)mp_obj_str_get_data(m->string, &len);
    } else {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(m->string, &bufinfo, MP_BUFFER_READ);
        data = bufinfo.buf;
        len = bufinfo.len;
    }
    return re_slice(m->string, is_str, data, len, o[2], o[3]);
}

static mp_obj_t re_match_group(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return re_match_get(m, 0, mp_const_none);
    }
    if (n_args == 2) {
        return re_match_get(m, re_match_group_index(m, args[1]), mp_const_none);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, NULL));
    for (size_t i = 1; i < n_args; i++) {
        t->items[i - 1] = re_match_get(m, re_match_group_index(m, args[i]), mp_const_none);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_group_obj, 1, MP_OBJ_FUN_ARGS_MAX, re_match_group);

static mp_obj_t re_match_groups(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_default, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[1];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 1, allowed, a);
    re_match_obj_t *m = MP_OBJ_TO_PTR(pos_args[0]);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(m->ngroups1 - 1, NULL));
    for (size_t g = 1; g < m->ngroups1; g++) {
        t->items[g - 1] = re_match_get(m, g, a[0].u_obj);
    }
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_groups_obj, 1, re_match_groups);

static mp_obj_t re_match_groupdict(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_default, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[1];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 1, allowed, a);
    re_match_obj_t *m = MP_OBJ_TO_PTR(pos_args[0]);
    mp_map_t *map = mp_obj_dict_get_map(m->re->groupindex);
    mp_obj_t d = mp_obj_new_dict(map->used);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_obj_dict_store(d, map->table[i].key, re_match_get(m, MP_OBJ_SMALL_INT_VALUE(map->table[i].value), a[0].u_obj));
        }
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_groupdict_obj, 1, re_match_groupdict);

static mp_int_t *re_match_offsets(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    size_t g = n_args > 1 ? re_match_group_index(m, args[1]) : 0;
    return &m->off[4 * g];
}

static mp_obj_t re_match_start(size_t n_args, const mp_obj_t *args) {
    return mp_obj_new_int(re_match_offsets(n_args, args)[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_start_obj, 1, 2, re_match_start);

static mp_obj_t re_match_end(size_t n_args, const mp_obj_t *args) {
    return mp_obj_new_int(re_match_offsets(n_args, args)[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_end_obj, 1, 2, re_match_end);

static mp_obj_t re_new_span(mp_int_t a, mp_int_t b) {
    mp_obj_t t[2] = { mp_obj_new_int(a), mp_obj_new_int(b) };
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t re_match_span(size_t n_args, const mp_obj_t *args) {
    mp_int_t *o = re_match_offsets(n_args, args);
    return re_new_span(o[0], o[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(re_match_span_obj, 1, 2, re_match_span);

static mp_obj_t re_match_expand(mp_obj_t self_in, mp_obj_t template) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    bool want_str = !m->re->is_bytes;
    if (mp_obj_is_str(template) != want_str || !mp_obj_is_str_or_bytes(template)) {
        re_raise_join_type(want_str, template, 0);
    }
    re_template_t tp;
    re_template_parse(m->re, template, &tp);
    // The match's byte offsets, as PCRE2's ovector.
    PCRE2_SIZE *ov = m_new(PCRE2_SIZE, 2 * m->ngroups1);
    for (size_t g = 0; g < m->ngroups1; g++) {
        ov[2 * g] = m->off[4 * g + 2] < 0 ? PCRE2_UNSET : (PCRE2_SIZE)m->off[4 * g + 2];
        ov[2 * g + 1] = m->off[4 * g + 3] < 0 ? PCRE2_UNSET : (PCRE2_SIZE)m->off[4 * g + 3];
    }
    size_t len;
    const byte *data;
    if (mp_obj_is_str(m->string)) {
        data = (const byte *)mp_obj_str_get_data(m->string, &len);
    } else {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(m->string, &bufinfo, MP_BUFFER_READ);
        data = bufinfo.buf;
        len = bufinfo.len;
    }
    vstr_t out;
    vstr_init(&out, 16);
    re_template_expand(&tp, &out, data, len, ov, m->ngroups1);
    return want_str ? mp_obj_new_str_from_vstr(&out) : mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_2(re_match_expand_obj, re_match_expand);

static mp_obj_t re_match_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    return re_match_get(m, re_match_group_index(m, index), mp_const_none);
}

// The group's name for a number, or None.
static mp_obj_t re_group_name(re_pattern_obj_t *pat, mp_int_t g) {
    mp_map_t *map = mp_obj_dict_get_map(pat->groupindex);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i) && MP_OBJ_SMALL_INT_VALUE(map->table[i].value) == g) {
            return map->table[i].key;
        }
    }
    return mp_const_none;
}

static void re_match_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_string) {
        dest[0] = m->string;
    } else if (attr == MP_QSTR_re) {
        dest[0] = MP_OBJ_FROM_PTR(m->re);
    } else if (attr == MP_QSTR_pos) {
        dest[0] = mp_obj_new_int(m->pos);
    } else if (attr == MP_QSTR_endpos) {
        if (m->endpos < 0) {
            size_t len;
            const char *s = mp_obj_str_get_data(m->string, &len);
            m->endpos = utf8_charlen((const byte *)s, len);
        }
        dest[0] = mp_obj_new_int(m->endpos);
    } else if (attr == MP_QSTR_lastindex) {
        dest[0] = m->lastindex < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(m->lastindex);
    } else if (attr == MP_QSTR_lastgroup) {
        dest[0] = m->lastindex < 0 ? mp_const_none : re_group_name(m->re, m->lastindex);
    } else if (attr == MP_QSTR_regs) {
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(m->ngroups1, NULL));
        for (size_t g = 0; g < m->ngroups1; g++) {
            t->items[g] = re_new_span(m->off[4 * g], m->off[4 * g + 1]);
        }
        dest[0] = MP_OBJ_FROM_PTR(t);
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

// %.NR: repr() cut to n characters.
static void re_print_repr_cut(const mp_print_t *print, mp_obj_t obj, size_t n) {
    vstr_t v;
    mp_print_t vp;
    vstr_init_print(&v, 32, &vp);
    mp_obj_print_helper(&vp, obj, PRINT_REPR);
    size_t bytes = 0, chars = 0;
    while (bytes < v.len && chars < n) {
        bytes++;
        while (bytes < v.len && (v.buf[bytes] & 0xc0) == 0x80) {
            bytes++;
        }
        chars++;
    }
    mp_print_strn(print, v.buf, bytes, 0, 0, 0);
    vstr_clear(&v);
}

static void re_match_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<re.Match object; span=(" INT_FMT ", " INT_FMT "), match=", m->off[0], m->off[1]);
    re_print_repr_cut(print, re_match_get(m, 0, mp_const_none), 50);
    mp_print_str(print, ">");
}

static const mp_rom_map_elem_t re_match_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&re_match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&re_match_groups_obj) },
    { MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&re_match_groupdict_obj) },
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&re_match_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&re_match_end_obj) },
    { MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&re_match_span_obj) },
    { MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&re_match_expand_obj) },
};
static MP_DEFINE_CONST_DICT(re_match_locals, re_match_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_match_type,
    MP_QSTR_Match,
    MP_TYPE_FLAG_NONE,
    print, re_match_print,
    attr, re_match_attr,
    subscr, re_match_subscr,
    locals_dict, &re_match_locals
    );

/******************************************************************************/
// Pattern objects.

enum { ARG_string, ARG_pos, ARG_endpos };
static const mp_arg_t re_search_args[] = {
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static void re_parse_search_args(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, mp_arg_val_t *a) {
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(re_search_args), re_search_args, a);
}

static mp_obj_t re_pattern_search(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    re_parse_search_args(n_args, pos_args, kw_args, a);
    return re_do_match(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_search_obj, 1, re_pattern_search);

static mp_obj_t re_pattern_match(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    re_parse_search_args(n_args, pos_args, kw_args, a);
    return re_do_match(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj, PCRE2_ANCHORED);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_match_obj, 1, re_pattern_match);

static mp_obj_t re_pattern_fullmatch(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    re_parse_search_args(n_args, pos_args, kw_args, a);
    return re_do_match(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_fullmatch_obj, 1, re_pattern_fullmatch);

static mp_obj_t re_pattern_findall(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    re_parse_search_args(n_args, pos_args, kw_args, a);
    return re_do_findall(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_findall_obj, 1, re_pattern_findall);

static mp_obj_t re_pattern_finditer(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    re_parse_search_args(n_args, pos_args, kw_args, a);
    return re_do_finditer(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_finditer_obj, 1, re_pattern_finditer);

static mp_obj_t re_pattern_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 2, allowed, a);
    return re_do_split(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_split_obj, 1, re_pattern_split);

static const mp_arg_t re_sub_args[] = {
    { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_count, MP_ARG_INT, {.u_int = 0} },
};

static mp_obj_t re_pattern_sub(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 3, re_sub_args, a);
    return re_subx(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_int, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_sub_obj, 1, re_pattern_sub);

static mp_obj_t re_pattern_subn(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 3, re_sub_args, a);
    return re_subx(MP_OBJ_TO_PTR(pos_args[0]), a[0].u_obj, a[1].u_obj, a[2].u_int, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_pattern_subn_obj, 1, re_pattern_subn);

static void re_pattern_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_pattern_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_pattern) {
        dest[0] = self->pattern;
    } else if (attr == MP_QSTR_flags) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->flags);
    } else if (attr == MP_QSTR_groups) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self->groups);
    } else if (attr == MP_QSTR_groupindex) {
        // A copy: CPython's is a read-only mapping.
        dest[0] = mp_obj_dict_copy(self->groupindex);
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

static void re_pattern_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    re_pattern_obj_t *self = MP_OBJ_TO_PTR(self_in);
    static const struct {
        const char *name;
        mp_int_t value;
    } names[] = {
        { "re.TEMPLATE", RE_TEMPLATE }, { "re.IGNORECASE", RE_IGNORECASE }, { "re.LOCALE", RE_LOCALE },
        { "re.MULTILINE", RE_MULTILINE }, { "re.DOTALL", RE_DOTALL }, { "re.UNICODE", RE_UNICODE },
        { "re.VERBOSE", RE_VERBOSE }, { "re.DEBUG", RE_DEBUG }, { "re.ASCII", RE_ASCII },
    };
    mp_print_str(print, "re.compile(");
    re_print_repr_cut(print, self->pattern, 200);
    mp_int_t flags = self->flags;
    if (!self->is_bytes && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) {
        flags &= ~RE_UNICODE;
    }
    if (flags) {
        mp_print_str(print, ", ");
        bool sep = false;
        for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
            if (flags & names[i].value) {
                if (sep) {
                    mp_print_str(print, "|");
                }
                mp_print_str(print, names[i].name);
                flags &= ~names[i].value;
                sep = true;
            }
        }
        if (flags) {
            if (sep) {
                mp_print_str(print, "|");
            }
            mp_printf(print, "0x%x", (unsigned)flags);
        }
    }
    mp_print_str(print, ")");
}

static mp_obj_t re_pattern_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    re_pattern_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_HASH) {
        mp_int_t h = MP_OBJ_SMALL_INT_VALUE(mp_unary_op(MP_UNARY_OP_HASH, self->pattern));
        return MP_OBJ_NEW_SMALL_INT((h ^ (self->flags * 1000003)) & (MP_SMALL_INT_MAX >> 1));
    }
    return MP_OBJ_NULL;
}

static mp_obj_t re_pattern_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op == MP_BINARY_OP_EQUAL && mp_obj_is_type(rhs_in, &re_pattern_type)) {
        re_pattern_obj_t *a = MP_OBJ_TO_PTR(lhs_in), *b = MP_OBJ_TO_PTR(rhs_in);
        return mp_obj_new_bool(a == b || (a->flags == b->flags && a->is_bytes == b->is_bytes && mp_obj_equal(a->pattern, b->pattern)));
    }
    return MP_OBJ_NULL;
}

static const mp_rom_map_elem_t re_pattern_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&re_pattern_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&re_pattern_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&re_pattern_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&re_pattern_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&re_pattern_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&re_pattern_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&re_pattern_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&re_pattern_subn_obj) },
};
static MP_DEFINE_CONST_DICT(re_pattern_locals, re_pattern_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_pattern_type,
    MP_QSTR_Pattern,
    MP_TYPE_FLAG_NONE,
    print, re_pattern_print,
    unary_op, re_pattern_unary_op,
    binary_op, re_pattern_binary_op,
    attr, re_pattern_attr,
    locals_dict, &re_pattern_locals
    );

/******************************************************************************/
// Module functions.

static mp_obj_t re_compile(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_flags, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, pos_args, kw_args, 2, allowed, a);
    return MP_OBJ_FROM_PTR(re_get_pattern(a[0].u_obj, a[1].u_int));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_compile_obj, 0, re_compile);

static const mp_arg_t re_func_args[] = {
    { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_flags, MP_ARG_INT, {.u_int = 0} },
};

static mp_obj_t re_func_match(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, uint32_t options) {
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, pos_args, kw_args, 3, re_func_args, a);
    return re_do_match(re_get_pattern(a[0].u_obj, a[2].u_int), a[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL, options);
}

static mp_obj_t re_search(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_func_match(n_args, pos_args, kw_args, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_search_obj, 0, re_search);

static mp_obj_t re_match(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_func_match(n_args, pos_args, kw_args, PCRE2_ANCHORED);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_obj, 0, re_match);

static mp_obj_t re_fullmatch(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_func_match(n_args, pos_args, kw_args, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_fullmatch_obj, 0, re_fullmatch);

static mp_obj_t re_findall(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, pos_args, kw_args, 3, re_func_args, a);
    return re_do_findall(re_get_pattern(a[0].u_obj, a[2].u_int), a[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_findall_obj, 0, re_findall);

static mp_obj_t re_finditer(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, pos_args, kw_args, 3, re_func_args, a);
    return re_do_finditer(re_get_pattern(a[0].u_obj, a[2].u_int), a[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_finditer_obj, 0, re_finditer);

static mp_obj_t re_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_flags, MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[4];
    mp_arg_parse_all(n_args, pos_args, kw_args, 4, allowed, a);
    return re_do_split(re_get_pattern(a[0].u_obj, a[3].u_int), a[1].u_obj, a[2].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_split_obj, 0, re_split);

static const mp_arg_t re_func_sub_args[] = {
    { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_count, MP_ARG_INT, {.u_int = 0} },
    { MP_QSTR_flags, MP_ARG_INT, {.u_int = 0} },
};

static mp_obj_t re_sub(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args, pos_args, kw_args, 5, re_func_sub_args, a);
    return re_subx(re_get_pattern(a[0].u_obj, a[4].u_int), a[1].u_obj, a[2].u_obj, a[3].u_int, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_sub_obj, 0, re_sub);

static mp_obj_t re_subn(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args, pos_args, kw_args, 5, re_func_sub_args, a);
    return re_subx(re_get_pattern(a[0].u_obj, a[4].u_int), a[1].u_obj, a[2].u_obj, a[3].u_int, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_subn_obj, 0, re_subn);

// re.escape: a backslash before each of ()[]{}?*+-|^$\.&~# and the ASCII
// whitespace characters (CPython 3.7+).
static mp_obj_t re_escape(mp_obj_t pattern) {
    bool is_str = mp_obj_is_str(pattern);
    size_t len;
    const char *s;
    mp_buffer_info_t bufinfo;
    if (is_str) {
        s = mp_obj_str_get_data(pattern, &len);
    } else {
        mp_get_buffer_raise(pattern, &bufinfo, MP_BUFFER_READ);
        s = bufinfo.buf;
        len = bufinfo.len;
    }
    vstr_t out;
    vstr_init(&out, len + 8);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c != 0 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) != NULL) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, c);
    }
    return is_str ? mp_obj_new_str_from_vstr(&out) : mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_escape_obj, re_escape);

static mp_obj_t re_purge(void) {
    for (size_t i = 0; i < RE_CACHE_SIZE; i++) {
        MP_STATE_VM(re_cache)[i] = MP_OBJ_NULL;
    }
    re_cache_next = 0;
    MP_STATE_VM(re_last_subject) = MP_OBJ_NULL;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(re_purge_obj, re_purge);

static const mp_rom_map_elem_t re_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_re) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&re_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&re_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&re_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&re_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&re_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&re_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&re_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&re_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&re_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR_escape), MP_ROM_PTR(&re_escape_obj) },
    { MP_ROM_QSTR(MP_QSTR_purge), MP_ROM_PTR(&re_purge_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&re_error_type) },
    { MP_ROM_QSTR(MP_QSTR_Pattern), MP_ROM_PTR(&re_pattern_type) },
    { MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_PTR(&re_match_type) },
    { MP_ROM_QSTR(MP_QSTR_NOFLAG), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_A), MP_ROM_INT(RE_ASCII) },
    { MP_ROM_QSTR(MP_QSTR_ASCII), MP_ROM_INT(RE_ASCII) },
    { MP_ROM_QSTR(MP_QSTR_I), MP_ROM_INT(RE_IGNORECASE) },
    { MP_ROM_QSTR(MP_QSTR_IGNORECASE), MP_ROM_INT(RE_IGNORECASE) },
    { MP_ROM_QSTR(MP_QSTR_L), MP_ROM_INT(RE_LOCALE) },
    { MP_ROM_QSTR(MP_QSTR_LOCALE), MP_ROM_INT(RE_LOCALE) },
    { MP_ROM_QSTR(MP_QSTR_M), MP_ROM_INT(RE_MULTILINE) },
    { MP_ROM_QSTR(MP_QSTR_MULTILINE), MP_ROM_INT(RE_MULTILINE) },
    { MP_ROM_QSTR(MP_QSTR_S), MP_ROM_INT(RE_DOTALL) },
    { MP_ROM_QSTR(MP_QSTR_DOTALL), MP_ROM_INT(RE_DOTALL) },
    { MP_ROM_QSTR(MP_QSTR_U), MP_ROM_INT(RE_UNICODE) },
    { MP_ROM_QSTR(MP_QSTR_UNICODE), MP_ROM_INT(RE_UNICODE) },
    { MP_ROM_QSTR(MP_QSTR_X), MP_ROM_INT(RE_VERBOSE) },
    { MP_ROM_QSTR(MP_QSTR_VERBOSE), MP_ROM_INT(RE_VERBOSE) },
};
static MP_DEFINE_CONST_DICT(re_module_globals, re_module_globals_table);

const mp_obj_module_t re_pcre2_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&re_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_re, re_pcre2_module);
