// MicroPython configuration for the sandbox:interpreter component (wasm32, WASI 0.2).
//
// Starts from MicroPython's fullest feature level (EVERYTHING: in-place
// operator methods, namedtuple._asdict, match groups and spans, range
// comparison, ...), since the code users send is written for CPython, then
// removes what a sandbox must not have (threads, sockets, ffi, native code,
// raw memory) and what the Debian `+ds` source does not carry (mbedtls,
// axtls, btree).

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <alloca.h>

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EVERYTHING)

// Must match the shadow stack the Makefile links (STACK_SIZE).
#define MP_STACK_SIZE (2 * 1024 * 1024)

// Object model and numbers (32-bit pointers; long ints as arbitrary precision).
// 31-bit small ints (REPR_A) are kept over nan-boxed 64-bit ones (REPR_D,
// as the unix port's nanbox variant: 64-bit mp_int_t). Measured with sound
// roots for i64 objects (branch repr-d: gcspill --spill-i64 stores every i64
// local of the functions that can meet the collector before each call):
// sum(range(3M)) 510 -> 338 ms, but fib 77 -> 94, json 203 -> 287 and string
// building 513 -> 694 ms, and a 64-bit mp_int_t over a 32-bit size_t
// truncates sizes silently (len('a' * (2**32 + 1)) == 1).
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;
typedef long long mp_off_t;
// The parser grows its stacks by a fixed step (16); deeply nested source (a
// hostile input, e.g. eval('(' * 10**5 + ...)) then costs quadratic copying.
// parse.c uses these only as `alloc + INC`, inside functions that hold
// `parser`: growing by the current size makes the growth geometric.
#define MICROPY_ALLOC_PARSE_RULE_INC (parser->rule_stack_alloc)
#define MICROPY_ALLOC_PARSE_RESULT_INC (parser->result_stack_alloc)
#define MICROPY_LONGINT_IMPL (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_NLR_SETJMP (1)

// Compiler and runtime.
#define MICROPY_ENABLE_COMPILER (1)
#define MICROPY_ENABLE_GC (1)
#define MICROPY_ENABLE_FINALISER (1)
// The heap starts small and grows in areas taken from the instance's linear
// memory, so a sandbox costs only what its program uses.
#define MICROPY_GC_SPLIT_HEAP (1)
#define MICROPY_GC_SPLIT_HEAP_AUTO (1)
// The collector runs only at safe points (gccollect.c). One runs there once
// the blocks allocated since the last collection pass a soft limit (see
// gccollect.c), so it usually comes before the heap is full; an allocation
// that still finds no room requests one and grows the heap meanwhile.
extern bool port_gc_requested;
extern size_t port_gc_soft_limit;
void gc_collect(void);
#define MICROPY_GC_ALLOC_COLLECT() (port_gc_requested = true)
#define MICROPY_GC_SAFEPOINT() do { \
        if (port_gc_requested || MP_STATE_MEM(gc_alloc_amount) >= port_gc_soft_limit) { \
            gc_collect(); \
        } \
} while (0)
#define MICROPY_ENABLE_PYSTACK (0)
// Pausable runs (pause.c, patch 0052): the VM is compiled twice. py/vm.c
// is the ordinary one, with C-stack frames; vm_stackless.c compiles it again
// as mp_execute_bytecode_stackless, whose Python-to-Python calls keep their
// frames on the GC heap, so a pausable run can return from the export at a
// host call and continue later. Heap frames nest about as deep as C-stack
// ones do.
#define MICROPY_STACKLESS (1)
#ifndef MICROPY_VM_STACKLESS
#define MICROPY_VM_STACKLESS (0)
#endif
#define MICROPY_STACKLESS_MAX_DEPTH (6000)
struct _mp_obj_type_t;
struct _mp_obj_fun_builtin_fixed_t;
extern const struct _mp_obj_type_t port_host_function_type;
extern const struct _mp_obj_fun_builtin_fixed_t port_pause_answers_obj;
bool port_vm_pause(void *frame, void *fun, size_t n_args, size_t n_kw, void *const *args);
#define MICROPY_VM_MAY_PAUSE(fun) \
    (mp_obj_get_type(fun) == &port_host_function_type || (fun) == MP_OBJ_FROM_PTR(&port_pause_answers_obj))
