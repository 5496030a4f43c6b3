# The re module (guest-micropython/modre.c on PCRE2) as a user C module of
# MicroPython's unix port, so that the native reference build
# (scripts/build-native.sh) runs the same re as the guest. The caller sets
# PCRE2_SRC (the tree fetch_pcre2_source extracts).
GUEST_DIR := $(abspath $(USERMOD_DIR)/../../..)
include $(GUEST_DIR)/pcre2/pcre2.mk
# The unix port builds with -Werror -Wextra; PCRE2 is not ours to fix.
PCRE2_CFLAGS_EXTRA = -Wno-error -Wno-sign-compare -Wno-unused-parameter -Wno-implicit-fallthrough
SRC_USERMOD_C += $(GUEST_DIR)/modre.c
PY_O += $(PCRE2_OBJ)
