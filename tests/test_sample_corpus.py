"""Validate the bundled sample corpus (data/pages, data/metadata.csv, data/gold.json).

Standard library + pytest only. The corpus is fictional and written by the project;
scripts/make_sample_corpus.py regenerates it.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import re
import runpy
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SCRIPT = REPO / "scripts" / "make_sample_corpus.py"

KINDS = {
    "headline", "standfirst", "byline", "dateline", "section", "caption", "body",
    "promo", "comment", "comment_meta", "navigation", "boilerplate",
}
ACTOR_TYPES = {"person", "organisation", "country", "place", "group"}
OPEN = {'"': '"', "\u201c": "\u201d"}
STAMP = re.compile(r"^(January|February|March|April|May|June|July|August|September|"
                   r"October|November|December) \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$")


def read(rel: str) -> str:
    with open(DATA / rel, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="module")
def metadata() -> list[dict]:
    with open(DATA / "metadata.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs(gold) -> dict:
    """file -> (text, lines, line_starts, gold doc)"""
    out = {}
    for rel, g in gold["documents"].items():
        text = read(rel)
        lines = text.split("\n")
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        out[rel] = (text, lines, starts, g)
    return out


def line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


@functools.cache
def generator() -> dict:
    """The names defined by scripts/make_sample_corpus.py (it writes nothing on import)."""
    return runpy.run_path(str(SCRIPT), run_name="make_sample_corpus")


def regions(line: str) -> list[tuple[int, int]]:
    """Double-quoted regions of a line, by the generator's own rule."""
    return generator()["quote_regions"](line)


# ----------------------------------------------------------------------- files
def test_metadata_columns_and_files(metadata, gold):
    assert metadata, "metadata.csv is empty"
    assert list(metadata[0]) == ["file", "title", "url", "date", "outlet"]
    files = [row["file"] for row in metadata]
    assert len(files) == len(set(files))
    for row in metadata:
        assert (DATA / row["file"]).is_file(), row["file"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]), row
        assert re.match(r"https://[a-z0-9.-]+\.example/", row["url"]), row
        assert row["title"].strip() and row["outlet"].strip()
    on_disk = {p.relative_to(DATA).as_posix() for p in (DATA / "pages").rglob("*.txt")}
    assert on_disk == set(files) == set(gold["documents"])


def test_corpus_size_and_outlets(metadata):
    assert len(metadata) >= 24
    outlets = Counter(row["outlet"] for row in metadata)
    assert len(outlets) == 3, outlets
    assert len({row["file"].split("/")[1] for row in metadata}) == 3


def test_files_are_utf8_with_lf(metadata):
    for row in metadata:
        raw = (DATA / row["file"]).read_bytes()
        raw.decode("utf-8")
        assert b"\r" not in raw, row["file"]
        assert raw.endswith(b"\n") and not raw.endswith(b"\n\n"), row["file"]


# ----------------------------------------------------------------------- kinds
def test_gold_header(gold):
    assert gold["version"] == 1
    assert set(gold["kinds"]) == KINDS and len(gold["kinds"]) == 12


def test_kinds_align_with_lines(docs):
    for rel, (text, lines, _, g) in docs.items():
        assert len(g["kinds"]) == len(lines), rel
        for n, (line, kind) in enumerate(zip(lines, g["kinds"])):
            assert kind in KINDS | {"blank"}, (rel, n, kind)
            assert (kind == "blank") == (not line.strip()), (rel, n, kind, line)
        assert g["sha1"] == hashlib.sha1(text.encode("utf-8")).hexdigest(), rel


def test_every_page_has_a_headline_and_body(docs):
    for rel, (_, _, _, g) in docs.items():
        assert g["kinds"].count("headline") == 1, rel
        assert "body" in g["kinds"], rel


def test_all_kinds_used(docs):
    used = Counter(k for *_, g in docs.values() for k in g["kinds"])
    assert KINDS <= set(used), KINDS - set(used)


def test_comment_meta_pattern(docs):
    """by: NAME from: PLACE is followed by a timestamp line, then the comment."""
    for rel, (_, lines, _, g) in docs.items():
        kinds = g["kinds"]
        for n, line in enumerate(lines):
            if line.startswith("by: ") and " from: " in line:
                assert kinds[n] == "comment_meta", (rel, n)
                assert STAMP.match(lines[n + 1]) and kinds[n + 1] == "comment_meta", (rel, n)
                assert kinds[n + 2] == "comment", (rel, n)


# ----------------------------------------------------------------------- quotes
def test_quote_offsets_and_fields(docs):
    for rel, (text, lines, starts, g) in docs.items():
        actor_names = {a["name"] for a in g["actors"]}
        prev_end = -1
        for q in g["quotes"]:
            assert set(q) >= {"start", "end", "text", "speaker", "speaker_mention",
                              "cue", "partial"}, q
            assert 0 <= q["start"] < q["end"] <= len(text)
            assert text[q["start"]:q["end"]] == q["text"], (rel, q)
            assert q["text"] == q["text"].strip()
            assert q["start"] > prev_end, "quotes must be sorted and disjoint"
            prev_end = q["end"]
            n = line_of(starts, q["start"])
            assert line_of(starts, q["end"]) == n, "a quote span stays within one line"
            assert g["kinds"][n] == "body", (rel, q["text"][:40])
            assert q["speaker"] in actor_names, (rel, q["speaker"])
            assert q["speaker_mention"].strip() and isinstance(q["partial"], bool)
            assert q["cue"].strip()
            # the span is exactly one double-quoted region of its line
            local = (q["start"] - starts[n], q["end"] - starts[n])
            assert local in regions(lines[n]), (rel, q["text"][:40])