#define MICROPY_VM_PAUSE(frame, fun, n_args, n_kw, args) port_vm_pause((frame), (fun), (n_args), (n_kw), (args))
#define MICROPY_STACK_CHECK (1)
#define MICROPY_STACK_CHECK_MARGIN (16 * 1024)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
#define MICROPY_KBD_EXCEPTION (1)
// errno values as on Linux, not wasi-libc's own numbering.
#define MICROPY_USE_INTERNAL_ERRNO (1)
#define MICROPY_ENABLE_SCHEDULER (1)
// CPython's limit on nested brackets, enforced by the lexer for every
// compile path (patches/0007).
#define MICROPY_MAX_BRACKET_NESTING (200)
// The deadline of exec-captured calls (hal.c): a countdown on branches and
// returns, zero (one predictable branch) when no deadline is armed.
extern uint32_t port_deadline_countdown;
void port_deadline_check(void);
#define MICROPY_VM_HOOK_LOOP \
    if (port_deadline_countdown != 0 && --port_deadline_countdown == 0) { \
        port_deadline_check(); \
    } \
    MICROPY_GC_SAFEPOINT();
#define MICROPY_VM_HOOK_RETURN MICROPY_VM_HOOK_LOOP
// A long regex search checks the same deadline between its rounds (modre.c).
#define RE_DEADLINE_CHECK() do { \
        if (port_deadline_countdown != 0) { \
            port_deadline_check(); \
        } \
} while (0)
#define MICROPY_OPT_COMPUTED_GOTO (1)
#define MICROPY_ERROR_REPORTING (MICROPY_ERROR_REPORTING_DETAILED)
// Docstrings of the program's code are kept: f.__doc__, cls.__doc__ (patch
// 0051; the frozen standard library, compiled by mpy-cross, has none).
#define MICROPY_ENABLE_DOC_STRING (1)
#define MICROPY_WARNINGS (1)
#define MICROPY_ERROR_PRINTER (&mp_stderr_print)
#define MICROPY_PY_STR_BYTES_CMP_WARN (1)
#define MICROPY_HELPER_REPL (1)
#define MICROPY_USE_INTERNAL_PRINTF (0)
// micropython.mem_total()/mem_current()/mem_peak(), as in the unix port.
#define MICROPY_MEM_STATS (1)
#define MICROPY_MALLOC_USES_ALLOCATED_SIZE (1)
#define MICROPY_PY_GC_COLLECT_RETVAL (1)
// .mpy bytecode files import from granted directories; native code in them
// is refused (no native emitter).
#define MICROPY_PERSISTENT_CODE_LOAD (1)

// Files: each preopened directory is mounted into a VFS at its guest path.
#define MICROPY_VFS (1)
#define MICROPY_VFS_WASI (1)
#define MICROPY_READER_VFS (1)
#define MICROPY_ALLOC_PATH_MAX (1024)
// FAT on block devices the program creates (RAM disks), as in the unix port.
#define MICROPY_FATFS_ENABLE_LFN (1)
#define MICROPY_FATFS_RPATH (2)
#define MICROPY_FATFS_MAX_SS (4096)
#define MICROPY_FATFS_LFN_CODE_PAGE 437
#define MICROPY_PY_OS_INCLUDEFILE "modos_port.c"
#define MICROPY_PY_OS_URANDOM (1)
#define MICROPY_PY_OS_UNAME (0)
#define MICROPY_PY_OS_DUPTERM (0)
#define MICROPY_PY_OS_SYNC (0)

// sys.
#define MICROPY_PY_SYS_PLATFORM "wasi"
#define MICROPY_PY_SYS_PATH_DEFAULT ""
#define MICROPY_PY_SYS_STDFILES (1)
#define MICROPY_PY_SYS_STDIO_BUFFER (1)
#define MICROPY_PY_SYS_EXC_INFO (1)
#define MICROPY_PY_SYS_ATEXIT (0)
#define MICROPY_PY_SYS_EXIT (1)
#define MICROPY_PY_SYS_SETTRACE (0)
#define MICROPY_PY_SYS_EXECUTABLE (0)
#define MICROPY_PY_BUILTINS_INPUT (0)

