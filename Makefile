# Every target sets up its own virtual environment, so a fresh clone needs only
# python3 (3.11+) and make.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ADDR ?= 127.0.0.1:8000
# Exact versions and file hashes of every Python dependency (runtime, test, build backend).
# pyproject.toml keeps the compatible ranges; `make lock` rewrites this from them.
LOCK := requirements/lock.txt
# uv (writes the locks) and zizmor (audits the workflows), in a venv of their own.
TOOLS := $(VENV)-tools
TOOLS_STAMP := $(TOOLS)/.installed-stamp
UV_COMPILE = $(TOOLS)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"

.PHONY: serve site offline test test-fast bench validate clean lock lock-upgrade audit licences engines wheel

# Installs only the locked files (--require-hashes), then the project itself without
# touching dependencies; the build backend comes from the lock too (--no-build-isolation).
$(STAMP): pyproject.toml $(LOCK)
	python3 tools/check_lock.py
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --only-binary :all: -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## Build the site from the shipped data and serve it with live rebuild on edits.
serve: $(STAMP)
	$(VENV)/bin/plansite serve --addr $(ADDR)

## Build the finished static site into site/ (copy it to any web server).
site: $(STAMP)
	$(VENV)/bin/plansite build --site site

## A copy of the whole site that opens from a folder (file://: shared drive, USB stick, attachment)
## in site-offline/, and site-offline.zip beside it to hand over. No server, no internet needed.
offline: $(STAMP)
	$(VENV)/bin/plansite build --offline --site site-offline

## The engine as a wheel in dist/ (templates, theme, scripts, schemas, pages inside), for a site made by
## `plansite init --engine dist/plansite-….whl`. build/ is removed first: setuptools would reuse it,
## and a module deleted since the last build would ship again.
wheel: $(STAMP)
	rm -rf build
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation --no-index -w dist .
	rm -rf build

## Check the data only.
validate: $(STAMP)
	$(VENV)/bin/plansite validate

## All tests, on every core (pytest-xdist; a file's tests share one process, so a module's site
## is built once). Browser tests use Debian's chromium + chromium-driver and are skipped with a
## notice when those are missing (CI installs them and requires them). One file, one process:
## .venv/bin/pytest tests/checks -p no:cacheprovider
test: $(STAMP) tools/axe/node_modules
	$(VENV)/bin/pytest -n auto --dist loadfile

# axe-core for the accessibility tests; skipped (tests skip too) where npm is missing.
tools/axe/node_modules: tools/axe/package-lock.json
	-command -v npm >/dev/null && npm ci --prefix tools/axe --no-audit --no-fund --silent

## Tests without the browser.
test-fast: $(STAMP)
	$(VENV)/bin/pytest -n auto --dist loadfile -m "not browser"

bench: $(STAMP)
	$(PY) tools/bench.py

$(TOOLS_STAMP): requirements/tools.txt
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --require-hashes --only-binary :all: -r requirements/tools.txt
	touch $(TOOLS_STAMP)

## Refresh the locks after editing dependencies in pyproject.toml (keeps every other pin).
lock: $(TOOLS_STAMP)
	$(UV_COMPILE) --all-extras -o $(LOCK) pyproject.toml requirements/build.in
	$(UV_COMPILE) -o requirements/tools.txt requirements/tools.in
	python3 tools/check_lock.py

## Move every pin to the newest version pyproject.toml allows (then run make test).
lock-upgrade: $(TOOLS_STAMP)
	$(UV_COMPILE) --upgrade --all-extras -o $(LOCK) pyproject.toml requirements/build.in
	$(UV_COMPILE) --upgrade -o requirements/tools.txt requirements/tools.in

## Static analysis of the GitHub workflows (template injection, permissions, pinning).
audit: $(TOOLS_STAMP)
	$(TOOLS)/bin/zizmor --min-severity medium .

## The licence of every Python dependency and bundled third-party file.
licences: $(STAMP)
	$(PY) tools/licences.py

## Which MkDocs/Material features the site relies on, their Zensical/ProperDocs replacements,
## and a build with each engine compared with MkDocs (engines install into .venv-engines/ once).
engines: $(STAMP)
	$(PY) tools/engines.py --build

clean:
	rm -rf site site-offline site-offline.zip build dist .pytest_cache
