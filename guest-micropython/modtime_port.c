// Port part of the `time` module (included by extmod/modtime.c).
// There is no timezone interface in the world: local time is UTC.

#include <string.h>
#include <time.h>

#include "py/obj.h"
#include "py/builtin.h"
#include "shared/timeutils/timeutils.h"

void port_sleep_seconds(mp_float_t seconds);

static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}

// time.struct_time, as CPython's: a named tuple of 9 fields (tm_isdst is
// always 0: local time is UTC) whose repr names the module. The type is
// made once, on first use, and kept as a root (registered in hal.c: the
// root pointer scanner does not see this included file).

static mp_obj_t port_struct_time_type(void) {
    if (MP_STATE_VM(port_struct_time_type) == MP_OBJ_NULL) {
        static const qstr fields[9] = {
            MP_QSTR_tm_year, MP_QSTR_tm_mon, MP_QSTR_tm_mday, MP_QSTR_tm_hour, MP_QSTR_tm_min,
            MP_QSTR_tm_sec, MP_QSTR_tm_wday, MP_QSTR_tm_yday, MP_QSTR_tm_isdst,
        };
        mp_obj_t names[9];
        for (size_t i = 0; i < 9; i++) {
            names[i] = MP_OBJ_NEW_QSTR(fields[i]);
        }
        MP_STATE_VM(port_struct_time_type) = mp_call_function_2(MP_OBJ_FROM_PTR(&mp_namedtuple_obj),
            mp_obj_new_str("time.struct_time", 16), mp_obj_new_list(9, names));
    }
    return MP_STATE_VM(port_struct_time_type);
}

// CPython's tm_wday counts from Monday = 0 and tm_yday from 1, as
// timeutils' do.
static mp_obj_t port_struct_time(uint64_t seconds) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(seconds, &tm);
    mp_obj_t fields[9] = {
        mp_obj_new_int(tm.tm_year),
        mp_obj_new_int(tm.tm_mon),
        mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour),
        mp_obj_new_int(tm.tm_min),
        mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday),
        mp_obj_new_int(tm.tm_yday),
        MP_OBJ_NEW_SMALL_INT(0),
    };
    return mp_call_function_n_kw(port_struct_time_type(), 9, 0, fields);
}

static mp_obj_t mp_time_localtime_get(void) {
    return port_struct_time(mp_hal_time_ns() / 1000000000ull);
}

static void mp_time_sleep(mp_obj_t seconds) {
    port_sleep_seconds(mp_obj_get_float(seconds));
}

// gmtime/localtime/mktime, replacing extmod's: as in the unix port the
// seconds may be a float, and they are 64-bit (a 32-bit mp_int_t, as on
// wasm32, would stop at 2038).
// Local time is UTC here, so gmtime and localtime are one function.
static mp_obj_t port_time_gmtime(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        return mp_time_localtime_get();
    }
    mp_float_t seconds = mp_obj_get_float(args[0]);
    // 2**53: past it a double no longer counts whole seconds.
    if (!(seconds >= 0 && seconds < 9007199254740992.0)) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("timestamp out of range"));
    }
    return port_struct_time((uint64_t)seconds);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(port_time_gmtime_obj, 0, 1, port_time_gmtime);

static mp_obj_t port_time_mktime(mp_obj_t tuple) {
    size_t len;
    mp_obj_t *elem;
    mp_obj_get_array(tuple, &len, &elem);
    // localtime gives 8 fields, CPython's struct_time 9: accept both.
    if (len < 8 || len > 9) {
        mp_raise_TypeError(MP_ERROR_TEXT("mktime needs a tuple of length 8 or 9"));
    }
    uint64_t seconds = timeutils_mktime(mp_obj_get_int(elem[0]), mp_obj_get_int(elem[1]), mp_obj_get_int(elem[2]),
        mp_obj_get_int(elem[3]), mp_obj_get_int(elem[4]), mp_obj_get_int(elem[5]));
    return mp_obj_new_int_from_ull(seconds);
}
static MP_DEFINE_CONST_FUN_OBJ_1(port_time_mktime_obj, port_time_mktime);

