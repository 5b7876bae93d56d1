"""Parquet in and out (the ``parquet`` extra: pyarrow), through the record path.

In: the rows of a Parquet file, read row group by row group (memory stays at about one row group), with
the page in the ``--field`` column (a string column) and the URL in ``--url-field``; every other column
is kept. Out (``-o NAME.parquet``, or Parquet in and no other output suffix): the same columns in the
same order and types, the page column cleaned; with ``--stats`` a ``cleaner`` struct column is added.
Rows are written in row groups of :data:`ROW_GROUP_ROWS` rows or :data:`ROW_GROUP_CHARS` characters. From JSON Lines or WARC records the schema is
the first row group's (a later record that does not fit it is an error naming the record).
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from ._cli_io import InputError, Job, describe
from .formats import Input
from .records import BATCH_RECORDS, READ_ERRORS, Batch, Tally

#: An output row group closes at this many rows or characters of cleaned text, whichever comes first:
#: large enough for Parquet's columnar compression to pay, small enough to keep memory flat whatever
#: the page sizes.
ROW_GROUP_ROWS = 8192
ROW_GROUP_CHARS = 32 << 20

INSTALL_HINT = "Parquet needs pyarrow: pip install pyarrow (the 'parquet' extra of page-cleaner)"


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow  # noqa: PLC0415
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    return pyarrow, pyarrow.parquet


def check_available() -> str | None:
    """None when Parquet can be read and written, else why not (for a usage error before any work)."""
    try:
        _pyarrow()
    except InputError as exc:
        return str(exc)
    return None


def parquet_batches(inp: Input, job: Job, tally: Tally, new_batch: Callable[[], Batch]) -> Iterator[Batch]:
    """The rows of a Parquet input as record batches, ending with an empty one; the schema goes to
    ``tally.schemas`` for a Parquet output."""
    pa, pq = _pyarrow()
    name = inp.name
    batch = new_batch()
    try:
        pfile = pq.ParquetFile(inp.stream if inp.stream is not None else inp.path)
    except (READ_ERRORS + (pa.ArrowException,)) as exc:
        batch.error = f"{name}: not a readable Parquet file: {describe(exc)}"
        yield batch
        return
    schema = pfile.schema_arrow
    if job.field not in schema.names:
        batch.error = (f"{name}: no column {job.field!r} (columns: {', '.join(schema.names)}); "
                       f"choose one with --field")
        yield batch
        return
    tally.schemas[batch.source] = schema
    row = 0
    try:
        for chunk in pfile.iter_batches(batch_size=BATCH_RECORDS):
            for record in chunk.to_pylist():
                row += 1
                batch.records.append((f"{name}: row {row}", record, None, None))
            yield batch
            batch = new_batch()
    except (READ_ERRORS + (pa.ArrowException,)) as exc:
        batch.error = f"{name}: after row {row}: {describe(exc)}"
    yield batch


class _Sink:
    """What pyarrow writes Parquet to: our output (``-o`` file, standard output), which it must not close,
    seen as a plain Python file."""

    def __init__(self, out: Any) -> None:
        self.out = out
        self.closed = False
        self.written = 0

    def write(self, data: Any) -> int:
        self.out.write(bytes(data))
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        self.out.flush()

    def tell(self) -> int:
        return self.written

    def close(self) -> None:
        self.closed = True  # the output itself is committed (or discarded) by the command line


class ParquetOutput:
    """Rows (dicts) in, Parquet row groups out, to a binary stream (a file, or standard output)."""

    def __init__(self, out: Any, job: Job, schema_of: Callable[[], Any]) -> None:
        self.pa, self.pq = _pyarrow()
        self.out = out
        self.job = job
        self.schema_of = schema_of  # the Parquet input's schema once it is read; None for other inputs
        self.rows: list[dict] = []
        self.chars = 0
        self.writer: Any = None
        self.first_row = 1

    def _schema(self) -> Any:
        pa = self.pa
        schema = self.schema_of()
        if schema is None:
            schema = pa.Table.from_pylist(self.rows).schema
        if self.job.stats and "cleaner" not in schema.names:
            schema = schema.append(pa.field("cleaner", pa.struct([
                ("lines_kept", pa.int64()), ("lines_dropped", pa.int64()), ("chars_removed", pa.int64())])))
        return schema

    def write(self, record: dict) -> None:
        self.rows.append(record)
        text = record.get(self.job.field)
        self.chars += len(text) if isinstance(text, str) else 0
        if len(self.rows) >= ROW_GROUP_ROWS or self.chars >= ROW_GROUP_CHARS:
            self._write_group()

    def _write_group(self) -> None:
        if not self.rows:
            return
        pa = self.pa
        if self.writer is None:
            self.writer = self.pq.ParquetWriter(self.pa.PythonFile(_Sink(self.out), mode="w"), self._schema())
        try:
            table = pa.Table.from_pylist(self.rows, schema=self.writer.schema)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            last = self.first_row + len(self.rows) - 1
            raise InputError(f"output records {self.first_row}-{last} do not fit the Parquet schema of the "
                             f"first ones: {describe(exc)}") from None
        self.writer.write_table(table)
        self.first_row += len(self.rows)
        self.rows, self.chars = [], 0

    def flush(self) -> None:
        """Row groups are written when full (a group per batch would make a poor Parquet file)."""

    def close(self) -> None:
        self._write_group()
        if self.writer is None:  # no rows at all: still a valid, empty Parquet file
            self.writer = self.pq.ParquetWriter(self.pa.PythonFile(_Sink(self.out), mode="w"),
                                                self.schema_of() or self.pa.schema([]))
        self.writer.close()
