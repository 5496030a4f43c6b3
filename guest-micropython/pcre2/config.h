// PCRE2's build configuration for the `re` module (guest-micropython/modre.c),
// in place of the config.h that PCRE2's configure would write (its
// NON-AUTOTOOLS-BUILD, step 1). pcre2.mk compiles PCRE2 with -DHAVE_CONFIG_H
// and this directory first on the include path.
//
// The 8-bit library only, with Unicode support (UTF-8 and the Unicode
// properties behind PCRE2_UCP, for str patterns); no JIT (the code runs as
// wasm), so pcre2_jit_compile.c is not compiled either.

#define SUPPORT_PCRE2_8 1
#define SUPPORT_UNICODE 1

// The C library has memmove and the compilers (clang, gcc) these builtins.
#define HAVE_MEMMOVE 1
#define HAVE_BUILTIN_MUL_OVERFLOW 1
#define HAVE_BUILTIN_UNREACHABLE 1

// Static linking: no symbol visibility games.
#define PCRE2_STATIC 1
#define PCRE2_EXPORT

// 4-byte offsets inside a compiled pattern: the default 2 limits a compiled
// pattern to 64 KiB, which a Python program joining a few thousand words
// into one alternation already passes (CPython has no such limit).
#define LINK_SIZE 4

// LF is the only newline, as in Python (`$`, `.` and MULTILINE's `^`).
#define NEWLINE_DEFAULT 2

// The defaults of a pattern; modre.c's match context lowers the heap limit
// (see RE_HEAP_LIMIT_KIB there). The match limit bounds backtracking in
// one search: catastrophic patterns end with an exception instead of
// running until the sandbox's fuel or timeout stops the whole call.
#define MATCH_LIMIT 10000000
#define MATCH_LIMIT_DEPTH MATCH_LIMIT
#define HEAP_LIMIT 20000000
#define PARENS_NEST_LIMIT 250
#define MAX_VARLOOKBEHIND 255
#define MAX_NAME_SIZE 128
#define MAX_NAME_COUNT 10000
