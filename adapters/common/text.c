// Byte buffers and UTF-8 checks shared by the adapters.

#include <stdlib.h>
#include <string.h>

#include "text.h"

void buf_bytes(buf_t *b, const void *data, size_t len) {
    if (b->failed) {
        return;
    }
    if (len > b->cap - b->len) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < len) {
            cap *= 2;
        }
        uint8_t *grown = realloc(b->data, cap);
        if (grown == NULL) {
            b->failed = true;
            return;
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

void buf_str(buf_t *b, const char *text) {
    buf_bytes(b, text, strlen(text));
}

void buf_u64(buf_t *b, uint64_t n) {
    char digits[24];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (i > 0) {
        buf_bytes(b, &digits[--i], 1);
    }
}

// Length of the well-formed UTF-8 sequence at data[0..len), or 0 if there is
// none; `*maximal` is how many bytes form the longest valid prefix of one
// (the bytes a single U+FFFD replaces, as Rust's from_utf8_lossy does).
size_t utf8_sequence(const uint8_t *data, size_t len, size_t *maximal) {
    uint8_t c = data[0];
    size_t n;
    uint8_t lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (c < 0x80) {
        *maximal = 1;
        return 1;
    } else if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    } else {
        *maximal = 1;
        return 0;
    }
    size_t i = 1;
    for (; i < n && i < len; i++) {
        uint8_t min = i == 1 ? lo : 0x80, max = i == 1 ? hi : 0xbf;
        if (data[i] < min || data[i] > max) {
            break;
        }
    }
    *maximal = i;
    return i == n ? n : 0;
}

size_t utf8_valid_up_to(const uint8_t *data, size_t len) {
    size_t i = 0, maximal;
    while (i < len) {
        size_t n = utf8_sequence(data + i, len - i, &maximal);
        if (n == 0) {
            return i;
        }
        i += n;
    }
    return len;
}

