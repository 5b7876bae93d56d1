"""The stress run: ``-m stress`` selects the heavy tests and runs them at full strength (see
``tests/strength.py``)."""
from __future__ import annotations

import os


def pytest_configure(config) -> None:
    """Turn the stress run on when the marker expression asks for the ``stress`` tests (test modules
    read it when they are imported, after this hook)."""
    expression = (config.getoption("markexpr", "") or "").replace("(", " ").replace(")", " ").split()
    if "stress" in expression and "not" not in expression:
        os.environ["CLEANER_STRESS"] = "1"
