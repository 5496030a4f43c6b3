# multiprocessing: refused in the sandbox. Written for mpsandbox: importing
# it raises ImportError saying why and what to use instead.
raise ImportError("multiprocessing is not available in the mpsandbox sandbox: there is "
                  "one process and no threads; use asyncio for concurrency")
