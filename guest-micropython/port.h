// Declarations shared by the port's C files.
#ifndef MPSANDBOX_PORT_H
#define MPSANDBOX_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include "py/obj.h"
#include "py/bc.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "interpreter.h"

// stdio.c: guest output, line-buffered stdout and unbuffered stderr.
void port_stdio_write(int fd, const char *data, size_t len);
void port_stdio_flush(void);

// stdio.c: collect output into buffers instead of the WASI streams until
// port_stdio_capture_end hands them over (exec-captured).
void port_stdio_capture_begin(size_t max_output);
void port_stdio_capture_end(exports_sandbox_interpreter_runtime_captured_output_t *out);

// hal.c: a wall-clock budget for the running call; past it the VM raises
// KeyboardInterrupt at every check. disarm says whether it ran out.
void port_deadline_arm(uint64_t budget_ns);
bool port_deadline_disarm(void);

// hal.c: the guest limits (set-guest-limits) and which one the running call
// hit; begin resets the call's count at every export's entry.
typedef enum {
    PORT_GUEST_LIMIT_NONE,
    PORT_GUEST_LIMIT_MEMORY,
    PORT_GUEST_LIMIT_STEPS,
} port_guest_limit_t;
void port_guest_limits_set(uint64_t max_memory, uint64_t max_steps);
void port_guest_limits_begin(void);
port_guest_limit_t port_guest_limit_hit(void);

// stdio.c: forget the output streams (a restored image holds another
// instance's); they are fetched again on the next write.
void port_stdio_forget(void);

// vfs_wasi.c: mount this instance's preopened directories at their guest
// paths, keeping mounts (and the working directory) a restored image already
// has at those paths, and unmounting the ones this instance lacks.
void port_vfs_bind(void);

// main.c: interpreter start-up and the instance's resources.
bool port_instance_bound(void);
void port_interpreter_start_core(void);
void port_instance_unbind(void);
void port_host_rebind(void);

// snapshot.c: bumped by each restore. Objects holding resource handles
// record it when created; a handle from another generation belongs to the
// captured instance and is never used or dropped.
extern uint32_t port_generation;

// compile_cache.c: module functions of recently run sources, by input kind,
// file name and text; NULL when not cached.
mp_obj_t port_compile_cache_lookup(mp_parse_input_kind_t kind, qstr filename, const byte *src, size_t len);
void port_compile_cache_store(mp_parse_input_kind_t kind, qstr filename, const byte *src, size_t len,
    mp_obj_t fun);

// errors.c: where the lexer stood when a syntax error stopped it.
typedef struct {
    size_t line;
    size_t column;
} port_source_pos_t;

// Converts an exception object to the WIT error. Returns false when the
// exception means success (SystemExit with code None or 0).
bool port_error_from_exception(mp_obj_t exc, const port_source_pos_t *pos,
    exports_sandbox_interpreter_runtime_error_t *err);
void port_error_internal(const char *message, exports_sandbox_interpreter_runtime_error_t *err);

// errors.c: a malloc'd copy of a string, for returning through the canonical ABI.
void port_string_dup(interpreter_string_t *out, const char *data, size_t len);

// modhost.c: the pieces of a host call that pausable runs share.
extern const mp_obj_type_t port_host_function_type;
mp_obj_t port_host_function_name(mp_obj_t fun); // MP_OBJ_NULL if not a host function
mp_obj_t port_host_encode_call(size_t n_args, const mp_obj_t *args, const mp_map_t *kwargs);
mp_obj_t port_host_decode_result(mp_obj_t text);
mp_obj_t port_host_call_exception(uint8_t tag, mp_obj_t message);

// pause.c: how the running pausable run treats a host function.
enum { PORT_PAUSE_NONE, PORT_PAUSE_PAUSING, PORT_PAUSE_AWAITABLE };
int port_pause_style(mp_obj_t name);
NORETURN void port_pause_refuse(mp_obj_t name);
mp_obj_t port_pause_await(mp_obj_t name, mp_obj_t arguments);
extern const mp_obj_fun_builtin_fixed_t port_pause_awaiting_obj;
extern size_t mp_stackless_depth; // py/vm.c
// vm_stackless.c: the VM whose calls keep their frames on the GC heap.
mp_vm_return_kind_t mp_execute_bytecode_stackless(mp_code_state_t *code_state, volatile mp_obj_t inject_exc);

// main.c: what every export does first, and compiling a source to its
// module function (raises SyntaxError, recording where in `pos`).
void port_enter(void *top);
mp_obj_t port_compile(qstr filename, const interpreter_string_t *src, mp_parse_input_kind_t kind,
    port_source_pos_t *pos);

#endif
