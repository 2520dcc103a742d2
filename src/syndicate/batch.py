"""Batch conversion on every core: a bounded process pool over a lazy record stream.

Records go to a process pool (the parse is CPU-bound) with at most a few per
worker in flight, so memory stays flat however many inputs there are; results
are written as they arrive, one whole line at a time. A record that fails is
reported and the run goes on; a worker that dies (a crash, the OOM killer) is
replaced and the records it may have taken down are retried one by one, so only
the culprit is reported. SIGINT/SIGTERM stop the intake, let the records in
flight finish, and leave whole lines only.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .errors import SyndicateError
from .output import write_atomic
from .pipeline import (
    RESULT_KEY,
    SUFFIX,
    Deadline,
    Options,
    error_reason,
    load_document,
    render_text,
    result_line,
)
from .readers.records import Failed, Record, SourceStats

#: Records in flight per worker: enough to keep every core busy, few enough to keep memory flat.
IN_FLIGHT_PER_WORKER = 4
#: Records a worker process converts before it is replaced (allocator fragmentation and
#: caches make a worker's memory creep over thousands of pages; a fork costs milliseconds).
TASKS_PER_WORKER = 500


@dataclass(frozen=True)
class Outcome:
    """What one record gave: a JSONL line (or a file written by the worker), or an error."""

    id: str
    source: dict[str, str]
    line: str | None = None
    error: str | None = None


# --------------------------------------------------------------------------- sinks


def _scan_ids(path: str) -> tuple[set[str], int]:
    """Ids of the whole lines of a JSONL output, and the byte length of those lines
    (a half line left by a hard kill is cut off before appending)."""
    ids: set[str] = set()
    good = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            good += len(raw)
            if raw.startswith(b'{"id":'):
                try:
                    rid, _ = json.decoder.scanstring(raw.decode("utf-8"), 7)
                except (ValueError, UnicodeDecodeError):
                    continue
                ids.add(rid)
    return ids, good


class JsonlSink:
    """Lines appended to a file (or stdout), each with one unbuffered write."""

    def __init__(self, path: str, *, resume: bool = False):
        self.path = path
        self.done: set[str] = set()
        if path == "-":
            self.fd = sys.stdout.fileno()
            sys.stdout.flush()
            return
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if resume and os.path.exists(path):
            self.done, good = _scan_ids(path)
            with open(path, "r+b") as fh:
                fh.truncate(good)
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        else:
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)

    def skip(self, record: Record) -> bool:
        return record.id in self.done

    def write(self, line: str) -> None:
        data = line.encode("utf-8")
        while data:  # a regular file takes it in one write; a pipe may take less
            data = data[os.write(self.fd, data):]

    def close(self) -> None:
        if self.path != "-":
            os.close(self.fd)


class FolderSink:
    """One file per record, written by the worker (atomically); nothing passes back."""

    def __init__(self, folder: str, to: str, *, resume: bool = False):
        self.folder = folder
        self.suffix = SUFFIX[to]
        self.resume = resume
        Path(folder).mkdir(parents=True, exist_ok=True)

    def target(self, record: Record) -> str:
        return os.path.join(self.folder, (record.name or "page") + self.suffix)

    def skip(self, record: Record) -> bool:
        return self.resume and os.path.exists(self.target(record))

    def write(self, line: str) -> None:  # pragma: no cover - workers write the files
        pass

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- the work


def process(record: Record, options: Options, target: str | None = None) -> Outcome:
    """Convert one record to a JSONL line, or write it to ``target``; never raises on bad input."""
    try:
        with Deadline(options.timeout):
            doc = load_document(record, options.limits)
            if target is not None:
                if options.to == "json":
                    from .writers.json import to_json

                    write_atomic(target, to_json(doc) + "\n")
                else:
                    write_atomic(target, render_text(doc, options))
                return Outcome(record.id, record.source)
            text = render_text(doc, options)
    except Exception as exc:  # noqa: BLE001 - reported per record, the batch goes on
        if os.environ.get("SYNDICATE_DEBUG") and not isinstance(exc, SyndicateError | OSError):
            raise  # a bug, with its traceback, for the report
        return Outcome(record.id, record.source, error=error_reason(exc))
    payload = text if options.to == "json" else json.dumps(text, ensure_ascii=False)
    return Outcome(record.id, record.source,
                   line=result_line(record.id, record.source, RESULT_KEY[options.to], payload))


_WORKER: dict[str, Any] = {}


def _init_worker(options: Options) -> None:
    # The parent decides when to stop: Ctrl-C goes to the whole process group, not to us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["options"] = options


def _work(record: Record, target: str | None) -> Outcome:
    return process(record, _WORKER["options"], target)


# --------------------------------------------------------------------------- the engine


@dataclass
class BatchResult:
    """Counts of one run."""

    converted: int = 0
    failed: int = 0
    already_done: int = 0
    interrupted: bool = False
    skipped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return 130
        if self.failed:
            return 1 if self.converted or self.already_done else 2
        return 0


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class _StopFlag:
    """SIGINT/SIGTERM set a flag (checked between records) instead of raising mid-write."""

    def __init__(self) -> None:
        self.stop = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _StopFlag:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, frame: object) -> None:
        if self.stop:  # a second signal: stop now, in-flight records are lost (never half lines)
            raise KeyboardInterrupt
        self.stop = True

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


ErrorHandler = Callable[[str, dict[str, str], str], None]
ProgressHook = Callable[[BatchResult], None]


class Batch:
    """Runs records through :func:`process` on ``workers`` processes (1: in this process)."""

    def __init__(self, sink: JsonlSink | FolderSink, options: Options, *, workers: int = 0,
                 on_error: ErrorHandler | None = None, on_progress: ProgressHook | None = None,
                 tasks_per_worker: int = TASKS_PER_WORKER):
        self.sink = sink
        self.tasks_per_worker = max(1, tasks_per_worker)
        self.options = options
        self.workers = workers or default_workers()
        self.on_error = on_error or (lambda rid, source, reason: None)
        self.on_progress = on_progress or (lambda result: None)
        self.result = BatchResult()

    # -- results
    def _target(self, record: Record) -> str | None:
        return self.sink.target(record) if isinstance(self.sink, FolderSink) else None

    def _take(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.result.failed += 1
            self.on_error(outcome.id, outcome.source, outcome.error)
        else:
            if outcome.line is not None:
                self.sink.write(outcome.line)
            self.result.converted += 1
        self.on_progress(self.result)

    def _records(self, items: Iterable[Record | Failed]) -> Iterator[Record]:
        for item in items:
            if isinstance(item, Failed):
                self._take(Outcome(item.id, item.source, error=item.reason))
            elif self.sink.skip(item):
                self.result.already_done += 1
            else:
                yield item

    def run(self, items: Iterable[Record | Failed], stats: SourceStats | None = None) -> BatchResult:
        start = time.monotonic()
        with _StopFlag() as flag:
            try:
                if self.workers == 1:
                    self._serial(self._records(items), flag)
                else:
                    self._pooled(self._records(items), flag)
            except KeyboardInterrupt:
                self.result.interrupted = True
        self.result.interrupted = self.result.interrupted or flag.stop
        self.result.seconds = time.monotonic() - start
        if stats is not None:
            self.result.skipped = dict(stats.skipped)
        return self.result

    def _serial(self, records: Iterator[Record], flag: _StopFlag) -> None:
        for record in records:
            self._take(process(record, self.options, self._target(record)))
            if flag.stop:
                return

    def _executor(self) -> ProcessPoolExecutor:
        # fork is cheapest, but unsafe once this process runs threads (a Dask client, say).
        method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker, initargs=(self.options,))

    def _pooled(self, records: Iterator[Record], flag: _StopFlag) -> None:
        window = self.workers * IN_FLIGHT_PER_WORKER
        pool = self._executor()
        pending: dict[Future[Outcome], Record] = {}
        backlog: list[Record] = []  # taken from the stream, not yet accepted by a pool
        exhausted = False
        given = 0  # records given to this pool: it is replaced after TASKS_PER_WORKER each
        try:
            while True:
                while (not flag.stop and len(pending) < window and (backlog or not exhausted)
                       and given < self.workers * self.tasks_per_worker):
                    record = backlog.pop() if backlog else next(records, None)
                    if record is None:
                        exhausted = True
                        break
                    try:
                        pending[pool.submit(_work, record, self._target(record))] = record
                        given += 1
                    except BrokenProcessPool:  # a worker died since the last wait: see below
                        backlog.append(record)
                        break
                more = bool(backlog) or not exhausted
                if not pending and (not more or flag.stop):
                    return
                if not pending and given >= self.workers * self.tasks_per_worker:
                    # Fresh workers: whatever a long run leaves in a worker's heap goes with it.
                    pool.shutdown(wait=True)
                    pool, given = self._executor(), 0
                    continue
                if flag.stop:  # finish what is running, start nothing new
                    for fut in list(pending):
                        if fut.cancel():
                            del pending[fut]
                done, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                suspects: list[Record] = []
                for fut in done:
                    record = pending.pop(fut)
                    try:
                        self._take(fut.result())
                    except BrokenProcessPool:
                        suspects.append(record)
                if suspects or (backlog and not pending):
                    suspects += list(pending.values())
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool, given = self._isolate(suspects, flag), 0
        finally:
            if pending:  # a second signal: do not wait for the records in flight
                for proc in list((getattr(pool, "_processes", None) or {}).values()):
                    proc.terminate()
            pool.shutdown(wait=not pending, cancel_futures=True)

    def _isolate(self, suspects: list[Record], flag: _StopFlag) -> ProcessPoolExecutor:
        """After a worker died: each record that was in flight, alone in a fresh pool, so the
        one that kills its worker is reported and the others are converted."""
        pool = self._executor()
        for record in suspects:
            if flag.stop:
                break
            try:
                self._take(pool.submit(_work, record, self._target(record)).result())
            except BrokenProcessPool:
                self._take(Outcome(record.id, record.source,
                                   error="the worker process died on this record "
                                         "(a crash, or killed for using too much memory)"))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = self._executor()
        return pool


class Progress:
    """``1,234 done · 3 failed · 41.2 pages/s · 37% · ETA 0:02:10`` redrawn on a terminal."""

    def __init__(self, stream: TextIO, stats: SourceStats, total_bytes: int = 0):
        self.stream = stream
        self.stats = stats
        self.total = total_bytes
        self.enabled = stream.isatty()
        self.start = time.monotonic()
        self._last = 0.0

    def __call__(self, result: BatchResult) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-6)
        done = result.converted + result.failed
        parts = [f"{done:,} done", f"{result.failed:,} failed", f"{done / elapsed:.1f} pages/s"]
        if self.total and self.stats.bytes_done:
            frac = min(self.stats.bytes_done / self.total, 1.0)
            eta = elapsed * (1 - frac) / max(frac, 1e-6)
            parts += [f"{frac:.0%}", f"ETA {int(eta) // 3600}:{int(eta) % 3600 // 60:02d}:{int(eta) % 60:02d}"]
        self.stream.write("\r" + " · ".join(parts) + "\033[K")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
