// The `host` module: Python's side of the sandbox:interpreter/host import.
//
//   from host import lookup        # any function the embedder granted
//   lookup("key", default=0)
//   host.call("lookup", "key")     # the same, by name
//   host.functions()               # ['lookup', ...]
//
// Arguments travel as JSON text (see wit/interpreter.wit for why). The
// encoder below accepts exactly the values JSON can carry and bounds their
// depth and size before anything reaches the host.

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "port.h"

// Must agree with the bounds documented in the WIT `host` interface.
#define HOST_VALUE_MAX_DEPTH (64)
#define HOST_VALUE_MAX_BYTES (16 * 1024 * 1024)

MP_DEFINE_EXCEPTION(HostError, Exception)
MP_DEFINE_EXCEPTION(HostLimitError, Exception)

extern const mp_obj_module_t mp_module_json;

static NORETURN void raise_limit(const char *what) {
    mp_raise_msg_varg(&mp_type_HostLimitError, MP_ERROR_TEXT("%s exceed %d bytes"), what, HOST_VALUE_MAX_BYTES);
}

// --- Python value -> JSON text ------------------------------------------------

static void encode_str(vstr_t *out, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    vstr_add_byte(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, c);
        } else if (c < 0x20) {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            vstr_add_strn(out, esc, sizeof(esc));
        } else {
            vstr_add_byte(out, c);
        }
    }
    vstr_add_byte(out, '"');
}

static void encode_value(vstr_t *out, mp_obj_t v, size_t depth);

static void encode_items(vstr_t *out, const mp_obj_t *items, size_t n, size_t depth) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_byte(out, ',');
        }
        encode_value(out, items[i], depth);
    }
}

// A dict's entries or a call's keyword arguments: string keys only, as JSON.
static void encode_map(vstr_t *out, const mp_map_t *map, size_t depth) {
    bool first = true;
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i)) {
            continue;
        }
        mp_obj_t key = map->table[i].key;
        if (!mp_obj_is_str(key)) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("host values need str dict keys, not '%s'"), mp_obj_get_type_str(key));
        }
        if (!first) {
            vstr_add_byte(out, ',');
        }
        first = false;
        size_t len;
        const char *s = mp_obj_str_get_data(key, &len);
        encode_str(out, s, len);
        vstr_add_byte(out, ':');
        encode_value(out, map->table[i].value, depth);
    }
}

static void encode_value(vstr_t *out, mp_obj_t v, size_t depth) {
    if (vstr_len(out) > HOST_VALUE_MAX_BYTES) {
        raise_limit("host call arguments");
    }
    if (v == mp_const_none) {
        vstr_add_str(out, "null");
    } else if (v == mp_const_true) {
        vstr_add_str(out, "true");
    } else if (v == mp_const_false) {
        vstr_add_str(out, "false");
    } else if (mp_obj_is_small_int(v) || mp_obj_is_exact_type(v, &mp_type_int) || mp_obj_is_float(v)) {
        if (mp_obj_is_float(v) && !isfinite(mp_obj_get_float(v))) {
            mp_raise_ValueError(MP_ERROR_TEXT("host values cannot be nan or inf"));
        }
        mp_print_t print = { .data = out, .print_strn = (mp_print_strn_t)vstr_add_strn };
        mp_obj_print_helper(&print, v, PRINT_REPR);
    } else if (mp_obj_is_str(v)) {
        size_t len;
        const char *s = mp_obj_str_get_data(v, &len);
        encode_str(out, s, len);
    } else if (mp_obj_is_exact_type(v, &mp_type_list) || mp_obj_is_exact_type(v, &mp_type_tuple)
               || mp_obj_is_dict_or_ordereddict(v)) {
        if (depth >= HOST_VALUE_MAX_DEPTH) {
            mp_raise_msg_varg(&mp_type_HostLimitError,
                MP_ERROR_TEXT("host values nest at most %d levels deep"), HOST_VALUE_MAX_DEPTH);
        }
        if (mp_obj_is_dict_or_ordereddict(v)) {
            vstr_add_byte(out, '{');
            encode_map(out, mp_obj_dict_get_map(v), depth + 1);
            vstr_add_byte(out, '}');
        } else {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(v, &n, &items);
            vstr_add_byte(out, '[');
            encode_items(out, items, n, depth + 1);
            vstr_add_byte(out, ']');
        }
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("'%s' cannot be passed to the host (JSON values only)"), mp_obj_get_type_str(v));
    }
}

