# threading: the sandbox runs one thread. Written for mpsandbox; follows
# CPython 3.11 for what a single-threaded program can use: Lock, RLock,
# Condition, Semaphore, BoundedSemaphore, Event, local, current_thread,
# main_thread, get_ident, active_count, enumerate, and Thread objects.
# Starting a thread (Thread.start, Timer.start) raises RuntimeError: running
# the target inline instead would silently change the program (a worker
# waiting for another would deadlock, a background loop would never return).
# A wait that only another thread could end (acquiring a held lock, waiting
# on an unset event, without a timeout) raises RuntimeError instead of
# hanging forever; with a timeout it sleeps that long and fails, as in
# CPython. Leaves out Barrier, settrace/setprofile and excepthook.

import time as _time

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_NO_THREADS = ("the mpsandbox sandbox has no threads; use asyncio for concurrency")


def _deadlock(what):
    raise RuntimeError("%s would wait forever: %s" % (what, _NO_THREADS))


def _wait_out(blocking, timeout, what):
    # Nothing can release what is held: fail as CPython would, after the
    # timeout, or at once when not blocking.
    if not blocking:
        return False
    if timeout is not None and timeout >= 0:
        _time.sleep(timeout)
        return False
    _deadlock(what)


def get_ident():
    return 1


def get_native_id():
    return 1


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        return _wait_out(blocking, timeout, "acquiring a held Lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))

    # CPython's old names.
    acquire_lock = acquire
    release_lock = release
    locked_lock = locked


allocate_lock = Lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", 1 if self._count else 0,
            self._count, id(self))


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        return _wait_out(True, timeout, "Condition.wait()")

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        return _wait_out(blocking, timeout, "acquiring a Semaphore at zero")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _wait_out(True, timeout, "Event.wait() on an unset event")


class local:
    pass


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._name = name
        self._daemonic = bool(daemon) if daemon is not None else False
        self._ident = None
        self._started = False

    def start(self):
        raise RuntimeError("can't start new thread: " + _NO_THREADS)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return self._started

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self._daemonic = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = name

    def __repr__(self):
        status = "started" if self._started else "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()

    def __repr__(self):
        return "<_MainThread(MainThread, started %s)>" % self._ident


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]
