// Byte buffers and UTF-8 checks shared by the adapters.
#ifndef MPSANDBOX_ADAPTER_TEXT_H
#define MPSANDBOX_ADAPTER_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
    bool failed; // an allocation failed; the contents are incomplete
} buf_t;

void buf_bytes(buf_t *b, const void *data, size_t len);
void buf_str(buf_t *b, const char *text);
void buf_u64(buf_t *b, uint64_t n);

// Length of the well-formed UTF-8 sequence at data[0..len), or 0 if there is
// none; `*maximal` is how many bytes form the longest valid prefix of one
// (the bytes a single U+FFFD replaces, as Rust's from_utf8_lossy does).
size_t utf8_sequence(const uint8_t *data, size_t len, size_t *maximal);

// Where `data` stops being UTF-8, or `len` if it never does.
size_t utf8_valid_up_to(const uint8_t *data, size_t len);

#endif
