"""``predict``: valid records keep their exact output; bad records are reported, never silent."""
from __future__ import annotations

import io
import json

import pytest

from analysis import predict

# Invented text (no corpus text): a headline, byline, two paragraphs with a quotation, a menu line.
TEXT = ("Harbour Vote Delayed Again\n\nBy Mira Okafor\n\n"
        "Port Elmridge council postponed Tuesday's vote on the harbour plan, Mayor José Lindqvist said.\n\n"
        "\"We need another week to read the costs,\" Lindqvist told reporters. The Elmridge Dock Company "
        "called the delay \u201cregrettable\u201d and said it would ask the Ministry of Transport to step in.\n\n"
        "Share this article\n")

#: exact output lines of the runner for TEXT, taken before the runner was hardened
PINNED = {
    "entities": '"entities": [{"start": 13, "end": 26, "label": "PER"}, {"start": 31, "end": 42, "label": "PER"}, '
                '{"start": 49, "end": 57, "label": "ORG"}, {"start": 112, "end": 132, "label": "PER"}, '
                '{"start": 182, "end": 191, "label": "PER"}, {"start": 212, "end": 233, "label": "ORG"}, '
                '{"start": 291, "end": 312, "label": "ORG"}]}',
    "actors": '"actors": [{"name": "José Lindqvist", "type": "person", "aliases": ["José Lindqvist", "Lindqvist"], '
              '"mentions": 2, "quoted": true}, {"name": "Delayed Again", "type": "person", "aliases": '
              '["Delayed Again"], "mentions": 1, "quoted": false}, {"name": "Elmridge", "type": "org", '
              '"aliases": ["Elmridge"], "mentions": 1, "quoted": false}, {"name": "Elmridge Dock Company", '
              '"type": "org", "aliases": ["Elmridge Dock Company"], "mentions": 1, "quoted": false}, '
              '{"name": "Ministry of Transport", "type": "org", "aliases": ["Ministry of Transport"], '
              '"mentions": 1, "quoted": false}]}',
}


def _run(task, lines):
    out, err = io.StringIO(), io.StringIO()
    fails = predict.run(task, io.StringIO("".join(line + "\n" for line in lines)), out, err)
    return fails, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("task", sorted(predict.TASKS))
def test_valid_record_output_is_pinned(task):
    """A valid record's line is exactly ``{"id": …, <answer>}`` as json.dumps(ensure_ascii=False)
    wrote it, for string and numeric ids, and nothing goes to stderr."""
    fn = predict._resolve(predict.TASKS[task][0])
    lines = [json.dumps({"id": "pin-1", "text": TEXT}), json.dumps({"id": 42, "text": TEXT, "extra": [1]})]
    fails, out, err = _run(task, lines)
    assert fails == 0 and err == ""
    answer = json.dumps(fn(TEXT), ensure_ascii=False)[1:]
    assert out == '{"id": "pin-1", ' + answer + "\n" + '{"id": 42, ' + answer + "\n"
    if task in PINNED:
        assert answer == PINNED[task]


# ------------------------------------------------------------------ bad records
BAD = ['[1]', '"str"', 'null', '{"id": "m"}', '{"text": null}', '{"text": 7}', '{"id": "l", "text": ["a", "b"]}',
       'this is {not json', json.dumps({"id": "ok", "text": TEXT})]
#: expected id of each output line (the non-JSON line 8 is reported and skipped)
BAD_IDS = [None, None, None, "m", None, None, "l", "ok"]


