"""Loads dossier's CSVs as an analyst would, with each engine's defaults, and checks the
column types: integers stay integers, coordinates are numbers, no value turns into a
missing one. Usage: load_csv.py MENTIONS.csv ARTICLES.csv NAMIBIA_MENTIONS.csv
(run by tests/contract.rs)."""
import sys

import duckdb
import pandas as pd

mentions, articles, namibia = sys.argv[1:4]
INTS_M = ["span_start", "span_end", "sentence", "section", "geonames_id"]
FLOATS_M = ["lat", "lon"]
INTS_A = ["chars", "words", "sentences", "paragraphs", "sections", "list_items",
          "actor_count", "location_count", "date_count"]
problems = []

for path, ints, floats in [(mentions, INTS_M, FLOATS_M), (articles, INTS_A, []), (namibia, INTS_M, FLOATS_M)]:
    df = pd.read_csv(path)
    for c in ints:
        if not pd.api.types.is_integer_dtype(df[c]):
            problems.append(f"pandas {path}: {c} is {df[c].dtype}")
    for c in floats:
        if not pd.api.types.is_float_dtype(df[c]):
            problems.append(f"pandas {path}: {c} is {df[c].dtype}")
    rel = duckdb.sql(f"SELECT * FROM read_csv_auto('{path}')")
    types = dict(zip(rel.columns, (str(t) for t in rel.types)))
    for c in ints:
        if types[c] not in ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT"):
            problems.append(f"duckdb {path}: {c} is {types[c]}")
    for c in floats:
        if types[c] not in ("DOUBLE", "FLOAT"):
            problems.append(f"duckdb {path}: {c} is {types[c]}")

df = pd.read_csv(namibia)
places = df[df["category"] == "location"]
if places["country"].isna().any():
    problems.append(f"pandas: a place lost its country: {places[places['country'].isna()].to_dict('records')}")
if "NAM" not in set(places["country"]):
    problems.append("pandas: Namibia's country code is not NAM")
for c in ["category", "kind", "name", "text", "id"]:
    if df[c].isna().any():
        problems.append(f"pandas: {c} has missing values")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("pandas and duckdb load both CSVs with their types")
