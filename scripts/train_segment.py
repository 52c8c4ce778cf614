#!/usr/bin/env python
"""Train the segmentation model (analysis/models/segment_model.json), reproducibly.

    python scripts/train_segment.py [--pages ../shared/eval/boilerplate/pages_dev.jsonl]
                                    [--sample data] [--cv 5] [--out analysis/models/segment_model.json]

Training data: the benchmark pages (per-line fine labels title/body/caption/other: the
body target is ``body``, the headline target ``title``) and, when present, the project's
sample corpus (``data/gold.json`` with per-line kinds for ``data/pages``). The fit is
deterministic (Newton's method, no random start). ``--cv K`` also runs a K-fold
cross-validation that leaves whole sites out (pages grouped by web domain), writes the
held-out predictions and scores them with the benchmark's scorer.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import segment  # noqa: E402
from analysis.segment_features import LOCAL_FEATURES, line_table  # noqa: E402
from analysis.segment_model import (CONTEXT_FEATURES, HEADLINE_FEATURES,  # noqa: E402
                                    SegmentModel, body_scores, fit_logreg,
                                    headline_candidates, main_span, context_matrix)

SHARED = REPO.parent / "shared"


def load_pages(path: Path) -> list[dict]:
    """Benchmark pages -> [{"id", "group", "lines", "body", "title"}] (body/title: sets
    of line indices)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        lines = r["text"].split("\n")
        out.append({"id": r["id"], "group": urlparse(r.get("url", "")).netloc or r["id"],
                    "lines": lines,
                    "body": {i for i, f in enumerate(r["fine"]) if f == "body"},
                    "title": {i for i, f in enumerate(r["fine"]) if f == "title"}})
    return out


def load_sample(data_dir: Path) -> list[dict]:
    """The project's sample corpus (fictional pages written for the kit):
    ``data/gold.json`` gives per-line kinds for each ``data/pages/...`` file.
    Missing -> []."""
    gold_path = data_dir / "gold.json"
    if not gold_path.exists():
        return []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = []
    for rel, doc in sorted(gold["documents"].items()):
        lines = (data_dir / rel).read_text(encoding="utf-8").split("\n")
        kinds = doc["kinds"]
        if len(kinds) != len(lines):
            continue
        out.append({"id": rel, "group": "sample:" + rel.split("/")[1], "lines": lines,
                    "kinds": kinds,
                    "body": {i for i, k in enumerate(kinds) if k == "body"},
                    "title": {i for i, k in enumerate(kinds) if k == "headline"}})
    return out


def sample_accuracy(pages: list[dict], model: SegmentModel) -> tuple[float, int]:
    """Per-line kind accuracy over the non-blank lines of sample pages."""
    ok = tot = 0
    for p in pages:
        pred = segment.segment_lines(p["lines"], model)
        for line, gold, (kind, _, _) in zip(p["lines"], p["kinds"], pred):
            if line.strip():
                tot += 1
                ok += gold == kind
    return (ok / tot if tot else float("nan")), tot


def data_fingerprint(pages_path: Path, data_dir: Path | None) -> dict:
    """sha1 of the training inputs, stored in the model so tests can tell whether the
    shipped model still matches the data it was trained on."""
    out = {"pages": hashlib.sha1(pages_path.read_bytes()).hexdigest()}
    if data_dir is not None and (data_dir / "gold.json").exists():
        h = hashlib.sha1((data_dir / "gold.json").read_bytes())
        gold = json.loads((data_dir / "gold.json").read_text(encoding="utf-8"))
        for rel in sorted(gold["documents"]):
            h.update((data_dir / rel).read_bytes())
        out["sample"] = h.hexdigest()
    return out


def _folds(pages: list[dict], k: int) -> np.ndarray:
    groups = sorted({p["group"] for p in pages})
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return np.array([fold_of[p["group"]] for p in pages])


