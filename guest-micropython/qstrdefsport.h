// qstrs the port uses that the scanner cannot see in MP_QSTR_ form.
// *FORMAT-OFF*
Q(/lib)
// modtime_port.c is included by extmod/modtime.c through `-I.`, so the
// scanner files its qstrs under a hidden name that the collector skips.
Q(UTC)
Q(tm_year)
Q(tm_mon)
Q(tm_mday)
Q(tm_hour)
Q(tm_min)
Q(tm_sec)
Q(tm_wday)
Q(tm_yday)
Q(tm_isdst)
