# _strftime: the C library's strftime in the C locale, in Python, for
# datetime's strftime/__format__ (the role time.strftime plays in CPython).
# Written for mpsandbox; its output is what CPython 3.11 on glibc prints in
# the C locale: English names, `%c` = `%a %b %e %H:%M:%S %Y`, the GNU
# conversions (%e %k %l %P %s %C %G %g %V %u %D %F %T %R %r %h %n %t) and
# flags (`-` no padding, `_` spaces, `0` zeros, `^` upper case, `#` swap
# case, a width; the E/O modifiers change nothing in the C locale, but
# glibc refuses them on some conversions); an unknown conversion is copied
# as is.
# Local time is UTC (%s counts from the epoch in UTC). %z and %Z reach here
# only with flags (datetime substitutes the plain ones) and are then empty,
# as glibc leaves them for a datetime's time tuple.

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
# Composite conversions, expanded before flags apply.
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "x": "%m/%d/%y",
              "F": "%Y-%m-%d", "T": "%H:%M:%S", "X": "%H:%M:%S", "R": "%H:%M",
              "r": "%I:%M:%S %p"}

# Conversions that refuse any modifier, E, or O (they are then copied).
_NO_MOD = "aADF"
_NO_E = "bBhdeHIkljMmSUVWwGg"
_NO_O = "cxXY"


def _iso(year, yday, wday):
    # ISO 8601 year and week from a 0-based yday and a Monday=0 wday, as
    # glibc's iso_week_days.
    def week1_start(y, yd):
        # Days from the start of week 1 of year y to day yd of y.
        return yd - (yd - wday + 3) % 7 + 3
    days = week1_start(year, yday)
    if days < 0:
        year -= 1
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        days = week1_start(year, yday + 365 + leap)
    else:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        d = week1_start(year, yday - 365 - leap)
        if d >= 0:
            year += 1
            days = d
    return year, days // 7 + 1


def _number(spec, tt):
    # (value, default width, default pad) of a numeric conversion; width 0
    # means not padded (glibc's "yearish" fields).
    y, mon, d, hh, mm, ss, wday, yday = tt[:8]
    yday -= 1
    if spec == "d": return d, 2, "0"
    if spec == "e": return d, 2, " "
    if spec == "m": return mon, 2, "0"
    if spec == "H": return hh, 2, "0"
    if spec == "k": return hh, 2, " "
    if spec == "I": return (hh % 12 or 12), 2, "0"
    if spec == "l": return (hh % 12 or 12), 2, " "
    if spec == "M": return mm, 2, "0"
    if spec == "S": return ss, 2, "0"
    if spec == "j": return yday + 1, 3, "0"
    if spec == "y": return y % 100, 2, "0"
    if spec == "Y": return y, 0, "0"
    if spec == "C": return y // 100, 0, "0"
    if spec == "u": return wday + 1, 1, "0"
    if spec == "w": return (wday + 1) % 7, 1, "0"
    if spec == "U": return (yday + 7 - (wday + 1) % 7) // 7, 2, "0"
    if spec == "W": return (yday + 7 - wday) // 7, 2, "0"
    if spec in "GgV":
        iy, week = _iso(y, yday, wday)
        if spec == "G": return iy, 0, "0"
        if spec == "g": return iy % 100, 2, "0"
        return week, 2, "0"
    if spec == "s":
        from datetime import date
        days = date(y, mon, d).toordinal() - 719163
        return days * 86400 + hh * 3600 + mm * 60 + ss, 0, " "
    return None


def _text(spec, tt):
    # A text conversion, or None.
    if spec == "a": return _DAYS[tt[6]][:3]
    if spec == "A": return _DAYS[tt[6]]
    if spec in "bh": return _MONTHS[tt[1] - 1][:3]
    if spec == "B": return _MONTHS[tt[1] - 1]
    if spec == "p": return "PM" if tt[3] >= 12 else "AM"
    if spec == "P": return "pm" if tt[3] >= 12 else "am"
    if spec == "n": return "\n"
    if spec == "t": return "\t"
    if spec == "%": return "%"
    if spec in "zZ": return ""
    if spec in _COMPOSITE: return strftime(_COMPOSITE[spec], tt)
    return None


def _parse(fmt):
    # The format as literal strings and conversions:
    # (spec, pad, case, width, refused, source text).
    items = []
    i, n = 0, len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            items.append(fmt[i:])
            break
        if j > i:
            items.append(fmt[i:j])
        # %[flags][width][E|O]conversion; of the padding flags the last wins.
        k = j + 1
        pad = case = ""
        while k < n and fmt[k] in "-_0^#":
            if fmt[k] in "^#":
                case += fmt[k]
            else:
                pad = fmt[k]
            k += 1
        w = k
        while k < n and fmt[k].isdigit():
            k += 1
        width = int(fmt[w:k]) if k > w else 0
        mod = ""
        if k < n and fmt[k] in "EO":
            mod = fmt[k]
            k += 1
        if k >= n:
            items.append(fmt[j:])
            break
        spec = fmt[k]
        i = k + 1
        refused = mod and (spec in _NO_MOD or spec in (_NO_E if mod == "E" else _NO_O))
        items.append((spec, pad, case, width, refused, fmt[j:i]))
    return items


def _convert(item, tt):
    spec, pad, case, width, refused, source = item
    num = None if refused else _number(spec, tt)
    if num is not None:
        value, dwidth, dpad = num
        # A number fills its default width unless `-` (then only an
        # explicit width, with spaces).
        if pad != "-":
            width = max(width, dwidth)
        fill = "0" if pad == "0" else " " if pad else dpad
        s = str(abs(value))
        sign = "-" if value < 0 else ""
        if fill == "0":
            return sign + s.rjust(width - len(sign), "0")
        return (sign + s).rjust(width)
    s = None if refused else _text(spec, tt)
    if s is None:
        s = source  # not a conversion: copied, padded all the same
    elif spec == "P":
        pass
    elif "#" in case and spec in "pZ":
        s = s.lower()
    elif "^" in case or "#" in case and spec in "aAbBh":
        s = s.upper()
    return s.rjust(width, "0" if pad == "0" else " ")


_formats = {}  # parsed formats, as programs reuse a few


def strftime(fmt, tt):
    items = _formats.get(fmt)
    if items is None:
        if len(_formats) >= 64:
            _formats.clear()
        items = _formats[fmt] = _parse(fmt)
    return "".join([item if type(item) is str else _convert(item, tt) for item in items])
