// The exports of the sandbox:interpreter/pausable interface: runs that pause
// at host calls and resume later, possibly in another process.
//
// A pausable run executes its module frame on the stackless VM
// (vm_stackless.c, patch 0052): Python-to-Python calls keep their frames on the GC heap,
// chained through `prev`. When such a chain calls a pausing host function,
// the VM saves the calling frame and returns MP_VM_RETURN_PAUSE; the export
// then returns the call to the host. Everything the run needs afterwards is
// in linear memory, reachable from the root pointers below, so a snapshot of
// the paused instance holds the paused run. `resume` puts the answer in the
// callee's slot of the saved frame (or raises the error there) and re-enters
// the VM at that frame, which returns through the chain as usual.

#include <string.h>

#include "py/bc.h"
#include "py/gc.h"
#include "py/objfun.h"
#include "py/objmodule.h"
#include "py/unicode.h"
#include "py/runtime.h"
#include "port.h"

typedef exports_sandbox_interpreter_pausable_step_t step_t;
typedef exports_sandbox_interpreter_pausable_refusal_t refusal_t;
typedef exports_sandbox_interpreter_pausable_host_call_t wit_call_t;
typedef exports_sandbox_interpreter_pausable_list_host_call_t wit_calls_t;
typedef exports_sandbox_interpreter_pausable_budget_t budget_t;

// True while a pausable run's code executes: only then do pausing and
// awaitable functions behave as such.
bool port_stackless_active;

// The run: its module frame, the frame standing at the paused call, and the
// call that frame waits on (0: it waits in host._answers(), asyncio's idle
// point, for any awaited call's answer).
static bool paused;
static uint32_t waiting_on;
static uint32_t last_id;
MP_REGISTER_ROOT_POINTER(void *pause_base);
MP_REGISTER_ROOT_POINTER(void *pause_frame);
// id -> (name, arguments JSON, future or None): every unanswered call.
MP_REGISTER_ROOT_POINTER(mp_obj_t pause_calls);
// (future, ok, value or exception) answers not yet taken by the event loop.
MP_REGISTER_ROOT_POINTER(mp_obj_t pause_answers);
// name -> PORT_PAUSE_*: the run's pausing and awaitable functions.
MP_REGISTER_ROOT_POINTER(mp_obj_t pause_styles);

int port_pause_style(mp_obj_t name) {
    mp_obj_t styles = MP_STATE_VM(pause_styles);
    if (styles == MP_OBJ_NULL || !port_stackless_active) {
        return PORT_PAUSE_NONE;
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(styles), name, MP_MAP_LOOKUP);
    return e == NULL ? PORT_PAUSE_NONE : MP_OBJ_SMALL_INT_VALUE(e->value);
}

NORETURN void port_pause_refuse(mp_obj_t name) {
    mp_raise_msg_varg(&mp_type_RuntimeError,
        MP_ERROR_TEXT("host function '%s' pauses the run, which it cannot do from here: a built-in "
            "or generator (sorted(key=...), map(), a generator expression, a class constructor, ...) "
            "stands between the program and the call; call it from plain Python code"),
        mp_obj_str_get_str(name));
}

static mp_obj_t calls(void) {
    if (MP_STATE_VM(pause_calls) == MP_OBJ_NULL) {
        MP_STATE_VM(pause_calls) = mp_obj_new_dict(0);
    }
    return MP_STATE_VM(pause_calls);
}

static mp_obj_t answers(void) {
    if (MP_STATE_VM(pause_answers) == MP_OBJ_NULL) {
        MP_STATE_VM(pause_answers) = mp_obj_new_list(0, NULL);
    }
    return MP_STATE_VM(pause_answers);
}

static uint32_t record_call(mp_obj_t name, mp_obj_t arguments, mp_obj_t future) {
    mp_obj_t entry[3] = { name, arguments, future };
    uint32_t id = ++last_id;
    mp_obj_dict_store(calls(), mp_obj_new_int_from_uint(id), mp_obj_new_tuple(3, entry));
    return id;
}