// A C `struct tm` from a struct_time (or any 9-sequence), with CPython's
// range checks, for strftime and asctime.
static void port_tm_from(mp_obj_t t, struct tm *tm) {
    size_t len;
    mp_obj_t *f;
    // A struct_time is a tuple subclass: take its items through tuple().
    mp_obj_get_array(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), t), &len, &f);
    if (len != 9) {
        mp_raise_TypeError(MP_ERROR_TEXT("time tuple must have exactly 9 elements"));
    }
    memset(tm, 0, sizeof(*tm));
    mp_int_t year = mp_obj_get_int(f[0]);
    if (year < -99999 || year > 99999) {
        mp_raise_ValueError(MP_ERROR_TEXT("year out of range"));
    }
    tm->tm_year = (int)(year - 1900);
    tm->tm_mon = (int)mp_obj_get_int(f[1]) - 1;
    tm->tm_mday = (int)mp_obj_get_int(f[2]);
    tm->tm_hour = (int)mp_obj_get_int(f[3]);
    tm->tm_min = (int)mp_obj_get_int(f[4]);
    tm->tm_sec = (int)mp_obj_get_int(f[5]);
    // Python's Monday = 0 is C's 1; Python's yday counts from 1.
    tm->tm_wday = (int)((mp_obj_get_int(f[6]) + 1) % 7);
    tm->tm_yday = (int)mp_obj_get_int(f[7]) - 1;
    tm->tm_isdst = 0;
    if (tm->tm_mon < -1 || tm->tm_mon > 11) {
        mp_raise_ValueError(MP_ERROR_TEXT("month out of range"));
    }
    if (tm->tm_mon == -1) {
        tm->tm_mon = 0;
    }
    if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        mp_raise_ValueError(MP_ERROR_TEXT("day of month out of range"));
    }
    if (tm->tm_mday == 0) {
        tm->tm_mday = 1;
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        mp_raise_ValueError(MP_ERROR_TEXT("hour out of range"));
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        mp_raise_ValueError(MP_ERROR_TEXT("minute out of range"));
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        mp_raise_ValueError(MP_ERROR_TEXT("seconds out of range"));
    }
    if (tm->tm_yday < -1 || tm->tm_yday > 365) {
        mp_raise_ValueError(MP_ERROR_TEXT("day of year out of range"));
    }
    if (tm->tm_yday == -1) {
        tm->tm_yday = 0;
    }
}

static void port_tm_now_or(size_t n_args, const mp_obj_t *args, size_t i, struct tm *tm) {
    port_tm_from(n_args > i ? args[i] : mp_time_localtime_get(), tm);
}

// strftime(format[, t]): libc's strftime in the C locale, as CPython calls
// it; %Z is UTC and %z +0000, local time being UTC. The output buffer grows
// until the result fits, as CPython's loop does.
static mp_obj_t port_time_strftime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    port_tm_now_or(n_args, args, 1, &tm);
    size_t fmt_len;
    const char *fmt_in = mp_obj_str_get_data(args[0], &fmt_len);
    // %Z and %z from the C library would name no zone: substitute them.
    vstr_t fmt;
    vstr_init(&fmt, fmt_len + 8);
    for (size_t i = 0; i < fmt_len; i++) {
        if (fmt_in[i] == '%' && i + 1 < fmt_len) {
            char c = fmt_in[i + 1];
            if (c == 'Z') {
                vstr_add_str(&fmt, "UTC");
                i++;
                continue;
            } else if (c == 'z') {
                vstr_add_str(&fmt, "+0000");
                i++;
                continue;
            }
            vstr_add_byte(&fmt, '%');
            vstr_add_byte(&fmt, c);
            i++;
            continue;
        }
        vstr_add_byte(&fmt, fmt_in[i]);
    }
    if (fmt.len == 0) {
        vstr_clear(&fmt);
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    const char *cfmt = vstr_null_terminated_str(&fmt);
    // An empty result is ambiguous in C (no room, or nothing to write):
    // like CPython, retry with more room up to 256 bytes per format byte.
    for (size_t size = 256;; size *= 2) {
        vstr_t out;
        vstr_init_len(&out, size);
        size_t n = strftime(out.buf, size, cfmt, &tm);
        if (n > 0 || size > 256 * fmt.len) {
            out.len = n;
            vstr_clear(&fmt);
            return mp_obj_new_str_from_vstr(&out);
        }
        vstr_clear(&out);
    }
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(port_time_strftime_obj, 1, 2, port_time_strftime);

static mp_obj_t port_asctime_of(struct tm *tm) {
    char buf[64];
    strftime(buf, sizeof(buf), "%a %b %e %H:%M:%S %Y", tm);
    return mp_obj_new_str(buf, strlen(buf));
}

static mp_obj_t port_time_asctime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    port_tm_now_or(n_args, args, 0, &tm);
    return port_asctime_of(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(port_time_asctime_obj, 0, 1, port_time_asctime);

static mp_obj_t port_time_ctime(size_t n_args, const mp_obj_t *args) {
    struct tm tm;
    port_tm_from(port_time_gmtime(n_args, args), &tm);
    return port_asctime_of(&tm);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(port_time_ctime_obj, 0, 1, port_time_ctime);

// perf_counter, monotonic and process_time: the WASI monotonic clock (the
// sandbox has no CPU-time clock; monotonic time is the closest honest one).
uint64_t port_monotonic_ns(void);

static mp_obj_t port_time_monotonic(void) {
    return mp_obj_new_float((mp_float_t)port_monotonic_ns() / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(port_time_monotonic_obj, port_time_monotonic);

static mp_obj_t port_time_monotonic_ns(void) {
    return mp_obj_new_int_from_ull(port_monotonic_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(port_time_monotonic_ns_obj, port_time_monotonic_ns);

static const mp_rom_obj_tuple_t port_time_tzname = {
    {&mp_type_tuple}, 2, { MP_ROM_QSTR(MP_QSTR_UTC), MP_ROM_QSTR(MP_QSTR_UTC) }
};