@pytest.mark.parametrize("task", sorted(predict.TASKS))
def test_bad_records_get_the_fallback_and_one_message_each(task):
    predict_fn, fallback_fn = (predict._resolve(s) for s in predict.TASKS[task])
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    predict.run(task, io.StringIO("\n".join(BAD) + "\n"), out, err, counts=counts)
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a.get("id") for a in answers] == BAD_IDS
    for a in answers[:-1]:            # every bad record: the documented fallback, not a str()-coerced score
        assert {k: v for k, v in a.items() if k != "id"} == fallback_fn("")
    assert answers[-1] == {"id": "ok", **predict_fn(TEXT)}
    messages = err.getvalue().splitlines()
    assert len(messages) == 8, messages                       # one line per problem, none for the valid record
    for line_no, msg in enumerate(messages, 1):
        assert msg.startswith(f"predict {task}: line {line_no}"), msg
    assert "array" in messages[0] and "not an object" in messages[0]
    assert "string" in messages[1] and "null" in messages[2]
    assert "'m'" in messages[3] and 'no "text"' in messages[3]
    assert '"text" is null' in messages[4] and '"text" is a number' in messages[5]
    assert '"text" is an array' in messages[6] and "'l'" in messages[6]
    assert "not JSON" in messages[7] and "skipped" in messages[7]
    assert counts == {"not_json": 1, "bad_record": 7, "failed": 0}


def test_failure_message_is_one_line_with_line_number(monkeypatch):
    def boom(text):
        raise ValueError("first line\nsecond line " + "x" * 5000)

    monkeypatch.setattr(predict, "_resolve", lambda spec: boom if spec.endswith("predict_record")
                        else (lambda text: {"quotes": []}))
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    fails = predict.run("quotes", io.StringIO('{"id": "q", "text": "Hi."}\n'), out, err, counts=counts)
    assert fails == 1 and counts == {"not_json": 0, "bad_record": 0, "failed": 1}
    assert json.loads(out.getvalue()) == {"id": "q", "quotes": []}
    [msg] = err.getvalue().splitlines()
    assert msg.startswith("predict quotes: line 1 (id 'q'): ValueError: first line second line")
    assert len(msg) < 400


