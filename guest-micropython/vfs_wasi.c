// A MicroPython VFS over wasi:filesystem: each directory the host preopened
// is mounted at its guest path, and open()/os.* work inside it.
//
// This layer only translates paths and calls. Containment is the host's:
// every path is resolved by the host relative to a preopened descriptor, which
// refuses `..` and symlinks that leave it, and a read-only grant refuses
// writes whatever this code asks for.

#include <string.h>

#include "py/builtin.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "extmod/vfs.h"
#include "mount_point.h"
#include "port.h"

typedef wasi_filesystem_types_own_descriptor_t own_fd_t;
typedef wasi_filesystem_types_borrow_descriptor_t fd_t;
typedef wasi_filesystem_types_error_code_t wasi_err_t;

// Linux numbers for errors MicroPython's own errno table lacks, so that
// errno values match what a program sees under CPython on Linux.
#define LINUX_ENAMETOOLONG (36)
#define LINUX_ENOTEMPTY (39)
#define LINUX_ELOOP (40)

typedef struct {
    mp_obj_base_t base;
    own_fd_t dir;
    uint32_t gen; // port_generation when `dir` was bound
    vstr_t cwd; // inside the mount, without leading '/': "" is the mount's root
} vfs_wasi_t;

static const mp_obj_type_t vfs_wasi_type;

static int errno_from_wasi(wasi_err_t e) {
    switch (e) {
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_ACCESS: return MP_EACCES;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_NOT_PERMITTED: return MP_EPERM;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_NO_ENTRY: return MP_ENOENT;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_EXIST: return MP_EEXIST;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_NOT_DIRECTORY: return MP_ENOTDIR;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_IS_DIRECTORY: return MP_EISDIR;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_INVALID: return MP_EINVAL;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_READ_ONLY: return MP_EROFS;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_NOT_EMPTY: return LINUX_ENOTEMPTY;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_BAD_DESCRIPTOR: return MP_EBADF;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_INSUFFICIENT_SPACE: return MP_ENOSPC;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_NAME_TOO_LONG: return LINUX_ENAMETOOLONG;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_LOOP: return LINUX_ELOOP;
        case WASI_FILESYSTEM_TYPES_ERROR_CODE_CROSS_DEVICE: return MP_EXDEV;
        default: return MP_EIO;
    }
}

static NORETURN void raise_wasi(wasi_err_t e) {
    mp_raise_OSError(errno_from_wasi(e));
}

static fd_t borrow_dir(vfs_wasi_t *self) {
    if (self->gen != port_generation) {
        // A grant of the captured instance that this one does not have.
        mp_raise_OSError(MP_EBADF);
    }
    return wasi_filesystem_types_borrow_descriptor(self->dir);
}

// Turns a path as vfs.c passes it (absolute within the mount, or relative to
// this mount's cwd) into the relative form WASI expects. `.` and `..` are
// folded here so that `..` at the mount's root stays at the root, as on a
// real root directory. The text lives on the GC heap: no caller frees it,
// whichever way the call leaves.
static interpreter_string_t wasi_path(vfs_wasi_t *self, mp_obj_t path_in) {
    const char *path = mp_obj_str_get_str(path_in);
    vstr_t vbuf;
    vstr_t *buf = &vbuf;
    vstr_init(buf, vstr_len(&self->cwd) + strlen(path) + 2);
    if (path[0] != '/') {
        vstr_add_strn(buf, vstr_str(&self->cwd), vstr_len(&self->cwd));
    }
    vstr_add_char(buf, '/');
    vstr_add_str(buf, path);
    // Fold in place: segments are copied to `w`, skipping '.', popping on '..'.
    char *s = vstr_str(buf);
    size_t len = vstr_len(buf), w = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == '/') {
            i++;
        }
        size_t start = i;
        while (i < len && s[i] != '/') {
            i++;
        }
        size_t seg = i - start;
        if (seg == 0 || (seg == 1 && s[start] == '.')) {
            continue;
        }
        if (seg == 2 && s[start] == '.' && s[start + 1] == '.') {
            while (w > 0 && s[w - 1] != '/') {
                w--;
            }
            if (w > 0) {
                w--;
            }
            continue;
        }
        if (w > 0) {
            s[w++] = '/';
        }
        memmove(s + w, s + start, seg);
        w += seg;
    }
    if (w == 0) {
        s[w++] = '.';
    }
    return (interpreter_string_t) { .ptr = (uint8_t *)s, .len = w };
}

