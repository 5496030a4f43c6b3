// Writing to a WASI output stream, shared by the adapters. Compiled once
// per adapter against that adapter's bindings (ADAPTER_BINDINGS names its
// generated header, ADAPTER_LIST_U8 its byte-list type).
#ifndef MPSANDBOX_ADAPTER_STREAMS_H
#define MPSANDBOX_ADAPTER_STREAMS_H

#include <stddef.h>
#include <stdint.h>

#include ADAPTER_BINDINGS

// All of `data`, in the chunks blocking-write-and-flush takes; stops
// quietly if the stream closes (the reader went away).
void stream_write_all(wasi_io_streams_borrow_output_stream_t s, const uint8_t *data, size_t len);

#endif
