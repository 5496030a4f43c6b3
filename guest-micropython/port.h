// Declarations shared by the port's C files.
#ifndef MPSANDBOX_PORT_H
#define MPSANDBOX_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include "py/obj.h"
#include "interpreter.h"

// stdio.c: guest output, line-buffered stdout and unbuffered stderr.
void port_stdio_write(int fd, const char *data, size_t len);
void port_stdio_flush(void);

// vfs_wasi.c: mount every preopened directory at its guest path.
void port_vfs_mount_preopens(void);

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

#endif
