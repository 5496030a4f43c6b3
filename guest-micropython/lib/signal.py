# signal: refused in the sandbox. Written for mpsandbox: importing it raises
# ImportError saying why (no signals are ever delivered to the program, and
# there are no timers or processes to signal).
raise ImportError("signal is not available in the mpsandbox sandbox: no signals are "
                  "delivered to the program; use asyncio.timeout() or "
                  "asyncio.wait_for() for time limits")