static bool stat_at(vfs_wasi_t *self, interpreter_string_t *path, wasi_filesystem_types_descriptor_stat_t *st, wasi_err_t *err) {
    return wasi_filesystem_types_method_descriptor_stat_at(borrow_dir(self),
        WASI_FILESYSTEM_TYPES_PATH_FLAGS_SYMLINK_FOLLOW, path, st, err);
}

// ---- files -----------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    own_fd_t fd;
    uint32_t gen;
    uint64_t pos;
    bool open;
    bool append;
} wasi_file_t;

// A file opened before a restore reads as closed.
static bool file_live(wasi_file_t *f) {
    if (f->gen != port_generation) {
        f->open = false;
    }
    return f->open;
}

static void check_open(wasi_file_t *f) {
    if (!file_live(f)) {
        mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file"));
    }
}

static uint64_t file_size(wasi_file_t *f, int *errcode) {
    wasi_filesystem_types_descriptor_stat_t st;
    wasi_err_t e;
    if (!wasi_filesystem_types_method_descriptor_stat(wasi_filesystem_types_borrow_descriptor(f->fd), &st, &e)) {
        *errcode = errno_from_wasi(e);
        return UINT64_MAX;
    }
    return st.size;
}

static mp_uint_t file_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    wasi_file_t *f = MP_OBJ_TO_PTR(self_in);
    check_open(f);
    interpreter_tuple2_list_u8_bool_t got;
    wasi_err_t e;
    if (!wasi_filesystem_types_method_descriptor_read(wasi_filesystem_types_borrow_descriptor(f->fd), size, f->pos, &got, &e)) {
        *errcode = errno_from_wasi(e);
        return MP_STREAM_ERROR;
    }
    size_t n = got.f0.len < size ? got.f0.len : size;
    memcpy(buf, got.f0.ptr, n);
    interpreter_list_u8_free(&got.f0);
    f->pos += n;
    return n;
}

static mp_uint_t file_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    wasi_file_t *f = MP_OBJ_TO_PTR(self_in);
    check_open(f);
    if (f->append) {
        uint64_t end = file_size(f, errcode);
        if (end == UINT64_MAX) {
            return MP_STREAM_ERROR;
        }
        f->pos = end;
    }
    interpreter_list_u8_t data = { .ptr = (uint8_t *)buf, .len = size };
    wasi_filesystem_types_filesize_t written;
    wasi_err_t e;
    if (!wasi_filesystem_types_method_descriptor_write(wasi_filesystem_types_borrow_descriptor(f->fd), &data, f->pos, &written, &e)) {
        *errcode = errno_from_wasi(e);
        return MP_STREAM_ERROR;
    }
    f->pos += written;
    return written;
}

static void file_close(wasi_file_t *f) {
    if (file_live(f)) {
        f->open = false;
        wasi_filesystem_types_descriptor_drop_own(f->fd);
    }
}

static mp_uint_t file_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    wasi_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_CLOSE) {
        file_close(f);
        return 0;
    }
    check_open(f);
    switch (request) {
        case MP_STREAM_FLUSH:
            return 0;
        case MP_STREAM_SEEK: {
            struct mp_stream_seek_t *s = (struct mp_stream_seek_t *)arg;
            int64_t base = 0;
            if (s->whence == MP_SEEK_CUR) {
                base = f->pos;
            } else if (s->whence == MP_SEEK_END) {
                uint64_t end = file_size(f, errcode);
                if (end == UINT64_MAX) {
                    return MP_STREAM_ERROR;
                }
                base = end;
            }
            int64_t target = base + s->offset;
            if (target < 0) {
                *errcode = MP_EINVAL;
                return MP_STREAM_ERROR;
            }
            f->pos = target;
            s->offset = target;
            return 0;
        }
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<io.%s>", mp_obj_get_type_str(self_in));
}