// An awaitable function's call: an asyncio future the answer resolves.
mp_obj_t port_pause_await(mp_obj_t name, mp_obj_t arguments) {
    mp_obj_t asyncio = mp_import_name(MP_QSTR_asyncio, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t future = mp_call_function_0(mp_load_attr(asyncio, MP_QSTR_Future));
    record_call(name, arguments, future);
    return future;
}

// Whether `frame` belongs to the run's own chain of heap frames: no C frame
// lies between it and the run's module frame.
static bool in_run_chain(const mp_code_state_t *frame) {
    while (frame->prev != NULL) {
        frame = frame->prev;
    }
    return frame == MP_STATE_VM(pause_base);
}

static size_t awaited_count(void) {
    mp_map_t *map = mp_obj_dict_get_map(calls());
    size_t n = 0;
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            n += ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(map->table[i].value))->items[2] != mp_const_none;
        }
    }
    return n;
}

// host._awaiting(): awaited calls with no answer yet.
static mp_obj_t pause_awaiting(void) {
    return MP_OBJ_NEW_SMALL_INT(MP_STATE_VM(pause_calls) == MP_OBJ_NULL ? 0 : awaited_count());
}
MP_DEFINE_CONST_FUN_OBJ_0(port_pause_awaiting_obj, pause_awaiting);

// host._answers(): the answers that arrived, as (future, ok, value) tuples.
// Called where the run cannot pause, it returns what is there.
static mp_obj_t take_answers(void) {
    mp_obj_t list = answers();
    MP_STATE_VM(pause_answers) = MP_OBJ_NULL;
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_0(port_pause_answers_obj, take_answers);

// The VM's question at a call from a stackless frame (MICROPY_VM_PAUSE):
// pause here? If so the call is recorded and the VM returns to run_part.
bool port_vm_pause(void *frame_in, mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_code_state_t *frame = frame_in;
    if (fun == MP_OBJ_FROM_PTR(&port_pause_answers_obj)) {
        if (!in_run_chain(frame) || (MP_STATE_VM(pause_answers) != MP_OBJ_NULL
                                     && mp_obj_get_int(mp_obj_len(MP_STATE_VM(pause_answers))) > 0)
            || awaited_count() == 0) {
            return false; // the call returns the answers there are
        }
        waiting_on = 0;
    } else {
        mp_obj_t name = port_host_function_name(fun);
        if (name == MP_OBJ_NULL || port_pause_style(name) != PORT_PAUSE_PAUSING || !in_run_chain(frame)) {
            return false; // an ordinary call (which refuses a pausing function)
        }
        mp_map_t kwargs;
        mp_map_init_fixed_table(&kwargs, n_kw, args + n_args);
        waiting_on = record_call(name, port_host_encode_call(n_args, args, &kwargs), mp_const_none);
    }
    MP_STATE_VM(pause_frame) = frame;
    paused = true;
    return true;
}

static void end_run(void) {
    paused = false;
    port_stackless_active = false;
    MP_STATE_VM(pause_base) = NULL;
    MP_STATE_VM(pause_frame) = NULL;
    MP_STATE_VM(pause_calls) = MP_OBJ_NULL;
    MP_STATE_VM(pause_answers) = MP_OBJ_NULL;
    MP_STATE_VM(pause_styles) = MP_OBJ_NULL;
    mp_stackless_depth = 0;
}

static void list_calls(wit_calls_t *out) {
    mp_map_t *map = mp_obj_dict_get_map(calls());
    out->len = 0;
    out->ptr = malloc((map->used ? map->used : 1) * sizeof(wit_call_t));
    if (out->ptr == NULL) {
        return;
    }
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i)) {
            continue;
        }
        mp_obj_tuple_t *entry = MP_OBJ_TO_PTR(map->table[i].value);
        wit_call_t *c = &out->ptr[out->len++];
        c->id = mp_obj_get_int_truncated(map->table[i].key);
        size_t len;
        const char *s = mp_obj_str_get_data(entry->items[0], &len);
        port_string_dup(&c->name, s, len);
        s = mp_obj_str_get_data(entry->items[1], &len);
        port_string_dup(&c->arguments, s, len);
        c->awaited = entry->items[2] != mp_const_none;
    }
}

