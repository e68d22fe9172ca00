#!/bin/sh
# Every figure of docs/performance.md in one session, peers interleaved so that they share the
# machine's load: Java 17 and Temurin 25, Panama with 1 and 2 threads, the reference kernels, PyTorch.
# Usage: bench/run_all.sh [seconds]   (from the repository root, after mvn -B -q install -DskipTests)
set -e
S=${1:-2}
CP=engine/target/classes:$(mvn -B -q -pl engine dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
for JAVA in java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
  V=$($JAVA -version 2>&1 | head -1 | sed 's/.*version "\([0-9]*\).*/\1/')
  for ARGS in "--kernels panama --threads 1" "--kernels panama --threads 2" "--kernels reference --threads 1"; do
    $JAVA --add-modules jdk.incubator.vector -cp "$CP" dev.nnplay.engine.bench.Bench $ARGS --seconds "$S" 2>/dev/null \
      | sed "s/^{/{\"java\":$V,/"
  done
done
/usr/bin/python3 bench/torch_bench.py --threads 1 2 --seconds "$S"
