# PCRE2, the engine of the `re` module (modre.c), compiled into the image.
# Included by guest-micropython/Makefile (and by a unix-port user C module
# for native testing). The including Makefile sets PCRE2_SRC (the tree that
# scripts/lib/toolchain.sh's fetch_pcre2_source extracts; it also makes
# src/pcre2.h and src/pcre2_chartables.c there), BUILD, CC and CFLAGS, and
# links $(PCRE2_OBJ).
#
# The 8-bit library with Unicode support and no JIT: the files PCRE2's
# NON-AUTOTOOLS-BUILD lists, less those the module never reaches
# (pcre2_convert, pcre2_dfa_match, pcre2_jit_*, pcre2_maketables,
# pcre2_serialize, pcre2_substitute, pcre2_substring, pcre2_config,
# pcre2_pattern_info).

PCRE2_SRC ?= build/src/pcre2
PCRE2_GLUE := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))

PCRE2_SRC_C = \
	pcre2_auto_possess.c \
	pcre2_chartables.c \
	pcre2_chkdint.c \
	pcre2_compile.c \
	pcre2_compile_class.c \
	pcre2_context.c \
	pcre2_error.c \
	pcre2_extuni.c \
	pcre2_find_bracket.c \
	pcre2_match.c \
	pcre2_match_data.c \
	pcre2_newline.c \
	pcre2_ord2utf.c \
	pcre2_script_run.c \
	pcre2_string_utils.c \
	pcre2_study.c \
	pcre2_tables.c \
	pcre2_ucd.c \
	pcre2_valid_utf.c \
	pcre2_xclass.c \

PCRE2_OBJ = $(addprefix $(BUILD)/pcre2/, $(PCRE2_SRC_C:.c=.o))

# The glue directory first, so that PCRE2's `#include "config.h"` finds
# ours; the source path is mapped out of the objects, as the guest's are.
PCRE2_CFLAGS = -I$(PCRE2_GLUE) -I$(PCRE2_SRC)/src -DHAVE_CONFIG_H -DPCRE2_CODE_UNIT_WIDTH=8 \
	-ffile-prefix-map=$(abspath $(PCRE2_SRC))=pcre2
PCRE2_CFLAGS_EXTRA ?=

# modre.c includes pcre2.h (it defines PCRE2_CODE_UNIT_WIDTH itself).
CFLAGS += -I$(PCRE2_SRC)/src

$(BUILD)/pcre2/%.o: $(PCRE2_SRC)/src/%.c $(PCRE2_GLUE)/config.h
	$(ECHO) "CC $<"
	$(Q)$(MKDIR) -p $(dir $@)
	$(Q)$(CC) $(PCRE2_CFLAGS) $(CFLAGS) $(PCRE2_CFLAGS_EXTRA) -c -o $@ $<