static mp_obj_t file_del(mp_obj_t self_in) {
    file_close(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_del_obj, file_del);

static const mp_rom_map_elem_t file_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&mp_stream_seek_obj) },
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&mp_stream_tell_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&file_del_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(file_locals_dict, file_locals_dict_table);

static const mp_stream_p_t file_binary_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .is_text = false,
};

static const mp_stream_p_t file_text_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .is_text = true,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    file_binary_type,
    MP_QSTR_FileIO,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, file_print,
    protocol, &file_binary_stream_p,
    locals_dict, &file_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    file_text_type,
    MP_QSTR_TextIOWrapper,
    MP_TYPE_FLAG_ITER_IS_STREAM,
    print, file_print,
    protocol, &file_text_stream_p,
    locals_dict, &file_locals_dict
    );

static mp_obj_t vfs_wasi_open(mp_obj_t self_in, mp_obj_t path_in, mp_obj_t mode_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    const char *mode = mp_obj_str_get_str(mode_in);
    wasi_filesystem_types_open_flags_t oflags = 0;
    wasi_filesystem_types_descriptor_flags_t dflags = 0;
    bool text = true, read = false, write = false, append = false;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
            case 'r': read = true; break;
            case 'w': write = true; oflags |= WASI_FILESYSTEM_TYPES_OPEN_FLAGS_CREATE | WASI_FILESYSTEM_TYPES_OPEN_FLAGS_TRUNCATE; break;
            case 'x': write = true; oflags |= WASI_FILESYSTEM_TYPES_OPEN_FLAGS_CREATE | WASI_FILESYSTEM_TYPES_OPEN_FLAGS_EXCLUSIVE; break;
            case 'a': write = true; append = true; oflags |= WASI_FILESYSTEM_TYPES_OPEN_FLAGS_CREATE; break;
            case '+': read = true; write = true; break;
            case 'b': text = false; break;
            case 't': text = true; break;
            default: mp_raise_ValueError(MP_ERROR_TEXT("invalid mode"));
        }
    }
    if (!read && !write) {
        read = true;
    }
    if (read) {
        dflags |= WASI_FILESYSTEM_TYPES_DESCRIPTOR_FLAGS_READ;
    }
    if (write) {
        dflags |= WASI_FILESYSTEM_TYPES_DESCRIPTOR_FLAGS_WRITE;
    }
    interpreter_string_t path = wasi_path(self, path_in);
    wasi_filesystem_types_own_descriptor_t fd;
    wasi_err_t e;
    bool ok = wasi_filesystem_types_method_descriptor_open_at(borrow_dir(self),
        WASI_FILESYSTEM_TYPES_PATH_FLAGS_SYMLINK_FOLLOW, &path, oflags, dflags, &fd, &e);
    if (!ok) {
        raise_wasi(e);
    }
    wasi_file_t *f = mp_obj_malloc_with_finaliser(wasi_file_t, text ? &file_text_type : &file_binary_type);
    f->fd = fd;
    f->gen = port_generation;
    f->pos = 0;
    f->open = true;
    f->append = append;
    return MP_OBJ_FROM_PTR(f);
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_wasi_open_obj, vfs_wasi_open);

// ---- directories and metadata ----------------------------------------------

typedef struct {
    mp_obj_base_t base;
    mp_fun_1_t iternext;
    mp_fun_1_t finaliser;
    wasi_filesystem_types_own_directory_entry_stream_t stream;
    uint32_t gen;
    bool open;
} dir_iter_t;

// A listing begun before a restore ends there.
static bool dir_iter_live(dir_iter_t *it) {
    if (it->gen != port_generation) {
        it->open = false;
    }
    return it->open;
}

static void dir_iter_close(dir_iter_t *it) {
    if (dir_iter_live(it)) {
        it->open = false;
        wasi_filesystem_types_directory_entry_stream_drop_own(it->stream);
    }
}

