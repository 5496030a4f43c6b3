# ctypes: refused in the sandbox. Written for mpsandbox: importing it raises
# ImportError saying why (there is no native code to load or call).
raise ImportError("ctypes is not available in the mpsandbox sandbox: there are no "
                  "native libraries to load or call")
