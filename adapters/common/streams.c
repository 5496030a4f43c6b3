#include <stdlib.h>

#include "streams.h"

// blocking-read hands out at most this much per call.
#define READ_CHUNK 65536

read_result_t stream_read_all(wasi_io_streams_borrow_input_stream_t s, buf_t *out, size_t max) {
    for (;;) {
        ADAPTER_LIST_U8 chunk;
        wasi_io_streams_stream_error_t err;
        if (!wasi_io_streams_method_input_stream_blocking_read(s, READ_CHUNK, &chunk, &err)) {
            if (err.tag == WASI_IO_STREAMS_STREAM_ERROR_LAST_OPERATION_FAILED) {
                wasi_io_error_error_drop_own(err.val.last_operation_failed);
                return READ_FAILED;
            }
            return READ_DONE; // closed: the end of the input
        }
        bool fits = chunk.len <= max - out->len;
        if (fits) {
            buf_bytes(out, chunk.ptr, chunk.len);
        }
        free(chunk.ptr);
        if (!fits) {
            return READ_TOO_LARGE;
        }
        if (out->failed) {
            return READ_FAILED;
        }
    }
}

