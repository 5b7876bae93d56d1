"""Adapters that run the cleaner inside other data-processing frameworks.

Each adapter lives in its own module and imports its framework only there, so ``import cleaner`` never
needs them: ``cleaner.integrations.datatrove`` needs the ``[datatrove]`` extra.
"""
