// wasi:cli/run over the interpreter: the command line of `mpsandbox` for
// any WASI host that runs commands (`wasmtime run`).
//
//   mpsandbox-cli.wasm -c CODE     run CODE
//   mpsandbox-cli.wasm FILE        run a script inside a granted directory
//   mpsandbox-cli.wasm [-]         run the program read from stdin
//
// Exit status as `mpsandbox`: 0 success, 1 uncaught exception or syntax
// error, 2 usage error, 4 internal error. Limits are the host's own (for
// wasmtime: -W fuel=N, -W timeout=DURATION, -W max-memory-size=BYTES); a
// limit stops the whole component, so the host reports it.

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mount_point.h"
#include "streams.h"
#include "text.h"

enum { EXIT_OK = 0, EXIT_PYTHON = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 4 };

typedef sandbox_interpreter_runtime_error_t run_error_t;

// ---- output ------------------------------------------------------------------

static void write_stream(wasi_io_streams_own_output_stream_t stream, const uint8_t *data, size_t len) {
    stream_write_all(wasi_io_streams_borrow_output_stream(stream), data, len);
    wasi_io_streams_output_stream_drop_own(stream);
}

static void write_err(const char *text, size_t len) {
    write_stream(wasi_cli_0_2_0_stderr_get_stderr(), (const uint8_t *)text, len);
}

static void write_out(const char *text) {
    write_stream(wasi_cli_0_2_0_stdout_get_stdout(), (const uint8_t *)text, strlen(text));
}

// Writes `mpsandbox-cli: ` + a + b + c + "\n" to stderr.
static void complain(const char *a, const cli_string_t *b, const char *c) {
    size_t la = strlen(a), lb = b ? b->len : 0, lc = strlen(c);
    static const char prefix[] = "mpsandbox-cli: ";
    size_t n = sizeof(prefix) - 1 + la + lb + lc + 1;
    char *line = malloc(n);
    if (line == NULL) {
        return;
    }
    char *p = line;
    memcpy(p, prefix, sizeof(prefix) - 1);
    p += sizeof(prefix) - 1;
    memcpy(p, a, la);
    p += la;
    if (lb) {
        memcpy(p, b->ptr, lb);
        p += lb;
    }
    memcpy(p, c, lc);
    p += lc;
    *p = '\n';
    write_err(line, n);
    free(line);
}

// ---- input -------------------------------------------------------------------

static bool read_stdin(buf_t *out) {
    wasi_io_streams_own_input_stream_t in = wasi_cli_0_2_0_stdin_get_stdin();
    read_result_t got = stream_read_all(wasi_io_streams_borrow_input_stream(in), out, SIZE_MAX);
    wasi_io_streams_input_stream_drop_own(in);
    return got == READ_DONE;
}

// A preopen's guest path as the interpreter mounts it (mount_point.h).
static void mount_point(const cli_string_t *guest, buf_t *out) {
    const uint8_t *p = guest->ptr;
    size_t n = guest->len;
    mount_point_trim(&p, &n);
    buf_bytes(out, (const uint8_t *)"/", 1);
    buf_bytes(out, p, n);
}

