# asyncio.futures: CPython's asyncio.Future on MicroPython's asyncio loop.
# Written for mpsandbox; behaviour follows CPython 3.11 (states, result and
# exception rules, InvalidStateError/CancelledError, done callbacks run
# soon after completion in the order added, awaiting tasks woken in turn).
# Leaves out contexts (the context= arguments are accepted and unused).

from . import core

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._cancel_message = None
        # Done callbacks and awaiting tasks, in the order they came.
        self._callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return "<Future finished exception=%r>" % (self._exception,)
            return "<Future finished result=%r>" % (self._result,)
        return "<Future %s>" % self._state.lower()

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            if isinstance(cb, core.Task):
                core._task_queue.push(cb)
            else:
                core._call_soon(cb, self)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _cancelled_error(self):
        if self._cancel_message is None:
            return core.CancelledError()
        return core.CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise core.InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise core.InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            core._call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def set_result(self, result):
        if self._state != _PENDING:
            raise core.InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise core.InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def get_loop(self):
        return core.Loop

    # A task cancelled while it awaits this future: CPython cancels the
    # future too (MicroPython's Task.cancel calls remove() on what the task
    # waits on).
    def remove(self, task):
        self._callbacks = [f for f in self._callbacks if f is not task]
        self.cancel()

    def __iter__(self):
        if self._state == _PENDING:
            self._callbacks.append(core.cur_task)
            core.cur_task.data = self
            yield self
        return self.result()

    __await__ = __iter__


def isfuture(obj):
    return isinstance(obj, Future)
