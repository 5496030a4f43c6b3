// Guest output over wasi:cli/stdout and wasi:cli/stderr, or into buffers
// the call returns (exec-captured), and the sys.stdin/stdout/stderr objects.
//
// stdout is line-buffered (one host call per printed line, not per piece of
// a print) and flushed before stderr writes, sleeps and the end of each
// call, so the host sees both streams in the order the program wrote them.

#include <stdlib.h>
#include <string.h>

#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "port.h"

// One captured stream: malloc'd, so the canonical ABI can free it after the
// call returns it.
typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
} capture_buf_t;

static struct {
    bool on;
    bool truncated;
    size_t budget; // bytes of stdout + stderr still allowed this call
    capture_buf_t streams[2];
} capture;

void port_stdio_capture_begin(size_t max_output) {
    memset(&capture, 0, sizeof(capture));
    capture.on = true;
    capture.budget = max_output;
}

static void capture_take(capture_buf_t *b, interpreter_list_u8_t *out) {
    out->ptr = b->data;
    out->len = b->len;
    b->data = NULL;
}

void port_stdio_capture_end(exports_sandbox_interpreter_runtime_captured_output_t *out) {
    port_stdio_flush();
    capture_take(&capture.streams[0], &out->stdout_);
    capture_take(&capture.streams[1], &out->stderr_);
    out->truncated = capture.truncated;
    capture.on = false;
}

// Appends what the budget allows. Past it the program is stopped the way
// Ctrl-C would stop it: an exception raised at the next bytecode, which
// honest code does not catch (the host reports `truncated` either way).
static void capture_write(int fd, const uint8_t *data, size_t len) {
    if (len > capture.budget) {
        len = capture.budget;
        if (!capture.truncated) {
            capture.truncated = true;
            mp_sched_keyboard_interrupt();
        }
    }
    capture_buf_t *b = &capture.streams[fd == 2];
    if (len > b->cap - b->len) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < len) {
            cap *= 2;
        }
        uint8_t *grown = realloc(b->data, cap);
        if (grown == NULL) {
            capture.truncated = true;
            return;
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    capture.budget -= len;
}

#define STREAM_LIST_U8 interpreter_list_u8_t
#include "stream_write.h"

// Line buffering in chunks the stream takes whole.
static uint8_t out_buf[STREAM_WRITE_MAX];
static size_t out_len;

static bool have_streams;
static wasi_io_streams_own_output_stream_t stdout_stream;
static wasi_io_streams_own_output_stream_t stderr_stream;

static wasi_io_streams_borrow_output_stream_t stream_for(int fd) {
    if (!have_streams) {
        stdout_stream = wasi_cli_stdout_get_stdout();
        stderr_stream = wasi_cli_stderr_get_stderr();
        have_streams = true;
    }
    return wasi_io_streams_borrow_output_stream(fd == 2 ? stderr_stream : stdout_stream);
}

void port_stdio_forget(void) {
    have_streams = false;
}

static void write_direct(int fd, const uint8_t *data, size_t len) {
    if (capture.on) {
        capture_write(fd, data, len);
        return;
    }
    stream_write_all(stream_for(fd), data, len);
}

void port_stdio_flush(void) {
    if (out_len > 0) {
        size_t n = out_len;
        out_len = 0;
        write_direct(1, out_buf, n);
    }
}

void port_stdio_write(int fd, const char *data, size_t len) {
    if (fd == 2) {
        port_stdio_flush();
        write_direct(2, (const uint8_t *)data, len);
        return;
    }
    bool newline = memchr(data, '\n', len) != NULL;
    if (len > sizeof(out_buf) - out_len) {
        port_stdio_flush();
        if (len >= sizeof(out_buf)) {
            write_direct(1, (const uint8_t *)data, len);
            return;
        }
    }
    memcpy(out_buf + out_len, data, len);
    out_len += len;
    if (newline) {
        port_stdio_flush();
    }
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    port_stdio_write(1, str, len);
    return len;
}

void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    port_stdio_write(1, str, len);
}

void mp_hal_stdout_tx_str(const char *str) {
    port_stdio_write(1, str, strlen(str));
}

// No stdin in this world: reading gives end-of-file.
int mp_hal_stdin_rx_chr(void) {
    return -1;
}

static void stderr_strn(void *env, const char *str, size_t len) {
    (void)env;
    port_stdio_write(2, str, len);
}

const mp_print_t mp_stderr_print = { NULL, stderr_strn };

// sys.stdin / sys.stdout / sys.stderr and their .buffer counterparts.

typedef struct {
    mp_obj_base_t base;
    int fd;
} stdio_obj_t;

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.%s %d>", mp_obj_get_type_str(self_in), self->fd);
}

static mp_uint_t stdio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    (void)buf;
    (void)size;
    if (self->fd != 0) {
        *errcode = MP_EPERM;
        return MP_STREAM_ERROR;
    }
    return 0;
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd == 0) {
        *errcode = MP_EPERM;
        return MP_STREAM_ERROR;
    }
    port_stdio_write(self->fd, buf, size);
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    (void)self_in;
    (void)arg;
    switch (request) {
        case MP_STREAM_FLUSH:
            port_stdio_flush();
            return 0;
        case MP_STREAM_CLOSE:
            return 0;
        case MP_STREAM_POLL:
            return 0;
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

static const stdio_obj_t stdin_buffer_obj;
static const stdio_obj_t stdout_buffer_obj;
static const stdio_obj_t stderr_buffer_obj;

static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_buffer) {
        static const stdio_obj_t *const buffers[] = { &stdin_buffer_obj, &stdout_buffer_obj, &stderr_buffer_obj };
        dest[0] = MP_OBJ_FROM_PTR(buffers[self->fd]);
    } else {
        dest[1] = MP_OBJ_SENTINEL; // continue lookup in locals_dict
    }
}

// The descriptor numbers programs expect (0, 1, 2); nothing can be done with
// them but ask.
static mp_obj_t stdio_fileno(mp_obj_t self_in) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(self->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_fileno_obj, stdio_fileno);

static const mp_rom_map_elem_t stdio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&stdio_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj)},
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_dict_table);

static const mp_stream_p_t stdio_text_stream_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = true,
};

static const mp_stream_p_t stdio_binary_stream_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .is_text = false,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_text_type,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print,
    attr, stdio_attr,
    protocol, &stdio_text_stream_p,
    locals_dict, &stdio_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_binary_type,
    MP_QSTR_FileIO,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print,
    protocol, &stdio_binary_stream_p,
    locals_dict, &stdio_locals_dict
    );

const stdio_obj_t mp_sys_stdin_obj = { { &stdio_text_type }, 0 };
const stdio_obj_t mp_sys_stdout_obj = { { &stdio_text_type }, 1 };
const stdio_obj_t mp_sys_stderr_obj = { { &stdio_text_type }, 2 };
static const stdio_obj_t stdin_buffer_obj = { { &stdio_binary_type }, 0 };
static const stdio_obj_t stdout_buffer_obj = { { &stdio_binary_type }, 1 };
static const stdio_obj_t stderr_buffer_obj = { { &stdio_binary_type }, 2 };
