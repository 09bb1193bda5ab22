#!/bin/sh
# Installs Legal Kiosk on a Debian or Raspberry Pi OS terminal. Run as root from the project root after
# `./mvnw -DskipTests package`:   sudo deploy/install.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../kiosk-app/target/legalkiosk.jar"
[ -f "$jar" ] || { echo "install: $jar not found; build it first with ./mvnw -DskipTests package" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "install: run as root" >&2; exit 1; }

apt-get install -y --no-install-recommends openjdk-17-jre xserver-xorg xinit x11-xserver-utils \
    fontconfig fonts-wqy-microhei espeak-ng

id legalkiosk >/dev/null 2>&1 || useradd --system --home-dir /var/lib/legalkiosk --shell /usr/sbin/nologin \
    --groups video,input,tty,dialout legalkiosk

install -d -m 0755 /opt/legalkiosk /opt/legalkiosk/bin
install -m 0644 "$jar" /opt/legalkiosk/legalkiosk.jar
install -m 0755 "$here/bin/legalkiosk-session" /opt/legalkiosk/bin/legalkiosk-session
install -m 0644 "$here/README.md" /opt/legalkiosk/README.md
install -d -m 0750 -o legalkiosk -g legalkiosk /var/lib/legalkiosk
# Keep an existing configuration: the county may have changed it.
[ -f /var/lib/legalkiosk/kiosk.yaml ] || install -m 0640 -o legalkiosk -g legalkiosk \
    "$here/config/kiosk.example.yaml" /var/lib/legalkiosk/kiosk.yaml
install -m 0644 "$here/systemd/legalkiosk.service" /etc/systemd/system/legalkiosk.service

systemctl daemon-reload
systemctl enable legalkiosk.service
echo "Installed. Start now with: systemctl start legalkiosk"
