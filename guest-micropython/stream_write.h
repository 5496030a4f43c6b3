// Writing a byte string to a WASI output stream, shared by the interpreter
// (stdio.c) and the adapters (adapters/common/streams.h). The includer has
// included its wit-bindgen header and defines STREAM_LIST_U8 as that
// header's byte-list type.
#ifndef MPSANDBOX_STREAM_WRITE_H
#define MPSANDBOX_STREAM_WRITE_H

#include <stddef.h>
#include <stdint.h>

// blocking-write-and-flush takes at most 4096 bytes per call.
#define STREAM_WRITE_MAX 4096

// All of `data`, in the chunks blocking-write-and-flush takes. A closed
// stream drops the bytes, like writing to a closed pipe with SIGPIPE
// ignored; a host that wants to stop the guest traps instead.
static inline void stream_write_all(wasi_io_streams_borrow_output_stream_t s, const uint8_t *data, size_t len) {
    while (len > 0) {
        size_t n = len < STREAM_WRITE_MAX ? len : STREAM_WRITE_MAX;
        STREAM_LIST_U8 chunk = { .ptr = (uint8_t *)data, .len = n };
        wasi_io_streams_stream_error_t err;
        if (!wasi_io_streams_method_output_stream_blocking_write_and_flush(s, &chunk, &err)) {
            if (err.tag == WASI_IO_STREAMS_STREAM_ERROR_LAST_OPERATION_FAILED) {
                wasi_io_error_error_drop_own(err.val.last_operation_failed);
            }
            return;
        }
        data += n;
        len -= n;
    }
}

#endif
