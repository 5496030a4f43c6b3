# subprocess: refused in the sandbox. Written for mpsandbox: importing it
# raises ImportError saying why, instead of CPython's module (which starts
# programs: the sandbox runs exactly one, this one).
raise ImportError("subprocess is not available in the mpsandbox sandbox: "
                  "programs cannot start other processes; do the work in Python")
