#!/bin/sh
# Runs a command and prints its exit status, so FileCheck can pin it.
"$@"
echo "exit status $?"
