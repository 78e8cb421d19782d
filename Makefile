# wargame: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint typecheck browser desktop-tools bench screenshots schemas clean setup \
	icons translations qm package package-deps package-test compiled test-compiled bench-pure

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt's X11 plugin needs X libraries a fresh desktop may lack (libxcb-cursor0 ...):
# packaging/gui-deps.sh installs them when it can, or says what to install.
run: $(STAMP)
	@if [ "$${QT_QPA_PLATFORM:-xcb}" = xcb ] && [ -n "$${DISPLAY:-}" ]; then \
		packaging/gui-deps.sh $(VENV) || exit 1; fi
	$(PY) -m wargame gui

lint: $(STAMP)
	$(VENV)/bin/ruff check wargame tests bench docs tools packaging/entry.py
	$(VENV)/bin/ruff format --check wargame tests bench docs tools packaging/entry.py
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy wargame

# The report test and the team-page tests drive Debian's Chromium (through chromium-driver);
# install both when we can (root with apt), otherwise those tests are skipped and say why.
browser:
	@{ command -v chromium >/dev/null && command -v chromedriver >/dev/null; } || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		  chromium-driver >/dev/null; } ; } || \
		echo "chromium/chromedriver unavailable: the browser tests will be skipped"

# The .desktop and AppStream files are checked by the freedesktop validators.
desktop-tools:
	@{ command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; } || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		  desktop-file-utils appstream >/dev/null; } ; } || \
		echo "desktop-file-utils/appstream unavailable: their validation tests will be skipped"

test: lint typecheck browser desktop-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	@# the compiled engine too, when this machine can build it (a C compiler and headers)
	@if $(MAKE) --no-print-directory compiled; then $(MAKE) --no-print-directory test-compiled; \
	else echo "mypyc build failed (no C compiler?): the compiled core was not tested"; fi

# The engine's hot modules compiled with mypyc into build/compiled-core, out of the source
# tree: only runs with WARGAME_COMPILED_CORE set to that folder use them (make bench, make
# test-compiled); everything else, and the bundle, runs the .py files, the reference.
COMPILED := build/compiled-core
# rebuilt when any core module changes (tools/compile_core.py names the ones compiled)
$(COMPILED)/SOURCES: $(STAMP) $(wildcard wargame/core/*.py) tools/compile_core.py
	$(PY) tools/compile_core.py $(COMPILED)

compiled: $(COMPILED)/SOURCES

# The compiled engine must give the reference's digests and records to the last bit.
test-compiled: compiled
	QT_QPA_PLATFORM=offscreen WARGAME_COMPILED_CORE=$(CURDIR)/$(COMPILED) \
		$(PY) -m pytest -q tests/core tests/session

# Measured on the compiled core when it builds (no C compiler: the pure-Python engine,
# and the figures say so in engine_compiled).
bench: $(STAMP)
	@$(MAKE) --no-print-directory compiled || echo "mypyc build failed: benchmarking the pure-Python engine"
	QT_QPA_PLATFORM=offscreen WARGAME_COMPILED_CORE=$(CURDIR)/$(COMPILED) $(PY) bench/run.py

bench-pure: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m wargame.ui.screenshots docs/screenshots
	@# the report page is rendered by a real browser when one is installed
	@if command -v chromium >/dev/null; then \
		tmp=$$(mktemp -d); \
		$(PY) -m wargame run assets/scenarios/iran_pakistan_2024.json --history --out $$tmp/s.json >/dev/null; \
		$(PY) -m wargame report $$tmp/s.json -o $$tmp/report.html >/dev/null; \
		chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
			--disable-background-networking --disable-component-update --disable-sync \
			--user-data-dir=$$tmp/profile --window-size=1100,2400 \
			--screenshot=docs/screenshots/report-page.png file://$$tmp/report.html 2>/dev/null; \
		rm -rf $$tmp; echo docs/screenshots/report-page.png; \
	else echo "chromium not installed: docs/screenshots/report-page.png not refreshed"; fi
	@# the players' pages, at phone size, through chromium-driver
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
		$(PY) docs/page_screenshots.py docs/screenshots; \
	else echo "chromium-driver not installed: the players' pages were not photographed"; fi

schemas: $(STAMP)
	for kind in scenario save moves; do \
		$(VENV)/bin/wargame schema $$kind > assets/schema/$$kind.schema.json; done

# PNG renderings of the SVG icon, for the desktop's icon theme and the window.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m wargame.ui.icon

# Extract the interface texts into assets/i18n/*.ts (Qt) and the texts made outside Qt (log,
# narrative, "why", report) into assets/locale/wargame.pot (gettext, with Babel); then
# compile the catalogues.
translations: $(STAMP)
	for ts in assets/i18n/*.ts; do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none \
			-source-language en wargame/ui/*.py wargame/ui/*/*.py -ts $$ts; done
	$(VENV)/bin/pybabel -q extract -F assets/locale/babel.cfg -k N_ --no-location \
		--omit-header --sort-output -o assets/locale/wargame.pot .
	$(MAKE) --no-print-directory qm

# Compile the .qm catalogues Qt loads (they are build products, not committed).
qm: $(STAMP)
	for ts in assets/i18n/*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
	for po in assets/locale/*/LC_MESSAGES/wargame.po; do [ -e "$$po" ] || continue; \
		$(VENV)/bin/pybabel -q compile -D wargame -i $$po -o $${po%.po}.mo; done

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

# Qt's X11 plugin needs two xcb libraries that a minimal system may lack; with them on the
# build machine the bundle carries them. Xvfb lets package-test start the bundle on a real
# X server. Installed when we can (root with apt); otherwise the bundle relies on the
# target's copies and the X11 check is skipped, saying why.
package-deps:
	@{ [ -e /usr/lib/$$(gcc -dumpmachine 2>/dev/null)/libxcb-icccm.so.4 ] && command -v xvfb-run >/dev/null; } || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		  libxcb-icccm4 libxcb-keysyms1 xvfb xauth >/dev/null; } ; } || \
		echo "xcb libraries / xvfb unavailable: the bundle relies on the target's libxcb"

# The self-contained bundle dist/wargame/ and dist/wargame-<version>-linux-<arch>.tar.gz.
package: $(PACKAGE_STAMP) package-deps qm
	VENV=$(VENV) packaging/build.sh

# Build the bundle, then run the built binary: --version, validate, run, forecast, the GUI.
package-test: package desktop-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m bundle tests/packaging

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist
