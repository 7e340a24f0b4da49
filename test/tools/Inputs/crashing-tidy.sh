#!/bin/sh
# Stands for a clang-tidy that crashes: prints a stack-dump line and dies by SIGSEGV.
echo "Stack dump:" >&2
kill -SEGV $$
