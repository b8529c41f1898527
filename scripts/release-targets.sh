# The release targets (docs/release.md) and the zig target each is built for; sourced by
# scripts/release-natives, scripts/release-deps and scripts/release-wheels.
# Linux: glibc 2.17, the manylinux2014 floor. macOS: 11.0, the first with arm64.
# Windows: x86_64 with mingw-w64's UCRT (in Windows 10 and later).
RELEASE_TARGETS=(linux-x86_64 linux-aarch64 windows-x86_64 osx-x86_64 osx-aarch64)

# zig_target TARGET: prints the zig target triple of a release target, or fails with the list.
zig_target() {
  case "$1" in
    linux-x86_64) echo x86_64-linux-gnu.2.17 ;;
    linux-aarch64) echo aarch64-linux-gnu.2.17 ;;
    windows-x86_64) echo x86_64-windows-gnu ;;
    osx-x86_64) echo x86_64-macos.11.0 ;;
    osx-aarch64) echo aarch64-macos.11.0 ;;
    *) echo "unknown target '$1' (targets: ${RELEASE_TARGETS[*]})" >&2; return 2 ;;
  esac
}

# zig_ccache ROOT TOOLS: exports the ccache settings of the zig builds. By default ccache knows a
# compiler by its file's time and size; the zig wrappers (scripts/release-toolchain) are written
# anew in every checkout, so a fresh clone would miss every object. The compiler is the zig of
# the pinned wheel, so its version names it. Only for zig: unset CCACHE_COMPILERCHECK before
# compiling with anything else.
zig_ccache() {
  export CCACHE_BASEDIR="$1" CCACHE_NOHASHDIR=1 CCACHE_COMPILERCHECK="string:zig $("$2/zig" version)"
}
