# zoneinfo: IANA time zones for datetime. Written for mpsandbox; behaviour
# follows CPython 3.11's zoneinfo where a zone exists.
# The sandbox has no time-zone database (TZPATH is empty and there is no
# tzdata package), so the zones are the ones that need no data: UTC and its
# aliases (UTC, Etc/UTC, GMT, Zulu, ...) and the fixed offsets Etc/GMT-14 ..
# Etc/GMT+12 (POSIX sign: Etc/GMT+5 is UTC-05:00, named "-05"). Any other
# key raises ZoneInfoNotFoundError saying so. ZoneInfo objects are cached
# per key as CPython's are (no_cache, clear_cache); keys are validated as
# CPython validates them.
# Leaves out: from_file (there are no TZif files to read) and pickling by key.

from datetime import tzinfo, timedelta

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

TZPATH = ()

# Keys of UTC in the IANA database, with the abbreviation each one gives.
_UTC_KEYS = {
    "UTC": "UTC", "Etc/UTC": "UTC", "UCT": "UTC", "Etc/UCT": "UTC",
    "Universal": "UTC", "Etc/Universal": "UTC", "Zulu": "UTC", "Etc/Zulu": "UTC",
    "GMT": "GMT", "Etc/GMT": "GMT", "GMT0": "GMT", "Etc/GMT0": "GMT",
    "GMT+0": "GMT", "Etc/GMT+0": "GMT", "GMT-0": "GMT", "Etc/GMT-0": "GMT",
    "Greenwich": "GMT", "Etc/Greenwich": "GMT",
}


class ZoneInfoNotFoundError(KeyError):
    pass


try:
    _RuntimeWarning = RuntimeWarning
except NameError:  # MicroPython has no warning categories
    _RuntimeWarning = Exception


class InvalidTZPathWarning(_RuntimeWarning):
    pass


def _fixed_zone(key):
    # (offset, abbreviation) of a key with no transitions, or None.
    if key in _UTC_KEYS:
        return timedelta(0), _UTC_KEYS[key]
    if key.startswith("Etc/GMT") and len(key) > 8 and key[7] in "+-" and key[8:].isdigit():
        hours = int(key[8:])
        if key[8] != "0" and (hours <= 12 if key[7] == "+" else hours <= 14):
            # POSIX signs: Etc/GMT+5 is five hours behind UTC.
            sign = "-" if key[7] == "+" else "+"
            return timedelta(hours=-hours if sign == "-" else hours), "%s%02d" % (sign, hours)
    return None


def _validate_key(key):
    # What CPython's _tzpath checks before looking a key up.
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(key).__name__)
    if key.startswith("/"):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    parts = key.split("/")
    if "" in parts or "." in parts:
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if ".." in parts:
        # A leading run of ".." survives normalization but leaves TZPATH.
        n = 0
        while parts[n] == "..":
            n += 1
        if ".." in parts[n:]:
            raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


class ZoneInfo(tzinfo):
    _cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls.no_cache(key)
            cls._cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        _validate_key(key)
        fixed = _fixed_zone(key)
        if fixed is None:
            raise ZoneInfoNotFoundError(
                "No time zone found with key %s (the sandbox has no time-zone "
                "database: only UTC and the fixed Etc/GMT+N/-N zones exist)" % key)
        self = object.__new__(cls)
        self._key = key
        self._offset, self._name = fixed
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise ValueError("the sandbox reads no TZif files")

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        self._check(dt)
        return self._offset

    def dst(self, dt):
        self._check(dt)
        return timedelta(0)

    def tzname(self, dt):
        self._check(dt)
        return self._name

    def fromutc(self, dt):
        from datetime import datetime
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    @staticmethod
    def _check(dt):
        # CPython looks the datetime up (dt.toordinal()) unless it is None.
        if dt is not None:
            dt.toordinal()

    def __str__(self):
        return self._key

    def __repr__(self):
        return "%s.%s(key=%r)" % (type(self).__module__, type(self).__name__, self._key)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key,))

    @classmethod
    def _unpickle(cls, key):
        return cls(key)


def available_timezones():
    keys = set(_UTC_KEYS)
    keys.update("Etc/GMT+%d" % h for h in range(1, 13))
    keys.update("Etc/GMT-%d" % h for h in range(1, 15))
    return keys


def reset_tzpath(to=None):
    # The sandbox has no directory of zone files: any path list stays empty
    # of zones, but a bad argument is refused as CPython refuses it.
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
        for p in to:
            if not p.startswith("/"):
                raise ValueError("Relative paths are not allowed in TZPATH: %r" % (p,))
        TZPATH = tuple(to)
    else:
        TZPATH = ()
    ZoneInfo.clear_cache()
