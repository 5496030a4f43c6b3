"""A bounded load on the HTTP replicas behind HAProxy (tests/http/replicas.sh):
8 threads send 600 programs in all (each checks its own answer), one replica
is killed when a third have been answered, and the report says how the
requests spread and how many failed. Also: limits asked for per request.

  load.py BALANCER_URL PID_TO_KILL
"""

import http.client
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from urllib.parse import urlparse

URL = urlparse(sys.argv[1])
VICTIM = int(sys.argv[2])
TOTAL, THREADS, DEADLINE = 600, 8, time.monotonic() + 120


def post(code, headers=None):
    conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
    try:
        conn.request("POST", "/run", json.dumps({"code": code}),
                     {"content-type": "application/json", **(headers or {})})
        r = conn.getresponse()
        return r.status, r.getheader("x-served-by"), json.loads(r.read())
    finally:
        conn.close()


lock = threading.Lock()
served, failures, done, killed_at = Counter(), [], [0], [None]


def worker(first):
    for i in range(first, TOTAL, THREADS):
        if time.monotonic() > DEADLINE:
            return
        try:
            status, by, body = post(f"print({i} * {i})")
            ok = status == 200 and body["stdout"] == f"{i * i}\n"
        except Exception as e:  # a connection the kill cut
            ok, by, body = False, None, repr(e)
        with lock:
            done[0] += 1
            if ok:
                served[by] += 1
            else:
                failures.append(str(body)[:200])
            if done[0] == TOTAL // 3 and killed_at[0] is None:
                os.kill(VICTIM, signal.SIGKILL)
                killed_at[0] = done[0]


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

status, _, body = post("while True:\n    pass", {"x-mpsandbox-timeout-ms": "300"})
limit = body["error"]["limit"] if status == 200 and body["error"] else None
print(json.dumps({"answered": done[0], "served_by": dict(served), "failures": len(failures),
                  "failure_samples": failures[:3], "in_flight_at_kill": THREADS, "killed_after": killed_at[0],
                  "limit_per_request": limit}))
