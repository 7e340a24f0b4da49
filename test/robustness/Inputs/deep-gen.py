"""Writes a C or C++ file whose shape is deep or large, for the robustness
tests. `KIND N`:
  chain N   f0 takes a spinlock and starts a chain of N calls ending in msleep
  ring N    g0 ... gN-1 call each other in one cycle of N functions, one of
            which sleeps; top calls g0 under a spinlock
  if N      one statement under N nested ifs
  blocks N  one statement in N nested compound statements
  sum N     an expression of N additions (a left-deep tree N high)
  huge N    one function of N statements
  templates N  class templates N deep whose members call each other's
  macros N  a sleeping call under a spinlock, through N nested macros
"""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
prologue = """typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void msleep(unsigned int);
void consume(char *);
static spinlock_t lock;
static int state[64];"""
print(prologue)
if kind == "chain":
    print("".join("void f%d(int);\n" % i for i in range(n)), end="")
    print("void top(void) { spin_lock(&lock); f0(1); spin_unlock(&lock); }")
    for i in range(n):
        call = "f%d(x + 1);" % (i + 1) if i + 1 < n else "msleep(x);"
        print("void f%d(int x) { char b[16]; consume(b); %s }" % (i, call))
elif kind == "ring":
    print("".join("void g%d(int);\n" % i for i in range(n)), end="")
    print("void top(void) { spin_lock(&lock); g0(1); spin_unlock(&lock); }")
    for i in range(n):
        sleep = " msleep(x);" if i == n // 2 else ""
        print("void g%d(int x) { if (x) g%d(x - 1);%s }" % (i, (i + 1) % n, sleep))
elif kind == "if":
    print("void f(int x) {\n  spin_lock(&lock);\n" + "if (x)\n" * n +
          "msleep(1);\n  spin_unlock(&lock);\n}")
elif kind == "blocks":
    print("void f(int x) {\n  spin_lock(&lock);\n" + "{\n" * n + "msleep(1);\n" +
          "}\n" * n + "  spin_unlock(&lock);\n}")
elif kind == "sum":
    print("int f(int x) {\n  return " + "+".join(["x"] * n) + " + (int)(x * 0.5);\n}")
elif kind == "huge":
    print("void f(int x) {")
    for i in range(n):
        print("  state[%d] += x * %d;" % (i % 64, i))
        print("  if (x > %d) { spin_lock(&lock); state[%d]--; spin_unlock(&lock); }"
              % (i, (i + 7) % 64))
    print("  spin_lock(&lock);\n  msleep(1);\n  spin_unlock(&lock);\n}")
elif kind == "templates":
    print("template <int N> struct A;\ntemplate <int N> struct B {\n"
          "  static void run(int x) { A<N - 1>::run(x); }\n};\n"
          "template <int N> struct A {\n"
          "  static void run(int x) { char b[16]; consume(b); B<N>::run(x); }\n};\n"
          "template <> struct A<0> {\n  static void run(int x) { msleep(x); }\n};\n"
          "void top() { spin_lock(&lock); A<%d>::run(1); spin_unlock(&lock); }" % n)
elif kind == "macros":
    print("#define M%d(x) msleep(x)" % (n - 1))
    print("".join("#define M%d(x) M%d(x)\n" % (i, i + 1) for i in range(n - 1)), end="")
    print("#define LOCKED(stmt) do { spin_lock(&lock); stmt; spin_unlock(&lock); } while (0)")
    print("void f(int x) { LOCKED(M0(x)); }")
else:
    sys.exit("deep-gen.py: unknown kind " + kind)