@pytest.mark.parametrize("line", ["[" * 100_000, '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}"])
def test_pathological_json_is_reported_not_raised(line):
    fails, out, err = _run("quotes", [line, '{"id": "b", "text": "Fine."}'])
    assert fails == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["b"]
    assert err.startswith("predict quotes: line 1: not JSON")


def test_output_is_valid_utf8_json_even_for_lone_surrogates_and_nan_ids():
    lines = ['{"id": "s\\ud800", "text": "Mayor Ana Ruiz said so."}', '{"id": NaN, "text": "Fine."}',
             '{"id": "t", "text": "Lone \\udc80 surrogate, Ana Ruiz said."}']
    counts = {}
    out, err = io.StringIO(), io.StringIO()
    predict.run("actors", io.StringIO("\n".join(lines)), out, err, counts=counts)
    raw = out.getvalue()
    raw.encode("utf-8")                                         # would raise on a lone surrogate
    recs = [json.loads(x, parse_constant=lambda c: pytest.fail(f"{c} in output")) for x in raw.splitlines()]
    assert [r["id"] for r in recs] == ["s\ud800", None, "t"]
    assert recs[0]["actors"] and recs[1] == {"id": None, "actors": []}
    assert counts["bad_record"] == 1 and "line 2" in err.getvalue() and "NaN" in err.getvalue()


# ------------------------------------------------------------------ very long records
# The look-ups that keep `predict actors` near-linear on one huge record give the answers of
# the plain scans they replace; these tests check that without timing anything (the speed
# itself is measured by benchmarks/bench_ner.py --scaling).
import random  # noqa: E402
import re  # noqa: E402

from analysis import actors, ner, resolution  # noqa: E402
from analysis.titlecase import in_titlecase_line  # noqa: E402

SYLLABLES = ["ka", "lor", "ven", "mi", "dra", "tu", "sel", "bo", "rin", "ash", "pel", "zan"]
SENTENCES = ["{P} of the {O} said on Monday that talks with {Q} would resume in {L}.",
             "\"We will not accept this,\" {P} told reporters in {L}, adding that {O} had been warned.",
             "Shares in {O} fell 4 percent after {Q} announced a review of the {L} contract.",
             "Officials in {L} confirmed that {P} met {Q} and the {O} on Tuesday."]


def _word(r):
    return "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()


def _long_text(n_sentences, seed=0, line_every=4, sep="\n\n"):
    """Invented news sentences with many distinct invented names."""
    r = random.Random(seed)
    out = ["Harbour Talks Stall Again", sep]
    for k in range(1, n_sentences + 1):
        out.append(r.choice(SENTENCES).format(P=f"{_word(r)} {_word(r)}", Q=f"{_word(r)} {_word(r)}",
                                              O=f"{_word(r)} {r.choice(['Bank', 'Union', 'Institute'])}",
                                              L=_word(r)))
        out.append(sep if k % line_every == 0 else " ")
    return "".join(out)


def test_form_finder_finds_what_the_alternation_finds():
    r = random.Random(1)
    for _ in range(1500):
        forms = {"".join(r.choice("abAB.-é1 ") for _ in range(r.randint(2, 5))) for _ in range(r.randint(1, 12))}
        text = "".join(r.choice("abAB .-'é1\n") for _ in range(r.randint(0, 60)))
        bs = r.randint(0, len(text))
        be = r.randint(bs, len(text))
        want = [(m.start(), m.end(), m.group()) for m in resolution._alternation(forms).finditer(text, bs, be)]
        assert list(resolution._FormFinder(forms).finditer(text, bs, be)) == want, (text, bs, be, forms)


def test_document_mentions_same_with_and_without_the_form_finder(monkeypatch):
    text = _long_text(60)
    blocks = [(i, m.start(), m.end()) for i, m in enumerate(re.finditer(r"[^\n]+", text))]
    fast = resolution.document_mentions(text, blocks)
    monkeypatch.setattr(resolution, "_FINDER_FROM", 10 ** 9)
    assert resolution.document_mentions(text, blocks) == fast
    assert sum(m["via"] == "sweep" for m in fast) > 0 and len(fast) > 150


def test_overlap_lines_blocks_and_names_lookups_answer_like_scans():
    r = random.Random(2)
    for _ in range(300):                                   # spans taken by the sweep
        given = [(a, a + r.randint(0, 6)) for a in (r.randint(0, 60) for _ in range(r.randint(0, 8)))]
        taken, plain = resolution._Taken(given), list(given)
        for _ in range(20):
            s = r.randint(0, 70)
            e = s + r.randint(1, 6)
            hit = any(a < e and s < b for a, b in plain)
            assert taken.overlaps(s, e) == hit
            if not hit:
                taken.add(s, e)
                plain.append((s, e))
    text = _long_text(12, line_every=3) + "\r\nShares Fall In Harbour Town As Talks Stall\rlast"
    lines = resolution._Lines(text)
    assert [lines.titlecase(p) for p in range(len(text))] == [in_titlecase_line(text, p) for p in range(len(text))]
    spans = [(7, 0, 10), (8, 10, 10), (9, 12, 30), (11, 30, 31)]
    find = resolution._block_finder(spans)
    for s in range(33):
        for e in range(s, 34):
            assert find(s, e) == next((b for b, bs, be in spans if bs <= s and e <= be), None), (s, e)
    pairs = {"Vint": [(5, "Mara Vint"), (40, "Ola Vint"), (40, "Kai Vint"), (90, "Mara Vint")]}
    picker = resolution._Positioned(pairs)
    for pos in range(100):
        before = [f for p, f in pairs["Vint"] if p < pos]
        assert picker.pick("Vint", pos) == (before[-1] if before else "Mara Vint")
    assert picker.pick("Nobody", 3) is None


def test_speaker_index_matches_like_a_scan():
    def scan(persons, speaker, doc_id):
        speaker = actors.norm(speaker)
        in_doc = [p for p in persons if doc_id in p[2]] if doc_id is not None else persons
        for pool in (in_doc, persons):
            hit = [p[0] for p in pool if p[1] == speaker]
            if len(hit) == 1:
                return hit[0]
        sur = speaker.split()[-1] if speaker.split() else ""
        for pool in (in_doc, persons):
            hit = [p[0] for p in pool if sur in p[3]]
            if len(hit) == 1:
                return hit[0]
        return None

    r = random.Random(3)
    first, last = ["Mara", "Ola", "Kai"], ["Vint", "Ruiz", "al-Tamar"]
    for _ in range(200):
        persons = []
        for k in range(r.randint(0, 6)):
            name = r.choice([f"{r.choice(first)} {r.choice(last)}", r.choice(last)])
            persons.append((f"p{k}", name, {r.choice("abc") for _ in range(2)}, resolution.surname_keys(name)))
        index = actors._Persons(persons)
        for speaker in ["Mara Vint", "Vint", "Tamar", "Dr. Ola Ruiz", "Nobody", " "]:
            for doc in ["a", "b", None]:
                assert index.match(speaker, doc) == scan(persons, speaker, doc), (persons, speaker, doc)


def test_repeated_or_contained_lines_found_like_a_scan():
    r = random.Random(4)
    for _ in range(200):
        pool = ["x" * 31 + "a", "Share this article on the harbour talks", "b" * 40,
                "Mayor Ana Ruiz opened the bridge on a sunny Monday."]
        lines = [r.choice(pool) + r.choice(["", " more", " " + r.choice(pool)]) for _ in range(r.randint(1, 8))]
        long_lines = [o for o in dict.fromkeys(lines) if len(o) > 30]
        holds = actors._holds_another_line(long_lines)
        assert [holds(ln) for ln in lines] == [any(o != ln and o in ln for o in long_lines) for ln in lines]


def test_a_line_without_sentence_ends_is_tagged_in_bounded_pieces(monkeypatch):
    """A 'sentence' of thousands of tokens (no full stops) is tagged in pieces of at most
    MAX_SENTENCE_TOKENS, cut after a comma; offsets stay exact and the entities agree with
    tagging it whole, except right around the cuts."""
    text = _long_text(250, sep=" ").replace(". ", ", ").replace('."', ',"')
    [sent] = ner.sentences(text)
    pieces = ner._bounded(sent, text)
    assert len(sent) > 4 * ner.MAX_SENTENCE_TOKENS and [t for p in pieces for t in p] == sent
    assert all(len(p) <= ner.MAX_SENTENCE_TOKENS for p in pieces)
    assert all(text[p[-1][0]:p[-1][1]] == "," for p in pieces[:-1])
    chunked = ner.tag_entities(text)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in chunked)
    monkeypatch.setattr(ner, "MAX_SENTENCE_TOKENS", 10 ** 9)
    whole = ner.tag_entities(text)
    key = {(e["start"], e["end"], e["label"]) for e in chunked}
    differ = key ^ {(e["start"], e["end"], e["label"]) for e in whole}
    assert len(differ) <= 0.02 * len(key), sorted(differ)
    # a normal text has no sentence that long: nothing is cut, the answer is the same
    normal = _long_text(40)
    assert max(len(s) for s in ner.sentences(normal)) < 100
    monkeypatch.setattr(ner, "MAX_SENTENCE_TOKENS", 100)
    small_limit = ner.tag_entities(normal)
    monkeypatch.setattr(ner, "MAX_SENTENCE_TOKENS", 10 ** 9)
    assert ner.tag_entities(normal) == small_limit


def test_lone_surrogates_in_text_are_tagged_not_fallen_back():
    """A JSON "\\ud800" in the text reaches the tagger as U+FFFD (same offsets): the record is
    analysed, not given the fallback."""
    text = "Mayor Ana Ruiz met Olaf Berg in Port Elm. \ud800 \"We are ready,\" said Ruiz \udc80."
    line = json.dumps({"id": "s", "text": text})
    for task in ("entities", "actors"):
        fails, out, err = _run(task, [line])
        assert fails == 0 and err == "", err
        out.encode("utf-8")
    ents = ner.tag_entities(text)
    replaced = ner.tag_entities(text.replace("\ud800", "\ufffd").replace("\udc80", "\ufffd"))
    assert [(e["start"], e["end"], e["label"]) for e in ents] == [(e["start"], e["end"], e["label"]) for e in replaced]
    assert [e["text"] for e in ents if e["label"] == "PER"][:2] == ["Ana Ruiz", "Olaf Berg"]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in ents)
