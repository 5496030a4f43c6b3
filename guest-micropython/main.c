// The exports of the sandbox:interpreter/runtime interface.
//
// The interpreter starts on the first call and then lives as long as the
// instance: globals, imported modules and the heap persist between calls.

#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/compile.h"
#include "py/cstack.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objmodule.h"
#include "py/objstr.h"
#include "py/repl.h"
#include "py/runtime.h"
#include "genhdr/mpversion.h"
#include "port.h"

#ifndef MPSANDBOX_SOURCE
#define MPSANDBOX_SOURCE "unknown"
#endif

typedef exports_sandbox_interpreter_runtime_error_t wit_error_t;

// Small so that a fresh instance touches little memory; it grows on demand.
#define INITIAL_HEAP_SIZE (128 * 1024)

// wasm-ld's bounds of the shadow stack (placed first in memory).
extern char __stack_low;

static bool started;
// Whether the interpreter holds this instance's own resource handles (grants,
// output streams). False before the first call and after a restore, whose
// image holds the captured instance's.
static bool bound;

bool port_instance_bound(void) {
    return bound;
}

// The part of start-up that depends on nothing outside the instance, so that
// an image captured right after it suits any instance.
void port_interpreter_start_core(void) {
    if (started) {
        return;
    }
    void *heap = malloc(INITIAL_HEAP_SIZE);
    if (heap == NULL) {
        __builtin_trap();
    }
    gc_init(heap, (char *)heap + INITIAL_HEAP_SIZE);
    mp_init();
    // The frozen standard library first: what `import typing` means cannot
    // depend on files in a granted directory, and stdlib imports skip the
    // filesystem. Then '': modules next to the working directory, as in
    // CPython's -c.
    mp_sys_path = mp_obj_new_list(0, NULL);
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR__dot_frozen));
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR__slash_lib));
    started = true;
}

void port_instance_unbind(void) {
    bound = false;
}

// Takes this instance's grants, host functions and output streams, and gives `random` a seed
// of its own: a restored image would otherwise repeat the sequence of the
// instance it was captured from.
static void bind_instance(void) {
    bound = true;
    port_stdio_forget();
    port_vfs_bind();
    if (port_generation == 0) {
        return; // never restored: `random` seeds itself on first import
    }
    port_host_rebind();
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // The random module the program imported (the frozen CPython one,
        // over _random's Mersenne Twister), else the built-in one.
        mp_map_elem_t *elem = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
            MP_OBJ_NEW_QSTR(MP_QSTR_random), MP_MAP_LOOKUP);
        mp_obj_t random = elem != NULL ? elem->value : mp_module_get_builtin(MP_QSTR_random, true);
        mp_call_function_0(mp_load_attr(random, MP_QSTR_seed));
        nlr_pop();
    }
}

// Every export starts here. `top` is an address in the export's own frame:
// the C stack of this call ends there, which is both where the GC's root scan
// stops and what MicroPython's recursion check measures against.
void port_enter(void *top) {
    mp_cstack_init_with_top(top, (size_t)((char *)top - &__stack_low));
    port_interpreter_start_core();
    if (!bound) {
        bind_instance();
    }
    mp_globals_set(&MP_STATE_VM(dict_main));
    mp_locals_set(&MP_STATE_VM(dict_main));
    MP_STATE_THREAD(mp_pending_exception) = MP_OBJ_NULL;
    port_guest_limits_begin();
    // A collection the last call asked for (an allocation found the heap
    // full at the cap) runs here, at the safest point there is: compiling
    // this call's source would otherwise fail on the garbage it left.
    if (port_gc_requested) {
        gc_collect();
    }
}

// Source text as a lexer input that, when the lexer is freed (which the
// parser does even when it raises), records where it stopped: MicroPython's
// SyntaxError carries only a line, the lexer also knows the column.
typedef struct {
    const byte *cur;
    const byte *end;
    mp_lexer_t *lex;
    port_source_pos_t *pos;
} source_reader_t;

static mp_uint_t source_readbyte(void *data) {
    source_reader_t *r = data;
    return r->cur < r->end ? *r->cur++ : MP_READER_EOF;
}

