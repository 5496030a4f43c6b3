// Modules a sandbox cannot have. Importing one raises ModuleNotFoundError
// saying why and what to use instead (MICROPY_PORT_REFUSED_MODULE in
// mpconfigport.h, asked by the import machinery before it reports a module
// as missing), and none of them is listed as importable.

#include <string.h>

#include "py/qstr.h"

const char *mp_port_refused_module(size_t name) {
    static const struct {
        const char *name;
        const char *why;
    } refused[] = {
        {"subprocess", "subprocess is not available in the mpsandbox sandbox: programs cannot start other "
                       "processes; do the work in Python"},
        {"socket", "socket is not available in the mpsandbox sandbox: there is no network access; HTTP "
                   "requests go through host.fetch(url, ...) when the host grants them"},
        {"ssl", "ssl is not available in the mpsandbox sandbox: there is no network access; HTTP requests "
                "go through host.fetch(url, ...) when the host grants them"},
        {"multiprocessing", "multiprocessing is not available in the mpsandbox sandbox: there is one process "
                            "and no threads; use asyncio for concurrency"},
        {"ctypes", "ctypes is not available in the mpsandbox sandbox: there are no native libraries to load "
                   "or call"},
        {"signal", "signal is not available in the mpsandbox sandbox: no signals are delivered to the "
                   "program; use asyncio.timeout() or asyncio.wait_for() for time limits"},
    };
    const char *s = qstr_str(name);
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        if (strcmp(s, refused[i].name) == 0) {
            return refused[i].why;
        }
    }
    return NULL;
}
