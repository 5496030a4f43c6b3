// The sandbox:interpreter/snapshot exports: the interpreter's state as one
// image of linear memory, and restoring such an image into a fresh instance.
//
// Everything the interpreter keeps lives in linear memory above the shadow
// stack: static data, libc's allocator state and the heap it grows. Its
// mutable globals (the stack pointer, the restore's bookkeeping below) and
// the stack itself hold nothing between calls. An image is therefore the bytes from the
// stack's top to the end of memory, and restoring it means growing memory to
// the same size and copying the bytes back to the same addresses, so every
// pointer in it stays valid.
//
// Restoring must not use the allocator, because the allocator's own state is
// being overwritten. Each chunk's bytes are lowered by the host straight to
// their address (cabi_realloc hands out the place `restore-seek` announced),
// or the host places the whole image itself (mapping it copy-on-write at the
// memory `capture` shows) and says so with `restore-placed`. The restore's
// bookkeeping is in wasm globals, which are not part of
// memory: neither an image nor a program recursing deep into the stack can
// touch it.

#include <string.h>

#include "py/runtime.h"
#include "port.h"

typedef exports_sandbox_interpreter_snapshot_restore_error_t restore_error_t;

#define PAGE_SIZE (65536)

// wasm-ld's bounds of the shadow stack, placed first in memory.
extern char __stack_high;

// A mutable i32 wasm global with a getter and a setter.
#define WASM_GLOBAL(name) \
    __asm__ (".globaltype " #name ", i32\n" #name ":\n"); \
    static inline uint32_t get_##name(void) { \
        uint32_t v; \
        __asm__ volatile ("global.get " #name "\n\tlocal.set %0" : "=r" (v)); \
        return v; \
    } \
    static inline void set_##name(uint32_t v) { \
        __asm__ volatile ("local.get %0\n\tglobal.set " #name : : "r" (v)); \
    }

WASM_GLOBAL(restore_active)
WASM_GLOBAL(restore_size)     // the image's size
WASM_GLOBAL(restore_written)  // image offset where the last chunk ended
WASM_GLOBAL(restore_dirty)    // image offset below which memory was not zero
WASM_GLOBAL(restore_next)     // the announced chunk's offset
WASM_GLOBAL(restore_next_len) // and length; 0 when none is announced

uint32_t port_generation;

static size_t memory_end(void) {
    return __builtin_wasm_memory_size(0) * PAGE_SIZE;
}

void exports_sandbox_interpreter_snapshot_capture(interpreter_list_u8_t *ret) {
    // During a restore, the image's place: starting the interpreter there
    // would only write what the image replaces.
    if (!get_restore_active()) {
        port_interpreter_start_core();
    }
    ret->ptr = (uint8_t *)&__stack_high;
    ret->len = memory_end() - (size_t)&__stack_high;
}

// The returned list is memory itself, not an allocation: nothing to free.
__attribute__((__export_name__("cabi_post_sandbox:interpreter/snapshot@0.1.0#capture")))
void __wasm_export_exports_sandbox_interpreter_snapshot_capture_post_return(uint8_t *ret_area) {
    (void)ret_area;
}

// While a restore is under way, the announced chunk goes to its own place;
// otherwise this is wit-bindgen's allocator.
__attribute__((__export_name__("cabi_realloc")))
void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {
    (void)old_size;
    if (get_restore_active()) {
        if (ptr != NULL || new_size == 0 || new_size != get_restore_next_len()) {
            __builtin_trap();
        }
        return &__stack_high + get_restore_next();
    }
    if (new_size == 0) {
        return (void *)align;
    }
    void *ret = realloc(ptr, new_size);
    if (ret == NULL) {
        abort();
    }
    return ret;
}

// Bytes the host skips are zero in the image; memory grown for the restore
// already is, the instance's initial contents are not.
static void zero_skipped(uint32_t upto) {
    uint32_t from = get_restore_written(), dirty = get_restore_dirty();
    if (from < dirty) {
        memset(&__stack_high + from, 0, (upto < dirty ? upto : dirty) - from);
    }
}

bool exports_sandbox_interpreter_snapshot_restore_begin(uint32_t size, restore_error_t *err) {
    // Fresh: no runtime call has run here (start-up may have, when the
    // component was pre-initialized or `capture` ran).
    if (port_instance_bound() || get_restore_active()) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_NOT_FRESH;
        return false;
    }
    size_t base = (size_t)&__stack_high;
    if (size % PAGE_SIZE != 0 || size > UINT32_MAX - base) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_TOO_LARGE;
        return false;
    }
    size_t end = base + size;
    size_t have = memory_end();
    if (end < have) {
        // Smaller than a fresh instance: not an image of this component.
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_OUT_OF_ORDER;
        return false;
    }
    if (end > have && __builtin_wasm_memory_grow(0, (end - have) / PAGE_SIZE) == (size_t)-1) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_TOO_LARGE;
        return false;
    }
    set_restore_size(size);
    set_restore_written(0);
    set_restore_dirty(have - base);
    set_restore_next_len(0);
    set_restore_active(1);
    return true;
}

bool exports_sandbox_interpreter_snapshot_restore_seek(uint32_t offset, uint32_t len, restore_error_t *err) {
    if (!get_restore_active()) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_INCOMPLETE;
        return false;
    }
    uint32_t size = get_restore_size();
    if (offset < get_restore_written() || offset > size || len > size - offset || len == 0) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_OUT_OF_ORDER;
        return false;
    }
    zero_skipped(offset);
    set_restore_written(offset);
    set_restore_next(offset);
    set_restore_next_len(len);
    return true;
}

bool exports_sandbox_interpreter_snapshot_restore_chunk(interpreter_list_u8_t *bytes, restore_error_t *err) {
    uint32_t offset = get_restore_next(), len = get_restore_next_len();
    if (!get_restore_active() || len == 0) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_INCOMPLETE;
        return false;
    }
    if (bytes->ptr != (uint8_t *)&__stack_high + offset || bytes->len != len) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_OUT_OF_ORDER;
        return false;
    }
    set_restore_written(offset + len);
    set_restore_next_len(0);
    return true;
}

bool exports_sandbox_interpreter_snapshot_restore_placed(restore_error_t *err) {
    if (!get_restore_active() || get_restore_next_len() != 0) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_INCOMPLETE;
        return false;
    }
    if (get_restore_written() != 0) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_OUT_OF_ORDER;
        return false;
    }
    // Every byte is the image's now: nothing is left to zero.
    set_restore_written(get_restore_size());
    return true;
}

bool exports_sandbox_interpreter_snapshot_restore_end(restore_error_t *err) {
    if (!get_restore_active() || get_restore_next_len() != 0) {
        *err = EXPORTS_SANDBOX_INTERPRETER_SNAPSHOT_RESTORE_ERROR_INCOMPLETE;
        return false;
    }
    zero_skipped(get_restore_size());
    set_restore_active(0);
    // Handles in the image name the captured instance's resources: retire
    // them all, and take this instance's own on the next call.
    port_generation++;
    port_instance_unbind();
    return true;
}