// Reads `path` the way the interpreter would open it: a relative path from
// the first granted directory (its working directory), an absolute one in
// the grant whose mount point is its longest prefix.
static bool read_script(const cli_string_t *path, buf_t *out, const char **why) {
    wasi_filesystem_preopens_list_tuple2_own_descriptor_string_t dirs;
    wasi_filesystem_preopens_get_directories(&dirs);
    *why = "it is not inside a granted directory (grant one with the host's --dir, e.g. `--dir .`, or pipe the program on stdin)";
    buf_t full = { 0 };
    bool relative = path->len == 0 || path->ptr[0] != '/';
    if (relative && dirs.len > 0) {
        mount_point(&dirs.ptr[0].f1, &full);
        if (full.len > 1) {
            buf_bytes(&full, (const uint8_t *)"/", 1);
        }
    }
    buf_bytes(&full, path->ptr, path->len);
    size_t best = dirs.len, best_len = 0;
    buf_t point = { 0 };
    for (size_t i = 0; i < dirs.len; i++) {
        point.len = 0;
        mount_point(&dirs.ptr[i].f1, &point);
        size_t n = point.len == 1 ? 0 : point.len; // "/" matches everything
        bool inside = full.len >= n && memcmp(full.data, point.data, n) == 0 && (full.len == n || full.data[n] == '/');
        if (inside && (best == dirs.len || n > best_len)) {
            best = i;
            best_len = n;
        }
    }
    free(point.data);
    bool ok = false;
    if (best < dirs.len) {
        const uint8_t *rest = full.data + best_len;
        size_t rest_len = full.len - best_len;
        while (rest_len > 0 && *rest == '/') {
            rest++;
            rest_len--;
        }
        cli_string_t inner = { .ptr = (uint8_t *)rest, .len = rest_len };
        wasi_filesystem_types_borrow_descriptor_t dir = wasi_filesystem_types_borrow_descriptor(dirs.ptr[best].f0);
        wasi_filesystem_types_own_descriptor_t file;
        wasi_filesystem_types_error_code_t code;
        if (!wasi_filesystem_types_method_descriptor_open_at(dir, WASI_FILESYSTEM_TYPES_PATH_FLAGS_SYMLINK_FOLLOW,
                &inner, 0, WASI_FILESYSTEM_TYPES_DESCRIPTOR_FLAGS_READ, &file, &code)) {
            *why = code == WASI_FILESYSTEM_TYPES_ERROR_CODE_NO_ENTRY ? "no such file" : "it cannot be opened";
        } else {
            wasi_filesystem_types_borrow_descriptor_t f = wasi_filesystem_types_borrow_descriptor(file);
            ok = true;
            for (uint64_t offset = 0;;) {
                cli_tuple2_list_u8_bool_t got;
                if (!wasi_filesystem_types_method_descriptor_read(f, 65536, offset, &got, &code)) {
                    *why = code == WASI_FILESYSTEM_TYPES_ERROR_CODE_IS_DIRECTORY ? "it is a directory" : "it cannot be read";
                    ok = false;
                    break;
                }
                buf_bytes(out, got.f0.ptr, got.f0.len);
                offset += got.f0.len;
                bool done = got.f1 || got.f0.len == 0;
                cli_list_u8_free(&got.f0);
                if (out->failed) {
                    *why = "it does not fit in memory";
                    ok = false;
                    break;
                }
                if (done) {
                    break;
                }
            }
            wasi_filesystem_types_descriptor_drop_own(file);
        }
    }
    free(full.data);
    wasi_filesystem_preopens_list_tuple2_own_descriptor_string_free(&dirs);
    return ok;
}

// ---- running -------------------------------------------------------------------

static const char USAGE[] =
    "usage: mpsandbox-cli.wasm [-c CODE | FILE | -]\n"
    "\n"
    "Runs Python (MicroPython) in the sandbox: CODE, a script FILE inside a\n"
    "directory the host grants (wasmtime: --dir HOST::GUEST), or the program\n"
    "on stdin. Exit status: 0 success, 1 uncaught exception or syntax error,\n"
    "2 usage error, 4 internal error; limits are the host's (wasmtime:\n"
    "-W fuel=N, -W timeout=DURATION, -W max-memory-size=BYTES).\n";

static uint8_t report(bool ok, run_error_t *err) {
    if (ok) {
        return EXIT_OK;
    }
    uint8_t status = EXIT_PYTHON;
    switch (err->tag) {
        case SANDBOX_INTERPRETER_RUNTIME_ERROR_EXCEPTION:
            write_err((const char *)err->val.exception.traceback.ptr, err->val.exception.traceback.len);
            break;
        case SANDBOX_INTERPRETER_RUNTIME_ERROR_SYNTAX:
            write_err((const char *)err->val.syntax.traceback.ptr, err->val.syntax.traceback.len);
            break;
        default:
            complain("internal error: ", &err->val.internal, "");
            status = EXIT_INTERNAL;
            break;
    }
    sandbox_interpreter_runtime_error_free(err);
    return status;
}

