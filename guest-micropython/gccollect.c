// Garbage collection roots for wasm32: the collector runs at safe points.
//
// MicroPython's collector is conservative: it scans the C stack for anything
// that looks like a heap pointer. On wasm the real call stack is not
// addressable and values held in wasm locals never reach memory, so the scan
// sees only the shadow stack (address-taken locals, spilled values).
//
// The design: a collection runs only here, in gc_collect(), and gc_collect()
// is called only from a few places: gc.collect(), and the safe points
// MICROPY_GC_SAFEPOINT() marks (the VM's loop and return hooks, the entry of
// every call and of every C iteration step; patch 0015). An allocation that
// finds no room does not collect: it requests a collection (the next safe
// point runs it) and grows the heap meanwhile. So that the heap is not
// grown on every fill while garbage waits for a safe point, a collection
// also runs at a safe point once the allocation since the last one passes
// a soft limit: 3/4 of the space that collection left free, or as much as
// it found live if that is more. The second term keeps the work linear when
// the live heap grows: collections are then at least a live heap's worth
// of allocation apart, and the heap fills and grows (doubling) instead.
//
// What makes the scan complete: the frames on the stack while gc_collect()
// runs belong to functions that can call it, directly or through others.
// The build (guest-micropython/gcspill) computes that set from the linked
// module's call graph, indirect calls included, and keeps binaryen's
// --spill-pointers only in those functions; every pointer they hold across
// a call is then in the scanned shadow stack. Allocation, the object
// constructors, mpz arithmetic, string building and the other leaves run
// without spilling, and the build fails if gc_alloc could reach this file.
//
// The one exemption is the VM loop, mp_execute_bytecode, the hottest
// function: its state lives in code_state (value stack, locals, exception
// stack), which the collector scans: on the shadow stack for small frames,
// as a heap block held by a spilled caller (fun_bc_call, a generator) for
// large ones. Its locals are that state's addresses or copies of values still
// in it; patch 0016 keeps the two objects it otherwise held only in locals
// across a call. tests/gc.rs collects at every safe point to check this.

#include "py/gc.h"
#include "py/mpstate.h"

// In GC blocks, counted like MP_STATE_MEM(gc_alloc_amount). The least is
// 16 KiB of allocation between collections, so a full heap does not make
// every safe point collect; the first value is 3/4 of the initial heap.
#define SOFT_LIMIT_MIN (16384 / MICROPY_BYTES_PER_GC_BLOCK)
bool port_gc_requested;
size_t port_gc_soft_limit = 3 * (128 * 1024 / MICROPY_BYTES_PER_GC_BLOCK) / 4;

void gc_collect(void) {
    // Within a collection (finalisers run Python) or under heap_lock() the
    // request stays pending for a later safe point.
    if (gc_is_locked()) {
        return;
    }
    port_gc_requested = false;
    gc_collect_start();
    volatile uintptr_t here = 0;
    uintptr_t sp = (uintptr_t)&here;
    uintptr_t top = (uintptr_t)MP_STATE_THREAD(stack_top);
    gc_collect_root((void **)sp, (top - sp) / sizeof(void *));
    gc_collect_end();
    gc_info_t info;
    gc_info(&info);
    size_t live = info.used / MICROPY_BYTES_PER_GC_BLOCK;
    size_t soft = info.free / MICROPY_BYTES_PER_GC_BLOCK / 4 * 3;
    soft = soft > live ? soft : live;
    port_gc_soft_limit = soft > SOFT_LIMIT_MIN ? soft : SOFT_LIMIT_MIN;
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
