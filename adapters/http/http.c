// wasi:http/incoming-handler over the interpreter, for `wasmtime serve`
// and other component HTTP platforms (Spin, wasmCloud):
//
//   POST /run  {"code": "print(1)"}  ->  the JSON object `mpsandbox --json`
//                                        prints for that program
//   GET  /                           ->  a short usage text
//
// Each request runs in the instance the server gives it (a fresh one per
// request under `wasmtime serve`), so requests share no state. The hard
// limits are the server's (for wasmtime serve: -W fuel=N,
// -W max-memory-size=BYTES, -W timeout=DURATION): a program they stop gets
// the server's own error response (500). Within them the adapter answers
// limits itself, as JSON: output past 1 MiB and a run past 10 s, or the
// tighter values a request asks for in `x-mpsandbox-max-output` and
// `x-mpsandbox-timeout-ms`. Composed with the no-files adapter, the component
// imports only what wasi:http/proxy offers.

#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "json.h"
#include "streams.h"

// Request bodies past this are refused (413) without being buffered.
#define MAX_BODY (1u << 20)
// stdout + stderr per request, as `mpsandbox`'s default --max-output.
#define DEFAULT_MAX_OUTPUT (1u << 20)
// Shorter than `mpsandbox`'s 30 s: an HTTP client rarely waits that long.
#define DEFAULT_TIMEOUT_MS 10000u

typedef wasi_http_types_borrow_incoming_request_t request_t;

static const char USAGE[] =
    "mpsandbox: MicroPython in a WebAssembly sandbox, over HTTP.\n"
    "\n"
    "POST /run with a JSON body {\"code\": \"print(1)\"} runs the code in a fresh\n"
    "interpreter and answers one JSON object, as `mpsandbox --json` prints it:\n"
    "  {\"ok\": bool, \"stdout\": str, \"stderr\": str,\n"
    "   \"error\": null | {\"kind\", \"type\", \"message\", \"traceback\", ...},\n"
    "   \"stats\": {\"duration_us\": int, \"fuel\": null, \"peak_memory\": null}}\n"
    "\n"
    "  curl -s localhost:8080/run -d '{\"code\": \"print(6 * 7)\"}'\n"
    "\n"
    "No network, files or host functions are granted. A run is stopped after\n"
    "10 s and its output capped at 1 MiB, both answered as limit errors; a\n"
    "request may ask for less with the headers x-mpsandbox-timeout-ms and\n"
    "x-mpsandbox-max-output, and for a memory cap and a step budget the\n"
    "interpreter enforces itself with x-mpsandbox-max-memory (bytes) and\n"
    "x-mpsandbox-max-steps. The server's own limits stop anything else\n"
    "(wasmtime serve: -W fuel=N, -W timeout=DURATION, -W max-memory-size=BYTES).\n";

// ---- settings from the request ----------------------------------------------------

// The proxy world has no environment and no configuration store, so a
// request may ask for tighter limits in headers; the defaults are the caps.
// The server's own limits (fuel, memory, its timeout) stay the hard ones.
typedef struct {
    uint32_t max_output;
    uint32_t timeout_ms;
    // Guest limits (0: none): below the server's own, they turn what would
    // be its trap (an HTTP 500) into a limit outcome.
    uint64_t max_memory;
    uint64_t max_steps;
} settings_t;

// A decimal number below 10^18, or `fallback` when absent or malformed.
static uint64_t parse_u64(const uint8_t *p, size_t len, uint64_t fallback) {
    if (len == 0 || len > 18) {
        return fallback;
    }
    uint64_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return fallback;
        }
        n = n * 10 + (p[i] - '0');
    }
    return n;
}

// Header `name` as a number no larger than `cap` (0: no cap); a missing,
// malformed or zero value asks for nothing tighter.
static uint64_t header_u64(request_t request, const char *name, uint64_t cap) {
    wasi_http_types_own_fields_t headers = wasi_http_types_method_incoming_request_headers(request);
    http_string_t key;
    http_string_set(&key, name);
    wasi_http_types_list_field_value_t values;
    wasi_http_types_method_fields_get(wasi_http_types_borrow_fields(headers), &key, &values);
    uint64_t n = values.len == 1 ? parse_u64(values.ptr[0].ptr, values.ptr[0].len, cap) : cap;
    wasi_http_types_list_field_value_free(&values);
    wasi_http_types_fields_drop_own(headers);
    return n == 0 || (cap != 0 && n > cap) ? cap : n;
}

