#!/usr/bin/env bash
# The whole test suite, for each LLVM major kernel-tidy builds for
# (docs/llvm-versions.md): installs what is missing, builds, runs every lit
# test for 19 in build/, then builds the plugin again with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-sanitize/ and runs the suite there
# (KT_SANITIZE=0 skips that), then builds 16 and 15 into build-llvm16/ and
# build-llvm15/ and runs the suite there without the long corpus tests.
# KT_LLVM_MAJORS (default "19 16 15") chooses the majors. A build that fails
# counts as one failure. Ends with one line "N passed, N failed, N skipped"
# for all runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
majors=${KT_LLVM_MAJORS:-19 16 15}
for major in $majors; do
  case $major in
    15|16|19) ;;
    *) echo "run-tests.sh: KT_LLVM_MAJORS: no LLVM $major (15, 16 or 19)" >&2; exit 2 ;;
  esac
done
build=${KT_BUILD_DIR:-$root/build}
# The reference module's boot test needs the kernel, its headers and QEMU;
# where they cannot be installed, lit reports that test UNSUPPORTED.
"$root/scripts/deps.sh" module ||
  echo "run-tests.sh: the module group is not installable; its boot test will be skipped" >&2
# GCC's own testsuite for the robustness sample (test/robustness).
"$root/scripts/deps.sh" robustness ||
  echo "run-tests.sh: the robustness group is not installable; the GCC testsuite sample will be skipped" >&2

# The real-driver corpus test (test/corpus/) needs linux-source-6.1 and the
# tools to configure and build part of it; without them it is UNSUPPORTED.
"$root/scripts/deps.sh" corpus ||
  echo "run-tests.sh: the corpus group is not installable; the real-driver test will be skipped" >&2
# The DKMS corpus (test/dkms-corpus/): Debian's -dkms module sources,
# installed without dkms building them.
"$root/scripts/deps.sh" dkms ||
  echo "run-tests.sh: the dkms group is not installable; the DKMS corpus test will be skipped" >&2

# The editors of test/tools/editor-*.test (bookworm's Neovim, Emacs with
# eglot), and a clang-tidy of another LLVM major for the plugin's version
# guard (test/plugin/foreign-host.test).
"$root/scripts/deps.sh" editors foreign ||
  echo "run-tests.sh: the editors or foreign groups are not installable; their tests will be skipped" >&2

# Test tools from npm (exact versions in the lock file), installed beside a
# build: the SARIF 2.1.0 schema with a validator, and a YAML reader.
install_validator() {
  local validator="$1/sarif-validator"
  local validator_src="$root/test/tools/sarif-validator"
  if [[ ! -d "$validator/node_modules" ]] ||
     ! cmp -s "$validator_src/package-lock.json" "$validator/package-lock.json"; then
    command -v npm >/dev/null || "$root/scripts/deps.sh" sarif
    rm -rf "$validator" && mkdir -p "$validator"
    cp "$validator_src/package.json" "$validator_src/package-lock.json" "$validator/"
    (cd "$validator" && npm ci --ignore-scripts --no-audit --no-fund >&2)
  fi
  cp "$validator_src"/*.js "$validator/"
}

lit() {
  python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv --order=lexical "$@" 2>&1
}
logs=()
trap 'rm -f "${logs[@]}"' EXIT
# run_lit NAME LIT-ARGS...: one lit run, its output kept for the count.
run_lit() {
  local log
  log=$(mktemp)
  logs+=("$log")
  echo "run-tests.sh: $1" >&2
  shift
  set +e
  lit "$@" | tee "$log"
  set -e
}
build_failed=0
lit_args=("$@")
# tested_build WHAT DIR FILTER-OUT BUILD-COMMAND...: builds DIR with
# BUILD-COMMAND, then runs DIR's lit suite (without the tests FILTER-OUT
# matches); a build that fails counts as one failure and the runs go on.
tested_build() {
  local what=$1 dir=$2 filter_out=$3
  shift 3
  if "$@"; then
    install_validator "$dir"
    run_lit "the lit suite for $what" "$dir/test" ${filter_out:+--filter-out "$filter_out"} \
      ${lit_args[@]+"${lit_args[@]}"}
  else
    echo "run-tests.sh: the build for $what failed" >&2
    build_failed=$(( build_failed + 1 ))
  fi
}
build_major() {  # MAJOR DIR
  "$root/scripts/deps.sh" "llvm$1" && KERNEL_TIDY_LLVM=$1 KT_BUILD_DIR=$2 "$root/scripts/build.sh"
}
# The plugin (not the standalone tools, which link the same checks),
# sanitized, for the uninstrumented clang-tidy with the ASan runtime
# preloaded (test/lit.cfg.py).
build_sanitized() {  # DIR
  "$root/scripts/deps.sh" sanitize &&
    KT_BUILD_DIR=$1 "$root/scripts/build.sh" -DKERNEL_TIDY_SANITIZE=ON -DKERNEL_TIDY_BUILD_TOOLS=OFF
}

# The long tests (docs/building.md) run for 19 only: with them, three majors
# would not fit CI's 90 minutes on 2 cores.
long_tests='module/boot\.test|corpus/(real|wide)-drivers\.test|dkms-corpus/|robustness/gcc-testsuite\.test'

for major in $majors; do
  if [[ $major != 19 ]]; then
    tested_build "LLVM $major, without the long tests" "$root/build-llvm$major" "$long_tests" \
      build_major "$major" "$root/build-llvm$major"
    continue
  fi
  tested_build "LLVM 19" "$build" "" env KT_BUILD_DIR="$build" "$root/scripts/build.sh"
  # The boot test does not load the plugin and is left out; the corpus tests
  # analyse the trees the plain run prepared (test/lit.cfg.py's corpus cache).
  if [[ ${KT_SANITIZE:-1} != 0 ]]; then
    sanitized_build=${KT_SANITIZE_BUILD_DIR:-$root/build-sanitize}
    tested_build "LLVM 19 with the sanitized plugin" "$sanitized_build" 'module/boot\.test' \
      build_sanitized "$sanitized_build"
  fi
done

count() {
  local total=0 file n
  for file in "${logs[@]}"; do
    n=$(sed -n -E "s/^ *$1 *: *([0-9]+).*/\1/p" "$file" | tail -n 1)
    total=$(( total + ${n:-0} ))
  done
  echo "$total"
}
passed=$(( $(count Passed) + $(count 'Expectedly Failed') ))
failed=$(( $(count Failed) + $(count 'Unexpectedly Passed') + $(count Unresolved) + $(count 'Timed Out') + build_failed ))
skipped=$(count Unsupported)
if (( passed + failed == 0 )); then
  echo "run-tests.sh: lit ran no test" >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
(( failed == 0 ))