static void source_close(void *data) {
    source_reader_t *r = data;
    if (r->lex != NULL) {
        r->pos->line = r->lex->tok_line;
        r->pos->column = r->lex->tok_column;
        r->lex = NULL;
    }
}

// CPython refuses NUL in source; MicroPython's lexer would misread it.
static void reject_nul(qstr filename, const char *src, size_t len, port_source_pos_t *pos) {
    const char *nul = memchr(src, 0, len);
    if (nul == NULL) {
        return;
    }
    size_t line = 1, column = 1;
    for (const char *p = src; p < nul; p++) {
        if (*p == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }
    pos->line = line;
    pos->column = column;
    mp_obj_t exc = mp_obj_new_exception_msg(&mp_type_SyntaxError,
        MP_ERROR_TEXT("source code cannot contain null bytes"));
    mp_obj_exception_add_traceback(exc, filename, line, MP_QSTRnull);
    nlr_raise(exc);
}

mp_obj_t port_compile(qstr filename, const interpreter_string_t *src, mp_parse_input_kind_t kind,
    port_source_pos_t *pos) {
    mp_obj_t module_fun = port_compile_cache_lookup(kind, filename, src->ptr, src->len);
    if (module_fun == MP_OBJ_NULL) {
        source_reader_t reader = {
            .cur = src->ptr, .end = src->ptr + src->len, .lex = NULL, .pos = pos,
        };
        reject_nul(filename, (const char *)src->ptr, src->len, pos);
        mp_reader_t r = { .data = &reader, .readbyte = source_readbyte, .close = source_close };
        mp_lexer_t *lex = mp_lexer_new(filename, r);
        reader.lex = lex;
        mp_parse_tree_t tree = mp_parse(lex, kind);
        module_fun = mp_compile(&tree, filename, kind == MP_PARSE_SINGLE_INPUT);
        port_compile_cache_store(kind, filename, src->ptr, src->len, module_fun);
    }
    return module_fun;
}

// The exception as the WIT error. Formatting it takes heap, which may be
// exactly what ran out (a program that filled it up to a memory cap): then
// a collection frees what only the program's frames held (they are gone by
// now) and formatting is tried once more; if the heap is still too full, the
// error is reported without its text rather than trapping.
static bool describe_exception(mp_obj_t exc, const port_source_pos_t *pos, wit_error_t *err) {
    for (int attempt = 0; attempt < 2; attempt++) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            bool described = port_error_from_exception(exc, pos, err);
            nlr_pop();
            return described;
        }
        gc_collect();
    }
    err->tag = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_ERROR_EXCEPTION;
    exports_sandbox_interpreter_runtime_exception_info_t *x = &err->val.exception;
    const char *type = mp_obj_get_type_str(exc);
    port_string_dup(&x->type_name, type, strlen(type));
    static const char why[] = "(the heap is too full to format this exception)";
    port_string_dup(&x->message, why, sizeof(why) - 1);
    port_string_dup(&x->traceback, type, strlen(type));
    return true;
}

// Compiles and runs `src`; with `repr_out`, evaluates it and returns repr().
static bool run_source(qstr filename, const interpreter_string_t *src, mp_parse_input_kind_t kind,
    interpreter_string_t *repr_out, wit_error_t *err) {
    port_source_pos_t pos = { 0, 0 };
    bool ok;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module_fun = port_compile(filename, src, kind, &pos);
        mp_obj_t result = mp_call_function_0(module_fun);
        if (repr_out != NULL) {
            vstr_t v;
            mp_print_t print;
            vstr_init_print(&v, 16, &print);
            mp_obj_print_helper(&print, result, PRINT_REPR);
            port_string_dup(repr_out, vstr_str(&v), vstr_len(&v));
            vstr_clear(&v);
        }
        nlr_pop();
        ok = true;
    } else {
        ok = !describe_exception(MP_OBJ_FROM_PTR(nlr.ret_val), &pos, err);
        if (ok && repr_out != NULL) {
            port_string_dup(repr_out, "None", 4);
        }
    }
    port_stdio_flush();
    return ok;
}