static settings_t settings(request_t request) {
    return (settings_t) {
        .max_output = (uint32_t)header_u64(request, "x-mpsandbox-max-output", DEFAULT_MAX_OUTPUT),
        .timeout_ms = (uint32_t)header_u64(request, "x-mpsandbox-timeout-ms", DEFAULT_TIMEOUT_MS),
        .max_memory = header_u64(request, "x-mpsandbox-max-memory", 0),
        .max_steps = header_u64(request, "x-mpsandbox-max-steps", 0),
    };
}

// ---- responses -------------------------------------------------------------------

static void respond(wasi_http_types_own_response_outparam_t out, uint16_t status, const char *content_type,
    const uint8_t *body, size_t len) {
    wasi_http_types_own_fields_t headers = wasi_http_types_constructor_fields();
    http_string_t name;
    http_string_set(&name, "content-type");
    wasi_http_types_field_value_t value = { .ptr = (uint8_t *)content_type, .len = strlen(content_type) };
    wasi_http_types_header_error_t header_error;
    wasi_http_types_method_fields_append(wasi_http_types_borrow_fields(headers), &name, &value, &header_error);

    wasi_http_types_own_outgoing_response_t response = wasi_http_types_constructor_outgoing_response(headers);
    wasi_http_types_borrow_outgoing_response_t r = wasi_http_types_borrow_outgoing_response(response);
    wasi_http_types_method_outgoing_response_set_status_code(r, status);
    wasi_http_types_own_outgoing_body_t body_handle;
    if (!wasi_http_types_method_outgoing_response_body(r, &body_handle)) {
        return;
    }
    wasi_http_types_result_own_outgoing_response_error_code_t result = { .is_err = false, .val.ok = response };
    wasi_http_types_static_response_outparam_set(out, &result);

    wasi_http_types_own_output_stream_t stream;
    if (wasi_http_types_method_outgoing_body_write(wasi_http_types_borrow_outgoing_body(body_handle), &stream)) {
        stream_write_all(wasi_io_streams_borrow_output_stream(stream), body, len);
        wasi_io_streams_output_stream_drop_own(stream);
    }
    wasi_http_types_error_code_t finish_error;
    wasi_http_types_static_outgoing_body_finish(body_handle, NULL, &finish_error);
}

static void respond_json(wasi_http_types_own_response_outparam_t out, uint16_t status, buf_t *json) {
    buf_bytes(json, "\n", 1);
    if (json->failed) {
        // Still an outcome (wit/outcome.schema.json), without the output.
        static const char oom[] = "{\"ok\": false, \"stdout\": \"\", \"stderr\": \"\", \"error\": {\"kind\": \"internal\", "
                                  "\"type\": \"InternalError\", \"message\": \"the reply does not fit in memory\", "
                                  "\"traceback\": \"\"}}\n";
        respond(out, 500, "application/json", (const uint8_t *)oom, sizeof(oom) - 1);
    } else {
        respond(out, status, "application/json", json->data, json->len);
    }
    free(json->data);
}

// The reply for a request that could not be run, in the shape
// `mpsandbox --session` gives malformed requests.
static void respond_request_error(wasi_http_types_own_response_outparam_t out, uint16_t status, const char *message) {
    buf_t j = { 0 };
    buf_str(&j, "{\"ok\": false, \"stdout\": \"\", \"stderr\": \"\", \"error\": {\"kind\": \"request\", "
                "\"type\": \"RequestError\", \"message\": ");
    buf_json_string(&j, (const uint8_t *)message, strlen(message));
    buf_str(&j, ", \"traceback\": \"\"}}");
    respond_json(out, status, &j);
}

// ---- the run result as `mpsandbox --json` prints it -------------------------------

static void member(buf_t *j, const char *name, const uint8_t *data, size_t len) {
    buf_str(j, ", \"");
    buf_str(j, name);
    buf_str(j, "\": ");
    buf_json_string(j, data, len);
}

static void member_text(buf_t *j, const char *name, const char *text) {
    member(j, name, (const uint8_t *)text, strlen(text));
}

