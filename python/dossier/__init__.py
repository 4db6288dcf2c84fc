"""dossier: English news articles into structured records.

The records are those the ``dossier`` command writes (its JSON, parsed): title, summary,
sections and lists, actors, locations and TIMEX3 dates, each with ``[start, end)`` spans
into the text (code points by default, so ``text[start:end]`` is the mention).
"""

from __future__ import annotations

import json
from itertools import islice
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

from ._dossier import DossierError, extract_json_batch, schema_json
from ._dossier import extract_json as _extract_json

__all__ = [
    "DossierError",
    "extract",
    "extract_json",
    "extract_many",
    "extract_many_json",
    "schema",
]

Item = Union[str, Mapping[str, Any]]

# Articles handed to the Rust threads at once: enough to keep them busy between two
# trips through the interpreter, few enough that records stream out.
_BATCH = 512


def extract(
    text: str,
    *,
    id: Optional[str] = None,
    date: Optional[str] = None,
    reference_date: Optional[str] = None,
    offsets: str = "chars",
) -> Dict[str, Any]:
    """The record of one article, as the command line writes it (parsed).

    ``id`` defaults to ``"-"`` (as for stdin); ``date`` is the article's own date
    (YYYY-MM-DD), as a JSONL date field; ``reference_date`` overrides every other anchor for
    relative dates; ``offsets`` is ``"chars"`` (code points) or ``"bytes"`` (UTF-8).
    """
    return json.loads(
        extract_json(text, id=id, date=date, reference_date=reference_date, offsets=offsets)
    )


def extract_json(
    text: str,
    *,
    id: Optional[str] = None,
    date: Optional[str] = None,
    reference_date: Optional[str] = None,
    offsets: str = "chars",
) -> str:
    """The record of one article as the JSON line the command line writes (no line end)."""
    _check_text(text, "text")
    for name, value in (("id", id), ("date", date), ("reference_date", reference_date)):
        if value is not None and not isinstance(value, str):
            raise DossierError(f"{name} must be a str, not {type(value).__name__}")
    if not isinstance(offsets, str):
        raise DossierError(f"offsets must be a str, not {type(offsets).__name__}")
    return _extract_json(text, id=id, date=date, reference_date=reference_date, offsets=offsets)


def extract_many(
    items: Iterable[Item],
    *,
    jobs: Optional[int] = None,
    reference_date: Optional[str] = None,
    offsets: str = "chars",
) -> Iterator[Dict[str, Any]]:
    """The records of many articles, in input order, made on ``jobs`` Rust threads (all
    cores by default) with the GIL released.

    Each item is a text, or a mapping with ``text`` and optional ``id`` and ``date``. An
    item's id defaults to its position (``"0"``, ``"1"``, ...). Items are read lazily, some
    hundreds at a time, so an endless iterable streams.
    """
    for line in extract_many_json(items, jobs=jobs, reference_date=reference_date, offsets=offsets):
        yield json.loads(line)


def extract_many_json(
    items: Iterable[Item],
    *,
    jobs: Optional[int] = None,
    reference_date: Optional[str] = None,
    offsets: str = "chars",
) -> Iterator[str]:
    """:func:`extract_many`, each record as the JSON line the command line writes (no line
    end): for writing records on, or handing them to Spark, without parsing them."""
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise DossierError(f"jobs must be a positive integer, not {jobs!r}")
    it = iter(items)
    position = 0
    while True:
        chunk = list(islice(it, _BATCH))
        if not chunk:
            return
        texts, ids, dates = [], [], []
        for item in chunk:
            text, id_, date = _unpack(item, position)
            texts.append(text)
            ids.append(id_)
            dates.append(date)
            position += 1
        yield from extract_json_batch(
            texts, ids, dates, jobs=jobs, reference_date=reference_date, offsets=offsets
        )


def schema() -> Dict[str, Any]:
    """The JSON Schema every record follows."""
    return json.loads(schema_json())


def _check_text(text: object, what: str) -> None:
    if not isinstance(text, str):
        raise DossierError(f"{what} must be a str, not {type(text).__name__}")


def _unpack(item: Item, position: int) -> "tuple[str, str, Optional[str]]":
    where = f"item {position}"
    if isinstance(item, str):
        return item, str(position), None
    if isinstance(item, Mapping):
        if "text" not in item:
            raise DossierError(f"{where} has no 'text'")
        text = item["text"]
        _check_text(text, f"{where}'s text")
        id_ = item.get("id")
        date = item.get("date")
        if date is not None and not isinstance(date, str):
            raise DossierError(f"{where}'s date must be a str, not {type(date).__name__}")
        return text, str(position) if id_ is None else str(id_), date
    raise DossierError(f"{where} must be a str or a mapping, not {type(item).__name__}")