def fit(pages: list[dict], l2: float = 20.0, stages: int = 1, inner_folds: int = 4,
        threshold: float = 0.0) -> SegmentModel:
    """Fit the prose model, ``stages`` stacked body models and the headline model.
    Each stacked stage is trained on out-of-fold scores of the stage before it (pages
    grouped by site), so it learns how far those scores can be trusted on unseen sites."""
    tables = [line_table(p["lines"]) for p in pages]
    ys = [np.array([i in p["body"] for i in t.idx], float) for p, t in zip(pages, tables)]
    y = np.concatenate(ys)
    fold = _folds(pages, inner_folds)
    prose = fit_logreg(np.vstack([t.x for t in tables]), y, LOCAL_FEATURES, l2=l2)
    # out-of-fold prose scores
    oof = [None] * len(pages)
    for f in range(inner_folds):
        tr = [j for j in range(len(pages)) if fold[j] != f]
        m = fit_logreg(np.vstack([tables[j].x for j in tr]), np.concatenate([ys[j] for j in tr]),
                       LOCAL_FEATURES, l2=l2)
        for j in np.flatnonzero(fold == f):
            oof[j] = m.logit(tables[j].x)
    body = []
    for k in range(stages):
        ctxs = [context_matrix(t, lo, main_span(t, lo)) for t, lo in zip(tables, oof)]
        body.append(fit_logreg(np.vstack(ctxs), y, CONTEXT_FEATURES, l2=l2))
        if k + 1 < stages:
            new = [None] * len(pages)
            for f in range(inner_folds):
                tr = [j for j in range(len(pages)) if fold[j] != f]
                m = fit_logreg(np.vstack([ctxs[j] for j in tr]),
                               np.concatenate([ys[j] for j in tr]), CONTEXT_FEATURES, l2=l2)
                for j in np.flatnonzero(fold == f):
                    new[j] = m.logit(ctxs[j])
            oof = new
    hx, hy = [], []
    for p, t in zip(pages, tables):
        _, _, _, bl = body_scores(t, prose, body)
        rows, feats = headline_candidates(t, np.flatnonzero(bl > threshold))
        target = np.array([t.idx[r] in p["title"] for r in rows], float)
        if rows and target.any():
            hx.append(feats)
            hy.append(target)
    headline = fit_logreg(np.vstack(hx), np.concatenate(hy), HEADLINE_FEATURES, l2=l2)
    return SegmentModel(prose, body, headline, threshold)


def predict_pages(pages: list[dict], model: SegmentModel) -> list[dict]:
    return [{"id": p["id"], "kinds": [k for k, _, _ in segment.segment_lines(p["lines"], model)]}
            for p in pages]


def write_jsonl(path: Path, preds: list[dict]) -> None:
    """Predictions in the format of ``predict segments`` (one JSON object a line)."""
    path.write_text("".join(json.dumps(r) + "\n" for r in preds), encoding="utf-8")


def score(gold: Path, preds: list[dict], name: str, *extra: str) -> str:
    """Run the benchmark's scorer on ``preds``; its SUMMARY line is named ``name``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        write_jsonl(path, preds)
        res = subprocess.run([sys.executable, str(gold.parent / "score.py"), str(gold),
                              str(path), *extra], capture_output=True, text=True, check=True)
    return res.stdout


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path,
                    default=SHARED / "eval" / "boilerplate" / "pages_dev.jsonl")
    ap.add_argument("--out", type=Path, default=REPO / "analysis" / "models" /
                    "segment_model.json")
    ap.add_argument("--l2", type=float, default=20.0,
                    help="L2 penalty (20 did best in leave-sites-out CV)")
    ap.add_argument("--stages", type=int, default=1)
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="body logit above which a line is body (below 0 trades precision "
                         "for recall; 0 did best in leave-sites-out CV)")
    ap.add_argument("--sample", type=Path, default=REPO / "data",
                    help="sample corpus folder with gold.json (used when present)")
    ap.add_argument("--no-sample", action="store_true")
    ap.add_argument("--cv", type=int, default=0, help="also run K-fold leave-sites-out CV")
    ap.add_argument("--cv-out", type=Path, default=None,
                    help="also write the held-out CV predictions here (JSONL, the format "
                         "of `predict segments`)")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)
    pages = load_pages(args.pages)
    sample = [] if args.no_sample else load_sample(args.sample)
    model = fit(pages + sample, args.l2, args.stages, threshold=args.threshold)
    if not args.no_save:
        model.trained_on = data_fingerprint(args.pages, None if args.no_sample else args.sample)
        model.save(args.out)
        print(f"wrote {args.out} ({len(pages)} benchmark pages, {len(sample)} sample pages)")
    if sample:
        acc, n = sample_accuracy(sample, model)
        print(f"sample corpus kind accuracy (in training): {acc:.3f} over {n} lines")
    if args.cv:
        groups = sorted({p["group"] for p in pages})
        fold_of = {g: i % args.cv for i, g in enumerate(groups)}
        preds = []
        for k in range(args.cv):
            train = [p for p in pages if fold_of[p["group"]] != k] + sample
            test = [p for p in pages if fold_of[p["group"]] == k]
            preds += predict_pages(test, fit(train, args.l2, args.stages, threshold=args.threshold))
        if args.cv_out:
            write_jsonl(args.cv_out, preds)
        print(f"cross-validated ({args.cv} folds, whole sites left out):")
        print(score(args.pages, preds, "cv_leave_sites_out"))


if __name__ == "__main__":
    main()