// The members every Python error has: its kind, type, message, traceback.
static void python_error(buf_t *j, const char *kind, const http_string_t *type, const http_string_t *message,
    const http_string_t *traceback) {
    buf_str(j, "{\"kind\": ");
    buf_json_string(j, (const uint8_t *)kind, strlen(kind));
    member(j, "type", type->ptr, type->len);
    member(j, "message", message->ptr, message->len);
    member(j, "traceback", traceback->ptr, traceback->len);
}

static void error_json(buf_t *j, const sandbox_interpreter_runtime_error_t *e) {
    switch (e->tag) {
        case SANDBOX_INTERPRETER_RUNTIME_ERROR_EXCEPTION: {
            const sandbox_interpreter_runtime_exception_info_t *x = &e->val.exception;
            python_error(j, "exception", &x->type_name, &x->message, &x->traceback);
            break;
        }
        case SANDBOX_INTERPRETER_RUNTIME_ERROR_SYNTAX: {
            const sandbox_interpreter_runtime_syntax_error_info_t *x = &e->val.syntax;
            python_error(j, "syntax", &x->type_name, &x->message, &x->traceback);
            member(j, "filename", x->filename.ptr, x->filename.len);
            buf_str(j, ", \"line\": ");
            buf_u64(j, x->line);
            buf_str(j, ", \"column\": ");
            buf_u64(j, x->column);
            break;
        }
        default: {
            buf_str(j, "{\"kind\": \"internal\", \"type\": \"InternalError\"");
            buf_t message = { 0 };
            buf_str(&message, "internal error: ");
            buf_bytes(&message, e->val.internal.ptr, e->val.internal.len);
            member(j, "message", message.data, message.len);
            free(message.data);
            member_text(j, "traceback", "");
            break;
        }
    }
    buf_str(j, "}");
}

static void limit_json(buf_t *j, const char *kind, const char *message) {
    buf_str(j, "{\"kind\": \"limit\", \"type\": \"LimitExceeded\"");
    member_text(j, "message", message);
    member_text(j, "traceback", "");
    member_text(j, "limit", kind);
    buf_str(j, "}");
}

static void run(wasi_http_types_own_response_outparam_t out, const buf_t *code, settings_t limits) {
    http_string_t source = { .ptr = code->data, .len = code->len };
    sandbox_interpreter_runtime_tuple2_captured_output_result_void_error_t ran;
    sandbox_interpreter_runtime_guest_limits_t guest = { .max_memory = limits.max_memory, .max_steps = limits.max_steps };
    sandbox_interpreter_runtime_set_guest_limits(&guest);
    wasi_clocks_monotonic_clock_instant_t started = wasi_clocks_monotonic_clock_now();
    sandbox_interpreter_runtime_exec_captured(&source, limits.max_output, limits.timeout_ms, &ran);
    uint64_t duration_us = (wasi_clocks_monotonic_clock_now() - started) / 1000;
    sandbox_interpreter_runtime_guest_limit_t hit;
    bool guest_limit = sandbox_interpreter_runtime_last_guest_limit(&hit);
    // A MemoryError at the memory cap, or whatever the step budget stopped,
    // is that limit's outcome.
    const char *guest_kind = NULL;
    if (guest_limit && hit == SANDBOX_INTERPRETER_RUNTIME_GUEST_LIMIT_STEPS) {
        guest_kind = "fuel";
    } else if (guest_limit && ran.f1.is_err && ran.f1.val.err.tag == SANDBOX_INTERPRETER_RUNTIME_ERROR_EXCEPTION
               && ran.f1.val.err.val.exception.type_name.len == 11
               && memcmp(ran.f1.val.err.val.exception.type_name.ptr, "MemoryError", 11) == 0) {
        guest_kind = "memory";
    }

    const sandbox_interpreter_runtime_captured_output_t *output = &ran.f0;
    bool ok = !ran.f1.is_err && !output->truncated && !output->timed_out && guest_kind == NULL;
    buf_t j = { 0 };
    buf_str(&j, ok ? "{\"ok\": true" : "{\"ok\": false");
    member(&j, "stdout", output->stdout_.ptr, output->stdout_.len);
    member(&j, "stderr", output->stderr_.ptr, output->stderr_.len);
    buf_str(&j, ", \"error\": ");
    // A limit is reported as `mpsandbox` reports it, whatever the program
    // did after it (the KeyboardInterrupt that stopped it, say).
    if (guest_kind != NULL && guest_kind[0] == 'f') {
        limit_json(&j, "fuel", "fuel limit exceeded: the call used up its step budget");
    } else if (guest_kind != NULL) {
        limit_json(&j, "memory", "memory limit exceeded: the heap cannot grow past the memory cap");
    } else if (output->timed_out) {
        limit_json(&j, "timeout", "timeout limit exceeded: the call ran past its time limit");
    } else if (output->truncated) {
        limit_json(&j, "output", "output limit exceeded: stdout and stderr exceeded the per-call cap");
    } else if (ran.f1.is_err) {
        error_json(&j, &ran.f1.val.err);
    } else {
        buf_str(&j, "null");
    }
    // Fuel and memory belong to the server's engine, which does not say.
    buf_str(&j, ", \"stats\": {\"duration_us\": ");
    buf_u64(&j, duration_us);
    buf_str(&j, ", \"fuel\": null, \"peak_memory\": null}}");
    sandbox_interpreter_runtime_tuple2_captured_output_result_void_error_free(&ran);
    respond_json(out, 200, &j);
}