static mp_obj_t dir_iter_next(mp_obj_t self_in) {
    dir_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (!dir_iter_live(it)) {
        return MP_OBJ_STOP_ITERATION;
    }
    wasi_filesystem_types_option_directory_entry_t entry;
    wasi_err_t e;
    if (!wasi_filesystem_types_method_directory_entry_stream_read_directory_entry(
        wasi_filesystem_types_borrow_directory_entry_stream(it->stream), &entry, &e)) {
        dir_iter_close(it);
        raise_wasi(e);
    }
    if (!entry.is_some) {
        dir_iter_close(it);
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t name = mp_obj_new_str((const char *)entry.val.name.ptr, entry.val.name.len);
    bool is_dir = entry.val.type == WASI_FILESYSTEM_TYPES_DESCRIPTOR_TYPE_DIRECTORY;
    interpreter_string_free(&entry.val.name);
    mp_obj_t t[3] = {
        name,
        MP_OBJ_NEW_SMALL_INT(is_dir ? MP_S_IFDIR : MP_S_IFREG),
        MP_OBJ_NEW_SMALL_INT(0),
    };
    return mp_obj_new_tuple(3, t);
}

static mp_obj_t dir_iter_del(mp_obj_t self_in) {
    dir_iter_close(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}

static mp_obj_t vfs_wasi_ilistdir(mp_obj_t self_in, mp_obj_t path_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    interpreter_string_t path = wasi_path(self, path_in);
    wasi_filesystem_types_own_descriptor_t dir;
    wasi_err_t e;
    bool ok = wasi_filesystem_types_method_descriptor_open_at(borrow_dir(self),
        WASI_FILESYSTEM_TYPES_PATH_FLAGS_SYMLINK_FOLLOW, &path, WASI_FILESYSTEM_TYPES_OPEN_FLAGS_DIRECTORY,
        WASI_FILESYSTEM_TYPES_DESCRIPTOR_FLAGS_READ, &dir, &e);
    if (!ok) {
        raise_wasi(e);
    }
    wasi_filesystem_types_own_directory_entry_stream_t stream;
    ok = wasi_filesystem_types_method_descriptor_read_directory(wasi_filesystem_types_borrow_descriptor(dir), &stream, &e);
    wasi_filesystem_types_descriptor_drop_own(dir);
    if (!ok) {
        raise_wasi(e);
    }
    dir_iter_t *it = mp_obj_malloc_with_finaliser(dir_iter_t, &mp_type_polymorph_iter_with_finaliser);
    it->iternext = dir_iter_next;
    it->finaliser = dir_iter_del;
    it->stream = stream;
    it->gen = port_generation;
    it->open = true;
    return MP_OBJ_FROM_PTR(it);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_ilistdir_obj, vfs_wasi_ilistdir);

static mp_obj_t seconds(const wasi_filesystem_types_option_datetime_t *t) {
    return mp_obj_new_int_from_ull(t->is_some ? t->val.seconds : 0);
}

static mp_obj_t vfs_wasi_stat(mp_obj_t self_in, mp_obj_t path_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    interpreter_string_t path = wasi_path(self, path_in);
    wasi_filesystem_types_descriptor_stat_t st;
    wasi_err_t e;
    bool ok = stat_at(self, &path, &st, &e);
    if (!ok) {
        raise_wasi(e);
    }
    mp_int_t mode = st.type == WASI_FILESYSTEM_TYPES_DESCRIPTOR_TYPE_DIRECTORY ? MP_S_IFDIR : MP_S_IFREG;
    mp_obj_t t[10] = {
        MP_OBJ_NEW_SMALL_INT(mode),
        MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0),
        mp_obj_new_int_from_ull(st.link_count),
        MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0),
        mp_obj_new_int_from_ull(st.size),
        seconds(&st.data_access_timestamp),
        seconds(&st.data_modification_timestamp),
        seconds(&st.status_change_timestamp),
    };
    return mp_obj_new_tuple(10, t);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_stat_obj, vfs_wasi_stat);

typedef bool (*path_op_t)(fd_t dir, interpreter_string_t *path, wasi_err_t *err);

static mp_obj_t path_call(mp_obj_t self_in, mp_obj_t path_in, path_op_t op) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    interpreter_string_t path = wasi_path(self, path_in);
    wasi_err_t e;
    bool ok = op(borrow_dir(self), &path, &e);
    if (!ok) {
        raise_wasi(e);
    }
    return mp_const_none;
}