// --- JSON text -> Python value ---------------------------------------------

// The host checked the result already; this is the receiving side's check.
static void check_result_shape(const char *s, size_t len) {
    if (len > HOST_VALUE_MAX_BYTES) {
        raise_limit("host call results");
    }
    size_t depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (in_string) {
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > HOST_VALUE_MAX_DEPTH) {
                mp_raise_msg_varg(&mp_type_HostLimitError,
                    MP_ERROR_TEXT("host values nest at most %d levels deep"), HOST_VALUE_MAX_DEPTH);
            }
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
}

// Moves a string the host wrote into malloc'd memory onto the GC heap,
// freeing the malloc'd copy even if the allocation raises.
static mp_obj_t take_string(interpreter_string_t *s) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t str = mp_obj_new_str((const char *)s->ptr, s->len);
        nlr_pop();
        interpreter_string_free(s);
        return str;
    }
    interpreter_string_free(s);
    nlr_jump(nlr.ret_val);
}

// The exception a failed call raises: `tag` is a WIT call-error case.
mp_obj_t port_host_call_exception(uint8_t tag, mp_obj_t message) {
    static const mp_obj_type_t *const types[] = {
        [SANDBOX_INTERPRETER_HOST_CALL_ERROR_UNKNOWN_FUNCTION] = &mp_type_AttributeError,
        [SANDBOX_INTERPRETER_HOST_CALL_ERROR_INVALID_ARGUMENTS] = &mp_type_TypeError,
        [SANDBOX_INTERPRETER_HOST_CALL_ERROR_FAILED] = &mp_type_HostError,
        [SANDBOX_INTERPRETER_HOST_CALL_ERROR_LIMIT] = &mp_type_HostLimitError,
    };
    const mp_obj_type_t *type = tag < MP_ARRAY_SIZE(types) ? types[tag] : &mp_type_HostError;
    return mp_obj_new_exception_arg1(type, message);
}

static NORETURN void raise_call_error(sandbox_interpreter_host_call_error_t *err) {
    // Every case of the variant holds one string, at the same place.
    mp_obj_t message = take_string(&err->val.failed);
    nlr_raise(port_host_call_exception(err->tag, message));
}

// --- calls ------------------------------------------------------------------

// The JSON text `{"args": [...], "kwargs": {...}}` of a call's arguments,
// checked against the bounds; `json` must be freed by the caller (also when
// this raises: callers run it inside their own nlr frame or accept the leak
// of a GC-heap buffer, which the collector reclaims).
static void encode_call(vstr_t *json, size_t n_args, const mp_obj_t *args, const mp_map_t *kwargs) {
    vstr_add_str(json, "{\"args\":[");
    encode_items(json, args, n_args, 0);
    vstr_add_str(json, "],\"kwargs\":{");
    encode_map(json, kwargs, 0);
    vstr_add_str(json, "}}");
    if (vstr_len(json) > HOST_VALUE_MAX_BYTES) {
        raise_limit("host call arguments");
    }
    // A WIT string must be valid UTF-8; a str built from unchecked bytes may not be.
    if (!utf8_check((const byte *)vstr_str(json), vstr_len(json))) {
        mp_raise_ValueError(MP_ERROR_TEXT("host call arguments are not valid UTF-8"));
    }
}

mp_obj_t port_host_encode_call(size_t n_args, const mp_obj_t *args, const mp_map_t *kwargs) {
    vstr_t json;
    vstr_init(&json, 64);
    encode_call(&json, n_args, args, kwargs);
    return mp_obj_new_str_from_vstr(&json);
}

