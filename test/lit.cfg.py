import glob
import os
import shutil
import subprocess

import lit.formats

config.name = "kernel-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py",
                   "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.kernel_tidy_obj_root, "test")

# The LLVM major of this build (docs/llvm-versions.md): a test whose
# expected output differs by major says so with the feature llvmN, and
# checks the major's name with %llvm_major.
config.available_features.add("llvm%d" % config.llvm_major)
config.substitutions.append(("%llvm_major", str(config.llvm_major)))
# The longest sum of additions clang's own parser takes with the default
# 8 MiB stack (test/robustness/deep-shapes.test): clang 15's Sema overflows
# between 20,000 and 25,000, clang 16 and 19 past 50,000.
config.substitutions.append(("%deepest_sum", "20000" if config.llvm_major < 16 else "50000"))

# Debian's clang-tidy of each major the machine has (clang-tidy-N, the
# feature clang-tidy-N): the version guard is tested in every one that is
# not this build's (test/plugin/foreign-host.test). Before %clang_tidy:
# lit substitutes in order.
for other in (14, 15, 16, 19):
    path = shutil.which("clang-tidy-%d" % other)
    if path:
        config.available_features.add("clang-tidy-%d" % other)
        config.substitutions.append(("%%clang_tidy_%d" % other, path))
        if other != config.llvm_major:
            config.available_features.add("foreign-clang-tidy")

tidy = "%s --load=%s --quiet" % (config.clang_tidy, config.kernel_tidy_plugin)
config.substitutions.append(("%clang_tidy_plain", config.clang_tidy))
config.substitutions.append(("%kernel_tidy_plugin", config.kernel_tidy_plugin))
config.substitutions.append(("%clang_tidy", tidy))
config.substitutions.append(("%clang_cc", config.clang))
config.substitutions.append(("%src_root", config.kernel_tidy_src_root))
# The hand-written kernel declarations that check tests share (test/checks/Inputs).
config.substitutions.append(("%kernel_mock",
                             os.path.join(config.kernel_tidy_src_root, "test", "checks", "Inputs")))
config.substitutions.append(("%kt_include",
                             os.path.join(config.kernel_tidy_src_root, "plugin", "include")))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("%python", "python3"))

# The standalone tools, when CMake builds them (test/tools/). A test of a
# tool that should have been built fails rather than being skipped.
# (Longer names first: lit substitutes in order.)
config.substitutions.append(("%kernel_tidy_check",
                             os.path.join(config.kernel_tidy_src_root, "scripts", "kernel-tidy-check")))
# The module-wide link step is always built (tools/kernel-tidy-link).
config.substitutions.append(("%kernel_tidy_link",
                             os.path.join(config.kernel_tidy_bin_dir, "kernel-tidy-link")))
config.substitutions.append(("%kernel_tidy_project",
                             "python3 " + os.path.join(config.kernel_tidy_src_root, "scripts", "kernel-tidy-project")))
# The scripts' default tool, plugin and link step are this build's (for
# build-llvm16/ as for build/), whichever builds the checkout has.
config.environment["KT_BUILD_DIR"] = config.kernel_tidy_obj_root
if config.build_tools:
    config.available_features.add("kernel-tidy")
    config.substitutions.append(("%tools_bin_dir", config.kernel_tidy_bin_dir))
    config.substitutions.append(("%kernel_tidy", os.path.join(config.kernel_tidy_bin_dir, "kernel-tidy")))
if config.build_clangd:
    config.available_features.add("kernel-clangd")
    config.substitutions.append(("%kernel_clangd", os.path.join(config.kernel_tidy_bin_dir, "kernel-clangd")))
# scripts/run-tests.sh installs the npm test tools here (test/tools/sarif-validator).
validator = os.path.join(config.kernel_tidy_obj_root, "sarif-validator")
if os.path.isdir(os.path.join(validator, "node_modules")):
    config.available_features.add("sarif-validator")
    config.substitutions.append(("%validate_sarif", "node " + os.path.join(validator, "validate-sarif.js")))
    config.substitutions.append(("%workflow_steps", "node " + os.path.join(validator, "workflow-steps.js")))

# The kernel database the project ships, which kernel-atomic-context reads
# by default (data/linux-6.1.ktdb; scripts/generate-kernel-database).
if os.path.isfile(os.path.join(config.kernel_tidy_src_root, "data", "linux-6.1.ktdb")):
    config.available_features.add("shipped-kernel-database")

# Debian's kernel headers and gcc-12 (scripts/deps.sh module corpus) for the
# kbuild flow.
headers = sorted(glob.glob("/usr/src/linux-headers-*-amd64"))
if headers and shutil.which("gcc-12") and (
        os.path.exists("/usr/src/linux-source-6.1.tar.xz")
        or os.path.exists(os.path.join(headers[-1], "scripts/clang-tools/gen_compile_commands.py"))):
    config.available_features.add("kbuild")
    config.substitutions.append(("%kbuild_headers", headers[-1]))

