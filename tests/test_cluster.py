"""The per-record function on a real Dask distributed.LocalCluster, and under PySpark when it
is installed: the same documents as the serial batch run."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from batchpages import article
from syndicate.pipeline import Options, convert_partition, convert_record


def _inputs(tmp_path: Path) -> tuple[list[str], list[dict]]:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for i in range(6):
        (folder / ("sub" if i % 2 else "") / f"p{i}.html").write_text(article(i))
    (folder / "bad.html").write_bytes(b"%PDF-1.4")
    jsonl = tmp_path / "records.jsonl"
    records = [{"id": f"r{i}", "url": f"https://example.com/news/{i}", "html": article(10 + i)}
               for i in range(4)]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records))
    return [str(folder), str(jsonl)], records


def _serial(paths: list[str], tmp_path: Path) -> dict[str, dict]:
    out = tmp_path / "serial.jsonl"
    subprocess.run([sys.executable, "-m", "syndicate", "batch", *paths, "-o", str(out),
                    "--workers", "1"], capture_output=True, timeout=120, check=False)
    return {row["id"]: row for row in map(json.loads, out.read_text().splitlines())}


def test_per_record_function_pickles_by_reference() -> None:
    assert len(pickle.dumps(convert_record)) < 100
    assert len(pickle.dumps(partial(convert_partition, options=Options(to="markdown")))) < 1000
    code = ("import sys, syndicate.pipeline; "
            "bad = [m for m in ('requests', 'dask', 'distributed', 'pyspark') if m in sys.modules]; "
            "sys.exit(bool(bad))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0, \
        "syndicate.pipeline must stay import-light"


def test_dask_local_cluster_gives_the_serial_documents(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="needs dask[bag] (the dask extra)")
    distributed = pytest.importorskip("distributed", reason="needs distributed (the dask extra)")
    import dask.bag as db

    import syndicate.dask_bag as sdb

    paths, records = _inputs(tmp_path)
    serial = _serial(paths, tmp_path)
    assert len(serial) == 10
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        written = sdb.write_jsonl(sdb.convert_files(paths), str(tmp_path / "dask"))
        from_records = sdb.convert_bag(db.from_sequence(records, npartitions=2)).compute()
    assert len(written) == 2
    rows = [json.loads(line) for p in written for line in Path(p).read_text().splitlines()]
    good = {row["id"]: row for row in rows if "document" in row}
    assert {row["id"] for row in rows if "error" in row} == {str(Path(paths[0]) / "bad.html")}
    assert good.keys() == serial.keys()
    for rid, row in good.items():
        assert row == serial[rid]
    for row in from_records:
        assert row["document"] == serial[row["id"]]["document"]


def test_pyspark_map_partitions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyspark = pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install pyspark; needs a Java runtime)")
    import shutil

    if not shutil.which("java"):
        pytest.skip("pyspark needs a Java runtime (java not on PATH)")
    # Spark's Python workers must run an interpreter that has syndicate: this one.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    paths, records = _inputs(tmp_path)
    serial = _serial(paths, tmp_path)
    spark = (pyspark.sql.SparkSession.builder.master("local[2]").appName("syndicate-test")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        rdd = spark.sparkContext.parallelize(records, 2)
        rows = rdd.mapPartitions(partial(convert_partition, options=Options())).collect()
    finally:
        spark.stop()
    assert len(rows) == 4
    for row in rows:
        assert row["document"] == serial[row["id"]]["document"]
