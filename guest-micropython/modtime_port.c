// Port part of the `time` module (included by extmod/modtime.c).
// There is no timezone interface in the world: local time is UTC.

#include "py/obj.h"
#include "shared/timeutils/timeutils.h"

void port_sleep_seconds(mp_float_t seconds);

static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}

// A struct_time tuple (8 fields, as MicroPython's) for seconds since 1970.
static mp_obj_t port_struct_time(uint64_t seconds) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(seconds, &tm);
    mp_obj_t tuple[8] = {
        mp_obj_new_int(tm.tm_year),
        mp_obj_new_int(tm.tm_mon),
        mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour),
        mp_obj_new_int(tm.tm_min),
        mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday),
        mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, tuple);
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
