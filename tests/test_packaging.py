"""The data files the package reads at run time, and the lexicon format every lexicon file points to, are
declared as package data, so a non-editable install (``pip install .``, the README's first command) carries
them."""
from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parent.parent
LEXICON_FORMAT = "cleaner/data/lexicon/README.md"


def test_every_lexicon_points_to_the_format_it_is_written_in():
    # The header names the format by its path in the installed package (site-packages/cleaner/...), where a
    # user who opens a lexicon file finds it; the check below makes sure the file is shipped there.
    lexicons = sorted((ROOT / "cleaner" / "data" / "lexicon").glob("*.txt"))
    assert lexicons, "no lexicon files found"
    assert (ROOT / LEXICON_FORMAT).is_file()
    without = [p.name for p in lexicons if LEXICON_FORMAT not in p.read_text("utf-8").splitlines()[0]]
    assert not without, f"first line does not name {LEXICON_FORMAT}: {without}"


def test_every_data_file_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cleaner"]
    package = ROOT / "cleaner"
    data = [p.relative_to(package).as_posix() for p in (package / "data").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts]
    assert data, "no data files found"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, pat) and f.count("/") == pat.count("/")
                                          for pat in patterns)]
    assert not missing, f"not declared as package data in pyproject.toml: {missing}"


def test_distribution_has_its_own_name():
    # "cleaner" on PyPI is another project: ours must never resolve to it.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert config["project"]["name"] == "page-cleaner"
    assert config["project"]["scripts"]["cleaner"].startswith("cleaner.")
    import cleaner
    assert cleaner.DISTRIBUTION == config["project"]["name"]


def test_import_is_light():
    # ``cleaner --version`` and ``import cleaner`` must not pay for the default cleaner or the HTML path.
    import subprocess
    import sys
    code = ("import sys, cleaner\n"
            "heavy = [m for m in ('lxml', 'trafilatura', 'pyarrow', 'fastwarc', 'cleaner.pipeline',"
            " 'cleaner.html') if m in sys.modules]\n"
            "print(','.join(heavy))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    # ...and the public names still arrive on first use.
    code = "import cleaner\nprint(cleaner.clean('Hello there, this is a sentence of an article body.'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "article body" in out.stdout
