# Two commands on a fresh machine: `make demo` and `make test`. Each creates .venv and
# installs the package with its extras when needed; a second run reuses them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
REPORTS := reports

.PHONY: demo test lab benchmarks install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[notebooks,dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (framing)" >/dev/null
	@touch $(STAMP)

## demo: execute every notebook headlessly on the bundled corpora; reports/ gets .ipynb and .html
demo: $(STAMP)
	@mkdir -p $(REPORTS)
	@for nb in $(NOTEBOOKS); do \
		name=$$(basename $$nb .ipynb); \
		echo "executing $$nb"; \
		$(BIN)/papermill --cwd notebooks -k python3 --progress-bar $$nb $(REPORTS)/$$name.ipynb || exit 1; \
		$(BIN)/jupyter nbconvert --to html --log-level WARN $(REPORTS)/$$name.ipynb || exit 1; \
	done
	@echo; echo "Reports written:"; ls -1 $(CURDIR)/$(REPORTS)/*.html

## test: lint, unit and property tests, and every notebook executed top to bottom (nbmake)
test: $(STAMP)
	$(BIN)/ruff check framing tests benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider tests --nbmake $(NOTEBOOKS)

## lab: open JupyterLab on the notebooks
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

## benchmarks: print the speed and validity figures (needs ../shared/validation)
benchmarks: $(STAMP)
	@for b in benchmarks/*_benchmark.py benchmarks/sentiment_vader_nyt.py benchmarks/target_sentiment_newsmtsc.py; do \
		test -f $$b && { echo "== $$b"; $(BIN)/python $$b || exit 1; }; \
	done

clean:
	rm -rf $(VENV) $(REPORTS)
