# Format fixed Unix timestamps with time.strftime and time.gmtime; time a loop without printing it.
import time

FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y",
    "%A, %B %d, %Y",
    "%a %b %d %H:%M",
    "%j (day of year), week %U",
    "%I:%M %p",
    "%y%m%d-%H%M%S",
]


def describe(ts: int) -> None:
    t = time.gmtime(ts)
    print(f"timestamp {ts}:")
    print(f"  struct: year={t.tm_year} mon={t.tm_mon} mday={t.tm_mday} hour={t.tm_hour} "
          f"min={t.tm_min} sec={t.tm_sec} wday={t.tm_wday} yday={t.tm_yday}")
    for fmt in FORMATS:
        print(f"  {fmt:<28} -> {time.strftime(fmt, t)}")


def main() -> None:
    for ts in (0, 1_000_000_000, 1_700_000_000):
        describe(ts)
    start = time.perf_counter()
    total = sum(i * i for i in range(10000))
    elapsed = time.perf_counter() - start
    print("sum of squares:", total)
    print("elapsed is non-negative:", elapsed >= 0)
    seconds = 1_700_000_000 - 1_000_000_000
    days, rem = divmod(seconds, 86400)
    print(f"between the two timestamps: {days} days and {rem} seconds")
    print("iso-ish:", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_700_000_000)))
    print("tuple:", tuple(time.gmtime(86400 * 365))[:6])


if __name__ == "__main__":
    main()
