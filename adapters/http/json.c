#include <stdlib.h>
#include <string.h>

#include "json.h"

void buf_json_string(buf_t *b, const uint8_t *data, size_t len) {
    static const char hex[] = "0123456789abcdef";
    buf_bytes(b, "\"", 1);
    size_t i = 0, maximal;
    while (i < len) {
        uint8_t c = data[i];
        size_t n = utf8_sequence(data + i, len - i, &maximal);
        if (n == 0) {
            buf_bytes(b, "\xef\xbf\xbd", 3);
            i += maximal;
            continue;
        }
        if (c == '"' || c == '\\') {
            buf_bytes(b, "\\", 1);
            buf_bytes(b, &c, 1);
        } else if (c == '\n') {
            buf_str(b, "\\n");
        } else if (c == '\r') {
            buf_str(b, "\\r");
        } else if (c == '\t') {
            buf_str(b, "\\t");
        } else if (c == '\b') {
            buf_str(b, "\\b");
        } else if (c == '\f') {
            buf_str(b, "\\f");
        } else if (c < 0x20) {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            buf_bytes(b, esc, 6);
        } else {
            buf_bytes(b, data + i, n);
        }
        i += n;
    }
    buf_bytes(b, "\"", 1);
}

// ---- reading -----------------------------------------------------------------

#define MAX_DEPTH 64

typedef struct {
    const uint8_t *p;
    const uint8_t *end;
    const char *error;
} reader_t;

static void ws(reader_t *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')) {
        r->p++;
    }
}

static bool fail(reader_t *r, const char *why) {
    if (r->error == NULL) {
        r->error = why;
    }
    return false;
}

static int hex_digit(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool hex4(reader_t *r, uint32_t *out) {
    if (r->end - r->p < 4) {
        return fail(r, "invalid JSON: a \\u escape needs four hex digits");
    }
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int d = hex_digit(r->p[i]);
        if (d < 0) {
            return fail(r, "invalid JSON: a \\u escape needs four hex digits");
        }
        v = v * 16 + (uint32_t)d;
    }
    r->p += 4;
    *out = v;
    return true;
}

static void put_utf8(buf_t *out, uint32_t cp) {
    uint8_t s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (uint8_t)(0xc0 | cp >> 6);
        s[1] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (uint8_t)(0xe0 | cp >> 12);
        s[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        s[2] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        s[0] = (uint8_t)(0xf0 | cp >> 18);
        s[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
        s[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        s[3] = (uint8_t)(0x80 | (cp & 0x3f));
        n = 4;
    }
    buf_bytes(out, s, n);
}

// A string literal; its decoded text goes to `out` when given.
static bool string(reader_t *r, buf_t *out) {
    if (r->p >= r->end || *r->p != '"') {
        return fail(r, "invalid JSON: expected a string");
    }
    r->p++;
    while (r->p < r->end) {
        uint8_t c = *r->p;
        if (c == '"') {
            r->p++;
            return true;
        }
        if (c < 0x20) {
            return fail(r, "invalid JSON: a control character inside a string");
        }
        if (c != '\\') {
            const uint8_t *start = r->p;
            while (r->p < r->end && *r->p != '"' && *r->p != '\\' && *r->p >= 0x20) {
                r->p++;
            }
            if (out) buf_bytes(out, start, (size_t)(r->p - start));
            continue;
        }
        r->p++;
        if (r->p >= r->end) {
            break;
        }
        uint8_t e = *r->p++;
        const char *simple = NULL;
        switch (e) {
            case '"': simple = "\""; break;
            case '\\': simple = "\\"; break;
            case '/': simple = "/"; break;
            case 'b': simple = "\b"; break;
            case 'f': simple = "\f"; break;
            case 'n': simple = "\n"; break;
            case 'r': simple = "\r"; break;
            case 't': simple = "\t"; break;
            case 'u': {
                uint32_t cp;
                if (!hex4(r, &cp)) {
                    return false;
                }
                if (cp >= 0xdc00 && cp <= 0xdfff) {
                    return fail(r, "invalid JSON: a lone low surrogate in a \\u escape");
                }
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    uint32_t low;
                    if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u') {
                        return fail(r, "invalid JSON: a lone high surrogate in a \\u escape");
                    }
                    r->p += 2;
                    if (!hex4(r, &low)) {
                        return false;
                    }
                    if (low < 0xdc00 || low > 0xdfff) {
                        return fail(r, "invalid JSON: a lone high surrogate in a \\u escape");
                    }
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                }
                if (out) put_utf8(out, cp);
                continue;
            }
            default:
                return fail(r, "invalid JSON: an unknown escape in a string");
        }
        if (out) buf_bytes(out, simple, 1);
    }
    return fail(r, "invalid JSON: an unterminated string");
}

