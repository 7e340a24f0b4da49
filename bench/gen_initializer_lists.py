#!/usr/bin/env python3
"""Generates a C translation unit of large initializer lists, the shape that
made kernel-floating-point quadratic (a 40,000-element list took 20 s).

  gen_initializer_lists.py --elements N OUT.c

Writes, besides the code, the kernel-floating-point findings it must give
as FileCheck lines (`// CHECK: ...`), so that a lit test can check the
findings on the generated file itself
(test/checks/floating-point/kernel-floating-point-large-lists.test).
"""
import argparse

WARN = "warning: %s [kernel-floating-point]"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--elements", type=int, required=True)
    p.add_argument("out")
    a = p.parse_args()
    n = max(2, a.elements)
    lines = []

    def emit(code, col=None, message=None):
        lines.append(code)
        if message:
            lines.append("// CHECK: :%d:%d: %s" % (len(lines), col, WARN % message))

    # A namespace-scope table of floating literals: one finding, the variable.
    emit("double table[] = {", 8,
         "variable 'table' has floating-point type 'double[%d]'" % n)
    for i in range(n):
        emit("  %d.5," % i)
    emit("};")
    # Floating arithmetic folded into integers: nothing.
    emit("int folded[] = {")
    for i in range(n):
        emit("  (int)(%d * 1.5)," % i)
    emit("};")
    # A function's local lists: the floating array, and the one element of
    # an integer list that computes in floating point at run time.
    emit("int use(float *out, int x) {")
    emit("  float local[] = {", 9,
         "variable 'local' has floating-point type 'float[%d]'" % n)
    for i in range(n):
        emit("    %d.25f," % i)
    emit("  };")
    emit("  int runtime[] = {")
    for i in range(n - 1):
        emit("    x + %d," % i)
    emit("    (int)(x * 0.5),", 13, "floating-point arithmetic in kernel code")
    emit("  };")
    emit("  *out = local[x];", 10, "use of floating-point value of type 'float'")
    emit("  return runtime[x];")
    emit("}")
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
