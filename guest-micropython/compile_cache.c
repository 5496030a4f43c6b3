// The instance's most recently compiled sources and their module functions.
//
// Lexing, parsing and compiling a short snippet cost several times more than
// running it (about 85,000 of the 90,000 instructions of exec("x = x + 1")),
// and hosts often run the same source again in one instance: a formula
// re-evaluated, a tool's snippet in a loop. Running a module function again
// is what running its source again would do, since a compiled module holds
// only immutable constants and code; every definition and object is made
// anew when it runs.

#include <string.h>

#include "py/compile.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "port.h"

#define SLOTS (4)
// Longer sources are rarely repeated verbatim, and their compile time is
// small next to their run time.
#define MAX_SOURCE (4096)

// Each slot: a bytes key (input kind, file name, source) and the function.
MP_REGISTER_ROOT_POINTER(mp_obj_t compile_cache[2 * SLOTS]);

#define KEY(i) (MP_STATE_VM(compile_cache)[2 * (i)])
#define FUN(i) (MP_STATE_VM(compile_cache)[2 * (i) + 1])

typedef struct {
    uint8_t kind;
    qstr filename;
} key_head_t;

static key_head_t key_head(mp_parse_input_kind_t kind, qstr filename) {
    key_head_t head;
    memset(&head, 0, sizeof(head)); // padding is part of the key's bytes
    head.kind = kind;
    head.filename = filename;
    return head;
}

static bool key_matches(mp_obj_t key, const key_head_t *head, const byte *src, size_t len) {
    if (key == MP_OBJ_NULL) {
        return false;
    }
    size_t key_len;
    const byte *k = (const byte *)mp_obj_str_get_data(key, &key_len);
    return key_len == sizeof(*head) + len && memcmp(k, head, sizeof(*head)) == 0
           && memcmp(k + sizeof(*head), src, len) == 0;
}

static void move_to_front(size_t i, mp_obj_t key, mp_obj_t fun) {
    for (; i > 0; i--) {
        KEY(i) = KEY(i - 1);
        FUN(i) = FUN(i - 1);
    }
    KEY(0) = key;
    FUN(0) = fun;
}

mp_obj_t port_compile_cache_lookup(mp_parse_input_kind_t kind, qstr filename, const byte *src, size_t len) {
    key_head_t head = key_head(kind, filename);
    for (size_t i = 0; i < SLOTS; i++) {
        if (key_matches(KEY(i), &head, src, len)) {
            mp_obj_t key = KEY(i), fun = FUN(i);
            move_to_front(i, key, fun);
            return fun;
        }
    }
    return MP_OBJ_NULL;
}

void port_compile_cache_store(mp_parse_input_kind_t kind, qstr filename, const byte *src, size_t len,
    mp_obj_t fun) {
    if (len > MAX_SOURCE) {
        return;
    }
    key_head_t head = key_head(kind, filename);
    vstr_t v;
    vstr_init_len(&v, sizeof(head) + len);
    memcpy(v.buf, &head, sizeof(head));
    memcpy(v.buf + sizeof(head), src, len);
    move_to_front(SLOTS - 1, mp_obj_new_bytes_from_vstr(&v), fun);
}
