// wasi:filesystem with no directory, for the proxy-world HTTP component:
// `get-directories` is empty, so the interpreter never holds a descriptor and
// every descriptor method below is unreachable. Each still answers as a
// closed descriptor would (bad-descriptor), never trapping, in case a host
// hands one over some other way.

#include <stdlib.h>

#include "no_files.h"

#define BAD_DESCRIPTOR EXPORTS_WASI_FILESYSTEM_TYPES_ERROR_CODE_BAD_DESCRIPTOR

// The exported resources' representations: none is ever made.
struct exports_wasi_filesystem_types_descriptor_t {
    int unused;
};

struct exports_wasi_filesystem_types_directory_entry_stream_t {
    int unused;
};

void exports_wasi_filesystem_preopens_get_directories(exports_wasi_filesystem_preopens_list_tuple2_own_descriptor_string_t *ret) {
    ret->ptr = NULL;
    ret->len = 0;
}

bool exports_wasi_filesystem_types_filesystem_error_code(exports_wasi_filesystem_types_borrow_error_t err_, exports_wasi_filesystem_types_error_code_t *ret) {
    return false;
}

void exports_wasi_filesystem_types_descriptor_destructor(exports_wasi_filesystem_types_descriptor_t *rep) {
}

void exports_wasi_filesystem_types_directory_entry_stream_destructor(exports_wasi_filesystem_types_directory_entry_stream_t *rep) {
}

bool exports_wasi_filesystem_types_method_descriptor_is_same_object(exports_wasi_filesystem_types_borrow_descriptor_t self, exports_wasi_filesystem_types_borrow_descriptor_t other) {
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_read_via_stream(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_filesize_t offset,
    exports_wasi_filesystem_types_own_input_stream_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_write_via_stream(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_filesize_t offset,
    exports_wasi_filesystem_types_own_output_stream_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_append_via_stream(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_own_output_stream_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_advise(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_filesize_t offset,
    exports_wasi_filesystem_types_filesize_t length,
    exports_wasi_filesystem_types_advice_t advice,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_sync_data(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_get_flags(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_descriptor_flags_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_get_type(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_descriptor_type_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_set_size(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_filesize_t size,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_set_times(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_new_timestamp_t *data_access_timestamp,
    exports_wasi_filesystem_types_new_timestamp_t *data_modification_timestamp,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_read(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_filesize_t length,
    exports_wasi_filesystem_types_filesize_t offset,
    no_files_tuple2_list_u8_bool_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_write(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_list_u8_t *buffer,
    exports_wasi_filesystem_types_filesize_t offset,
    exports_wasi_filesystem_types_filesize_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_read_directory(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_own_directory_entry_stream_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_sync(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_create_directory_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_stat(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_descriptor_stat_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_stat_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_path_flags_t path_flags,
    no_files_string_t *path,
    exports_wasi_filesystem_types_descriptor_stat_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_set_times_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_path_flags_t path_flags,
    no_files_string_t *path,
    exports_wasi_filesystem_types_new_timestamp_t *data_access_timestamp,
    exports_wasi_filesystem_types_new_timestamp_t *data_modification_timestamp,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_link_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_path_flags_t old_path_flags,
    no_files_string_t *old_path,
    exports_wasi_filesystem_types_borrow_descriptor_t new_descriptor,
    no_files_string_t *new_path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_open_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_path_flags_t path_flags,
    no_files_string_t *path,
    exports_wasi_filesystem_types_open_flags_t open_flags,
    exports_wasi_filesystem_types_descriptor_flags_t flags,
    exports_wasi_filesystem_types_own_descriptor_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_readlink_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *path,
    no_files_string_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_remove_directory_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_rename_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *old_path,
    exports_wasi_filesystem_types_borrow_descriptor_t new_descriptor,
    no_files_string_t *new_path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_symlink_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *old_path,
    no_files_string_t *new_path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_unlink_file_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    no_files_string_t *path,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_metadata_hash(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_metadata_hash_value_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_descriptor_metadata_hash_at(
    exports_wasi_filesystem_types_borrow_descriptor_t self,
    exports_wasi_filesystem_types_path_flags_t path_flags,
    no_files_string_t *path,
    exports_wasi_filesystem_types_metadata_hash_value_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}

bool exports_wasi_filesystem_types_method_directory_entry_stream_read_directory_entry(
    exports_wasi_filesystem_types_borrow_directory_entry_stream_t self,
    exports_wasi_filesystem_types_option_directory_entry_t *ret,
    exports_wasi_filesystem_types_error_code_t *err) {
    *err = BAD_DESCRIPTOR;
    return false;
}
