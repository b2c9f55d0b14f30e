# Two commands on a fresh machine: `make demo` and `make test`. Each creates .venv and
# installs the package with its extras when needed; a second run reuses them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
REPORTS := reports
CASE := corpora/case/article.txt
# make lab: the port, the interface (0.0.0.0 to reach it from outside a container), and --allow-root for root
PORT ?= 8888
IP ?= 127.0.0.1
ALLOW_ROOT := $(shell test "$$(id -u)" = 0 && echo --allow-root)
# make benchmarks: PolNeAR checkout (train and dev splits) for the scripts that take --polnear
POLNEAR ?= ../PolNeAR

.PHONY: demo test lab benchmarks install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[notebooks,dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (framing)" >/dev/null
	@touch $(STAMP)

## demo: execute every notebook headlessly; reports/ gets .ipynb and .html, and a report on the case article
demo: $(STAMP)
	@mkdir -p $(REPORTS)
	@for nb in $(NOTEBOOKS); do \
		name=$$(basename $$nb .ipynb); \
		echo "executing $$nb"; \
		$(BIN)/papermill --cwd notebooks -k python3 --progress-bar $$nb $(REPORTS)/$$name.ipynb || exit 1; \
		$(BIN)/jupyter nbconvert --to html --log-level WARN $(REPORTS)/$$name.ipynb || exit 1; \
	done
	@echo "writing the report on the case article"
	$(BIN)/python -c 'from framing.report import report; report("$(CASE)", out="$(REPORTS)/case_report.html")'
	@echo; echo "Reports written:"; ls -1 $(CURDIR)/$(REPORTS)/*.html

## test: lint, unit and property tests, and every notebook executed top to bottom (nbmake)
test: $(STAMP)
	$(BIN)/ruff check framing tests benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider tests --nbmake $(NOTEBOOKS)

## lab: JupyterLab at the repository root (corpora/, notebooks/, reports/); PORT=8888 IP=127.0.0.1
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --port=$(PORT) --ip=$(IP) --no-browser $(ALLOW_ROOT)

## benchmarks: every figure script in benchmarks/ (validity figures need ../shared/validation; PolNeAR ones POLNEAR=path);
## the before/after checks of speed work (*_equivalence.py, quotes_same_output.py) need a saved baseline and are run by hand
benchmarks: $(STAMP)
	@status=0; for b in benchmarks/*.py; do \
		case $$b in */_*|*/train_*|*_equivalence.py|*/quotes_same_output.py) continue;; esac; \
		args=""; \
		if grep -q -- "--polnear" $$b; then \
			if [ -d "$(POLNEAR)" ]; then args="--polnear $(POLNEAR)"; \
			elif grep -q -- '"--polnear", required=True' $$b; then \
				echo "== $$b: skipped (no PolNeAR at $(POLNEAR); run make benchmarks POLNEAR=/path/to/PolNeAR)"; continue; \
			else echo "(no PolNeAR at $(POLNEAR): $$b runs without its PolNeAR part)"; fi; \
		fi; \
		echo "== $$b $$args"; $(BIN)/python $$b $$args || status=1; \
	done; exit $$status

clean:
	rm -rf $(VENV) $(REPORTS)
