# The two commands of the README: `make demo` and `make test`.
# The installation prints one line of what it installs; pip's own output goes to $(LOG).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOG := $(VENV)/install.log

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	@echo "make: installing kg and its pinned dependencies into $(VENV)/ (pip's log: $(LOG))"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --upgrade pip && $(BIN)/pip install -e '.[test]'; } > $(LOG) 2>&1 || \
	  { tail -n 25 $(LOG); echo "make: installation failed; pip's whole log is $(LOG)" >&2; exit 1; }
	@sed -n 's/^Successfully installed //p' $(LOG) | tail -n 1 | \
	  awk '{ print "make: installed " NF " packages: kg and its pinned dependencies (the list is in $(LOG))" }'
	@touch $(STAMP)

demo: $(STAMP)
	@echo "make: kg build seeds/ --out out/"
	@$(BIN)/kg build seeds/ --out out/

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py --mib 1
	$(BIN)/python bench/bench_view.py

clean:
	rm -rf $(VENV) out .pytest_cache
