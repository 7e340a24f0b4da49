#!/usr/bin/env python3
"""Stands in for clang-tidy (called with --load=) and for clang in
runner.test: what it does with a file is written in the file."""
import os
import signal
import sys
import time

tidy = any(arg.startswith("--load=") for arg in sys.argv)
source = open(next(a for a in sys.argv[1:] if a.endswith((".c", ".C")))).read()
if "CLANG-CRASH" in source or (tidy and "TIDY-CRASH" in source):
    print("PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/")
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGSEGV)
if tidy and "HANG" in source:
    time.sleep(60)
if tidy and "SANITIZER" in source:
    print("==1==ERROR: AddressSanitizer: heap-use-after-free on address 0x1")
    sys.exit(1)
sys.exit(1 if "ERROR" in source else 0)
