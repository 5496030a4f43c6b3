# The Python standard library frozen into the component: bytecode compiled at
# build time, kept in the module's data (shared by every sandbox) and run only
# when a program imports it. scripts/build-stdlib.sh stages the tree (modules
# written here in lib/, and CPython's and MicroPython's own modules adapted by
# patches/stdlib/); the Makefile passes its path as STDLIB.
freeze("$(STDLIB)")