# A sanitized plugin needs the ASan runtime first in the (uninstrumented)
# clang-tidy process; clang-tidy frees little at exit by design, so leaks are
# not reported. A report aborts, so that no test mistakes it for the exit
# status 1 of a file with compiler errors.
if config.sanitized:
    config.available_features.add("sanitized")
    config.environment["LD_PRELOAD"] = config.asan_runtime
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:abort_on_error=1"

# GCC's own testsuite (scripts/deps.sh robustness) for the robustness run;
# scripts/robustness-run extracts it into the build directory once.
if glob.glob("/usr/src/gcc-12/gcc-*.tar.xz"):
    config.available_features.add("gcc-source")
    config.substitutions.append(("%gcc_testsuite_cache",
                                 os.path.join(config.kernel_tidy_obj_root, "gcc-testsuite")))

# The seeded-mistake and clean-module tests expect every kernel-* check of
# the reference module's corpus; they run once all of them are registered.
corpus_checks = {"kernel-atomic-context", "kernel-exceptions",
                 "kernel-floating-point", "kernel-rtti", "kernel-stack-usage",
                 "kernel-userspace-runtime"}
try:
    listed = subprocess.run(
        [config.clang_tidy, "--load=" + config.kernel_tidy_plugin,
         "--list-checks", "--checks=-*,kernel-*"],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, **config.environment)).stdout.split()
except (OSError, subprocess.SubprocessError):
    listed = []
if corpus_checks <= set(listed):
    config.available_features.add("all-checks")

def feature_if_present(feature, label, group, requirements):
    """Adds a lit feature when every (what, present) requirement holds; else
    says which are missing, so the skipped tests are not silently skipped."""
    missing = [what for what, present in requirements if not present]
    if missing:
        lit_config.note("%s tests are UNSUPPORTED: missing %s (install them "
                        "with scripts/deps.sh %s)"
                        % (label, ", ".join(missing), group))
    else:
        config.available_features.add(feature)


# The real-driver corpus (test/corpus/) builds part of Debian's
# linux-source-6.1 with LLVM=-19 (scripts/deps.sh corpus); the prepared tree
# is cached under the build directory.
feature_if_present("linux-source", "real-driver corpus", "corpus", (
    ("linux-source-6.1", os.path.exists("/usr/src/linux-source-6.1.tar.xz")),
    ("ld.lld-19", shutil.which("ld.lld-19")),
    ("flex, bison, bc", all(shutil.which(t) for t in ("flex", "bison", "bc"))),
    ("libelf-dev", os.path.exists("/usr/include/gelf.h")),
    ("libssl-dev", os.path.exists("/usr/include/openssl/ssl.h")),
))
# The prepared corpora live outside the clone, in a cache of the machine
# (KT_CORPUS_CACHE, else ~/.cache/kernel-tidy), so that a fresh clone and
# the sanitized run reuse them; --param corpus_cache=DIR chooses another.
config.substitutions.append(("%corpus_cache", lit_config.params.get(
    "corpus_cache", os.environ.get("KT_CORPUS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
        "kernel-tidy"))))

# Building the reference module and booting it needs Debian's kernel image
# and headers, QEMU, busybox and gcc-12 (scripts/deps.sh module).
feature_if_present("module-boot", "module-boot", "module", (
    ("qemu-system-x86_64", shutil.which("qemu-system-x86_64")),
    ("busybox", shutil.which("busybox")),
    ("gcc-12", shutil.which("gcc-12") and shutil.which("g++-12")),
    ("a kernel with both an image in /boot and headers in /lib/modules",
     [m for m in glob.glob("/lib/modules/*/build/Makefile")
      if os.access("/boot/vmlinuz-" + m.split("/")[3], os.R_OK)]),
))

# The editors as Debian ships them (scripts/deps.sh editors), driven
# headless by test/tools/editor-*.test.
feature_if_present("neovim", "Neovim editor", "editors", (
    ("nvim", shutil.which("nvim")),
))
feature_if_present("emacs-eglot", "Emacs editor", "editors", (
    ("emacs", shutil.which("emacs")),
    ("elpa-eglot", glob.glob("/usr/share/emacs/site-lisp/elpa*/eglot-*")),
))

# The DKMS corpus (test/dkms-corpus/) builds Debian's -dkms module sources
# against linux-headers-amd64 with gcc-12 (scripts/deps.sh dkms).
dkms_sources = [p for p in glob.glob("/usr/src/*/dkms.conf")
                if not p.startswith("/usr/src/linux-")]
feature_if_present("dkms-modules", "DKMS module corpus", "dkms", (
    ("the -dkms packages' sources in /usr/src", dkms_sources),
    ("dkms", shutil.which("dkms")),
    ("linux-headers-amd64", headers),
    ("gcc-12", shutil.which("gcc-12")),
    ("linux-source-6.1", os.path.exists("/usr/src/linux-source-6.1.tar.xz")),
))
