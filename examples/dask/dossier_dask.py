"""dossier on Dask: a folder of article files, however large, into JSONL files.

    python examples/dask/dossier_dask.py FOLDER OUT_DIR [--per-partition 1000]

Only file names are listed up front; each partition reads its own files, runs them through
the Python package (`extract_many`, on the worker's cores with the GIL released) and writes
its records to OUT_DIR/NNNN.jsonl, so no machine holds more than a partition's articles.
Records are in sorted path order, ids are the paths relative to FOLDER; a file that is not
UTF-8 gets an error record, not a lost line. With a cluster, pass a `distributed.Client`
first; the same code runs on it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import List


def run_partition(paths: List[str], root: str) -> List[str]:
    import dossier

    items, failed = [], {}
    for n, path in enumerate(paths):
        rel = str(Path(path).relative_to(root))
        try:
            items.append((n, {"id": rel, "text": Path(path).read_text(encoding="utf-8")}))
        except (OSError, UnicodeDecodeError) as e:
            failed[n] = dict(dossier.extract(""), id=rel, error={"kind": "io", "message": str(e)})
    done = dict(zip((n for n, _ in items), dossier.extract_many(item for _, item in items)))
    return [json.dumps(done.get(n) or failed[n], ensure_ascii=False) for n in range(len(paths))]


def run(folder: str, out: str, per_partition: int = 1000) -> None:
    import dask.bag as db

    paths = sorted(str(p) for p in Path(folder).rglob("*") if p.is_file())
    bag = db.from_sequence(paths, partition_size=per_partition)
    Path(out).mkdir(parents=True, exist_ok=True)
    bag.map_partitions(run_partition, folder).to_textfiles(f"{out}/*.jsonl", name_function=lambda i: f"{i:04d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--per-partition", type=int, default=1000)
    args = parser.parse_args()
    run(args.folder, args.out, args.per_partition)


if __name__ == "__main__":
    main()
