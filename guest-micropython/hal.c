// Time, randomness and fatal-error hooks, on top of the imported WASI clocks
// and random interfaces.

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "py/gc.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "port.h"
#include "lib/oofatfs/ff.h"
#include "shared/timeutils/timeutils.h"

static uint64_t monotonic_ns(void) {
    return wasi_clocks_monotonic_clock_now();
}

// time.struct_time's type, made on first use by modtime_port.c (which
// extmod/modtime.c includes, out of the root pointer scanner's sight).
MP_REGISTER_ROOT_POINTER(mp_obj_t port_struct_time_type);

uint64_t port_monotonic_ns(void) {
    return monotonic_ns();
}

mp_uint_t mp_hal_ticks_ms(void) {
    return (mp_uint_t)(monotonic_ns() / 1000000);
}

mp_uint_t mp_hal_ticks_us(void) {
    return (mp_uint_t)(monotonic_ns() / 1000);
}

uint64_t mp_hal_time_ns(void) {
    wasi_clocks_wall_clock_datetime_t now;
    wasi_clocks_wall_clock_now(&now);
    return now.seconds * 1000000000ull + now.nanoseconds;
}

// Blocks in the host (which can still stop the call on a timeout) rather
// than spinning inside the guest.
// ---- the deadline of an exec-captured call ---------------------------------
//
// Hosts that cannot stop the instance cleanly themselves (an HTTP handler
// composed with the interpreter) ask for a wall-clock budget. The VM checks
// it every DEADLINE_CHECK_EVERY branches and returns (mpconfigport.h's
// hooks); once it has passed, each check raises KeyboardInterrupt.

#define DEADLINE_CHECK_EVERY (1024)
#define NO_DEADLINE UINT64_MAX

uint32_t port_deadline_countdown; // 0: neither a deadline nor a step budget armed
static uint64_t deadline_ns = NO_DEADLINE;
static bool deadline_expired;

// ---- guest limits (set-guest-limits): a memory cap and a step budget ---------
//
// For hosts whose engine does not meter the instance. The step budget rides
// on the deadline's countdown: each check accounts for DEADLINE_CHECK_EVERY
// steps.

static uint64_t memory_cap;  // bytes of linear memory; 0: none
static uint64_t step_cap;    // steps per call; 0: none
static uint64_t steps_used;
static port_guest_limit_t limit_hit;
// The call was told to stop once already (see stop()).
static bool stopping;

// The memory cap, where memory grows: malloc (and so the GC heap's growth)
// reuses what was freed first and asks for more only here, so a session that
// freed memory can use it again, and only a refusal counts as hitting the cap.
// The link wraps sbrk (see Makefile); a restore grows memory directly.
void *__real_sbrk(intptr_t increment);

void *__wrap_sbrk(intptr_t increment) {
    if (increment > 0 && memory_cap != 0) {
        uint64_t have = (uint64_t)__builtin_wasm_memory_size(0) * 65536;
        if (have + (uint64_t)increment > memory_cap) {
            limit_hit = PORT_GUEST_LIMIT_MEMORY;
            errno = ENOMEM;
            return (void *)-1;
        }
    }
    return __real_sbrk(increment);
}

void port_guest_limits_set(uint64_t max_memory, uint64_t max_steps) {
    memory_cap = max_memory;
    step_cap = max_steps;
}

// At the start of every call.
void port_guest_limits_begin(void) {
    steps_used = 0;
    stopping = false;
    limit_hit = PORT_GUEST_LIMIT_NONE;
    if (step_cap != 0 && port_deadline_countdown == 0) {
        port_deadline_countdown = DEADLINE_CHECK_EVERY;
    }
}

port_guest_limit_t port_guest_limit_hit(void) {
    return limit_hit;
}

void port_deadline_arm(uint64_t budget_ns) {
    stopping = false;
    deadline_ns = monotonic_ns() + budget_ns;
    deadline_expired = false;
    port_deadline_countdown = DEADLINE_CHECK_EVERY;
}

bool port_deadline_disarm(void) {
    deadline_ns = NO_DEADLINE;
    port_deadline_countdown = step_cap != 0 ? DEADLINE_CHECK_EVERY : 0;
    return deadline_expired;
}

