"""Code shared by scripts/kernel-tidy-project and scripts/kernel-tidy-check:
which tool runs the checks, and what a compile command written for GCC must
lose before clang takes it."""
