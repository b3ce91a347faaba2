"""Set the project up and run its jobs, with nothing but Python 3.11 and pip.

    python3 tasks.py reports     # set up, then regenerate the reports (reports/index.html)
    python3 tasks.py test        # set up, then run the unit tests and the notebook tests
    python3 tasks.py setup       # only set up: .venv, the package and its extras, the Jupyter kernel
    python3 tasks.py lab         # set up, then open JupyterLab on notebooks/
    python3 tasks.py benchmark   # set up, then measure extraction and build speed

Set-up makes a virtual environment in .venv, installs the package in it (editable, with the test
and JupyterLab extras) when pyproject.toml has changed since the last install, and registers the
"Python (kursk-research)" Jupyter kernel for the current user. Each command exits with the status
of what it ran, so it fits cron and CI.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
KERNEL = ["-m", "ipykernel", "install", "--user", "--name", "kursk-research", "--display-name", "Python (kursk-research)"]
# One pytest run: the unit tests, and the committed notebooks checked by nbval against their outputs.
TESTS = ["-m", "pytest", "tests", "notebooks", "--nbval", "--nbval-current-env",
         "--nbval-sanitize-with", "tests/nbval_sanitize.cfg"]


def run(*arguments: str | Path) -> int:
    print("+", " ".join(str(a) for a in arguments), flush=True)
    return subprocess.call([str(a) for a in arguments], cwd=ROOT)


def setup() -> int:
    """The virtual environment, the package with its extras, and the Jupyter kernel."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs on the system Python, before any venv exists
        print(f"kursk-research needs Python 3.11 or newer, not {sys.version.split()[0]}", file=sys.stderr)
        return 1
    if not PYTHON.exists():
        print(f"+ creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        status = run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip") or run(
            PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test,lab]")
        if status:
            return status
        STAMP.write_text(wanted)
    return run(PYTHON, *KERNEL)


def main(argv: list[str]) -> int:
    commands = {
        "setup": [],
        "reports": [[BIN / "kursk-research", "build"]],
        "test": [[PYTHON, *TESTS]],
        "lab": [[BIN / "jupyter", "lab", "notebooks"]],
        "benchmark": [[PYTHON, "benchmarks/extract_throughput.py"], [PYTHON, "benchmarks/build_time.py"]],
    }
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    status = setup()
    if status:
        return status
    for command in commands[argv[0]]:
        status = run(*command) or status
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
