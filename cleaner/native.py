"""The compiled core (``cleaner/_core.c``), when the install could build it, and the switch to the
pure-Python path.

The Python functions that the core stands in for (``page._features``, ``language.spaced_tokens``,
``lexicon.normalise`` ...) are its specification: the core gives the same result on every input, and
the tests run both and compare. Set ``CLEANER_PURE_PYTHON=1`` to run the Python path (it is also the
path taken when no C compiler was there at install time). Callers look up :data:`core` at call time,
so a test can switch paths by setting it.
"""
from __future__ import annotations

import os
from types import ModuleType

try:
    from . import _core as compiled
except ImportError:  # installed without a C compiler
    compiled: ModuleType | None = None  # type: ignore[no-redef]

#: The core in use: None when the pure-Python path runs.
core: ModuleType | None = None if os.environ.get("CLEANER_PURE_PYTHON") else compiled
