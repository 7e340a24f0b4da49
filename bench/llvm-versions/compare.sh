#!/usr/bin/env bash
# The kernel-* checks' findings per LLVM major (docs/llvm-versions.md), with
# each major's plugin in Debian's clang-tidy of that major: over the
# reference module (as scripts/run-checks.sh) and over the real-driver
# corpus (test/corpus: Linux 6.1's hw_random and drivers/char, prepared once
# in the corpus cache, ${KT_CORPUS_CACHE:-~/.cache/kernel-tidy}). Builds
# what is missing (scripts/build.sh), prints a Markdown table, then every
# finding that differs from the first major's.
#
#   bench/llvm-versions/compare.sh          # KT_LLVM_MAJORS, default "19 15 16"
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
majors=(${KT_LLVM_MAJORS:-19 15 16})
cache=${KT_CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kernel-tidy}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/scripts/deps.sh" corpus
"$root/test/corpus/prepare-kernel.sh" "$cache" "$work/tree" >&2

# A finding as a line "file:line:col: message [check]", sorted: the same
# text means the same finding. clang-tidy 15 prints absolute paths where 16
# and 19 print them as the compile database spells them: paths are made
# relative to the corpus tree and to the checkout.
tree=$(realpath "$work/tree")
findings() {
  sed -n -E 's/^(.*:[0-9]+:[0-9]+): warning: (.*\[kernel-[a-z-]+\])$/\1: \2/p' "$1" |
    sed -e "s|^$tree/||" -e "s|^$root/||" | sort -u
}
per_check() {
  sed -n -E 's/.*\[(kernel-[a-z-]+)\]$/\1/p' "$1" | sort | uniq -c |
    awk '{printf "%s%s %d", sep, $2, $1; sep=", "} END {if (!NR) printf "none"}'
}

for major in "${majors[@]}"; do
  if [[ $major == 19 ]]; then build=$root/build; else build=$root/build-llvm$major; fi
  KERNEL_TIDY_LLVM=$major KT_BUILD_DIR=$build "$root/scripts/build.sh"
  tidy=/usr/lib/llvm-$major/bin/clang-tidy
  plugin=$build/lib/libKernelTidy.so

  db=$("$root/test/entropy-driver/compile-commands.sh" "$work/module-$major")
  (cd "$root" && "$root/scripts/kernel-tidy-project" -p "$db" --tidy "$tidy" \
     --load "$plugin" -j"$(nproc)" || true) > "$work/module-$major.log" 2>&1
  findings "$work/module-$major.log" > "$work/module-$major.txt"

  # run-corpus.py fails on an unexpected or a missing finding; the table
  # shows its verdicts either way.
  python3 "$root/test/corpus/run-corpus.py" --tree "$work/tree" --out "$work/corpus-$major" \
    --expect "$root/test/corpus/expectations.txt" \
    --known-false "$root/test/corpus/known-false.txt" \
    --reproducers "$root/test/corpus/false-positives" \
    --controls "$root/test/corpus/Inputs" --clang-tidy "$tidy" --plugin "$plugin" \
    -j"$(nproc)" > "$work/corpus-$major.log" 2>&1 || true
  cat "$work"/corpus-"$major"/tu/*.txt > "$work/corpus-$major.all"
  findings "$work/corpus-$major.all" > "$work/corpus-$major.txt"
done

first=${majors[0]}
echo "| LLVM | reference module: TUs | reference module: findings | real-driver corpus: TUs | corpus findings (run-corpus.py) | corpus verdict | same findings as $first |"
echo "|---|---|---|---|---|---|---|"
for major in "${majors[@]}"; do
  tus=$(sed -n -E 's/^corpus: ([0-9]+) translation units.*/\1/p' "$work/corpus-$major.log")
  verdicts=$(sed -n -E 's/^corpus: [0-9]+ findings: (.*)/\1/p' "$work/corpus-$major.log")
  verdict=$(sed -n -E 's/^corpus: (PASS|FAIL.*)/\1/p' "$work/corpus-$major.log")
  if cmp -s "$work/module-$first.txt" "$work/module-$major.txt" &&
     cmp -s "$work/corpus-$first.txt" "$work/corpus-$major.txt"; then same=yes; else same=no; fi
  module_tus=$(sed -n -E 's/^kernel-tidy-project: ([0-9]+) files? analysed.*/\1/p' "$work/module-$major.log")
  echo "| $major | ${module_tus:-?} | $(wc -l < "$work/module-$major.txt") ($(per_check "$work/module-$major.txt")) |" \
       "${tus:-?} | $(wc -l < "$work/corpus-$major.txt") (${verdicts:-?}) | ${verdict:-?} | $same |"
done
for major in "${majors[@]:1}"; do
  for part in module corpus; do
    if ! cmp -s "$work/$part-$first.txt" "$work/$part-$major.txt"; then
      echo
      echo "$part, LLVM $first (-) against LLVM $major (+):"
      diff "$work/$part-$first.txt" "$work/$part-$major.txt" | grep '^[<>]' |
        sed -e 's/^</-/' -e 's/^>/+/' || true
    fi
  done
done
