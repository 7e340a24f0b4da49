# Runs the kernel-* checks with every C and C++ compile of a CMake project
# (CMake's <LANG>_CLANG_TIDY); a finding fails that compile like a compiler
# error. include() it after project(), or copy the lines. Point
# KERNEL_TIDY_DIR at a kernel-tidy checkout whose build/ holds kernel-tidy.
find_program(KERNEL_TIDY NAMES kernel-tidy REQUIRED
  HINTS "${KERNEL_TIDY_DIR}/build/bin")
set(CMAKE_CXX_CLANG_TIDY "${KERNEL_TIDY}" "--checks=-*,kernel-*" "--warnings-as-errors=kernel-*")
set(CMAKE_C_CLANG_TIDY ${CMAKE_CXX_CLANG_TIDY})
