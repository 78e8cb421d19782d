#!/bin/sh
# Make sure Qt's X11 platform plugin can load before `make run` opens the console.
# Qt 6.5+ needs libxcb-cursor0 and a handful of other X libraries that a fresh Debian or
# Ubuntu desktop may lack. Installs them when it can (root with apt-get); otherwise says
# exactly what to install. Usage: packaging/gui-deps.sh VENV
set -u
venv=${1:-.venv}
qt=$(echo "$venv"/lib/python3*/site-packages/PySide6/Qt)
missing=$(ldd "$qt"/plugins/platforms/libqxcb.so "$qt"/lib/libQt6XcbQpa.so.6 2>/dev/null \
	| awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
[ -z "$missing" ] && exit 0
# Debian/Ubuntu packages of the libraries Qt's xcb plugin links to.
packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 \
libxcb-shm0 libxcb-util1 libegl1 libgl1 libfontconfig1 libdbus-1-3"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Qt's X11 plugin lacks: $missing- installing its libraries with apt-get"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages \
		>/dev/null && exit 0
fi
echo "Qt's X11 plugin cannot load: missing $missing" >&2
echo "Install them (Debian/Ubuntu), then run make run again:" >&2
echo "  sudo apt-get install $packages" >&2
exit 1
