"""exit-is.py STATUS COMMAND...: runs COMMAND and succeeds only when it exits
with STATUS. Unlike lit's `not`, a crash (death by a signal, or LLVM's crash
report) is never taken for the expected failure."""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
output = proc.stdout.decode(errors="replace")
sys.stdout.write(output)
sys.stdout.flush()
if proc.returncode < 0 or "Stack dump:" in output or "PLEASE submit a bug report" in output:
    sys.exit("exit-is.py: %s crashed (status %d)" % (sys.argv[2], proc.returncode))
if proc.returncode != expected:
    sys.exit("exit-is.py: %s exited with %d, not %d" % (sys.argv[2], proc.returncode, expected))
