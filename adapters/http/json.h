// The little JSON the HTTP adapter needs: string encoding that matches serde_json's (invalid UTF-8 becomes U+FFFD, as Rust's
// from_utf8_lossy makes it), and reading one string member of a request
// object.
#ifndef MPSANDBOX_ADAPTER_JSON_H
#define MPSANDBOX_ADAPTER_JSON_H

#include "text.h"

// A JSON string literal of `data`, quotes included.
void buf_json_string(buf_t *b, const uint8_t *data, size_t len);

// Reads the JSON object in `text` and copies the string value of its member
// `key` into `out` (malloc'd, UTF-8). Returns NULL on success, otherwise why
// the request is not usable.
const char *json_object_string_member(const uint8_t *text, size_t len, const char *key, buf_t *out);

#endif
