#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every lit test,
# and ends with the line "N passed, N failed".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KT_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
# The reference module's boot test needs the kernel, its headers and QEMU;
# where they cannot be installed, lit reports that test UNSUPPORTED.
"$root/scripts/deps.sh" module ||
  echo "run-tests.sh: the module group is not installable; its boot test will be skipped" >&2

# The real-driver corpus test (test/corpus/) needs linux-source-6.1 and the
# tools to configure and build part of it; without them it is UNSUPPORTED.
"$root/scripts/deps.sh" corpus ||
  echo "run-tests.sh: the corpus group is not installable; the real-driver test will be skipped" >&2

# Test tools from npm (exact versions in the lock file), installed beside the
# build: the SARIF 2.1.0 schema with a validator, and a YAML reader.
validator="$build/sarif-validator"
validator_src="$root/test/tools/sarif-validator"
if [[ ! -d "$validator/node_modules" ]] ||
   ! cmp -s "$validator_src/package-lock.json" "$validator/package-lock.json"; then
  command -v npm >/dev/null || "$root/scripts/deps.sh" sarif
  rm -rf "$validator" && mkdir -p "$validator"
  cp "$validator_src/package.json" "$validator_src/package-lock.json" "$validator/"
  (cd "$validator" && npm ci --ignore-scripts --no-audit --no-fund >&2)
fi
cp "$validator_src"/*.js "$validator/"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv --order=lexical "$build/test" "$@" 2>&1 | tee "$log"
set -e

count() { sed -n -E "s/^ *$1 *: *([0-9]+).*/\1/p" "$log" | tail -n 1; }
passed=$(( $(count Passed || true) + 0 ))
xfailed=$(( $(count 'Expectedly Failed' || true) + 0 ))
failed=$(( $(count Failed || true) + $(count 'Unexpectedly Passed' || true) + $(count Unresolved || true) + $(count 'Timed Out' || true) + 0 ))
skipped=$(( $(count Unsupported || true) + 0 ))
passed=$(( passed + xfailed ))
if (( passed + failed == 0 )); then
  echo "run-tests.sh: lit ran no test" >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
(( failed == 0 ))
