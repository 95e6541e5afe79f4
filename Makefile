# Build target used by `sam build` (template.yaml: Metadata BuildMethod makefile).
# SAM runs it from the repository root (WorkingDirectory) and sets ARTIFACTS_DIR.
#
# Dependencies: exactly the versions locked in uv.lock, from lambda/requirements.txt (exported from the
# lock for the `lambda` dependency group of pyproject.toml, every file's hash included), in hash-checking
# mode and without resolving again (--no-deps: the export is the whole locked tree for this group).
# The lock was resolved by uv with [tool.uv] override-dependencies: experta 1.9.4 pins frozendict==1.2
# and schema==0.6.7, which are broken on Python >= 3.10, and pip cannot override a dependency's pin.
#
# Bytecode: Lambda's code folder is read-only, so Python cannot cache what it compiles there and would
# compile every module from source on every cold start (and print ask-sdk's SyntaxWarnings each time).
# The package ships bytecode compiled by the runtime's own Python version (the magic number must
# match), as unchecked-hash pycs: they are used whatever the files' timestamps after zipping.

LAMBDA_PYTHON ?= 3.13
LAMBDA_PLATFORM ?= x86_64-manylinux2014
LAMBDA_REQUIREMENTS ?= lambda/requirements.txt
UV ?= $(shell if [ -x .venv/bin/uv ]; then echo .venv/bin/uv; else command -v uv; fi)
# The local interpreter of the Lambda runtime's version, for the bytecode: the first that runs and is that
# version, on PATH or installed by pyenv but not selected (a pyenv shim on PATH may not run); or set it.
PYENV_ROOT ?= $(HOME)/.pyenv
ifndef LAMBDA_PYTHON_BIN
LAMBDA_PYTHON_BIN := $(shell for python in $$(command -v python$(LAMBDA_PYTHON)) \
	$(PYENV_ROOT)/versions/$(LAMBDA_PYTHON).*/bin/python$(LAMBDA_PYTHON); do \
	"$$python" -c 'import sys; sys.exit("%d.%d" % sys.version_info[:2] != "$(LAMBDA_PYTHON)")' 2>/dev/null \
	&& { echo "$$python"; break; }; done)
endif

.PHONY: build-LegCheckFunction lambda-dependencies lambda-bytecode lambda-requirements lambda-python \
	check-artifacts-dir

build-LegCheckFunction: check-artifacts-dir
	@$(MAKE) --no-print-directory lambda-dependencies
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
	mkdir -p "$(ARTIFACTS_DIR)/legcheck"
	cp legcheck/__init__.py "$(ARTIFACTS_DIR)/legcheck/"
	cp -R legcheck/rules legcheck/skill legcheck/lexicon "$(ARTIFACTS_DIR)/legcheck/"
	@$(MAKE) --no-print-directory lambda-bytecode

# The two steps every Lambda package built here shares (benchmarks/ packages its hello skill with them).
lambda-dependencies: check-artifacts-dir
	@test -n "$(UV)" || { echo "uv not found: run 'bash scripts/setup' or install uv"; exit 1; }
	$(UV) pip install --quiet --target "$(ARTIFACTS_DIR)" \
		--python-version $(LAMBDA_PYTHON) --python-platform $(LAMBDA_PLATFORM) \
		--only-binary :all: --require-hashes --no-deps -r "$(LAMBDA_REQUIREMENTS)"

# Compile-time SyntaxWarnings (ask_sdk_core/serialize.py's invalid escape '\[') are left out of the build
# log: they come from the SDK's source, and compiling them here is what keeps them out of every cold start.
# -d /var/task: the path Lambda runs the code from, rather than the build folder, in the code objects.
lambda-bytecode: check-artifacts-dir
	@test -n "$(LAMBDA_PYTHON_BIN)" || { echo "no python$(LAMBDA_PYTHON) found: set LAMBDA_PYTHON_BIN"; exit 1; }
	@"$(LAMBDA_PYTHON_BIN)" -c 'import sys; sys.exit("%d.%d" % sys.version_info[:2] != "$(LAMBDA_PYTHON)")' \
		|| { echo "$(LAMBDA_PYTHON_BIN) is not Python $(LAMBDA_PYTHON): set LAMBDA_PYTHON_BIN"; exit 1; }
	find "$(ARTIFACTS_DIR)" -name __pycache__ -type d -prune -exec rm -rf {} +
	"$(LAMBDA_PYTHON_BIN)" -W ignore::SyntaxWarning -m compileall -q -j 0 \
		--invalidation-mode unchecked-hash -d /var/task "$(ARTIFACTS_DIR)"

check-artifacts-dir:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run via sam build)"; exit 1; }

# Regenerate lambda/requirements.txt after `uv lock` (tests/test_dependencies.py checks it is current).
lambda-requirements:
	$(UV) export --quiet --frozen --only-group lambda --no-emit-project > "$(LAMBDA_REQUIREMENTS).new"
	mv "$(LAMBDA_REQUIREMENTS).new" "$(LAMBDA_REQUIREMENTS)"

# The interpreter the bytecode is compiled with (the tests and benchmarks run the package with it).
lambda-python:
	@test -n "$(LAMBDA_PYTHON_BIN)" || { echo "no python$(LAMBDA_PYTHON) found: set LAMBDA_PYTHON_BIN" >&2; exit 1; }
	@echo "$(LAMBDA_PYTHON_BIN)"
