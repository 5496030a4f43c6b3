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
