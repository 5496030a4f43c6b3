// Where a preopened directory is mounted, from its guest path: "/data"
// stays, "data", "./data" and "data/" become "/data", "." and "" become "/".
// Header-only because two components need the same rule: the interpreter's
// VFS (vfs_wasi.c) mounts grants with it, and the CLI adapter resolves a
// script's path with it, so both find a file at the same place.
#ifndef MPSANDBOX_MOUNT_POINT_H
#define MPSANDBOX_MOUNT_POINT_H

#include <stddef.h>
#include <stdint.h>

// Narrows [*p, *p + *n) to the part after the leading "/" of the mount
// point (which the caller adds): "./data/" gives "data".
static inline void mount_point_trim(const uint8_t **p, size_t *n) {
    while (*n > 0 && ((*p)[0] == '.' || (*p)[0] == '/') && !(*n > 1 && (*p)[0] == '.' && (*p)[1] == '.')) {
        (*p)++;
        (*n)--;
    }
    while (*n > 0 && (*p)[*n - 1] == '/') {
        (*n)--;
    }
}

#endif
