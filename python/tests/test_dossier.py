"""The Python package against the command line and its own promises."""

import json
import subprocess
import time
from pathlib import Path

import pytest

import dossier

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(
    p for p in (ROOT / "fixtures" / "articles").iterdir() if p.suffix in (".txt", ".md")
)


def read(path: Path) -> str:
    # As the command decodes a UTF-8 file: bytes as they are, line ends kept.
    return path.read_bytes().decode("utf-8")


def test_there_are_fixtures():
    assert len(ARTICLES) >= 8


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
@pytest.mark.parametrize("offsets", ["chars", "bytes"])
def test_records_are_the_command_lines_byte_for_byte(cli_binary, path, offsets):
    line = subprocess.run(
        [cli_binary, "--format", "jsonl", "--offsets", offsets, str(path)],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    cli_id = json.loads(line)["id"]
    got = dossier.extract_json(read(path), id=cli_id, offsets=offsets)
    assert got + "\n" == line


def test_extract_many_keeps_input_order_under_jobs():
    texts = [read(p) for p in ARTICLES] * 25
    items = [{"text": t, "id": f"doc-{i}"} for i, t in enumerate(texts)]
    want = [dossier.extract(t, id=f"doc-{i}") for i, t in enumerate(texts)]
    for jobs in (1, 2, 4, None):
        got = list(dossier.extract_many(items, jobs=jobs))
        assert got == want, f"jobs={jobs}"
    lines = list(dossier.extract_many_json(items, jobs=2))
    assert lines == [dossier.extract_json(t, id=f"doc-{i}") for i, t in enumerate(texts)]


def test_extract_many_takes_texts_mappings_and_generators():
    got = list(dossier.extract_many(t for t in ["Talks in Cairo.", "Rain in Doha."]))
    assert [r["id"] for r in got] == ["0", "1"]
    assert [r["locations"][0]["name"] for r in got] == ["Cairo", "Doha"]
    dated = next(dossier.extract_many([{"text": "It rained yesterday.", "date": "2024-03-05"}]))
    assert dated["dates"][0]["value"] == "2024-03-04"
    assert list(dossier.extract_many([])) == []


def test_reference_date_resolves_relative_dates():
    record = dossier.extract("The talks ended on Tuesday.", reference_date="2025-03-07")
    assert record["dates"][0]["value"] == "2025-03-04"
    assert record["anchor"]["source"] == "option"


@pytest.mark.parametrize(
    "call, reason",
    [
        (lambda: dossier.extract("x", reference_date="2025-02-30"), "YYYY-MM-DD"),
        (lambda: dossier.extract("x", offsets="words"), "offsets"),
        (lambda: dossier.extract(b"bytes"), "must be a str"),
        (lambda: dossier.extract("\ud800 lone surrogate"), "not valid Unicode"),
        (lambda: dossier.extract("x", id=7), "id must be a str"),
        (lambda: list(dossier.extract_many(["a"], jobs=0)), "jobs"),
        (lambda: list(dossier.extract_many([{"id": "a"}])), "item 0 has no 'text'"),
        (lambda: list(dossier.extract_many(["a", 5])), "item 1 must be a str"),
        (lambda: list(dossier.extract_many(["a", "\udcff"])), "not valid Unicode"),
    ],
)
def test_bad_input_raises_a_value_error_saying_why(call, reason):
    with pytest.raises(dossier.DossierError, match=reason) as caught:
        call()
    assert isinstance(caught.value, ValueError)


def test_char_offsets_slice_the_python_string():
    text = (
        "Tomáš Dvořáček 🙂 met Angela Merkel in Zürich on 3 March 2024.\n\n"
        "北京 — Later, Merkel flew to São Paulo – “a long trip”, said Reuters."
    )
    record = dossier.extract(text)
    mentions = [m for a in record["actors"] for m in a["mentions"]]
    mentions += [m for loc in record["locations"] for m in loc["mentions"]]
    mentions += record["dates"]
    assert len(mentions) >= 5
    for m in mentions:
        start, end = m["span"]
        assert text[start:end] == m["text"]
    by_bytes = dossier.extract(text, offsets="bytes")
    raw = text.encode("utf-8")
    for d in by_bytes["dates"]:
        start, end = d["span"]
        assert raw[start:end].decode("utf-8") == d["text"]


def test_schema_is_the_command_lines(cli_binary):
    printed = subprocess.run([cli_binary, "schema"], check=True, capture_output=True).stdout
    assert dossier.schema() == json.loads(printed)


def test_extract_many_gives_what_a_loop_of_extract_gives():
    # Which of the two is faster depends on the machine's load at the moment (two shared
    # cores in CI), so the timing is printed for the log, never asserted.
    texts = [f"Talks {i} resumed in Cairo on Monday, said Ahmed Ali." for i in range(10_000)]
    start = time.perf_counter()
    many = list(dossier.extract_many(texts))
    mid = time.perf_counter()
    loop = [dossier.extract(t) for t in texts]
    end = time.perf_counter()
    print(f"10,000 short articles: extract_many {mid - start:.2f} s, loop {end - mid:.2f} s")
    # extract_many numbers its records ("0", "1", ...); extract has no place to number.
    assert [r["id"] for r in many] == [str(i) for i in range(len(texts))]
    assert [{**r, "id": None} for r in many] == [{**r, "id": None} for r in loop]
