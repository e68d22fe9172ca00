#!/bin/sh
# Runs a window class from the test class path under a virtual display (Xvfb), for screenshots and
# frame measurements. Usage, from the repository root:
#   app/scripts/window.sh dev.nnplay.app.ui.Screenshots [docs/screenshots]
#   app/scripts/window.sh dev.nnplay.app.ui.DevLauncher            (add -Dnnplay.measureFrames=20 via JAVA_OPTS)
# Builds in the reactor without installing anything into the local Maven repository. The program
# stops before the display does (GTK crashes when its display goes first).
set -eu
main=$1; shift
./mvnw -B -q -DskipTests -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
  -Dmdep.excludeArtifactIds=nnplay-engine >/dev/null
cp="app/target/classes:app/target/test-classes:engine/target/classes:$(cat app/target/cp.txt)"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 ${SCREEN:-1600x1000}x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
java --add-modules jdk.incubator.vector -Xss4m ${JAVA_OPTS:-} -cp "$cp" "$main" "$@"
