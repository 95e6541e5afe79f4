# Build target used by `sam build` (template.yaml: Metadata BuildMethod makefile).
# SAM runs it from the repository root (WorkingDirectory) and sets ARTIFACTS_DIR.
#
# Dependencies: exactly the versions locked in uv.lock, from lambda/requirements.txt (exported from the
# lock for the `lambda` dependency group of pyproject.toml, every file's hash included), in hash-checking
# mode and without resolving again (--no-deps: the export is the whole locked tree for this group).
# The lock was resolved by uv with [tool.uv] override-dependencies: experta 1.9.4 pins frozendict==1.2
# and schema==0.6.7, which are broken on Python >= 3.10, and pip cannot override a dependency's pin.

LAMBDA_PYTHON ?= 3.13
LAMBDA_PLATFORM ?= x86_64-manylinux2014
LAMBDA_REQUIREMENTS ?= lambda/requirements.txt
UV ?= $(shell if [ -x .venv/bin/uv ]; then echo .venv/bin/uv; else command -v uv; fi)

.PHONY: build-LegCheckFunction lambda-dependencies lambda-requirements check-artifacts-dir

build-LegCheckFunction: check-artifacts-dir
	@$(MAKE) --no-print-directory lambda-dependencies
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
	mkdir -p "$(ARTIFACTS_DIR)/legcheck"
	cp legcheck/__init__.py "$(ARTIFACTS_DIR)/legcheck/"
	cp -R legcheck/rules legcheck/skill "$(ARTIFACTS_DIR)/legcheck/"
	find "$(ARTIFACTS_DIR)" -name __pycache__ -type d -prune -exec rm -rf {} +

lambda-dependencies: check-artifacts-dir
	@test -n "$(UV)" || { echo "uv not found: run 'bash scripts/setup' or install uv"; exit 1; }
	$(UV) pip install --quiet --target "$(ARTIFACTS_DIR)" \
		--python-version $(LAMBDA_PYTHON) --python-platform $(LAMBDA_PLATFORM) \
		--only-binary :all: --require-hashes --no-deps -r "$(LAMBDA_REQUIREMENTS)"

check-artifacts-dir:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run via sam build)"; exit 1; }

# Regenerate lambda/requirements.txt after `uv lock` (tests/test_dependencies.py checks it is current).
lambda-requirements:
	$(UV) export --quiet --frozen --only-group lambda --no-emit-project > "$(LAMBDA_REQUIREMENTS).new"
	mv "$(LAMBDA_REQUIREMENTS).new" "$(LAMBDA_REQUIREMENTS)"
