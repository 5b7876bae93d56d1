"""The data files the package reads at run time are declared as package data, so a non-editable
install (``pip install .``, the README's first command) carries them."""
from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cleaner"]
    package = ROOT / "cleaner"
    data = [p.relative_to(package).as_posix() for p in (package / "data").rglob("*.txt")]
    assert data, "no data files found"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, pat) and f.count("/") == pat.count("/")
                                          for pat in patterns)]
    assert not missing, f"not declared as package data in pyproject.toml: {missing}"
