"""A plain (not editable) install of the project works from any directory: the package carries its data."""

import subprocess
import sys

import pytest

from lambda_build import REPO, UV, tool_env


@pytest.mark.slow
@pytest.mark.registry("pypi")
def test_legcheck_chat_works_from_any_directory_after_a_plain_install(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([UV, "venv", "--quiet", "-p", sys.executable, venv], check=True, env=tool_env())
    install = subprocess.run([UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", "."],
                             cwd=REPO, capture_output=True, text=True, env=tool_env())
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    chat = subprocess.run([venv / "bin" / "legcheck", "chat", "--locale", "en-GB"], input="no\nstop\n",
                          cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert chat.returncode == 0, chat.stderr
    lines = chat.stdout.splitlines()
    assert lines[0].startswith("alexa> ") and "999" in lines[0]
    assert len([line for line in lines if line.startswith("alexa> ")]) == 3
    installed = subprocess.run([venv / "bin" / "python", "-c", "import legcheck; print(legcheck.__file__)"],
                               cwd=elsewhere, capture_output=True, text=True)
    assert str(venv) in installed.stdout
    top_level = {path.name for path in (venv / "lib").glob("python3.*/site-packages/*")}
    assert not top_level & {"rules", "skill", "lambda_function.py", "interaction_model", "vignettes"}
