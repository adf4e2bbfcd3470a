# Every target sets up its own virtual environment, so a fresh clone needs only
# python3 (3.11+) and make.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ADDR ?= 127.0.0.1:8000

.PHONY: serve site offline test test-fast bench validate clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
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

## Check the data only.
validate: $(STAMP)
	$(VENV)/bin/plansite validate

## All tests. Browser tests use Debian's chromium + chromium-driver and are
## skipped with a notice when those are missing (CI installs them and requires them).
test: $(STAMP) tools/axe/node_modules
	$(VENV)/bin/pytest

# axe-core for the accessibility tests; skipped (tests skip too) where npm is missing.
tools/axe/node_modules: tools/axe/package-lock.json
	-command -v npm >/dev/null && npm ci --prefix tools/axe --no-audit --no-fund --silent

## Tests without the browser.
test-fast: $(STAMP)
	$(VENV)/bin/pytest -m "not browser"

bench: $(STAMP)
	$(PY) tools/bench.py

clean:
	rm -rf site site-offline site-offline.zip build .pytest_cache
