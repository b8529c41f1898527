# The C libraries' sources the releases build from, fetched by cargo from crates.io and checked
# against cmake/deps/Cargo.lock (sha256); no Rust is compiled (docs/release.md):
#   libsodium 1.0.22  the release tarball inside the crate libsodium-sys-stable 1.24.3
#   SQLite 3.54.1     the amalgamation inside the crate libsqlite3-sys 0.40.0
# Sourced by scripts/release-deps (static libraries per target) and scripts/release-bundle (the
# sdist's third_party/).

# dependency_sources ROOT: fetches the crates and sets
#   sodium_src  the unpacked libsodium-stable tree (under ROOT/build/release/deps-src)
#   sqlite_src  the folder with sqlite3.c, sqlite3.h and sqlite3ext.h
# each checked to be the version above.
dependency_sources() {
  local root="$1"
  local manifest="$root/cmake/deps/Cargo.toml"
  cargo fetch --locked --manifest-path "$manifest" >&2
  local metadata
  metadata="$(cargo metadata --locked --format-version 1 --manifest-path "$manifest")"
  crate_dir() {  # crate_dir NAME: the unpacked crate cargo fetched
    python3 -c 'import json, os, sys
name = sys.argv[1]
for p in json.load(sys.stdin)["packages"]:
    if p["name"] == name:
        print(os.path.dirname(p["manifest_path"]))' "$1" <<<"$metadata"
  }
  local sodium_crate sqlite_crate
  sodium_crate="$(crate_dir libsodium-sys-stable)"
  sqlite_crate="$(crate_dir libsqlite3-sys)"
  [ -n "$sodium_crate" ] && [ -n "$sqlite_crate" ] || { echo "release: cargo did not fetch the crates" >&2; return 1; }

  local src="$root/build/release/deps-src"
  sodium_src="$src/libsodium-stable"
  if [ ! -f "$sodium_src/build.zig" ]; then
    rm -rf "$sodium_src"
    mkdir -p "$src"
    tar xzf "$sodium_crate/LATEST.tar.gz" -C "$src"
    grep -q 'AC_INIT(\[libsodium\],\[1.0.22\]' "$sodium_src/configure.ac" ||
      { echo "release: the crate's tarball is not libsodium 1.0.22" >&2; return 1; }
    # SODIUM_STATIC: sodium.h then declares the API without visibility("default"), so the
    # library's functions stay hidden inside our binaries on every platform. (zig's Mach-O
    # linker has no -exported_symbols_list; visibility is what keeps them out of a .dylib.)
    sed -i 's|lib.root_module.addCMacro("CONFIGURED", "1");|&\n    lib.root_module.addCMacro("SODIUM_STATIC", "1");|' \
      "$sodium_src/build.zig"
    grep -q 'SODIUM_STATIC' "$sodium_src/build.zig" ||
      { echo "release: could not set SODIUM_STATIC in libsodium's build.zig" >&2; return 1; }
  fi
  sqlite_src="$sqlite_crate/sqlite3"
  grep -q '#define SQLITE_VERSION *"3.54.1"' "$sqlite_src/sqlite3.h" ||
    { echo "release: the crate's amalgamation is not SQLite 3.54.1" >&2; return 1; }
}