// Runs the VM from `frame` until the run pauses or ends; `inject` is an
// exception to raise at the frame's paused call instead of returning.
static void run_part(mp_code_state_t *frame, mp_obj_t inject, const port_source_pos_t *pos, step_t *ret) {
    port_stackless_active = true;
    mp_globals_set(frame->fun_bc->context->module.globals);
    mp_vm_return_kind_t kind;
    mp_obj_t exc = MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        kind = mp_execute_bytecode_stackless(frame, inject);
        nlr_pop();
        if (kind == MP_VM_RETURN_EXCEPTION) {
            exc = ((mp_code_state_t *)MP_STATE_VM(pause_base))->state[0];
        }
    } else {
        kind = MP_VM_RETURN_EXCEPTION;
        exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    port_stackless_active = false;
    mp_globals_set(&MP_STATE_VM(dict_main));
    port_stdio_flush();
    if (kind == MP_VM_RETURN_PAUSE) {
        ret->progress.tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_PROGRESS_PAUSED;
        list_calls(&ret->progress.val.paused);
        return;
    }
    ret->progress.tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_PROGRESS_DONE;
    ret->progress.val.done.is_err = exc != MP_OBJ_NULL
        && port_error_from_exception(exc, pos, &ret->progress.val.done.val.err);
    end_run();
}

// One part of a run, with its output collected when the host asked.
static void run_captured_part(mp_code_state_t *frame, mp_obj_t inject, const port_source_pos_t *pos,
    const budget_t *capture, step_t *ret) {
    ret->output.is_some = capture != NULL;
    if (capture == NULL) {
        run_part(frame, inject, pos, ret);
        return;
    }
    port_stdio_capture_begin(capture->max_output);
    if (capture->timeout_ms > 0) {
        port_deadline_arm((uint64_t)capture->timeout_ms * 1000000);
    }
    run_part(frame, inject, pos, ret);
    ret->output.val.timed_out = port_deadline_disarm();
    port_stdio_capture_end(&ret->output.val);
}

static mp_obj_t styles_of(const exports_sandbox_interpreter_pausable_options_t *options) {
    mp_obj_t styles = mp_obj_new_dict(0);
    const interpreter_list_string_t *lists[2] = { &options->pausing, &options->awaitable };
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < lists[k]->len; i++) {
            mp_obj_t name = mp_obj_new_str((const char *)lists[k]->ptr[i].ptr, lists[k]->ptr[i].len);
            mp_obj_dict_store(styles, name, MP_OBJ_NEW_SMALL_INT(k == 0 ? PORT_PAUSE_PAUSING : PORT_PAUSE_AWAITABLE));
        }
    }
    return styles;
}

bool exports_sandbox_interpreter_pausable_start(interpreter_string_t *source,
    exports_sandbox_interpreter_pausable_options_t *options, step_t *ret, refusal_t *err) {
    char top;
    port_enter(&top);
    bool ok = !paused;
    if (!ok) {
        err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_BUSY;
    } else {
        end_run();
        port_source_pos_t pos = { 0, 0 };
        const budget_t *capture = options->capture.is_some ? &options->capture.val : NULL;
        mp_code_state_t *base = NULL;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t module_fun = port_compile(MP_QSTR__lt_stdin_gt_, source, MP_PARSE_FILE_INPUT, &pos);
            MP_STATE_VM(pause_styles) = styles_of(options);
            base = mp_obj_fun_bc_prepare_codestate(module_fun, 0, 0, NULL);
            if (base == NULL) {
                mp_raise_msg(&mp_type_MemoryError, MP_ERROR_TEXT("no memory for the run's frame"));
            }
            MP_STATE_VM(pause_base) = base;
            nlr_pop();
        } else {
            end_run();
            ret->output.is_some = capture != NULL;
            if (capture != NULL) {
                memset(&ret->output.val, 0, sizeof(ret->output.val));
            }
            ret->progress.tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_PROGRESS_DONE;
            ret->progress.val.done.is_err =
                port_error_from_exception(MP_OBJ_FROM_PTR(nlr.ret_val), &pos, &ret->progress.val.done.val.err);
        }
        if (base != NULL) {
            run_captured_part(base, MP_OBJ_NULL, &pos, capture, ret);
        }
    }
    interpreter_string_free(source);
    exports_sandbox_interpreter_pausable_options_free(options);
    return ok;
}

