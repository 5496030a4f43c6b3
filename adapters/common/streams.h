// Writing to a WASI output stream, shared by the adapters. Compiled once
// per adapter against that adapter's bindings (ADAPTER_BINDINGS names its
// generated header, ADAPTER_LIST_U8 its byte-list type).
#ifndef MPSANDBOX_ADAPTER_STREAMS_H
#define MPSANDBOX_ADAPTER_STREAMS_H

#include <stddef.h>
#include <stdint.h>

#include ADAPTER_BINDINGS
#include "text.h"

// stream_write_all, shared with the interpreter (guest-micropython/).
#define STREAM_LIST_U8 ADAPTER_LIST_U8
#include "stream_write.h"

typedef enum { READ_DONE, READ_FAILED, READ_TOO_LARGE } read_result_t;

// Appends everything `s` holds to `out` until it closes, refusing more than
// `max` bytes in all (READ_TOO_LARGE, without buffering past the cap).
// READ_FAILED for a stream error or an allocation that failed.
read_result_t stream_read_all(wasi_io_streams_borrow_input_stream_t s, buf_t *out, size_t max);

#endif