def test_quotes_absent_outside_body(docs):
    for rel, (_, lines, starts, g) in docs.items():
        for q in g["quotes"]:
            assert g["kinds"][line_of(starts, q["start"])] == "body"


# ----------------------------------------------------------------------- actors
def count_mentions(lines, kinds, actors):
    owner = {}
    for a in actors:
        for form in [a["name"], *a["aliases"]]:
            owner[form] = a["name"]
    if not owner:
        return {}
    forms = sorted(owner, key=lambda f: (-len(f), f))
    rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    counts = Counter()
    for line, kind in zip(lines, kinds):
        if kind in ("headline", "body"):
            for m in rx.finditer(line):
                counts[owner[m.group(0)]] += 1
    return counts


def test_actors(docs):
    for rel, (_, lines, _, g) in docs.items():
        speakers = {q["speaker"] for q in g["quotes"]}
        names = [a["name"] for a in g["actors"]]
        assert len(names) == len(set(names)), rel
        counts = count_mentions(lines, g["kinds"], g["actors"])
        for a in g["actors"]:
            assert a["type"] in ACTOR_TYPES, a
            assert isinstance(a["aliases"], list) and a["name"] not in a["aliases"]
            assert isinstance(a["mentions"], int) and a["mentions"] >= 1, a
            assert a["mentions"] == counts[a["name"]], (rel, a["name"])
            assert a["quoted"] == (a["name"] in speakers), (rel, a["name"])
        assert speakers <= set(names)


def test_actor_types_present(docs):
    types = {a["type"] for *_, g in docs.values() for a in g["actors"]}
    assert {"person", "organisation", "country", "place"} <= types


# ----------------------------------------------------------------------- features
def test_has_duplicated_caption(docs):
    found = 0
    for _, lines, _, g in docs.values():
        caps = Counter(l for l, k in zip(lines, g["kinds"]) if k == "caption")
        found += any(c > 1 for c in caps.values())
    assert found >= 3


def test_has_near_duplicate_caption(docs):
    """A caption that contains another caption of the same page (credit added,
    or two copies run together)."""
    found = 0
    for _, lines, _, g in docs.values():
        caps = sorted({l for l, k in zip(lines, g["kinds"]) if k == "caption"}, key=len)
        found += any(a != b and a.rstrip(".") in b for i, a in enumerate(caps)
                     for b in caps[i + 1:])
    assert found >= 2


def test_has_multi_paragraph_quote(docs):
    found = 0
    for text, lines, starts, g in docs.values():
        qs = g["quotes"]
        for a, b in zip(qs, qs[1:]):
            n = line_of(starts, a["start"])
            ends_open = a["end"] == starts[n] + len(lines[n].rstrip())
            nxt = next(i for i in range(n + 1, len(lines)) if lines[i].strip())
            if (ends_open and line_of(starts, b["start"]) == nxt
                    and lines[nxt].lstrip()[:1] in OPEN and a["speaker"] == b["speaker"]):
                found += 1
    assert found >= 2


def test_has_interrupted_quote(docs):
    found = 0
    for text, _, starts, g in docs.values():
        qs = g["quotes"]
        for a, b in zip(qs, qs[1:]):
            if (line_of(starts, a["start"]) == line_of(starts, b["start"])
                    and a["speaker"] == b["speaker"]
                    and re.search(r"\b(said|says|told)\b", text[a["end"]:b["start"]])
                    and a["text"].endswith(",")):
                found += 1
    assert found >= 2


def test_has_varied_attribution(docs):
    qs = [q for *_, g in docs.values() for q in g["quotes"]]
    mentions = {q["speaker_mention"] for q in qs}
    assert {"he", "she"} & mentions, "pronoun attributions"
    assert any(q["partial"] for q in qs), "partial quotes"
    assert any(q["cue"] == "according to" for q in qs)
    assert any(len(m.split()) >= 4 for m in mentions), "titled mentions"
    assert any(len(m.split()) == 1 and m[0].isupper() for m in mentions), "surname only"
    assert any("'" in q["text"] or "\u2018" in q["text"] for q in qs), "nested single quotes"
    assert any(text[q["start"] - 1] == "\u201c" for text, *_, g in docs.values()
               for q in g["quotes"]), "curly marks"


def test_has_non_quote_regions_in_body(docs):
    """Scare quotes / titles in body text that are not gold quotes."""
    found = 0
    for text, lines, starts, g in docs.values():
        gold_spans = {(q["start"], q["end"]) for q in g["quotes"]}
        for n, (line, kind) in enumerate(zip(lines, g["kinds"])):
            if kind == "body":
                for s, e in regions(line):
                    found += (starts[n] + s, starts[n] + e) not in gold_spans
    assert found >= 3


def test_has_comment_section(docs):
    pages = [rel for rel, (*_, g) in docs.items()
             if "comment" in g["kinds"] and "comment_meta" in g["kinds"]]
    assert len(pages) >= 3
    texts = [docs[rel][0] for rel in pages]
    assert any("This forum has been closed." in t for t in texts)
    assert all("Comment Sorting" in t for t in texts)


# ----------------------------------------------------------------------- generator
def test_generator_reproduces_data():
    out, _ = generator()["build_all"]()
    for rel, content in out.items():
        assert read(rel) == content, f"data/{rel} is stale: rerun {SCRIPT.name}"
