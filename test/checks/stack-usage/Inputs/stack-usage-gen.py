"""Writes a C file with a long call chain or a large recursive cycle, for
kernel-stack-usage-deep.test: `chain N` (f0 calls f1 ... calls fN-1) or
`ring N` (g0 calls g1 ... calls gN-1, which calls g0)."""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
print("void consume(char *);")
if kind == "chain":
    print("".join("void f%d(void);\n" % i for i in range(n)), end="")
    for i in range(n):
        call = "f%d();" % (i + 1) if i + 1 < n else ""
        print("void f%d(void) { char b[16]; consume(b); %s }" % (i, call))
else:
    print("".join("void g%d(void);\n" % i for i in range(n)), end="")
    for i in range(n):
        print("void g%d(void) { g%d(); }" % (i, (i + 1) % n))