static mp_obj_t vfs_wasi_mkdir(mp_obj_t self_in, mp_obj_t path_in) {
    return path_call(self_in, path_in, wasi_filesystem_types_method_descriptor_create_directory_at);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_mkdir_obj, vfs_wasi_mkdir);

static mp_obj_t vfs_wasi_remove(mp_obj_t self_in, mp_obj_t path_in) {
    return path_call(self_in, path_in, wasi_filesystem_types_method_descriptor_unlink_file_at);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_remove_obj, vfs_wasi_remove);

static mp_obj_t vfs_wasi_rmdir(mp_obj_t self_in, mp_obj_t path_in) {
    return path_call(self_in, path_in, wasi_filesystem_types_method_descriptor_remove_directory_at);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_rmdir_obj, vfs_wasi_rmdir);

static mp_obj_t vfs_wasi_rename(mp_obj_t self_in, mp_obj_t old_in, mp_obj_t new_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    interpreter_string_t old_path = wasi_path(self, old_in);
    interpreter_string_t new_path = wasi_path(self, new_in);
    wasi_err_t e;
    bool ok = wasi_filesystem_types_method_descriptor_rename_at(borrow_dir(self), &old_path, borrow_dir(self), &new_path, &e);
    if (!ok) {
        raise_wasi(e);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_wasi_rename_obj, vfs_wasi_rename);

static mp_obj_t vfs_wasi_chdir(mp_obj_t self_in, mp_obj_t path_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    interpreter_string_t path = wasi_path(self, path_in);
    wasi_filesystem_types_descriptor_stat_t st;
    wasi_err_t e;
    if (!stat_at(self, &path, &st, &e)) {
        raise_wasi(e);
    }
    if (st.type != WASI_FILESYSTEM_TYPES_DESCRIPTOR_TYPE_DIRECTORY) {
        mp_raise_OSError(MP_ENOTDIR);
    }
    vstr_reset(&self->cwd);
    if (!(path.len == 1 && path.ptr[0] == '.')) {
        vstr_add_strn(&self->cwd, (const char *)path.ptr, path.len);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_chdir_obj, vfs_wasi_chdir);

static mp_obj_t vfs_wasi_getcwd(mp_obj_t self_in) {
    vfs_wasi_t *self = MP_OBJ_TO_PTR(self_in);
    vstr_t v;
    vstr_init(&v, vstr_len(&self->cwd) + 1);
    vstr_add_char(&v, '/');
    vstr_add_strn(&v, vstr_str(&self->cwd), vstr_len(&self->cwd));
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_wasi_getcwd_obj, vfs_wasi_getcwd);

static mp_obj_t vfs_wasi_statvfs(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    (void)path_in;
    mp_obj_t t[10];
    for (size_t i = 0; i < 10; i++) {
        t[i] = MP_OBJ_NEW_SMALL_INT(0);
    }
    return mp_obj_new_tuple(10, t);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_wasi_statvfs_obj, vfs_wasi_statvfs);

static mp_obj_t vfs_wasi_mount(mp_obj_t self_in, mp_obj_t readonly, mp_obj_t mkfs) {
    (void)self_in;
    (void)readonly;
    (void)mkfs;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_wasi_mount_obj, vfs_wasi_mount);

static mp_obj_t vfs_wasi_umount(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_wasi_umount_obj, vfs_wasi_umount);

static mp_import_stat_t vfs_wasi_import_stat(void *self_in, const char *path_str) {
    vfs_wasi_t *self = self_in;
    interpreter_string_t path = wasi_path(self, mp_obj_new_str(path_str, strlen(path_str)));
    wasi_filesystem_types_descriptor_stat_t st;
    wasi_err_t e;
    bool ok = stat_at(self, &path, &st, &e);
    if (!ok) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    return st.type == WASI_FILESYSTEM_TYPES_DESCRIPTOR_TYPE_DIRECTORY ? MP_IMPORT_STAT_DIR : MP_IMPORT_STAT_FILE;
}

static const mp_rom_map_elem_t vfs_wasi_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_wasi_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_wasi_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&vfs_wasi_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&vfs_wasi_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&vfs_wasi_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&vfs_wasi_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&vfs_wasi_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&vfs_wasi_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&vfs_wasi_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&vfs_wasi_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&vfs_wasi_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&vfs_wasi_statvfs_obj) },
};
static MP_DEFINE_CONST_DICT(vfs_wasi_locals_dict, vfs_wasi_locals_dict_table);