// ---- requests --------------------------------------------------------------------

// The body, up to MAX_BODY bytes; false if it is larger or unreadable.
static bool read_body(request_t request, buf_t *body, bool *too_large) {
    *too_large = false;
    wasi_http_types_own_incoming_body_t incoming;
    if (!wasi_http_types_method_incoming_request_consume(request, &incoming)) {
        return false;
    }
    wasi_http_types_own_input_stream_t stream;
    bool ok = wasi_http_types_method_incoming_body_stream(wasi_http_types_borrow_incoming_body(incoming), &stream);
    if (ok) {
        read_result_t got = stream_read_all(wasi_io_streams_borrow_input_stream(stream), body, MAX_BODY);
        *too_large = got == READ_TOO_LARGE;
        ok = got == READ_DONE;
        wasi_io_streams_input_stream_drop_own(stream);
    }
    wasi_http_types_own_future_trailers_t trailers = wasi_http_types_static_incoming_body_finish(incoming);
    wasi_http_types_future_trailers_drop_own(trailers);
    return ok;
}

static bool path_is(const http_string_t *path, const char *want) {
    size_t n = path->len;
    const uint8_t *q = memchr(path->ptr, '?', n);
    if (q != NULL) {
        n = (size_t)(q - path->ptr);
    }
    return n == strlen(want) && memcmp(path->ptr, want, n) == 0;
}

void exports_wasi_http_incoming_handler_handle(exports_wasi_http_incoming_handler_own_incoming_request_t request,
    exports_wasi_http_incoming_handler_own_response_outparam_t response_out) {
    request_t req = wasi_http_types_borrow_incoming_request(request);
    wasi_http_types_method_t method;
    wasi_http_types_method_incoming_request_method(req, &method);
    http_string_t path = { 0 };
    bool has_path = wasi_http_types_method_incoming_request_path_with_query(req, &path);
    bool get = method.tag == WASI_HTTP_TYPES_METHOD_GET, post = method.tag == WASI_HTTP_TYPES_METHOD_POST;

    if (has_path && path_is(&path, "/")) {
        if (get) {
            respond(response_out, 200, "text/plain; charset=utf-8", (const uint8_t *)USAGE, sizeof(USAGE) - 1);
        } else {
            respond_request_error(response_out, 405, "GET / answers the usage text; programs go to POST /run");
        }
    } else if (has_path && path_is(&path, "/run")) {
        if (!post) {
            respond_request_error(response_out, 405, "/run takes POST with a JSON body {\"code\": str}");
        } else {
            buf_t body = { 0 }, code = { 0 };
            bool too_large;
            const char *why = NULL;
            if (!read_body(req, &body, &too_large)) {
                respond_request_error(response_out, too_large ? 413 : 400,
                    too_large ? "the request body is larger than 1 MiB" : "the request body could not be read");
            } else if ((why = json_object_string_member(body.data, body.len, "code", &code)) != NULL) {
                respond_request_error(response_out, 400, why);
            } else {
                run(response_out, &code, settings(req));
            }
            free(body.data);
            free(code.data);
        }
    } else {
        respond_request_error(response_out, 404, "no such path: GET / for usage, POST /run to run code");
    }
    if (has_path) {
        http_string_free(&path);
    }
    wasi_http_types_method_free(&method);
    wasi_http_types_incoming_request_drop_own(request);
}
