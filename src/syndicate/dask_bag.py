"""Dask for clusters: the batch's per-record function over a Dask bag.

Named ``dask_bag`` (not ``dask``) so that ``import dask`` inside syndicate can never
mean this module. Needs the ``dask`` extra (``dask[bag]``, ``distributed``)::

    from distributed import Client
    import syndicate.dask_bag as sdb

    client = Client("scheduler:8786")                  # or LocalCluster()
    results = sdb.convert_files(["crawl/a.warc.gz", "crawl/b.warc.gz"])   # one task per file
    sdb.write_jsonl(results, "out/")                   # out/0.jsonl, out/1.jsonl, ...

Every worker runs :func:`syndicate.pipeline.convert_partition`, the function the
``batch`` command's process pool runs, so the documents are the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from . import pipeline
from .pipeline import DEFAULT_OPTIONS, Options, convert_partition, result_to_line
from .readers.records import DEFAULT_GLOBS

if TYPE_CHECKING:  # pragma: no cover
    from dask.bag import Bag


def _bag_module():  # noqa: ANN202 - dask.bag, imported on use
    try:
        import dask.bag as db
    except ImportError:  # pragma: no cover - depends on the install
        from .errors import SyndicateError

        raise SyndicateError("the Dask integration needs dask: pip install 'syndicate[dask]'") from None
    return db


def convert_bag(records: Bag, options: Options = DEFAULT_OPTIONS) -> Bag:
    """A bag of records (:class:`~syndicate.readers.records.Record` or ``{"id", "url", "html"}``
    dicts) -> a bag of result dicts (``{"id", "source", "document"}`` or ``{..., "error"}``)."""
    return records.map_partitions(partial(convert_partition, options=options))


def convert_files(paths: Sequence[str], options: Options = DEFAULT_OPTIONS,
                  globs: Sequence[str] = DEFAULT_GLOBS, npartitions: int | None = None) -> Bag:
    """Files, folders, WARC or JSONL files -> a bag of result dicts.

    One partition per path by default (a WARC file each), or ``npartitions`` groups of
    paths (many small page files). Each worker reads its own files (a WARC is never
    shipped through the scheduler) and converts them record by record.
    """
    db = _bag_module()
    paths = list(paths)
    bag = db.from_sequence(paths, npartitions=max(1, min(npartitions or len(paths), len(paths))))
    return bag.map_partitions(partial(_convert_paths, options=options, globs=tuple(globs)))


def _convert_paths(paths: Sequence[str], *, options: Options, globs: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    return pipeline.convert_files(paths, options, globs)


def write_jsonl(results: Bag, folder: str) -> list[str]:
    """Write a result bag as JSONL partitions ``folder/0.jsonl``, ``1.jsonl``...; the paths."""
    return results.map(result_to_line).to_textfiles(f"{folder.rstrip('/')}/*.jsonl")
