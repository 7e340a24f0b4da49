"""identifier-sweep.py DIR COUNT COMMAND...: writes COUNT C files, the k-th
declaring k extra identifiers before a floating-point variable, runs
COMMAND FILE -- on each, and fails if any run does not exit with 0 or
reports a sanitizer error or crash. Somewhere in the sweep each lookup or
allocation the checks make falls at the end of one of clang's allocator
slabs."""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

out_dir, count, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
os.makedirs(out_dir, exist_ok=True)


def run(k):
    path = os.path.join(out_dir, "sweep%d.c" % k)
    with open(path, "w") as f:
        f.write("".join("int padding_identifier_%04d;\n" % i for i in range(k)))
        f.write("void f(void) {}\ndouble d;\n")
    proc = subprocess.run(command + [path, "--"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    output = proc.stdout.decode(errors="replace")
    failed = proc.returncode != 0 or "Sanitizer" in output or "Stack dump:" in output
    return k, failed, output


failures = [r for r in ThreadPoolExecutor(os.cpu_count()).map(run, range(count)) if r[1]]
for k, _, output in failures:
    print("sweep%d.c failed:\n%s" % (k, output))
print("%d files, %d failed" % (count, len(failures)))
sys.exit(1 if failures else 0)
