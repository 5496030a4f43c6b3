// Python exceptions as the WIT `error` variant: type name, message and a
// CPython-style traceback, or for syntax errors the position in the source.

#include <stdlib.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "port.h"

typedef exports_sandbox_interpreter_runtime_error_t wit_error_t;

void port_string_dup(interpreter_string_t *out, const char *data, size_t len) {
    // The canonical ABI frees returned strings with free() after the call.
    uint8_t *p = malloc(len ? len : 1);
    if (p == NULL) {
        len = 0;
    } else {
        memcpy(p, data, len);
    }
    out->ptr = p;
    out->len = len;
}

static void dup_cstr(interpreter_string_t *out, const char *s) {
    port_string_dup(out, s, strlen(s));
}

static void dup_vstr(interpreter_string_t *out, vstr_t *v) {
    port_string_dup(out, vstr_str(v), vstr_len(v));
}

// Formats `obj` with `kind` into `out`; a failure while formatting (a
// __str__ that raises, or no memory left) yields `fallback` instead.
static void format_obj(interpreter_string_t *out, mp_obj_t obj, mp_print_kind_t kind, const char *fallback) {
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t print;
    vstr_init_print(&v, 32, &print);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_helper(&print, obj, kind);
        nlr_pop();
        dup_vstr(out, &v);
    } else {
        dup_cstr(out, fallback);
    }
    vstr_clear(&v);
}

static void format_traceback(interpreter_string_t *out, mp_obj_t exc) {
    vstr_t v;
    mp_print_t print;
    vstr_init_print(&v, 128, &print);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_exception(&print, exc);
        nlr_pop();
        dup_vstr(out, &v);
    } else {
        dup_cstr(out, "Traceback unavailable: formatting it raised another exception\n");
    }
    vstr_clear(&v);
}

// str(exc), which is CPython's (KeyError shows its key's repr: patch 0028).
static void format_message(interpreter_string_t *out, mp_obj_t exc) {
    format_obj(out, exc, PRINT_STR, "<exception str() failed>");
}

static bool is_instance_of(mp_obj_t exc, const mp_obj_type_t *type) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(type));
}

// SystemExit(None) and SystemExit(0) are successful exits.
static bool is_clean_exit(mp_obj_t exc) {
    if (!is_instance_of(exc, &mp_type_SystemExit)) {
        return false;
    }
    mp_obj_t code = mp_obj_exception_get_value(exc);
    return code == mp_const_none || (mp_obj_is_small_int(code) && MP_OBJ_SMALL_INT_VALUE(code) == 0);
}

bool port_error_from_exception(mp_obj_t exc, const port_source_pos_t *pos, wit_error_t *err) {
    if (is_clean_exit(exc)) {
        return false;
    }
    if (is_instance_of(exc, &mp_type_SyntaxError)) {
        exports_sandbox_interpreter_runtime_syntax_error_info_t *s = &err->val.syntax;
        err->tag = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_ERROR_SYNTAX;
        dup_cstr(&s->type_name, mp_obj_get_type_str(exc));
        format_message(&s->message, exc);
        format_traceback(&s->traceback, exc);
        // Traceback entries are (file, line, block) triples, innermost
        // first: that one is where the compiler placed the error.
        size_t n = 0, *values = NULL;
        mp_obj_exception_get_traceback(exc, &n, &values);
        if (n >= 3) {
            dup_cstr(&s->filename, qstr_str(values[0]));
            s->line = values[1];
        } else {
            dup_cstr(&s->filename, "<unknown>");
            s->line = 0;
        }
        // Only the lexer knows columns; use it when it stopped on that line.
        s->column = (pos != NULL && pos->line == s->line) ? pos->column : 0;
        return true;
    }
    exports_sandbox_interpreter_runtime_exception_info_t *x = &err->val.exception;
    err->tag = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_ERROR_EXCEPTION;
    dup_cstr(&x->type_name, mp_obj_get_type_str(exc));
    format_message(&x->message, exc);
    format_traceback(&x->traceback, exc);
    return true;
}

void port_error_internal(const char *message, wit_error_t *err) {
    err->tag = EXPORTS_SANDBOX_INTERPRETER_RUNTIME_ERROR_INTERNAL;
    dup_cstr(&err->val.internal, message);
}