bool exports_sandbox_interpreter_runtime_exec(interpreter_string_t *source, wit_error_t *err) {
    char top;
    port_enter(&top);
    bool ok = run_source(MP_QSTR__lt_stdin_gt_, source, MP_PARSE_FILE_INPUT, NULL, err);
    interpreter_string_free(source);
    return ok;
}

// `run_source` with the output collected into `captured` (at most
// `max_output` bytes) and a wall-clock budget of `timeout_ms` (0: none).
static bool run_captured(const interpreter_string_t *src, mp_parse_input_kind_t kind, uint32_t max_output,
    uint32_t timeout_ms, interpreter_string_t *repr_out, exports_sandbox_interpreter_runtime_captured_output_t *captured,
    wit_error_t *err) {
    port_stdio_capture_begin(max_output);
    if (timeout_ms > 0) {
        port_deadline_arm((uint64_t)timeout_ms * 1000000);
    }
    bool ok = run_source(MP_QSTR__lt_stdin_gt_, src, kind, repr_out, err);
    captured->timed_out = port_deadline_disarm();
    port_stdio_capture_end(captured);
    return ok;
}

void exports_sandbox_interpreter_runtime_exec_captured(interpreter_string_t *source, uint32_t max_output,
    uint32_t timeout_ms, exports_sandbox_interpreter_runtime_tuple2_captured_output_result_void_error_t *ret) {
    char top;
    port_enter(&top);
    wit_error_t err;
    ret->f1.is_err = !run_captured(source, MP_PARSE_FILE_INPUT, max_output, timeout_ms, NULL, &ret->f0, &err);
    if (ret->f1.is_err) {
        ret->f1.val.err = err;
    }
    interpreter_string_free(source);
}

void exports_sandbox_interpreter_runtime_eval_captured(interpreter_string_t *expression, uint32_t max_output,
    uint32_t timeout_ms, exports_sandbox_interpreter_runtime_tuple2_captured_output_result_string_error_t *ret) {
    char top;
    port_enter(&top);
    wit_error_t err;
    interpreter_string_t value = { 0 };
    ret->f1.is_err = !run_captured(expression, MP_PARSE_EVAL_INPUT, max_output, timeout_ms, &value, &ret->f0, &err);
    if (ret->f1.is_err) {
        ret->f1.val.err = err;
    } else {
        ret->f1.val.ok = value;
    }
    interpreter_string_free(expression);
}

bool exports_sandbox_interpreter_runtime_exec_file(interpreter_string_t *filename,
    interpreter_string_t *source, wit_error_t *err) {
    char top;
    port_enter(&top);
    bool ok;
    qstr name = MP_QSTRnull;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        name = qstr_from_strn((const char *)filename->ptr, filename->len);
        mp_store_global(MP_QSTR___file__, MP_OBJ_NEW_QSTR(name));
        nlr_pop();
    } else {
        port_error_internal("cannot register the file name", err);
    }
    ok = name != MP_QSTRnull && run_source(name, source, MP_PARSE_FILE_INPUT, NULL, err);
    interpreter_string_free(filename);
    interpreter_string_free(source);
    return ok;
}

bool exports_sandbox_interpreter_runtime_eval(interpreter_string_t *expression,
    interpreter_string_t *ret, wit_error_t *err) {
    char top;
    port_enter(&top);
    bool ok = run_source(MP_QSTR__lt_stdin_gt_, expression, MP_PARSE_EVAL_INPUT, ret, err);
    interpreter_string_free(expression);
    return ok;
}

bool exports_sandbox_interpreter_runtime_exec_interactive(interpreter_string_t *source, wit_error_t *err) {
    char top;
    port_enter(&top);
    bool ok = run_source(MP_QSTR__lt_stdin_gt_, source, MP_PARSE_SINGLE_INPUT, NULL, err);
    interpreter_string_free(source);
    return ok;
}

