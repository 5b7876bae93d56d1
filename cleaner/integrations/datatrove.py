"""A datatrove step: ``CleanerFormatter`` strips boilerplate from each document's text.

Install with the ``datatrove`` extra of the ``page-cleaner`` distribution (in a checkout:
``pip install ".[datatrove]"``). Like datatrove's own formatters (``FTFYFormatter``,
``PIIFormatter``) it is a :class:`~datatrove.pipeline.formatters.base.BaseFormatter`: text in, text out,
every other field of the document untouched. It holds only a :class:`cleaner.Config`, so it pickles to
any executor's workers (local processes, Slurm jobs, Ray tasks); each worker compiles the lexicons and
loads the site profile once.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerFormatter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("pages/"), CleanerFormatter(), JsonlWriter("clean/"),
    ], tasks=8, workers=8).run()

Per-step statistics (``stats.json`` in the logging folder): ``total`` documents, ``lines_kept``,
``lines_dropped``, ``dropped_by_<stage>`` line counts, ``chars_removed`` and ``emptied`` (documents
left with no text).
"""
from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from ..config import Config
from ..pipeline import Cleaner


class CleanerFormatter(BaseFormatter):
    """Replace each document's text by its cleaned body (:class:`cleaner.Cleaner`).

    Args:
        config: the cleaner's settings (default: ``Config()``); ``Config(profile=...)`` turns on the
            site stage, which reads the page URL from the document's metadata.
        url_key: metadata key holding the page URL (datatrove readers put the input record's extra
            fields, such as ``url``, in ``metadata``).
        stats: count lines kept and dropped per stage (one ``explain`` per document either way).
    """

    name = "🧹 Cleaner"

    def __init__(self, config: Config | None = None, url_key: str = "url", stats: bool = True):
        super().__init__()
        self.config = config or Config()
        self.cleaner = Cleaner(self.config)
        self.url_key = url_key
        self.count_stats = stats

    def format(self, text: str, url: str | None = None) -> str:
        return self.cleaner.clean(text, url)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            url = doc.metadata.get(self.url_key) if doc.metadata else None
            with self.track_time():
                result = self.cleaner.explain(doc.text or "", url if isinstance(url, str) else None)
            if self.count_stats:
                for key, value in result.stats.items():
                    name = {"kept": "lines_kept", "dropped": "lines_dropped"}.get(key, key)
                    self.stat_update(name, value=value)
                self.stat_update("chars_removed", value=len(doc.text or "") - len(result.text), unit="doc")
                if not result.text:
                    self.stat_update("emptied")
            doc.text = result.text
            yield doc