// A result's JSON text as a Python value, after the receiving side's checks.
mp_obj_t port_host_decode_result(mp_obj_t text) {
    size_t len;
    const char *s = mp_obj_str_get_data(text, &len);
    check_result_shape(s, len);
    mp_obj_t loads = mp_load_attr(MP_OBJ_FROM_PTR(&mp_module_json), MP_QSTR_loads);
    return mp_call_function_1(loads, text);
}

static mp_obj_t call_host(mp_obj_t name, size_t n_args, const mp_obj_t *args, const mp_map_t *kwargs) {
    if (!mp_obj_is_str(name)) {
        mp_raise_TypeError(MP_ERROR_TEXT("host function names are str"));
    }
    vstr_t json;
    vstr_init(&json, 64);
    encode_call(&json, n_args, args, kwargs);
    size_t name_len;
    const char *name_data = mp_obj_str_get_data(name, &name_len);
    interpreter_string_t wit_name = { .ptr = (uint8_t *)name_data, .len = name_len };
    interpreter_string_t wit_args = { .ptr = (uint8_t *)vstr_str(&json), .len = vstr_len(&json) };
    interpreter_string_t ret;
    sandbox_interpreter_host_call_error_t err;
    bool ok = sandbox_interpreter_host_call(&wit_name, &wit_args, &ret, &err);
    vstr_clear(&json);
    if (!ok) {
        raise_call_error(&err);
    }
    return port_host_decode_result(take_string(&ret));
}

// host.call(name, *args, **kwargs)
static mp_obj_t host_call(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    return call_host(args[0], n_args - 1, args + 1, kwargs);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(host_call_obj, 1, host_call);

// host.functions(): the granted names, as the host lists them.
static mp_obj_t host_functions(void) {
    interpreter_list_string_t names;
    sandbox_interpreter_host_functions(&names);
    nlr_buf_t nlr;
    mp_obj_t list = MP_OBJ_NULL;
    if (nlr_push(&nlr) == 0) {
        list = mp_obj_new_list(0, NULL);
        for (size_t i = 0; i < names.len; i++) {
            mp_obj_list_append(list, mp_obj_new_str((const char *)names.ptr[i].ptr, names.ptr[i].len));
        }
        nlr_pop();
    }
    interpreter_list_string_free(&names);
    if (list == MP_OBJ_NULL) {
        nlr_jump(nlr.ret_val);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_0(host_functions_obj, host_functions);

// A granted function as an ordinary callable: `from host import lookup`.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t name;
} host_function_obj_t;

static mp_obj_t host_function_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    host_function_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_t kwargs;
    mp_map_init_fixed_table(&kwargs, n_kw, args + n_args);
    // In a pausable run the VM pauses at a pausing function's call before it
    // gets here, unless a C frame is in the way; awaitable ones return a
    // future (pause.c).
    switch (port_pause_style(self->name)) {
        case PORT_PAUSE_PAUSING:
            port_pause_refuse(self->name);
        case PORT_PAUSE_AWAITABLE:
            return port_pause_await(self->name, port_host_encode_call(n_args, args, &kwargs));
        default:
            return call_host(self->name, n_args, args, &kwargs);
    }
}

mp_obj_t port_host_function_name(mp_obj_t fun) {
    return mp_obj_is_type(fun, &port_host_function_type) ? ((host_function_obj_t *)MP_OBJ_TO_PTR(fun))->name : MP_OBJ_NULL;
}

static void host_function_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    host_function_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<host function %s>", mp_obj_str_get_str(self->name));
}

MP_DEFINE_CONST_OBJ_TYPE(
    port_host_function_type,
    MP_QSTR_host_function,
    MP_TYPE_FLAG_NONE,
    call, host_function_call,
    print, host_function_print
    );

// A new module `name`, registered in sys.modules: the frozen `tools` package
// makes one per MCP server this way (Python code cannot create modules), so
// `from tools.github import *` and `import tools.github` behave as for any
// module.
static mp_obj_t host_new_module(mp_obj_t name) {
    return mp_obj_new_module(mp_obj_str_get_qstr(name));
}
static MP_DEFINE_CONST_FUN_OBJ_1(host_new_module_obj, host_new_module);

