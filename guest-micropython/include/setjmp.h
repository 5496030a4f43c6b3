// setjmp/longjmp for wasm32 via the exception-handling proposal.
//
// The 2022 wasi-libc has no setjmp.h. With `-mllvm -wasm-enable-sjlj` clang
// rewrites calls to setjmp/longjmp into calls to the runtime in wasm_sjlj.c;
// this header only has to give jmp_buf enough room and alignment for that
// runtime's record (see struct sjlj_record there).
#ifndef MPSANDBOX_SETJMP_H
#define MPSANDBOX_SETJMP_H

typedef struct {
    void *slots[6];
} jmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);

#endif