// Modules a sandbox user expects.
#define MICROPY_PY_TIME (1)
#define MICROPY_PY_TIME_TIME_TIME_NS (1)
// modtime_port.c has its own (float and 64-bit seconds).
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (0)
// CPython's time API beside MicroPython's ticks: struct_time, strftime,
// asctime/ctime, perf_counter/monotonic/process_time (and _ns), UTC zone.
#define MICROPY_PY_TIME_EXTRA_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_gmtime), MP_ROM_PTR(&port_time_gmtime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_localtime), MP_ROM_PTR(&port_time_gmtime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_mktime), MP_ROM_PTR(&port_time_mktime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_strftime), MP_ROM_PTR(&port_time_strftime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_asctime), MP_ROM_PTR(&port_time_asctime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_ctime), MP_ROM_PTR(&port_time_ctime_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&port_time_monotonic_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&port_time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&port_time_monotonic_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&port_time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_process_time), MP_ROM_PTR(&port_time_monotonic_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_process_time_ns), MP_ROM_PTR(&port_time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_timezone), MP_ROM_INT(0) }, \
    { MP_ROM_QSTR(MP_QSTR_altzone), MP_ROM_INT(0) }, \
    { MP_ROM_QSTR(MP_QSTR_daylight), MP_ROM_INT(0) }, \
    { MP_ROM_QSTR(MP_QSTR_tzname), MP_ROM_PTR(&port_time_tzname) },
#define MICROPY_PY_TIME_CUSTOM_SLEEP (1)
#define MICROPY_PY_TIME_INCLUDEFILE "modtime_port.c"
#define MICROPY_EPOCH_IS_1970 (1)
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC (mp_port_random_seed())
#define MICROPY_PY_HASHLIB (1)
#define MICROPY_PY_HASHLIB_SHA256 (1)
#define MICROPY_PY_HASHLIB_SHA1 (0)
#define MICROPY_PY_HASHLIB_MD5 (0)
#define MICROPY_PY_DEFLATE (1)
#define MICROPY_PY_ARRAY (1)
#define MICROPY_PY_COLLECTIONS_DEQUE (1)
#define MICROPY_PY_IO (1)

// select.poll over MicroPython stream objects only (no host file descriptors),
// which is what asyncio needs; framebuf and websocket are pure computation.
#define MICROPY_PY_SELECT (1)
#define MICROPY_PY_SELECT_POSIX_OPTIMISATIONS (0)
#define MICROPY_PY_ASYNCIO (1)
#define MICROPY_PY_FRAMEBUF (1)
#define MICROPY_PY_WEBSOCKET (1)
// A poll that waits (asyncio.sleep) sleeps through WASI instead of spinning;
// nothing outside the guest can wake it early, so short steps suffice.
#define MICROPY_INTERNAL_WFE(TIMEOUT_MS) mp_hal_delay_ms((TIMEOUT_MS) < 0 || (TIMEOUT_MS) > 1 ? 1 : (TIMEOUT_MS))

// Importing a module a sandbox cannot have says why (refused_modules.c).
const char *mp_port_refused_module(size_t name); // name: a qstr
#define MICROPY_PORT_REFUSED_MODULE(name) mp_port_refused_module(name)

// What a sandbox must not have, or the +ds source cannot build.
#define MICROPY_PY_THREAD (0)
#define MICROPY_PY_SOCKET (0)
#define MICROPY_PY_NETWORK (0)
#define MICROPY_PY_SSL (0)
#define MICROPY_PY_CRYPTOLIB (0)
#define MICROPY_PY_BTREE (0)
#define MICROPY_PY_FFI (0)
#define MICROPY_PY_UCTYPES (0)
#define MICROPY_PY_MACHINE (0)
#define MICROPY_PY_WEBREPL (0)
#define MICROPY_PY_BLUETOOTH (0)
#define MICROPY_PY_OPENAMP (0)
#define MICROPY_PY_LWIP (0)
#define MICROPY_PY_PLATFORM (1)
// re: modre.c (CPython's syntax and API on PCRE2) replaces MicroPython's
// engine.
#define MICROPY_PY_RE (0)

#define MP_STATE_PORT MP_STATE_VM
#define MICROPY_HW_BOARD_NAME "sandbox"
#define MICROPY_HW_MCU_NAME "wasm32-wasip2"
#define MICROPY_PY_BUILTINS_HELP_TEXT mp_port_help_text

#define MICROPY_MPHALPORT_H "mphalport.h"

// The GC heap grows by taking blocks from libc's allocator.
#define MP_PLAT_ALLOC_HEAP(size) malloc(size)
#define MP_PLAT_FREE_HEAP(ptr) free(ptr)

#define MICROPY_PORT_ROOT_POINTERS

extern const struct _mp_print_t mp_stderr_print;
extern const char mp_port_help_text[];
uint32_t mp_port_random_seed(void);
