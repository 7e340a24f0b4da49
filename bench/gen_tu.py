#!/usr/bin/env python3
"""Generates a kernel-style C translation unit for benchmarks and stress tests.

  gen_tu.py --functions N [--chain-depth D] [--lock-regions R] OUT.c

Functions form call chains D deep (the last of each chain may sleep); R lock
regions call into the chains, half of them after releasing the lock (silent),
half under it (one kernel-atomic-context finding each).
"""
import argparse


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--functions", type=int, required=True)
    p.add_argument("--chain-depth", type=int, default=50)
    p.add_argument("--lock-regions", type=int, default=0)
    p.add_argument("out")
    a = p.parse_args()

    depth = max(1, min(a.chain_depth, a.functions))
    chains = max(1, a.functions // depth)
    lines = [
        "typedef unsigned int gfp_t;",
        "typedef struct { int raw; } spinlock_t;",
        "void spin_lock(spinlock_t *);",
        "void spin_unlock(spinlock_t *);",
        "void msleep(unsigned int);",
        "void *kmalloc(unsigned long, gfp_t);",
        "#define __GFP_DIRECT_RECLAIM 0x400u",
        "#define GFP_KERNEL (__GFP_DIRECT_RECLAIM | 0xc0u)",
        "#define GFP_ATOMIC 0x820u",
        "static spinlock_t lock;",
        "static int state[64];",
    ]
    for c in range(chains):
        for d in range(depth - 1, -1, -1):
            lines.append(f"void c{c}_f{d}(int x) {{")
            lines.append(f"  state[{(c + d) % 64}] += x;")
            if d == depth - 1:
                lines.append("  if (x > 3) msleep(1);")
                lines.append("  state[0] += (int)(long)kmalloc(16, GFP_ATOMIC);")
            else:
                lines.append(f"  c{c}_f{d + 1}(x + 1);")
            lines.append("}")
    for r in range(a.lock_regions):
        target = f"c{r % chains}_f0"
        lines.append(f"void region{r}(int x) {{")
        lines.append("  spin_lock(&lock);")
        lines.append("  state[1]++;")
        if r % 2:
            lines.append("  spin_unlock(&lock);")
            lines.append(f"  {target}(x);")
        else:
            lines.append(f"  {target}(x);")
            lines.append("  spin_unlock(&lock);")
        lines.append("}")
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
