# Build target used by `sam build` (template.yaml: Metadata BuildMethod makefile).
# SAM runs it from the repository root (WorkingDirectory) and sets ARTIFACTS_DIR.
# uv, not pip: experta 1.9.4 pins frozendict==1.2 / schema==0.6.7, which are broken on
# Python >= 3.10; `--override` replaces those pins (pip has no equivalent).

LAMBDA_PYTHON ?= 3.13
LAMBDA_PLATFORM ?= x86_64-manylinux2014
UV ?= $(shell if [ -x .venv/bin/uv ]; then echo .venv/bin/uv; else command -v uv; fi)

.PHONY: build-LegCheckFunction

build-LegCheckFunction:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run via sam build)"; exit 1; }
	@test -n "$(UV)" || { echo "uv not found: run 'bash scripts/setup' or install uv"; exit 1; }
	$(UV) pip install --quiet --target "$(ARTIFACTS_DIR)" \
		--python-version $(LAMBDA_PYTHON) --python-platform $(LAMBDA_PLATFORM) \
		--only-binary :all: \
		--override lambda/overrides.txt -r lambda/requirements.txt
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
	mkdir -p "$(ARTIFACTS_DIR)/legcheck"
	cp legcheck/__init__.py "$(ARTIFACTS_DIR)/legcheck/"
	cp -R legcheck/rules legcheck/skill "$(ARTIFACTS_DIR)/legcheck/"
	find "$(ARTIFACTS_DIR)" -name __pycache__ -type d -prune -exec rm -rf {} +
