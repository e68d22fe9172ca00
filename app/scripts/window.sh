#!/bin/sh
# Runs a window class from the test class path under a virtual display (Xvfb), for screenshots and
# frame measurements before the program's own launcher is merged. Usage, from the repository root:
#   app/scripts/window.sh dev.nnplay.app.ui.Screenshots [docs/screenshots]
#   app/scripts/window.sh dev.nnplay.app.ui.DevLauncher            (add -Dnnplay.measureFrames=20 via JAVA_OPTS)
set -eu
main=$1; shift
mvn -B -q -DskipTests install >/dev/null
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
cp="app/target/classes:app/target/test-classes:$(cat app/target/cp.txt)"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
java --add-modules jdk.incubator.vector -Xss4m ${JAVA_OPTS:-} -cp "$cp" "$main" "$@"
