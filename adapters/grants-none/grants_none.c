// sandbox:interpreter/host with nothing granted: the interpreter's `host`
// module then lists no functions, and any call by name is refused the way a
// host that grants some refuses an unknown one.

#include <stdlib.h>
#include <string.h>

#include "grants_none.h"

typedef exports_sandbox_interpreter_host_call_error_t call_error_t;

void exports_sandbox_interpreter_host_functions(grants_none_list_string_t *ret) {
    ret->ptr = NULL;
    ret->len = 0;
}

static void dup(grants_none_string_t *out, const char *a, const grants_none_string_t *b, const char *c) {
    size_t la = strlen(a), lc = strlen(c);
    out->len = la + b->len + lc;
    out->ptr = malloc(out->len ? out->len : 1);
    if (out->ptr == NULL) {
        out->len = 0;
        return;
    }
    memcpy(out->ptr, a, la);
    memcpy(out->ptr + la, b->ptr, b->len);
    memcpy(out->ptr + la + b->len, c, lc);
}

bool exports_sandbox_interpreter_host_call(grants_none_string_t *name, grants_none_string_t *arguments,
    grants_none_string_t *ret, call_error_t *err) {
    (void)ret;
    err->tag = EXPORTS_SANDBOX_INTERPRETER_HOST_CALL_ERROR_UNKNOWN_FUNCTION;
    dup(&err->val.unknown_function, "no host function '", name, "' is granted");
    grants_none_string_free(name);
    grants_none_string_free(arguments);
    return false;
}
