#!/bin/sh
# Every figure of docs/performance.md in one session. Peers are interleaved case by case, so that
# each case's figures share the machine's load: for each case and each vector width (512 and 256
# bits, forced with -Dnnplay.vectorBits), the Panama kernels with 1 and 2 threads on Java 17 (and on
# Temurin 25 where it is installed), PyTorch with 1 and 2 threads and, for gemm, NumPy's a @ b with 1
# and 2 threads, then the reference kernels (Java 17, 1 thread) once. The peers' 256-bit runs force
# OpenBLAS's AVX2 kernels with OPENBLAS_CORETYPE=Haswell. The eval and live cases have no peer
# outside the engine (live measures its own: the same session with no snapshots).
# Usage: bench/run_all.sh [seconds] [rounds]   (from the repository root, after
#        ./mvnw -B -q package -DskipTests; writes JSON lines to stdout; BENCH_CASES='gemm 64|gemm 512'
#        runs only those cases, WIDTHS='512' only that width, J25_HOME=none skips Java 25)
# OpenBLAS (the BLAS behind PyTorch and NumPy here) ignores torch.set_num_threads and takes its thread
# count from OPENBLAS_NUM_THREADS, so each peer run sets it to its own thread count.
set -e
S=${1:-2}
ROUNDS=${2:-1}
NNPLAY=app/target/nnplay/bin/nnplay
J17=${J17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
J25=${J25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WIDTHS=${WIDTHS:-"512 256"}
PY=/usr/bin/python3
[ -x "$NNPLAY" ] || { echo "run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
[ -x "$J17/bin/java" ] || J17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
CASES=${BENCH_CASES:-"mlp 2-4-2-1 tanh b10|mlp 2-8-8-1 tanh b10|mlp 2-8x6-1 tanh b10|mlp 784-128-64-10 relu b64|\
mlp 784-512-512-10 relu b256|gemm 64|gemm 256|gemm 512|gemm 1024|eval 100000|live 1797|live 100000"}

# tag LABEL: prefixes every JSON line with the run's round and runtime label.
tag() { sed "s/^{/{\"round\":$R,\"run\":\"$1\",/"; }

R=1
while [ "$R" -le "$ROUNDS" ]; do
  echo "$CASES" | tr '|' '\n' | while IFS= read -r C; do
    for W in $WIDTHS; do
      # the peers' BLAS at the same width: its AVX-512 kernels, or its AVX2 (Haswell) ones
      if [ "$W" = 256 ]; then CT=Haswell; SUF=-256; else CT=; SUF=; fi
      for T in 1 2; do
        NNPLAY_OPTS=-Dnnplay.vectorBits=$W JAVA_HOME=$J17 "$NNPLAY" bench --json --kernels panama --threads $T \
          --seconds "$S" "$C" 2>/dev/null | tag java17
        if [ -x "$J25/bin/java" ]; then
          NNPLAY_OPTS=-Dnnplay.vectorBits=$W JAVA_HOME=$J25 "$NNPLAY" bench --json --kernels panama --threads $T \
            --seconds "$S" "$C" 2>/dev/null | tag java25
        fi
        case "$C" in mlp*|gemm*)
          OPENBLAS_CORETYPE=$CT OPENBLAS_NUM_THREADS=$T $PY bench/torch_bench.py --threads $T --seconds "$S" "$C" \
            | tag "torch$SUF" ;;
        esac
        case "$C" in gemm*)
          OPENBLAS_CORETYPE=$CT OPENBLAS_NUM_THREADS=$T $PY bench/numpy_bench.py --threads $T --seconds "$S" "$C" \
            | tag "numpy$SUF" ;;
        esac
      done
    done
    # The reference kernels (EJML) are slow enough that one short run per case is plenty.
    JAVA_HOME=$J17 "$NNPLAY" bench --json --kernels reference --threads 1 --seconds "$S" "$C" 2>/dev/null | tag java17
  done
  R=$((R + 1))
done
