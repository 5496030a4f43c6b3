// The VM a second time, for pausable runs (pause.c): compiled with stackless
// calls and the pause hooks of patch 0052, as mp_execute_bytecode_stackless.
// Ordinary runs keep py/vm.c's VM, whose frames live on the C stack.
#define MICROPY_VM_STACKLESS (1)
#define MICROPY_WRAP_MP_EXECUTE_BYTECODE(f) f##_stackless
#include "py/vm.c"