// Checks every answer before delivering any, so a refused resume changes
// nothing. Decoded values (or exceptions) go to `decoded`, in order.
static bool check_answers(const exports_sandbox_interpreter_pausable_list_answer_t *list, mp_obj_t decoded,
    refusal_t *err) {
    mp_map_t *pending = mp_obj_dict_get_map(calls());
    for (size_t i = 0; i < list->len; i++) {
        const exports_sandbox_interpreter_pausable_answer_t *a = &list->ptr[i];
        err->val.unknown_call = a->id;
        if (mp_map_lookup(pending, mp_obj_new_int_from_uint(a->id), MP_MAP_LOOKUP) == NULL) {
            err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_UNKNOWN_CALL;
            return false;
        }
        for (size_t j = 0; j < i; j++) {
            if (list->ptr[j].id == a->id) {
                err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_DUPLICATE_ANSWER;
                return false;
            }
        }
        mp_obj_t value;
        if (a->reply.is_err) {
            const interpreter_string_t *m = &a->reply.val.err.val.failed;
            value = port_host_call_exception(a->reply.val.err.tag, mp_obj_new_str((const char *)m->ptr, m->len));
        } else {
            const interpreter_string_t *t = &a->reply.val.ok;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                if (!utf8_check(t->ptr, t->len)) {
                    mp_raise_ValueError(NULL);
                }
                value = port_host_decode_result(mp_obj_new_str((const char *)t->ptr, t->len));
                nlr_pop();
            } else {
                err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_INVALID_RESULT;
                return false;
            }
        }
        mp_obj_list_append(decoded, value);
    }
    return true;
}

bool exports_sandbox_interpreter_pausable_resume(exports_sandbox_interpreter_pausable_list_answer_t *list,
    budget_t *capture, step_t *ret, refusal_t *err) {
    char top;
    port_enter(&top);
    bool ok = paused;
    if (!ok) {
        err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_NOT_PAUSED;
    } else {
        mp_obj_t decoded = mp_const_none;
        mp_obj_t outcome = MP_OBJ_NULL; // the paused call's value or exception
        bool raise = false;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            decoded = mp_obj_new_list(0, NULL);
            ok = check_answers(list, decoded, err);
            for (size_t i = 0; ok && i < list->len; i++) {
                mp_obj_t key = mp_obj_new_int_from_uint(list->ptr[i].id);
                mp_obj_tuple_t *entry = MP_OBJ_TO_PTR(mp_obj_dict_get(calls(), key));
                mp_obj_t value = ((mp_obj_list_t *)MP_OBJ_TO_PTR(decoded))->items[i];
                bool failed = list->ptr[i].reply.is_err;
                if (entry->items[2] != mp_const_none) {
                    mp_obj_t answer[3] = { entry->items[2], mp_obj_new_bool(!failed), value };
                    mp_obj_list_append(answers(), mp_obj_new_tuple(3, answer));
                } else {
                    outcome = value;
                    raise = failed;
                }
                mp_obj_dict_delete(calls(), key);
            }
            if (ok && waiting_on == 0 && MP_STATE_VM(pause_answers) != MP_OBJ_NULL) {
                outcome = take_answers(); // host._answers() returns them
            }
            nlr_pop();
        } else {
            // Only allocation can fail here, before anything was delivered.
            err->tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_REFUSAL_BUSY;
            ok = false;
        }
        if (ok && outcome == MP_OBJ_NULL) {
            // The call the run stands at is still unanswered.
            ret->output.is_some = capture != NULL;
            if (capture != NULL) {
                memset(&ret->output.val, 0, sizeof(ret->output.val));
            }
            ret->progress.tag = EXPORTS_SANDBOX_INTERPRETER_PAUSABLE_PROGRESS_PAUSED;
            list_calls(&ret->progress.val.paused);
        } else if (ok) {
            mp_code_state_t *frame = MP_STATE_VM(pause_frame);
            MP_STATE_VM(pause_frame) = NULL;
            paused = false;
            if (!raise) {
                *frame->sp = outcome; // the callee's slot holds the call's value
            }
            port_source_pos_t pos = { 0, 0 };
            run_captured_part(frame, raise ? outcome : MP_OBJ_NULL, &pos, capture, ret);
        }
    }
    exports_sandbox_interpreter_pausable_list_answer_free(list);
    return ok;
}

void exports_sandbox_interpreter_pausable_pending(wit_calls_t *ret) {
    char top;
    port_enter(&top);
    ret->len = 0;
    ret->ptr = NULL;
    if (paused) {
        list_calls(ret);
    }
}

bool exports_sandbox_interpreter_pausable_cancel(void) {
    char top;
    port_enter(&top);
    bool was = paused;
    end_run();
    return was;
}
