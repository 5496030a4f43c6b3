# socket: refused in the sandbox. Written for mpsandbox: importing it raises
# ImportError saying why and what to use instead (the sandbox has no network
# access of its own; the host may grant HTTP through host.fetch).
raise ImportError("socket is not available in the mpsandbox sandbox: there is no "
                  "network access; HTTP requests go through host.fetch(url, ...) "
                  "when the host grants them")