// Raises KeyboardInterrupt in the program. The first time, a handler gets
// one more round of checks to run (its output and cleanup kept); after
// that every branch raises again, so a loop that catches everything cannot
// run on between the checks.
static void stop(void) {
    mp_sched_keyboard_interrupt();
    if (stopping) {
        port_deadline_countdown = 1;
    }
    stopping = true;
}

void port_deadline_check(void) {
    port_deadline_countdown = DEADLINE_CHECK_EVERY;
    if (step_cap != 0) {
        steps_used += DEADLINE_CHECK_EVERY;
        if (steps_used > step_cap) {
            limit_hit = PORT_GUEST_LIMIT_STEPS;
            stop();
            return;
        }
    }
    if (deadline_ns != NO_DEADLINE && monotonic_ns() >= deadline_ns) {
        deadline_expired = true;
        stop();
    }
}

static void sleep_ns(uint64_t ns) {
    // A sleep past the deadline ends at it, and the program is stopped.
    if (deadline_ns != NO_DEADLINE) {
        uint64_t now = monotonic_ns();
        uint64_t left = deadline_ns > now ? deadline_ns - now : 0;
        if (ns >= left) {
            ns = left;
            port_deadline_countdown = 1;
        }
    }
    port_stdio_flush();
    wasi_clocks_monotonic_clock_own_pollable_t p = wasi_clocks_monotonic_clock_subscribe_duration(ns);
    wasi_io_poll_method_pollable_block(wasi_io_poll_borrow_pollable(p));
    wasi_io_poll_pollable_drop_own(p);
}

void mp_hal_delay_us(mp_uint_t us) {
    sleep_ns((uint64_t)us * 1000);
}

void mp_hal_delay_ms(mp_uint_t ms) {
    sleep_ns((uint64_t)ms * 1000000);
}

void port_sleep_seconds(mp_float_t seconds) {
    if (seconds < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("sleep length must be non-negative"));
    }
    // Clamp to what a u64 of nanoseconds holds (~584 years).
    sleep_ns(seconds >= 1.8e10 ? UINT64_MAX : (uint64_t)(seconds * 1e9));
}

uint32_t mp_port_random_seed(void) {
    return (uint32_t)wasi_random_random_get_random_u64();
}

void port_random_bytes(uint8_t *buf, size_t len) {
    interpreter_list_u8_t bytes;
    wasi_random_random_get_random_bytes(len, &bytes);
    memcpy(buf, bytes.ptr, bytes.len < len ? bytes.len : len);
    interpreter_list_u8_free(&bytes);
}

// How much more heap MicroPython may add. The instance's memory limit is the
// host's secret; probe the allocator for the largest block it can still give
// so that growth near the limit adds a smaller area instead of failing.
static bool can_malloc(size_t size) {
    void *p = malloc(size);
    free(p);
    return p != NULL;
}

size_t gc_get_max_new_split(void) {
    for (size_t size = 256u << 20; size >= 4096; size >>= 1) {
        if (can_malloc(size)) {
            // Under a memory cap the largest block is seldom a power of two:
            // refine, so the heap can use the room the cap leaves.
            for (size_t step = size >> 1; step >= 4096 && memory_cap != 0; step >>= 1) {
                if (can_malloc(size + step)) {
                    size += step;
                }
            }
            return size;
        }
    }
    return 0;
}

// An exception escaped every handler: the interpreter cannot continue this
// call. Trapping hands the decision to the host (which reports an internal
// error and discards the instance).
void nlr_jump_fail(void *val) {
    (void)val;
    __builtin_trap();
}

#ifndef NDEBUG
void __assert_func(const char *file, int line, const char *func, const char *expr) {
    (void)file;
    (void)line;
    (void)func;
    (void)expr;
    __builtin_trap();
}
#endif

// FAT timestamps: the wall clock (UTC), packed as FAT stores them.
DWORD get_fattime(void) {
    timeutils_struct_time_t t;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000ULL, &t);
    return ((DWORD)(t.tm_year - 1980) << 25) | ((DWORD)t.tm_mon << 21) | ((DWORD)t.tm_mday << 16)
           | ((DWORD)t.tm_hour << 11) | ((DWORD)t.tm_min << 5) | ((DWORD)t.tm_sec / 2);
}