// The module's attributes: the fixed ones below, and, from its first import
// on, one per granted function. The set of grants is fixed for the
// instance's life, so it is asked for once, at that import (and again after
// a restore: port_host_rebind), rather than at every interpreter start (most
// programs never import `host`). The grown table lives on the GC heap, kept
// by a root pointer.
static mp_obj_t host_init(void);
static MP_DEFINE_CONST_FUN_OBJ_0(host_init_obj, host_init);

static const mp_rom_map_elem_t host_module_fixed_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_host) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&host_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_call), MP_ROM_PTR(&host_call_obj) },
    { MP_ROM_QSTR(MP_QSTR_functions), MP_ROM_PTR(&host_functions_obj) },
    { MP_ROM_QSTR(MP_QSTR_HostError), MP_ROM_PTR(&mp_type_HostError) },
    { MP_ROM_QSTR(MP_QSTR_HostLimitError), MP_ROM_PTR(&mp_type_HostLimitError) },
    // For asyncio's event loop (pause.c): awaited calls without an answer,
    // and the answers, pausing the run until there are some.
    { MP_ROM_QSTR(MP_QSTR__awaiting), MP_ROM_PTR(&port_pause_awaiting_obj) },
    { MP_ROM_QSTR(MP_QSTR__answers), MP_ROM_PTR(&port_pause_answers_obj) },
    { MP_ROM_QSTR(MP_QSTR__module), MP_ROM_PTR(&host_new_module_obj) },
};

// The module's map before its first import (and again after a restore).
#define HOST_FIXED_MAP { \
        .all_keys_are_qstrs = 1, \
        .is_fixed = 1, \
        .is_ordered = 1, \
        .used = MP_ARRAY_SIZE(host_module_fixed_table), \
        .alloc = MP_ARRAY_SIZE(host_module_fixed_table), \
        .table = (mp_map_elem_t *)(mp_rom_map_elem_t *)host_module_fixed_table, \
}

static mp_obj_dict_t host_module_globals = {
    .base = { &mp_type_dict },
    .map = HOST_FIXED_MAP,
};

MP_REGISTER_ROOT_POINTER(struct _mp_map_elem_t *host_module_table);

// Called by import each time `host` is imported; grows the table once. Until
// it succeeds the fixed table stays in place, so a failure loses nothing.
static mp_obj_t host_init(void) {
    mp_map_t *globals = &host_module_globals.map;
    if (!globals->is_fixed) {
        return mp_const_none;
    }
    mp_obj_t names = host_functions();
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(names, &n, &items);
    mp_map_t grown;
    mp_map_init(&grown, globals->used + n);
    for (size_t i = 0; i < globals->used; i++) {
        mp_map_lookup(&grown, globals->table[i].key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = globals->table[i].value;
    }
    for (size_t i = 0; i < n; i++) {
        host_function_obj_t *f = mp_obj_malloc(host_function_obj_t, &port_host_function_type);
        f->name = items[i];
        mp_map_lookup(&grown, mp_obj_str_intern(items[i]), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = MP_OBJ_FROM_PTR(f);
    }
    MP_STATE_VM(host_module_table) = grown.table;
    *globals = grown;
    return mp_const_none;
}

// A restored image holds the table of the instance it was captured from,
// whose host may have granted other functions. Grow it again from this
// instance's host, so `host.name` and `from host import name` see this
// sandbox's grants (functions imported before the capture keep working by
// name; the host checks every call). Untouched while `host` was never
// imported.
void port_host_rebind(void) {
    mp_map_t *globals = &host_module_globals.map;
    if (globals->is_fixed) {
        return;
    }
    *globals = (mp_map_t) HOST_FIXED_MAP;
    MP_STATE_VM(host_module_table) = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        host_init();
        nlr_pop();
    }
}

const mp_obj_module_t mp_module_host = {
    .base = { &mp_type_module },
    .globals = &host_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_host, mp_module_host);
