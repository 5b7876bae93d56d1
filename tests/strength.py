"""How hard the heavy tests push: the default run, or the stress run at full strength.

The property tests (hypothesis examples) and the regex-safety tests (the length of the adversarial
strings) cost time in proportion to their strength. The default run (``python -m pytest -q``, the
README's and CI's command) runs every one of them, with fewer examples and shorter strings, so that
the suite stays within minutes on two cores; the stress run gives them their full strength:

    python -m pytest -q -m stress        # the tests marked ``stress``, at full strength
    CLEANER_STRESS=1 python -m pytest -q # every test, the marked ones at full strength

CI runs both (``.ci/run``). ``tests/conftest.py`` sets ``CLEANER_STRESS`` when the run selects the
``stress`` marker, before any test module is imported.
"""
from __future__ import annotations

import os

#: The stress run is on.
STRESS = os.environ.get("CLEANER_STRESS", "") not in ("", "0")


def strength(full: int, default: int) -> int:
    """``full`` in the stress run, ``default`` otherwise: what a heavy test is set to."""
    return full if STRESS else default
