// Garbage collection roots for wasm32.
//
// MicroPython's collector is conservative: it scans the C stack for anything
// that looks like a heap pointer. On wasm the real call stack is not
// addressable and values held in wasm locals never reach memory, so the scan
// alone would miss live objects. The build therefore runs binaryen's
// --spill-pointers pass, which stores every i32 local that is live across a
// call into the function's shadow-stack frame; scanning the shadow stack from
// here to the top recorded at entry then sees every root.

#include "py/gc.h"
#include "py/mpstate.h"

void gc_collect(void) {
    gc_collect_start();
    volatile uintptr_t here = 0;
    uintptr_t sp = (uintptr_t)&here;
    uintptr_t top = (uintptr_t)MP_STATE_THREAD(stack_top);
    gc_collect_root((void **)sp, (top - sp) / sizeof(void *));
    gc_collect_end();
}

// gc_realloc learns a block's length by walking its allocation table, so
// each call costs time linear in the block's size. Callers that grow a block
// in place by a few bytes at a time (the parser's node chunks, the qstr
// pool) then take quadratic time: a 40,000-line script spent seconds here.
// Growth without moving may always fail (callers then start a new chunk), so
// past a small size it is refused. The link wraps gc_realloc (see Makefile).
#define MAX_IN_PLACE_GROWTH (4096)

void *__real_gc_realloc(void *ptr, size_t n_bytes, bool allow_move);

void *__wrap_gc_realloc(void *ptr, size_t n_bytes, bool allow_move) {
    if (!allow_move && ptr != NULL && n_bytes > MAX_IN_PLACE_GROWTH && n_bytes > gc_nbytes(ptr)) {
        return NULL;
    }
    return __real_gc_realloc(ptr, n_bytes, allow_move);
}
