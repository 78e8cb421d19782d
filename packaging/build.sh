#!/usr/bin/env bash
# Build the self-contained folder bundle dist/wargame/ and its tarball (`make package`).
# Needs the project's virtual environment with the `package` extra and the compiled
# translations (`make qm`); the Makefile sees to both.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python
VERSION=$($PY -c 'import wargame; print(wargame.__version__)')
APP_ID=org.wargame.Wargame

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
	--distpath dist --workpath build/pyinstaller packaging/wargame.spec

out=dist/wargame
mkdir -p "$out/share/applications" "$out/share/metainfo" "$out/share/icons"
cp packaging/$APP_ID.desktop "$out/share/applications/"
cp packaging/$APP_ID.metainfo.xml "$out/share/metainfo/"
cp -r assets/icons/hicolor "$out/share/icons/"
cp packaging/install.sh "$out/install.sh"
chmod +x "$out/install.sh"

tarball=dist/wargame-$VERSION-linux-$(uname -m).tar.gz
tar -C dist -czf "$tarball" wargame
echo "built $out ($(du -sh "$out" | cut -f1)) and $tarball ($(du -sh "$tarball" | cut -f1))"