// Strings cross between components only as valid UTF-8: the program's
// bytes are checked here.

// The syntax error `mpsandbox` reports for source that is not UTF-8.
static uint8_t not_utf8(const cli_string_t *filename, const uint8_t *data, size_t at) {
    size_t line = 1;
    for (size_t i = 0; i < at; i++) {
        line += data[i] == '\n';
    }
    char tail[96];
    static const char hex[] = "0123456789abcdef";
    char *p = tail;
    const char *a = "\", line ";
    while (*a) *p++ = *a++;
    char digits[24];
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + line % 10);
        line /= 10;
    } while (line > 0);
    while (nd > 0) *p++ = digits[--nd];
    const char *b = "\nSyntaxError: source is not valid UTF-8 (byte 0x";
    while (*b) *p++ = *b++;
    *p++ = hex[data[at] >> 4];
    *p++ = hex[data[at] & 15];
    *p++ = ')';
    *p++ = '\n';
    write_err("  File \"", 8);
    write_err((const char *)filename->ptr, filename->len);
    write_err(tail, (size_t)(p - tail));
    return EXIT_PYTHON;
}

static void string_dup_n(cli_string_t *out, const uint8_t *data, size_t len) {
    out->ptr = malloc(len ? len : 1);
    out->len = out->ptr ? len : 0;
    if (out->ptr) {
        memcpy(out->ptr, data, len);
    }
}

static bool is(const cli_string_t *s, const char *text) {
    size_t n = strlen(text);
    return s->len == n && memcmp(s->ptr, text, n) == 0;
}

static uint8_t run(cli_list_string_t *args) {
    // args[0] is the program's own name.
    cli_string_t *argv = args->ptr + (args->len > 0);
    size_t argc = args->len > 0 ? args->len - 1 : 0;
    run_error_t err;
    if (argc >= 1 && (is(&argv[0], "-h") || is(&argv[0], "--help"))) {
        write_out(USAGE);
        return EXIT_OK;
    }
    if (argc >= 1 && is(&argv[0], "-c")) {
        if (argc != 2) {
            complain(argc < 2 ? "-c needs CODE" : "unexpected arguments after -c CODE", NULL, "");
            return EXIT_USAGE;
        }
        return report(sandbox_interpreter_runtime_exec(&argv[1], &err), &err);
    }
    if (argc > 1) {
        complain("unexpected argument '", &argv[1], "' (scripts take no arguments in the sandbox)");
        return EXIT_USAGE;
    }
    if (argc == 1 && argv[0].len > 1 && argv[0].ptr[0] == '-') {
        complain("unknown option '", &argv[0], "'");
        return EXIT_USAGE;
    }
    buf_t source = { 0 };
    cli_string_t filename;
    if (argc == 0 || is(&argv[0], "-")) {
        if (!read_stdin(&source)) {
            complain("cannot read the program from stdin", NULL, "");
            free(source.data);
            return EXIT_USAGE;
        }
        string_dup_n(&filename, (const uint8_t *)"<stdin>", 7);
    } else {
        const char *why;
        if (!read_script(&argv[0], &source, &why)) {
            complain("cannot read script file '", &argv[0], "'");
            complain("  ", NULL, why);
            free(source.data);
            return EXIT_USAGE;
        }
        string_dup_n(&filename, argv[0].ptr, argv[0].len);
    }
    size_t valid = utf8_valid_up_to(source.data, source.len);
    cli_string_t text = { .ptr = source.data, .len = source.len };
    uint8_t status = valid < source.len ? not_utf8(&filename, source.data, valid)
                                        : report(sandbox_interpreter_runtime_exec_file(&filename, &text, &err), &err);
    cli_string_free(&filename);
    free(source.data);
    return status;
}

bool exports_wasi_cli_0_2_0_run_run(void) {
    cli_list_string_t args;
    wasi_cli_0_2_0_environment_get_arguments(&args);
    uint8_t status = run(&args);
    cli_list_string_free(&args);
    if (status != EXIT_OK) {
        wasi_cli_0_2_12_exit_exit_with_code(status);
    }
    return true;
}