static bool literal(reader_t *r, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) {
        return fail(r, "invalid JSON: unexpected input");
    }
    r->p += n;
    return true;
}

static bool number(reader_t *r) {
    const uint8_t *start = r->p;
    if (r->p < r->end && *r->p == '-') r->p++;
    const uint8_t *digits = r->p;
    while (r->p < r->end && *r->p >= '0' && *r->p <= '9') r->p++;
    if (r->p == digits) {
        return fail(r, "invalid JSON: unexpected input");
    }
    if (r->p < r->end && *r->p == '.') {
        r->p++;
        const uint8_t *frac = r->p;
        while (r->p < r->end && *r->p >= '0' && *r->p <= '9') r->p++;
        if (r->p == frac) return fail(r, "invalid JSON: a number without digits after '.'");
    }
    if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
        r->p++;
        if (r->p < r->end && (*r->p == '+' || *r->p == '-')) r->p++;
        const uint8_t *exp = r->p;
        while (r->p < r->end && *r->p >= '0' && *r->p <= '9') r->p++;
        if (r->p == exp) return fail(r, "invalid JSON: a number without exponent digits");
    }
    return r->p > start;
}

static bool value(reader_t *r, int depth);

static bool members(reader_t *r, int depth, bool object) {
    r->p++;
    ws(r);
    uint8_t close = object ? '}' : ']';
    if (r->p < r->end && *r->p == close) {
        r->p++;
        return true;
    }
    for (;;) {
        if (object) {
            if (!string(r, NULL)) return false;
            ws(r);
            if (r->p >= r->end || *r->p != ':') return fail(r, "invalid JSON: expected ':'");
            r->p++;
        }
        if (!value(r, depth + 1)) return false;
        ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            ws(r);
            continue;
        }
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return true;
        }
        return fail(r, object ? "invalid JSON: expected ',' or '}'" : "invalid JSON: expected ',' or ']'");
    }
}

static bool value(reader_t *r, int depth) {
    ws(r);
    if (depth > MAX_DEPTH) {
        return fail(r, "invalid JSON: nested more than 64 levels deep");
    }
    if (r->p >= r->end) {
        return fail(r, "invalid JSON: unexpected end of input");
    }
    switch (*r->p) {
        case '{': return members(r, depth, true);
        case '[': return members(r, depth, false);
        case '"': return string(r, NULL);
        case 't': return literal(r, "true");
        case 'f': return literal(r, "false");
        case 'n': return literal(r, "null");
        default: return number(r);
    }
}

const char *json_object_string_member(const uint8_t *text, size_t len, const char *key, buf_t *out) {
    if (utf8_valid_up_to(text, len) != len) {
        return "the request body is not valid UTF-8";
    }
    reader_t r = { .p = text, .end = text + len, .error = NULL };
    ws(&r);
    if (r.p >= r.end || *r.p != '{') {
        return "a request is a JSON object, e.g. {\"code\": \"print(1)\"}";
    }
    r.p++;
    ws(&r);
    bool found = false, closed = false;
    if (r.p < r.end && *r.p == '}') {
        r.p++;
        closed = true;
    }
    while (!closed) {
        buf_t name = { 0 };
        if (!string(&r, &name)) {
            free(name.data);
            break;
        }
        bool wanted = name.len == strlen(key) && memcmp(name.data, key, name.len) == 0;
        free(name.data);
        ws(&r);
        if (r.p >= r.end || *r.p != ':') {
            fail(&r, "invalid JSON: expected ':'");
            break;
        }
        r.p++;
        ws(&r);
        if (wanted) {
            if (r.p >= r.end || *r.p != '"') {
                return "\"code\" must be a string";
            }
            out->len = 0;
            if (!string(&r, out)) break;
            found = true;
        } else if (!value(&r, 1)) {
            break;
        }
        ws(&r);
        if (r.p < r.end && *r.p == ',') {
            r.p++;
            ws(&r);
        } else if (r.p < r.end && *r.p == '}') {
            r.p++;
            closed = true;
        } else {
            fail(&r, "invalid JSON: expected ',' or '}'");
            break;
        }
    }
    if (r.error != NULL) {
        return r.error;
    }
    ws(&r);
    if (r.p != r.end) {
        return "invalid JSON: trailing characters after the object";
    }
    if (!found) {
        return "expected {\"code\": str}";
    }
    if (out->failed) {
        return "the request does not fit in memory";
    }
    return NULL;
}
