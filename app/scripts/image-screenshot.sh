#!/bin/sh
# Starts the installer's app image under a virtual display (Xvfb) the way a machine without Java
# would: an empty environment with PATH=/usr/bin:/bin and, where the caller may (root with unshare),
# /usr/lib/jvm hidden behind an empty folder. Waits for the window, takes a screenshot, stops the
# program and then the display. Usage, from the repository root, after
# ./mvnw -B -Pinstaller package -DskipTests:
#   app/scripts/image-screenshot.sh [OUT.png] [IMAGE]     (default app/target/installer/image.png and
#                                                            app/target/installer/nnplay)
set -eu
out=${1:-app/target/installer/image.png}
image=${2:-app/target/installer/nnplay}
if [ ! -x "$image/bin/nnplay" ]; then
  echo "image-screenshot: $image/bin/nnplay not found; build it with ./mvnw -B -Pinstaller package -DskipTests" >&2
  exit 2
fi
image=$(cd "$image" && pwd -P)
home=$(mktemp -d)
Xvfb :98 -screen 0 ${SCREEN:-1440x900}x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
run="exec env -i PATH=/usr/bin:/bin DISPLAY=:98 HOME=$home XDG_CONFIG_HOME=$home/.config '$image/bin/nnplay'"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && [ -d /usr/lib/jvm ]; then
  unshare -m sh -c "mount -t tmpfs none /usr/lib/jvm && $run" >"$home/log" 2>&1 &
else
  sh -c "$run" >"$home/log" 2>&1 &
fi
app=$!
# The window's title ends in "NN Playground" (or its Chinese name) once the scene is up.
up=false
for _ in $(seq 90); do
  if DISPLAY=:98 xwininfo -root -tree 2>/dev/null | grep -q 'NN Playground\|神经网络'; then up=true; break; fi
  sleep 1
done
if $up; then
  sleep 3
  DISPLAY=:98 import -window root "$out"
fi
# The program goes before the display (GTK crashes when its display goes first).
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
kill "$xvfb"
if ! $up; then
  echo "image-screenshot: no window within 90 s; the program said:" >&2
  cat "$home/log" >&2
  rm -rf "$home"
  exit 1
fi
rm -rf "$home"
echo "$out"
