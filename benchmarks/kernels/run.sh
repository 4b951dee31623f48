#!/usr/bin/env bash
# Times the training step's kernels alone (benchmarks/kernels/main.swift).
#
#   benchmarks/kernels/run.sh                 this checkout's kernels
#   benchmarks/kernels/run.sh --against REV   and REV's, interleaved, 5 rounds:
#                                             min per kernel, old ÷ new
#   benchmarks/kernels/run.sh [...] init      one network only (init, reg, opt)
#
# Compiles Sources/NeuralNet/Kernels with swiftc (-O, whole module, the
# Makefile's native CPU) in a few seconds; needs OpenBLAS's headers like the
# package does. REV must have the same kernel entry points as this checkout.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
against=""
if [ "${1:-}" = "--against" ]; then against=$2; shift 2; fi
network=${1:-}

build() {  # build SOURCE_ROOT OUTPUT
    swiftc -O -wmo -target-cpu "${CPU:-native}" -module-name KernelBench \
        -I "$root/Sources/CBLAS" -lopenblas \
        "$1"/Sources/NeuralNet/Kernels/*.swift "$root/benchmarks/kernels/main.swift" -o "$2"
}

build "$root" "$work/new"
if [ -z "$against" ]; then
    OPENBLAS_NUM_THREADS=1 "$work/new" $network
    exit
fi
mkdir "$work/old-tree"
git -C "$root" archive "$against" Sources/NeuralNet/Kernels | tar -x -C "$work/old-tree"
build "$work/old-tree" "$work/old"
for round in 1 2 3 4 5; do
    OPENBLAS_NUM_THREADS=1 "$work/old" $network | sed 's/^/old /'
    OPENBLAS_NUM_THREADS=1 "$work/new" $network | sed 's/^/new /'
done | python3 -c '
import sys, collections
times = collections.defaultdict(lambda: collections.defaultdict(list)); order = []
for line in sys.stdin:
    side, rest = line.split(" ", 1)
    name, ns = rest[:28].strip(), float(rest[28:].split()[0])
    if name not in order: order.append(name)
    times[name][side].append(ns)
print("kernel".ljust(28), "old ns".rjust(8), "new ns".rjust(8), " old÷new")
for name in order:
    old, new = min(times[name]["old"]), min(times[name]["new"])
    print(f"{name:28s} {old:8.1f} {new:8.1f}  {old / new:5.2f}×")
'
