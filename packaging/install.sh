#!/bin/sh
# Install this wargame bundle for the current user, or elsewhere with --prefix:
#   ./install.sh                      into ~/.local (menu entry, icon, `wargame` command)
#   ./install.sh --prefix /opt/wg     anywhere else (as root for a system folder)
#   ./install.sh --uninstall [--prefix DIR]
set -eu
APP_ID=org.wargame.Wargame
prefix=$HOME/.local
action=install
while [ $# -gt 0 ]; do
	case $1 in
		--prefix) prefix=$2; shift 2 ;;
		--prefix=*) prefix=${1#--prefix=}; shift ;;
		--uninstall) action=uninstall; shift ;;
		-h|--help) sed -n '2,6p' "$0"; exit 0 ;;
		*) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
done

here=$(cd "$(dirname "$0")" && pwd)
dest=$prefix/lib/wargame
desktop=$prefix/share/applications/$APP_ID.desktop
metainfo=$prefix/share/metainfo/$APP_ID.metainfo.xml

refresh() {
	command -v update-desktop-database >/dev/null 2>&1 &&
		update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
	command -v gtk-update-icon-cache >/dev/null 2>&1 &&
		gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
	rm -rf "$dest"
	rm -f "$prefix/bin/wargame" "$desktop" "$metainfo"
	find "$prefix/share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
	refresh
	echo "wargame removed from $prefix"
	exit 0
fi

if [ "$here" != "$dest" ]; then
	rm -rf "$dest"
	mkdir -p "$dest"
	cp -R "$here/." "$dest/"
fi
mkdir -p "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo" \
	"$prefix/share/icons"
ln -sf "$dest/wargame" "$prefix/bin/wargame"
sed -e "s|^Exec=wargame|Exec=$dest/wargame|" -e "s|^TryExec=wargame|TryExec=$dest/wargame|" \
	"$here/share/applications/$APP_ID.desktop" >"$desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
cp -R "$here/share/icons/hicolor" "$prefix/share/icons/"
refresh
echo "wargame installed in $dest; start it from the applications menu or with $prefix/bin/wargame"
