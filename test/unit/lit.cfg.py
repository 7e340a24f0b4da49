# The googletest binaries of unittests/: every test case is one lit test, so
# scripts/run-tests.sh counts (and fails on) each of them.
import os

import lit.formats

config.name = "kernel-tidy-unit"
config.test_format = lit.formats.GoogleTest(".", "UnitTests")
config.test_source_root = config.kernel_tidy_unit_dir
config.test_exec_root = config.kernel_tidy_unit_dir

# The sanitized build's test binary needs the shared ASan runtime, as the
# sanitized plugin does (test/lit.cfg.py).
if config.sanitized:
    config.environment["LD_PRELOAD"] = config.asan_runtime
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:abort_on_error=1"
