#!/bin/sh
# Checks that the kiosk covers the whole screen in a bare X session without a window manager (issue 11): a
# terminal's cage/Xwayland session has none, and JavaFX's full screen alone then leaves a smaller window in a black
# frame. Starts Xvfb at 1920x1080, runs the built jar as on a terminal (full screen, no agent, a scratch data
# folder), and compares the kiosk window's geometry with the screen's; saves the root window as a PNG to look at.
# Needs: xvfb x11-utils imagemagick libgtk-3-0 (apt-get install). Not run by CI: it starts a real X server and
# takes about a minute; run it after changing KioskApplication's stage set-up.
#   kiosk-app/src/test/sh/fullscreen-without-wm.sh [path/to/legalkiosk.jar]
set -eu
jar=${1:-kiosk-app/target/legalkiosk.jar}
display=:${FULLSCREEN_DISPLAY:-97}
work=$(mktemp -d)
trap 'kill $kiosk $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
sleep 2
DISPLAY=$display java -jar "$jar" run --data-dir "$work/data" --no-agent >"$work/kiosk.log" 2>&1 &
kiosk=$!
geometry=""
for _ in $(seq 1 90); do
    geometry=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | sed -n 's/.*"Legal Kiosk".*) *\([0-9]*x[0-9]*+[0-9-]*+[0-9-]*\).*/\1/p')
    [ -n "$geometry" ] && break
    if ! kill -0 $kiosk 2>/dev/null; then
        echo "fullscreen: the kiosk exited; its log:" >&2; cat "$work/kiosk.log" >&2; exit 1
    fi
    sleep 1
done
sleep 5  # the first frames: full screen is asked for, then the stage is set to the screen's bounds
geometry=$(DISPLAY=$display xwininfo -root -tree | sed -n 's/.*"Legal Kiosk".*) *\([0-9]*x[0-9]*+[0-9-]*+[0-9-]*\).*/\1/p')
mkdir -p kiosk-app/target/screenshots
DISPLAY=$display import -window root kiosk-app/target/screenshots/fullscreen-without-wm.png || true
if [ "$geometry" = "1920x1080+0+0" ]; then
    echo "fullscreen: the kiosk window covers the screen ($geometry); kiosk-app/target/screenshots/fullscreen-without-wm.png"
else
    echo "fullscreen: the kiosk window is '$geometry', not 1920x1080+0+0" >&2
    exit 1
fi