bool exports_sandbox_interpreter_runtime_is_incomplete(interpreter_string_t *source) {
    char top;
    port_enter(&top);
    // MicroPython's own REPL rule; it wants a NUL-terminated string, and a
    // NUL inside the entry ends it early, which only makes it look complete.
    char *text = malloc(source->len + 1);
    bool more = false;
    if (text != NULL) {
        memcpy(text, source->ptr, source->len);
        text[source->len] = 0;
        more = mp_repl_continue_with_input(text);
        free(text);
    }
    interpreter_string_free(source);
    return more;
}

static void add_module_name(interpreter_list_string_t *out, const char *name, size_t len) {
    for (size_t i = 0; i < out->len; i++) {
        if (out->ptr[i].len == len && memcmp(out->ptr[i].ptr, name, len) == 0) {
            return;
        }
    }
    port_string_dup(&out->ptr[out->len++], name, len);
}

static void add_module_names(const mp_map_t *map, interpreter_list_string_t *out) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            const char *name = qstr_str(MP_OBJ_QSTR_VALUE(map->table[i].key));
            add_module_name(out, name, strlen(name));
        }
    }
}

// The frozen standard library, named as import takes it ("pkg/__init__.py"
// is pkg, "pkg/mod.py" pkg.mod), as help('modules') lists it.
extern const char mp_frozen_names[];

static size_t count_frozen_names(void) {
    size_t n = 0;
    for (const char *name = mp_frozen_names; *name; name += strlen(name) + 1) {
        n++;
    }
    return n;
}

static void add_frozen_names(interpreter_list_string_t *out) {
    char buf[128];
    for (const char *name = mp_frozen_names; *name; name += strlen(name) + 1) {
        size_t n = strlen(name) - 3; // strip '.py'
        if (n >= 9 && memcmp(name + n - 9, "/__init__", 9) == 0) {
            n -= 9;
        }
        if (n >= sizeof(buf)) {
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            buf[i] = name[i] == '/' ? '.' : name[i];
        }
        add_module_name(out, buf, n);
    }
}

void exports_sandbox_interpreter_runtime_describe(exports_sandbox_interpreter_runtime_identity_t *ret) {
    char top;
    port_enter(&top); // module names are qstrs, readable once the interpreter started
    static const char version[] = MICROPY_VERSION_STRING;
    static const char language[] = "3.4.0; MicroPython " MICROPY_GIT_TAG " on " MICROPY_BUILD_DATE;
    static const char source[] = MPSANDBOX_SOURCE;
    port_string_dup(&ret->implementation, "micropython", 11);
    port_string_dup(&ret->version, version, sizeof(version) - 1);
    port_string_dup(&ret->language_version, language, sizeof(language) - 1);
    port_string_dup(&ret->source, source, sizeof(source) - 1);
    size_t n = mp_builtin_module_map.used + mp_builtin_extensible_module_map.used + count_frozen_names();
    ret->modules.ptr = malloc(n * sizeof(interpreter_string_t));
    ret->modules.len = 0;
    if (ret->modules.ptr != NULL) {
        add_module_names(&mp_builtin_module_map, &ret->modules);
        add_module_names(&mp_builtin_extensible_module_map, &ret->modules);
        add_frozen_names(&ret->modules);
    }
}

const char mp_port_help_text[] =
    "MicroPython in a WebAssembly sandbox.\n"
    "\n"
    "Files are reachable only inside directories the host granted;\n"
    "there is no network, environment, stdin or subprocess.\n"
    "help('modules') lists the modules built in and frozen in.\n";

void exports_sandbox_interpreter_runtime_set_guest_limits(exports_sandbox_interpreter_runtime_guest_limits_t *limits) {
    port_guest_limits_set(limits->max_memory, limits->max_steps);
}

bool exports_sandbox_interpreter_runtime_last_guest_limit(exports_sandbox_interpreter_runtime_guest_limit_t *ret) {
    switch (port_guest_limit_hit()) {
        case PORT_GUEST_LIMIT_MEMORY:
            *ret = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_GUEST_LIMIT_MEMORY;
            return true;
        case PORT_GUEST_LIMIT_STEPS:
            *ret = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_GUEST_LIMIT_STEPS;
            return true;
        default:
            return false;
    }
}
