# Sourced by scripts/release-jar and scripts/release-nuget: their common options.
#   --require-all   every one of the five targets must be in the natives folder (scripts/release all)
#   --natives DIR   the natives folder (default build/release/natives, from scripts/release natives)
#   --host          this machine's own build instead: build/swig (built here, as the test command
#                   does) staged into build/release/host-natives; for development and smoke runs
#   --smoke         build and check the package, but run no test suite against it (the test
#                   command's quick run; examples still run)
# Sets: root, natives, require_all ("--require-all" or empty), smoke (1 or empty).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
natives="$root/build/release/natives"
require_all=""
host=""
smoke=""
while (($#)); do
  case "$1" in
    --require-all) require_all="--require-all" ;;
    --natives) natives="$(realpath "${2:?--natives needs a folder}")"; shift ;;
    --host) host=1 ;;
    --smoke) smoke=1 ;;
    *) echo "$(basename "$0"): unknown option '$1' (options: --require-all, --natives DIR, --host, --smoke)" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$host" ]; then
  [ -z "$require_all" ] || { echo "$(basename "$0"): --host builds one target; --require-all needs five" >&2; exit 2; }
  # The configuration of bindings/java/pom.xml and scripts/test-csharp, so all share one build.
  cmake -S "$root" -B "$root/build/swig" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPP_BUILD_TESTS=OFF \
    -DPP_BUILD_CLI=OFF -DPP_BUILD_SWIG=ON --log-level=WARNING >/dev/null
  cmake --build "$root/build/swig" --target perspectief_jni perspectief_csharp -j "${PP_JOBS:-2}" >/dev/null
  natives="$root/build/release/host-natives"
  python3 "$root/scripts/natives_layout.py" stage-host "$root/build/swig" "$natives"
fi
