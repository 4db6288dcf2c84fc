"""dossier on Spark: a JSONL file of articles in, Parquet records and mentions out.

    spark-submit examples/spark/dossier_spark.py INPUT.jsonl OUT_DIR [--mode package|pipe]
        [--binary PATH]

Each input line is a JSON object with `text` and optional `id` and `date`. Writes
OUT_DIR/records (one row per input line, in input order, nested actors, locations and
dates) and OUT_DIR/mentions (one row per actor, location and date mention).

Two ways to run dossier on each partition:
- `package` (default): the Python package (`pip install ./python` on every executor), in
  `mapPartitions`, one `extract_many` per partition on one thread;
- `pipe`: the binary through `rdd.pipe`, with `--jobs 1` (an executor core is one job),
  `--allow-failures` (a bad line is an error record in its place, and the exit code stays 0)
  and `checkCode=True` (so a real failure, such as a mistyped flag, fails the task instead of
  silently returning nothing).

Either way there is one record per input line, in order: a line that is not a JSON object
with a text gets a record whose `error` says why. Blank lines are sent as `null`, because
`rdd.pipe` would drop them. Lines without an id get their position in the file.
"""

from __future__ import annotations

import argparse
import json
from typing import Iterable, Iterator, Tuple

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F


def with_id(pair: Tuple[str, int]) -> str:
    """The line as sent to dossier: an object gets its position as id when it has none; a
    blank line becomes `null` (an error record, where `rdd.pipe` would drop it)."""
    line, index = pair
    if not line.strip():
        return "null"
    try:
        value = json.loads(line)
    except ValueError:
        return line
    if isinstance(value, dict) and value.get("id") is None:
        value["id"] = str(index)
        return json.dumps(value, ensure_ascii=False)
    return line


def error_record(template: dict, id_: str, message: str) -> dict:
    """A record for a line that has no article, shaped as every record is."""
    return dict(template, id=id_, error={"kind": "json", "message": message})


def run_package(lines: Iterable[str]) -> Iterator[str]:
    """One partition through the Python package: records as JSON lines, in order."""
    import dossier

    empty = dossier.extract("")
    items, failed = [], {}
    for n, line in enumerate(lines):
        try:
            value = json.loads(line)
        except ValueError as e:
            failed[n] = error_record(empty, f"line {n}", f"not valid JSON: {e}")
            continue
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            id_ = str(value.get("id", n)) if isinstance(value, dict) else f"line {n}"
            failed[n] = error_record(empty, id_, "not a JSON object with a text")
            continue
        items.append((n, value))
    records = dossier.extract_many_json(
        ({"text": v["text"], "id": str(v["id"]), "date": v.get("date")} for _, v in items),
        jobs=1,
    )
    done = dict(zip((n for n, _ in items), records))
    for n in range(len(done) + len(failed)):
        yield done[n] if n in done else json.dumps(failed[n], ensure_ascii=False)


def mentions(records: DataFrame) -> DataFrame:
    """One row per mention: id, category, kind, name, text, span_start, span_end."""
    actors = (
        records.select("id", F.explode("actors").alias("a"))
        .select("id", "a.kind", "a.name", F.explode("a.mentions").alias("m"))
        .select("id", F.lit("actor").alias("category"), "kind", "name", "m.text", "m.span")
    )
    places = (
        records.select("id", F.explode("locations").alias("l"))
        .select("id", "l.kind", "l.name", F.explode("l.mentions").alias("m"))
        .select("id", F.lit("location").alias("category"), "kind", "name", "m.text", "m.span")
    )
    dates = records.select("id", F.explode("dates").alias("d")).select(
        "id",
        F.lit("date").alias("category"),
        F.col("d.type").alias("kind"),
        F.col("d.value").alias("name"),
        "d.text",
        "d.span",
    )
    return (
        actors.unionByName(places)
        .unionByName(dates)
        .withColumn("span_start", F.col("span")[0])
        .withColumn("span_end", F.col("span")[1])
        .drop("span")
    )


def record_lines(spark: SparkSession, path: str, mode: str, binary: str = "dossier"):
    """An RDD of records as JSON lines, one per line of `path`, in order."""
    lines = spark.sparkContext.textFile(path).zipWithIndex().map(with_id)
    if mode == "pipe":
        command = [binary, "--input", "jsonl", "--format", "jsonl", "--jobs", "1",
                   "--allow-failures", "--quiet"]
        return lines.pipe(" ".join(command), checkCode=True)
    return lines.mapPartitions(run_package)


def write(spark: SparkSession, out, path: str) -> DataFrame:
    """Writes the records (nested) and their mentions (flat) as Parquet under `path`."""
    # Inferring the schema reads the records once and writing them again: keep them.
    records = spark.read.json(out.cache())
    records.write.mode("overwrite").parquet(f"{path}/records")
    mentions(records).write.mode("overwrite").parquet(f"{path}/mentions")
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("out")
    parser.add_argument("--mode", choices=["package", "pipe"], default="package")
    parser.add_argument("--binary", default="dossier")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("dossier").getOrCreate()
    write(spark, record_lines(spark, args.input, args.mode, args.binary), args.out)
    spark.stop()


if __name__ == "__main__":
    main()
