"""The Spark and Dask recipes under examples/, run locally on small generated inputs.

Each skips, saying why, where its engine (pyspark with Java, or dask) is not installed.
"""

import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(
    p for p in (ROOT / "fixtures" / "articles").iterdir() if p.suffix in (".txt", ".md")
)


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def jsonl_input(path: Path, n: int) -> list:
    """`n` lines: articles with and without ids, one invalid line and one blank line."""
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    lines = []
    for i in range(n):
        if i == 3:
            lines.append("{not json")
        elif i == 5:
            lines.append("")
        elif i % 2:
            lines.append(json.dumps({"text": texts[i % len(texts)]}))
        else:
            lines.append(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


@pytest.fixture(scope="module")
def spark():
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("SKIPPED: pyspark is not installed (pip install pyspark)")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("SKIPPED: no Java for pyspark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dossier-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.parametrize("mode", ["package", "pipe"])
def test_spark_recipe_gives_one_record_per_line_in_order(spark, mode, tmp_path, cli_binary):
    recipe = load("dossier_spark", ROOT / "examples" / "spark" / "dossier_spark.py")
    n = 200
    lines = jsonl_input(tmp_path / "in.jsonl", n)
    start = time.perf_counter()
    out = recipe.record_lines(spark, str(tmp_path / "in.jsonl"), mode, cli_binary)
    records = [json.loads(r) for r in out.collect()]
    seconds = time.perf_counter() - start
    print(f"spark {mode}: {n} records in {seconds:.2f} s, {n / seconds:.0f} records/s")
    assert len(records) == n
    for i, (line, record) in enumerate(zip(lines, records)):
        if i in (3, 5):
            assert record["error"] is not None, record["id"]
        else:
            assert record["error"] is None
            assert record["id"] == (f"a{i}" if i % 2 == 0 else str(i))
    written = recipe.write(spark, out, str(tmp_path / "out"))
    assert written.count() == n
    mentions = spark.read.parquet(str(tmp_path / "out" / "mentions"))
    assert {"id", "category", "kind", "name", "text", "span_start", "span_end"} <= set(mentions.columns)
    assert mentions.filter("category = 'actor'").count() > 0
    if mode == "pipe":
        # With checkCode=True a command that fails (here a mistyped flag) fails the job
        # rather than giving an empty result.
        broken = recipe.record_lines(
            spark, str(tmp_path / "in.jsonl"), mode, f"{cli_binary} --no-such-flag"
        )
        with pytest.raises(Exception, match="--no-such-flag|exit status|non-zero"):
            broken.collect()


def test_dask_recipe_writes_every_file_once_in_order(tmp_path):
    if importlib.util.find_spec("dask") is None:
        pytest.skip("SKIPPED: dask is not installed (pip install 'dask[bag]')")
    recipe = load("dossier_dask", ROOT / "examples" / "dask" / "dossier_dask.py")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(30):
        src = ARTICLES[i % len(ARTICLES)]
        (folder / f"{i:03d}{src.suffix}").write_bytes(src.read_bytes())
    (folder / "999.txt").write_bytes(b"\xff\xfe not UTF-8 \xff")
    recipe.run(str(folder), str(tmp_path / "out"), per_partition=7)
    records = [
        json.loads(line)
        for f in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in records] == sorted(p.name for p in folder.iterdir())
    assert records[-1]["error"] is not None
    assert all(r["error"] is None for r in records[:-1])
