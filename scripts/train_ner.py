#!/usr/bin/env python3
"""Train the project's NER model (analysis/models/ner.crfsuite) from CoNLL-2003 eng.train.

    python scripts/train_ner.py [--conll ../shared/eval/actors/conll2003] [--out PATH]

Deterministic: documents and sentences are read in file order, features come from
``analysis.ner.document_features`` and the L-BFGS parameters below are fixed, so two runs
write byte-identical model files (compare with ``sha256sum``). The training data is read
from ../shared and never copied into the repository.

``--dev`` also tags eng.testa and prints token-level span P/R/F1 per label (a quick
check; the official figure comes from ../shared/eval/actors/score.py on ner_dev.jsonl).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import ner  # noqa: E402

#: Fixed training parameters (changing them changes the shipped model).
PARAMS = {
    "c1": 0.05,            # L1: drops useless features, keeps the model small
    "c2": 0.05,            # L2
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
ALGORITHM = "lbfgs"


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (word, IOB2 tag); IOB1 tags converted to IOB2."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []

    def flush():
        nonlocal sent
        if sent:
            if not docs:
                docs.append([])
            docs[-1].append(sent)
            sent = []

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
                continue
            if parts[0] == "-DOCSTART-":
                flush()
                docs.append([])
                continue
            sent.append((parts[0], parts[-1]))
    flush()
    for doc in docs:
        for s in doc:
            prev = "O"
            for i, (w, t) in enumerate(s):
                if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
                    t = "B-" + t[2:]
                elif t.startswith("B-"):
                    pass
                s[i] = (w, t)
                prev = t
    return [d for d in docs if d]


def doc_items(docs):
    for doc in docs:
        words = [[w for w, _ in s] for s in doc]
        for s, feats in zip(doc, ner.document_features(words)):
            yield feats, [t for _, t in s]


def train(conll_dir: Path, out: Path) -> str:
    import pycrfsuite

    docs = read_conll(conll_dir / "eng.train")
    trainer = pycrfsuite.Trainer(algorithm=ALGORITHM, verbose=False)
    n = 0
    for xseq, yseq in doc_items(docs):
        trainer.append(xseq, yseq)
        n += len(yseq)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.time()
    trainer.train(str(out))
    print(f"trained on {len(docs)} docs, {n} tokens in {time.time() - t:.0f}s -> {out}",
          file=sys.stderr)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def evaluate(conll_dir: Path, model: Path) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    docs = read_conll(conll_dir / "eng.testa")
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for xseq, gold in doc_items(docs):
        pred = tagger.tag(xseq)
        g = set(ner.tags_to_spans(gold))
        p = set(ner.tags_to_spans(pred))
        for lab in ner.LABELS:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            tp[lab] = tp.get(lab, 0) + len(gl & pl)
            fp[lab] = fp.get(lab, 0) + len(pl - gl)
            fn[lab] = fn.get(lab, 0) + len(gl - pl)
    for lab in list(ner.LABELS) + ["micro3"]:
        labs = ["PER", "ORG", "LOC"] if lab == "micro3" else [lab]
        a, b, c = (sum(d[x] for x in labs) for d in (tp, fp, fn))
        p, r = a / max(1, a + b), a / max(1, a + c)
        print(f"{lab:6s} P={p:.4f} R={r:.4f} F1={2 * p * r / max(1e-9, p + r):.4f}")


CARD = {
    "model": "ner.crfsuite",
    "format": "CRFsuite binary model (python-crfsuite Tagger.open; no pickle)",
    "labels": "IOB2 tags over PER, ORG, LOC, MISC",
    "trained_on": "CoNLL-2003 English eng.train (14,041 sentences, 203,621 tokens), read from "
                  "../shared/eval/actors/conll2003/ and never copied into the repository",
    "licence_note": "The CoNLL-2003 text is Reuters RCV1 news, licensed for research use only. "
                    "This model's weights are derived from it: whether the model may be "
                    "redistributed is a licence question to settle before publishing the kit.",
    "features": "analysis.ner.sentence_features / document_features",
    "reproduce": "python scripts/train_ner.py  (deterministic: same sha256 on every run)",
}


def write_card(model: Path, digest: str) -> Path:
    """A JSON card beside the model: where it comes from, its parameters and checksum."""
    import json

    card = {**CARD, "algorithm": ALGORITHM, "params": PARAMS, "sha256": digest,
            "bytes": model.stat().st_size}
    path = model.with_suffix(".json")
    path.write_text(json.dumps(card, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", type=Path, default=REPO.parent / "shared" / "eval" / "actors" / "conll2003")
    ap.add_argument("--out", type=Path, default=ner.MODEL_PATH)
    ap.add_argument("--dev", action="store_true", help="also evaluate on eng.testa")
    a = ap.parse_args()
    digest = train(a.conll, a.out)
    print(f"sha256 {digest}  {a.out} ({a.out.stat().st_size / 1e6:.2f} MB)")
    print(f"card: {write_card(a.out, digest)}")
    if a.dev:
        evaluate(a.conll, a.out)


if __name__ == "__main__":
    main()