static const mp_vfs_proto_t vfs_wasi_proto = {
    .import_stat = vfs_wasi_import_stat,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    vfs_wasi_type,
    MP_QSTR_VfsWasi,
    MP_TYPE_FLAG_NONE,
    protocol, &vfs_wasi_proto,
    locals_dict, &vfs_wasi_locals_dict
    );

// Mount point for a preopen's guest path (see mount_point.h).
static mp_obj_t mount_point(const interpreter_string_t *guest) {
    vstr_t v;
    vstr_init(&v, guest->len + 1);
    const uint8_t *p = guest->ptr;
    size_t n = guest->len;
    mount_point_trim(&p, &n);
    vstr_add_char(&v, '/');
    vstr_add_strn(&v, (const char *)p, n);
    return mp_obj_new_str_from_vstr(&v);
}

// ---- the root outside every grant ------------------------------------------
//
// Mounted at "/" after the grants, so it only sees paths no grant covers:
// they do not exist (ENOENT), and nothing can be created there (EACCES).
// Listing "/" shows only the grants' mount points.

static mp_obj_t denied_lookup(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_OSError(MP_ENOENT);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(denied_lookup_obj, 2, 3, denied_lookup);

static mp_obj_t denied_create(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_OSError(MP_EACCES);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(denied_create_obj, 2, 3, denied_create);

static mp_obj_t denied_open(mp_obj_t self_in, mp_obj_t path_in, mp_obj_t mode_in) {
    (void)self_in;
    (void)path_in;
    const char *mode = mp_obj_str_get_str(mode_in);
    mp_raise_OSError(strpbrk(mode, "wax+") != NULL ? MP_EACCES : MP_ENOENT);
}
static MP_DEFINE_CONST_FUN_OBJ_3(denied_open_obj, denied_open);

static mp_obj_t denied_ilistdir(mp_obj_t self_in, mp_obj_t path_in) {
    (void)self_in;
    const char *path = mp_obj_str_get_str(path_in);
    if (!(path[0] == '\0' || (path[0] == '/' && path[1] == '\0'))) {
        mp_raise_OSError(MP_ENOENT);
    }
    // vfs.c lists the mount points itself before delegating here.
    mp_obj_t entries = mp_obj_new_list(0, NULL);
    return mp_getiter(entries, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(denied_ilistdir_obj, denied_ilistdir);

static mp_obj_t denied_getcwd(mp_obj_t self_in) {
    (void)self_in;
    return MP_OBJ_NEW_QSTR(MP_QSTR__slash_);
}
static MP_DEFINE_CONST_FUN_OBJ_1(denied_getcwd_obj, denied_getcwd);

static mp_import_stat_t denied_import_stat(void *self, const char *path) {
    (void)self;
    (void)path;
    return MP_IMPORT_STAT_NO_EXIST;
}

static const mp_rom_map_elem_t denied_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_wasi_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_wasi_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&denied_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&denied_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&denied_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&denied_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&denied_create_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&denied_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&denied_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&denied_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&denied_lookup_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&vfs_wasi_statvfs_obj) },
};
static MP_DEFINE_CONST_DICT(denied_locals_dict, denied_locals_dict_table);

static const mp_vfs_proto_t denied_proto = {
    .import_stat = denied_import_stat,
};

static MP_DEFINE_CONST_OBJ_TYPE(
    vfs_denied_type,
    MP_QSTR_VfsDenied,
    MP_TYPE_FLAG_NONE,
    protocol, &denied_proto,
    locals_dict, &denied_locals_dict
    );

static void mount(mp_obj_t vfs, mp_obj_t point) {
    mp_obj_t args[2] = { vfs, point };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
}

typedef wasi_filesystem_preopens_list_tuple2_own_descriptor_string_t preopens_t;

// The first mount whose object has type `type` (and, unless NULL, whose
// VfsWasi is not in `gen`), or NULL.
static mp_vfs_mount_t *find_mount(const mp_obj_type_t *type, const uint32_t *stale_unless_gen) {
    for (mp_vfs_mount_t *m = MP_STATE_VM(vfs_mount_table); m != NULL; m = m->next) {
        if (mp_obj_get_type(m->obj) != type) {
            continue;
        }
        if (stale_unless_gen == NULL || ((vfs_wasi_t *)MP_OBJ_TO_PTR(m->obj))->gen != *stale_unless_gen) {
            return m;
        }
    }
    return NULL;
}

// Handle 0 is never a valid resource handle: it marks a preopen taken.
static void take_preopens(preopens_t *dirs) {
    // Mounts an image brought along keep their place, working directory
    // included, when this instance grants the same guest path.
    for (mp_vfs_mount_t *m = MP_STATE_VM(vfs_mount_table); m != NULL; m = m->next) {
        if (mp_obj_get_type(m->obj) != &vfs_wasi_type) {
            continue;
        }
        vfs_wasi_t *vfs = MP_OBJ_TO_PTR(m->obj);
        for (size_t i = 0; i < dirs->len && vfs->gen != port_generation; i++) {
            size_t len;
            const char *point = mp_obj_str_get_data(mount_point(&dirs->ptr[i].f1), &len);
            if (dirs->ptr[i].f0.__handle != 0 && len == m->len && memcmp(point, m->str, len) == 0) {
                vfs->dir = dirs->ptr[i].f0;
                vfs->gen = port_generation;
                dirs->ptr[i].f0.__handle = 0;
            }
        }
    }
    // The rest of the image's mounts name grants this instance lacks.
    mp_vfs_mount_t *stale;
    while ((stale = find_mount(&vfs_wasi_type, &port_generation)) != NULL) {
        mp_vfs_umount(stale->obj);
    }
    // The denied root must come after every grant in the table to see only
    // the paths none of them covers.
    mp_vfs_mount_t *root = find_mount(&vfs_denied_type, NULL);
    if (root != NULL) {
        mp_vfs_umount(root->obj);
    }
    for (size_t i = 0; i < dirs->len; i++) {
        if (dirs->ptr[i].f0.__handle == 0) {
            continue;
        }
        vfs_wasi_t *vfs = mp_obj_malloc(vfs_wasi_t, &vfs_wasi_type);
        vfs->dir = dirs->ptr[i].f0;
        vfs->gen = port_generation;
        vstr_init(&vfs->cwd, 16);
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mount(MP_OBJ_FROM_PTR(vfs), mount_point(&dirs->ptr[i].f1));
            dirs->ptr[i].f0.__handle = 0;
            nlr_pop();
        }
        // else two grants with the same guest path: the first one wins.
    }
    mount(root != NULL ? root->obj : MP_OBJ_FROM_PTR(mp_obj_malloc(mp_obj_base_t, &vfs_denied_type)),
        MP_OBJ_NEW_QSTR(MP_QSTR__slash_));
    // The working directory starts in the first granted directory, so that
    // relative paths and sibling imports work as in a shell; so does a
    // restored one whose grant is gone.
    mp_vfs_mount_t *cwd = MP_STATE_VM(vfs_cur);
    if (dirs->len > 0 && (cwd == NULL || cwd == MP_VFS_ROOT || mp_obj_get_type(cwd->obj) == &vfs_denied_type)) {
        mp_vfs_chdir(mount_point(&dirs->ptr[0].f1));
    }
}

void port_vfs_bind(void) {
    preopens_t dirs;
    wasi_filesystem_preopens_get_directories(&dirs);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        take_preopens(&dirs);
        nlr_pop();
    }
    for (size_t i = 0; i < dirs.len; i++) {
        if (dirs.ptr[i].f0.__handle != 0) {
            wasi_filesystem_types_descriptor_drop_own(dirs.ptr[i].f0);
        }
        interpreter_string_free(&dirs.ptr[i].f1);
    }
    free(dirs.ptr);
}
