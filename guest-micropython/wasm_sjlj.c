// Runtime for LLVM's wasm setjmp/longjmp lowering (WebAssemblyLowerEmscriptenEHSjLj
// with -wasm-enable-sjlj). The compiler turns `setjmp(env)` into
// `__wasm_setjmp(env, label, invocation)`; `longjmp(env, v)` into
// `__wasm_longjmp(env, v)`, which throws a wasm exception carrying a pointer to
// {env, v}; the landing pads of functions that called setjmp catch it and ask
// `__wasm_setjmp_test` whether the env belongs to their own invocation.
//
// This file must be compiled with -wasm-enable-sjlj as well: the
// __c_longjmp tag it throws is created by wasm-ld from that mode.

#include <setjmp.h>
#include <stdint.h>

struct sjlj_record {
    void *invocation;   // identifies the activation of the function that called setjmp
    uint32_t label;     // which setjmp call site inside that function
    struct {
        void *env;
        int val;
    } thrown;           // payload of the exception in flight
};

_Static_assert(sizeof(struct sjlj_record) <= sizeof(jmp_buf), "jmp_buf too small");

void __wasm_setjmp(void *env, uint32_t label, void *invocation) {
    struct sjlj_record *r = env;
    if (label == 0 || invocation == 0) {
        __builtin_trap(); // the compiler never passes these; memory is corrupt
    }
    r->invocation = invocation;
    r->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *invocation) {
    struct sjlj_record *r = env;
    return r->invocation == invocation ? r->label : 0;
}

_Noreturn void __wasm_longjmp(void *env, int val) {
    struct sjlj_record *r = env;
    r->thrown.env = env;
    r->thrown.val = val == 0 ? 1 : val; // longjmp(env, 0) makes setjmp return 1
    __builtin_wasm_throw(1, &r->thrown); // tag 1 is C_LONGJMP
}
