// Hardware abstraction for the WASI port: time and output come from the
// imported WASI 0.2 interfaces (see hal.c, stdio.c).
#ifndef MPSANDBOX_MPHALPORT_H
#define MPSANDBOX_MPHALPORT_H

#include <stddef.h>
#include <stdint.h>

// No interrupt character: Ctrl-C is the host's business (it stops the call).
static inline void mp_hal_set_interrupt_char(char c) {
    (void)c;
}

uint64_t mp_hal_time_ns(void);
void mp_hal_delay_us(mp_uint_t us);

static inline mp_uint_t mp_hal_ticks_cpu(void) {
    return 0;
}

#endif
