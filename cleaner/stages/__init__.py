"""The stages of the pipeline, one module each.

Every stage is a pure function ``run(page, labels) -> labels``: it reads the page's lines and the labels
the earlier stages gave them, and returns new labels (one per line, each with the stage's name and a
reason). The order in which they run is the list ``STAGES`` in :mod:`cleaner.pipeline`.
"""
