"""Behaviour of page segmentation on small pages written for these tests."""
from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import predict, segment
from analysis.blocks import blocks_frame
from analysis.segment_features import is_invisible
from analysis.segment_model import load_model

BODY = [
    "The town council of Brackenford voted on Tuesday to rebuild the old footbridge over "
    "the canal, ending a dispute that had divided residents for almost three years.",
    "Councillors approved a budget of 2.4 million pounds after engineers said the wooden "
    "deck could no longer carry the weight of the crowds that cross it on market days.",
    "\"We have patched it for long enough, and it is time to do the job properly,\" said "
    "Harriet Dunmore, who chairs the council's works committee and proposed the plan.",
    "Work is expected to begin in the spring and to take about nine months, during which "
    "pedestrians will be sent over a temporary crossing near the lock keeper's cottage.",
    "Shop owners on the east bank said they welcomed the decision but asked the council to "
    "keep the temporary crossing open in the evenings so that their customers can reach them.",
]
CAPTION = "Walkers cross the old footbridge over the canal in Brackenford on a spring morning."


def make_page() -> str:
    lines = ["Home", "Local", "Sport", "Weather", "", "News / Brackenford", "",
             "Brackenford Council Backs Plan to Rebuild Canal Footbridge", "",
             CAPTION, CAPTION]
    for para in BODY:
        lines += [para, ""]
    lines += ["You May Like", "", "Village Fete Returns After Four Years", "",
              "Organisers promise a tug of war and a cake stall on the green More", "",
              "Comments", "",
              "by: Ada Finch from: Brackenford",
              "March 4, 2025 9:41 PM",
              "About time too. I have crossed that bridge every day for forty years and it "
              "has been shaking since the flood.",
              "", "",
              "by: Tom Reeve from: Lower Mill",
              "Posted 3 hours ago",
              "Nine months seems optimistic to me, but good luck to them.",
              "", "© 2025 Brackenford Gazette. All rights reserved."]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def page() -> str:
    return make_page()


@pytest.fixture(scope="module")
def result(page) -> list[tuple[str, str, int | None]]:
    return segment.segment_lines(page.split("\n"))


def kinds_of(result, page, text):
    lines = page.split("\n")
    return [result[i][0] for i, ln in enumerate(lines) if ln == text]


def test_one_entry_per_line_and_blank_lines(result, page):
    lines = page.split("\n")
    assert len(result) == len(lines)
    for (kind, reason, dup), line in zip(result, lines):
        assert (kind == "blank") == (not line.strip())
        assert kind in segment.KINDS or kind == "blank"
        assert isinstance(reason, str) and reason
        assert dup is None or isinstance(dup, int)


def test_article_parts(result, page):
    assert kinds_of(result, page, "Brackenford Council Backs Plan to Rebuild Canal Footbridge") == [
        "headline"]
    for para in BODY:
        assert kinds_of(result, page, para) == ["body"], para
    assert kinds_of(result, page, "News / Brackenford") == ["section"]
    assert kinds_of(result, page, CAPTION) == ["caption", "caption"]


def test_repeated_caption_points_to_first_copy(result, page):
    lines = page.split("\n")
    first, second = [i for i, ln in enumerate(lines) if ln == CAPTION]
    assert result[first][2] is None
    assert result[second][2] == first
    assert f"repeats line {first}" in result[second][1]


def test_teasers_comments_and_chrome(result, page):
    assert kinds_of(result, page, "You May Like") == ["promo"]
    assert "You May Like" in kinds_of_reason(result, page, "You May Like")
    assert kinds_of(result, page, "Village Fete Returns After Four Years") == ["promo"]
    assert kinds_of(result, page, "by: Ada Finch from: Brackenford") == ["comment_meta"]
    assert kinds_of(result, page, "March 4, 2025 9:41 PM") == ["comment_meta"]
    assert kinds_of(result, page, "Nine months seems optimistic to me, but good luck to them.") == [
        "comment"]
    assert segment.ZONES[kinds_of(result, page, "Comments")[0]] == "boilerplate"
    assert kinds_of(result, page, "© 2025 Brackenford Gazette. All rights reserved.") == [
        "boilerplate"]
    for item in ("Home", "Local", "Sport", "Weather"):
        assert segment.ZONES[kinds_of(result, page, item)[0]] == "boilerplate"


def kinds_of_reason(result, page, text):
    lines = page.split("\n")
    return " ".join(result[i][1] for i, ln in enumerate(lines) if ln == text)


def test_zones_and_dtypes():
    assert set(segment.ZONES) == set(segment.KINDS)
    assert set(segment.ZONES.values()) == set(segment.ZONE_NAMES)
    assert segment.ZONES["caption"] == "editorial" and segment.ZONES["promo"] == "promotional"
    assert segment.ZONES["comment_meta"] == "user" and segment.ZONES["section"] == "boilerplate"
    assert segment.KIND_DTYPE.ordered and segment.ZONE_DTYPE.ordered
    assert list(segment.ZONE_DTYPE.categories) == ["editorial", "promotional", "user",
                                                   "boilerplate"]


def test_predict_and_fallback_records(page):
    text = page + "\n\n   \n\u00a0"
    rec = segment.predict_record(text)
    assert set(rec) == {"kinds"}
    assert len(rec["kinds"]) == len(text.split("\n"))
    assert rec["kinds"][-3:] == ["blank", "blank", "blank"]
    full = [k for k, _, _ in segment.segment_lines(text.split("\n"))]
    assert rec["kinds"] == full  # the fast path gives the same kinds
    fb = segment.fallback_record("a\n\nb")
    assert fb == {"kinds": ["boilerplate", "blank", "boilerplate"]}


def test_odd_lines_do_not_break_rows():
    lines = ["a line\nwith a break inside", "", "\x0b\x0c", "\u3042\u3044\u3046\u3048\u304a\u3002",
             "\ud800 lone surrogate", "İİİ İstanbul"]
    out = segment.segment_lines(lines)
    assert len(out) == len(lines)
    assert out[1][0] == "blank" and out[2][0] == "blank"


def test_empty_and_tiny_pages():
    assert segment.predict_record("") == {"kinds": ["blank"]}
    assert segment.predict_record("\n\n") == {"kinds": ["blank"] * 3}
    assert len(segment.predict_record("x")["kinds"]) == 1
    one = segment.segment_lines(["Only one line of text here, and it is a sentence."])
    assert len(one) == 1 and one[0][0] in segment.KINDS


def test_line_cache_does_not_change_features():
    """Per-line features are cached across pages: a page read with a cold cache, with a
    warm one, and after other pages sharing its lines gives the same table."""
    from analysis.segment_features import clear_line_cache, line_table

    page = ["Home", "News", "Sport", "", "Footbridge Vote Ends Long Dispute", "", *BODY, "",
            CAPTION, CAPTION, "", "Related Stories", "Home | About | Privacy", "İstanbul / Haberler"]
    other = ["Home", "News", "Related Stories", "", BODY[0], "", "Home | About | Privacy"]

    def snapshot(lines):
        t = line_table(lines)
        return (t.idx, t.text, t.norm, t.x.tolist(), t.cues, t.n_words.tolist(), t.first_copy,
                t.clean, t.share, t.comments_from, t.metas, t.local, t.nwl)

    clear_line_cache()
    cold = snapshot(page)
    warm = snapshot(page)
    snapshot(other)
    after_other = snapshot(page)
    assert cold == warm == after_other
    kinds = segment.predict_record("\n".join(page))
    clear_line_cache()
    assert segment.predict_record("\n".join(page)) == kinds


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=25))
@example(["\xad", "\u200b", " \ufeff ", "", "x"])
def test_any_lines_give_one_kind_each(lines):
    out = segment.segment_lines(lines)
    assert len(out) == len(lines)
    for (kind, _, dup), line in zip(out, lines):
        # blank: only white space, or only invisible characters (zero-width spaces)
        assert (kind == "blank") == (not line.strip() or is_invisible(line))
        assert dup is None or 0 <= dup < len(lines)


def test_prediction_runner_never_fails(page, monkeypatch):
    src = io.StringIO("\n".join([json.dumps({"id": "a", "text": page}),
                                 json.dumps({"id": "b", "text": 12}),
                                 json.dumps({"id": "c"})]) + "\n")
    out, err = io.StringIO(), io.StringIO()
    assert predict.run("segments", src, out, err) == 0
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in recs] == ["a", "b", "c"]
    assert len(recs[0]["kinds"]) == len(page.split("\n"))

    def boom(text):
        raise RuntimeError("broken")

    monkeypatch.setattr(segment, "predict_record", boom)
    src = io.StringIO(json.dumps({"id": "d", "text": "one\n\ntwo"}) + "\n")
    out, err = io.StringIO(), io.StringIO()
    assert predict.run("segments", src, out, err) == 1
    assert json.loads(out.getvalue()) == {"id": "d", "kinds": ["boilerplate", "blank",
                                                               "boilerplate"]}
    assert "broken" in err.getvalue()


# ---------------------------------------------------------------- frames


@pytest.fixture(scope="module")
def blocks(page) -> pd.DataFrame:
    other = "Menu\n\nShort page\n\n\nA single sentence that reads like prose, with words in it."
    return segment.segment_blocks(blocks_frame({"gazette": page, "other": other}))


def test_segment_blocks_columns(blocks):
    assert blocks["kind"].dtype == segment.KIND_DTYPE
    assert blocks["zone"].dtype == segment.ZONE_DTYPE
    assert str(blocks["duplicate_of"].dtype) == "Int64"
    assert blocks["reason"].map(lambda r: isinstance(r, str) and r != "").all()
    assert (blocks["zone"].astype(str) == blocks["kind"].astype(str).map(segment.ZONES)).all()
    g = blocks[blocks["doc_id"] == "gazette"]
    caps = g[g["text"] == CAPTION]
    assert list(caps["kind"].astype(str)) == ["caption", "caption"]
    assert pd.isna(caps["duplicate_of"].iloc[0])
    assert caps["duplicate_of"].iloc[1] == caps["block_id"].iloc[0]


def test_segment_blocks_matches_lines(blocks, page):
    g = blocks[blocks["doc_id"] == "gazette"]
    lines = segment.segment_lines(page.split("\n"))
    for line_no, kind in zip(g["line_no"], g["kind"].astype(str)):
        assert lines[line_no][0] == kind


def test_segment_blocks_empty_frame():
    empty = segment.segment_blocks(blocks_frame({}).iloc[0:0])
    assert list(empty.columns)[-4:] == ["kind", "zone", "reason", "duplicate_of"]
    assert len(empty) == 0


def test_zone_shares(blocks):
    shares = segment.zone_shares(blocks)
    cols = ["share_editorial", "share_promotional", "share_user", "share_boilerplate"]
    assert list(shares.columns) == ["doc_id", *cols]
    assert np.allclose(shares[cols].sum(axis=1), 1.0)
    g = shares.set_index("doc_id").loc["gazette"]
    assert g["share_editorial"] > 0.5 and g["share_user"] > 0 and g["share_promotional"] > 0
    nowords = blocks.head(2).assign(n_words=0)
    assert shares_nan(segment.zone_shares(nowords), cols)


def shares_nan(frame, cols):
    return frame[cols].isna().all().all()


def test_comments_frame(blocks):
    c = segment.comments_frame(blocks)
    assert list(c.columns) == ["doc_id", "comment_no", "author", "location", "posted_at",
                               "text", "block_ids"]
    assert pd.api.types.is_datetime64_any_dtype(c["posted_at"])
    assert list(c["comment_no"]) == [1, 2]
    first, second = c.iloc[0], c.iloc[1]
    assert (first["author"], first["location"]) == ("Ada Finch", "Brackenford")
    assert first["posted_at"] == pd.Timestamp("2025-03-04 21:41")
    assert first["text"].startswith("About time too.")
    assert len(first["block_ids"]) == 3  # by/from line, timestamp, text
    assert second["author"] == "Tom Reeve" and pd.isna(second["posted_at"])
    assert second["text"] == "Nine months seems optimistic to me, but good luck to them."


def test_comments_frame_joins_paragraphs():
    frame = pd.DataFrame({
        "doc_id": ["d"] * 4, "block_id": [0, 1, 2, 3],
        "text": ["by: Kim from: Dale", "June 1, 2024 10:00 AM", "First paragraph.",
                 "Second paragraph."],
        "kind": pd.Categorical(["comment_meta", "comment_meta", "comment", "comment"],
                               dtype=segment.KIND_DTYPE)})
    c = segment.comments_frame(frame)
    assert len(c) == 1
    assert c.loc[0, "text"] == "First paragraph.\nSecond paragraph."
    assert c.loc[0, "block_ids"] == [0, 1, 2, 3]
    assert len(segment.comments_frame(frame.iloc[0:0])) == 0


def test_model_is_plain_json(repo_dir):
    path = repo_dir / "analysis" / "models" / "segment_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"prose", "body", "headline"} <= set(data)
    model = load_model()
    assert len(model.body) >= 1 and len(model.prose.coef) == len(model.prose.names)


def test_blog_comments_with_said_lines_are_not_body():
    """A short post followed by long readers' comments ("NAME on DATE at TIME said:"):
    the comments are the user zone, never the article body, however long they are."""
    post = ("The Brackenford footbridge will close for six weeks from Monday while "
            "engineers replace the worn planks of the deck and repaint the rails.")
    comment = ("I have walked over that bridge every morning for years, and I think the "
               "council should have fixed the planks a long time ago, before the winter "
               "storms made the deck so slippery for everyone who crosses it.")
    lines = ["Home", "Blog", "", "Footbridge closing for repairs", "",
             "June 3, 2025 | by Editor", "", post, "", "3 Comments", "", "Comments", ""]
    for name, day in (("Ada Finch", 4), ("Tom Reeve", 5), ("Mei Lo", 6)):
        lines += [f"{name} on June {day}, 2025 at 9:1{day} am said:", comment, "",
                  comment.replace("I have", "We have"), ""]
    kinds = [k for k, _, _ in segment.segment_lines(lines)]
    said = [i for i, ln in enumerate(lines) if ln.endswith("said:")]
    assert all(kinds[i] == "comment_meta" for i in said)
    assert all(kinds[i] != "body" for i in range(said[0], len(lines)))
    assert kinds[lines.index(post)] == "body"
    meta = pd.DataFrame({
        "doc_id": ["d"] * 2, "block_id": [0, 1], "text": [lines[said[0]], comment],
        "kind": pd.Categorical(["comment_meta", "comment"], dtype=segment.KIND_DTYPE)})
    c = segment.comments_frame(meta)
    assert c.loc[0, "author"] == "Ada Finch"
    assert c.loc[0, "posted_at"] == pd.Timestamp("2025-06-04 09:14")


def test_list_of_alike_lines_after_the_body_is_body():
    """A list whose lines share their punctuation ("Name (Ward 3): 12 votes") right after
    the body paragraphs belongs to the article, with its short heading; a menu does not."""
    lines = make_page().split("\n")
    at = lines.index("You May Like")
    items = [f"{name} (Ward {k}): {k * 7} votes" for k, name in enumerate(
        ("Ada Finch", "Tom Reeve", "Mei Lo", "Ravi Shah", "Jo Kerr"), start=1)]
    lines[at:at] = ["Results by ward", *items, ""]
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert all(kinds[i] == "body" for i in items)
    assert kinds["Results by ward"] == "body"
    assert kinds["Home"] == "navigation"


def test_teaser_box_inside_the_article_is_promo():
    """'Related Stories' between two body paragraphs, with story titles right under it
    (no blank line, no sentence end), is a teaser box; the paragraphs stay body."""
    lines = make_page().split("\n")
    at = lines.index(BODY[2])
    titles = ["Canal Boat Festival Draws Record Crowds to Brackenford Lock",
              "Council Approves New Cycle Lanes Along the Towpath"]
    lines[at:at] = ["Related Stories", *titles, ""]
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert [kinds[t] for t in titles] == ["promo", "promo"]
    assert kinds[BODY[1]] == kinds[BODY[2]] == "body"


def test_photo_gallery_lines_are_captions():
    """A gallery counter ("1 of 3") between body paragraphs and the short lines right
    under it are captions, not body."""
    lines = make_page().split("\n")
    at = lines.index(BODY[3])
    gallery = ["1 of 3", "Harriet Dunmore Council photo", "The old deck Council photo",
               "The lock keeper's cottage Council photo"]
    lines[at:at] = [*gallery, ""]
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert [kinds[g] for g in gallery] == ["caption"] * 4
    assert kinds[BODY[2]] == kinds[BODY[3]] == "body"


def test_paragraphs_above_a_photo_gallery_stay_body():
    """A gallery (counter, blank line, caption, photo credit) splitting the article: the
    opening paragraph above it is still body and the gallery lines are captions."""
    lines = make_page().split("\n")
    at = lines.index(BODY[2])
    gallery = []
    for k in range(1, 6):
        gallery += [f"Image {k} of 5", "", f"The canal footbridge seen from the lock, view {k}.",
                    "(Image credit: Brackenford Council)"]
    lines[at:at] = [*gallery, ""]
    kinds = [k for k, _, _ in segment.segment_lines(lines)]
    got = dict(zip(lines, kinds))
    assert got[BODY[0]] == got[BODY[2]] == got[BODY[4]] == "body"
    assert all(kinds[i] == "caption" for i, ln in enumerate(lines)
               if ln.startswith(("Image ", "The canal footbridge seen")))


def test_short_unpunctuated_article_under_the_headline_is_body():
    """When nothing reads as body (a few lines without full stops, no blank lines), the
    lines of eight words or more right under the headline and its date are the article."""
    text = ["Ferry Service Returns to Gannet Island After Storm Repairs", "",
            "Harbor Ledger March 3, 2025",
            "The morning ferry to Gannet Island sailed again on Monday after three weeks "
            "of repairs",
            "Crews replaced the landing ramp that the February storm tore from the pier",
            "Islanders who had relied on the mail boat said they were glad to see it back",
            "Tags:", "Ferries Islands", "Facebook", "Twitter"]
    lines = ["Home", "News", "Sport", "", *text]
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert kinds[text[0]] == "headline"
    assert [kinds[t] for t in text[3:6]] == ["body"] * 3
    assert kinds["Tags:"] != "body"


def test_post_quoted_after_the_body_is_body():
    """An embedded post after the last paragraph (its text, then '— NAME (@handle) DATE')
    is quoted by the article, with the short lead-in line above it."""
    lines = make_page().split("\n")
    at = lines.index("You May Like")
    post = ["The council's statement:", "The footbridge works start in April and will "
            "take nine months.", "", "— Brackenford Council (@BrackenfordCC) March 4, 2025", ""]
    lines[at:at] = post
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert [kinds[p] for p in post if p] == ["body"] * 3
    assert kinds["You May Like"] == "promo"


def _rule_state(lines, body_texts, head_text):
    from analysis.segment_features import line_table
    table = line_table(lines)
    is_body = np.array([t in body_texts for t in table.text])
    kinds = ["body" if b else None for b in is_body.tolist()]
    reasons = [""] * len(kinds)
    head = table.text.index(head_text)
    kinds[head] = "headline"
    return table, is_body, kinds, reasons, head


def test_opening_paragraph_above_the_body_is_body():
    lead = ("The ferry between Oldquay and the island will run twice a day from June, the "
            "harbour board said on Friday.")
    caption = "The ferry leaves Oldquay harbour on a grey morning in the early spring."
    stand = "A second daily crossing is planned for the summer months after a long campaign."
    lines = ["Island Ferry to Run Twice a Day", "", stand, "", caption, "By Jo Marsh", "",
             lead, "", BODY[0], "", BODY[1], ""]
    table, is_body, kinds, reasons, head = _rule_state(lines, BODY, lines[0])
    segment._opening_paragraph(table, head, is_body, kinds, reasons)
    rows = {t: r for r, t in enumerate(table.text)}
    assert kinds[rows[lead]] == "body" and is_body[rows[lead]]
    assert "opening" in reasons[rows[lead]]
    for other in (caption, stand, "By Jo Marsh"):  # no blank line under it / a byline
        assert kinds[rows[other]] is None and not is_body[rows[other]]
    # two blank lines under the opening paragraph (a wire story's dateline paragraph)
    wide = lines[:8] + [""] + lines[8:]
    table, is_body, kinds, reasons, head = _rule_state(wide, BODY, lines[0])
    segment._opening_paragraph(table, head, is_body, kinds, reasons)
    assert kinds[table.text.index(lead)] == "body"
    # a line without a sentence end, or a short one, is not taken in
    for text in ("Ferry timetable for the island crossing from the harbour in June",
                 "It sails."):
        lines2 = lines[:7] + [text] + lines[8:]
        table, is_body, kinds, reasons, head = _rule_state(lines2, BODY, lines[0])
        segment._opening_paragraph(table, head, is_body, kinds, reasons)
        assert kinds[table.text.index(text)] is None


def test_long_clean_run_between_body_parts_may_be_filled():
    from analysis.segment_features import line_table
    items = [f"Stall {k}: bread, cheese and {k} kinds of apple" for k in range(30)]
    lines = [BODY[0], "", *[x for it in items for x in (it, "")], BODY[1], ""]
    table = line_table(lines)
    body_rows = np.array([0, len(items) + 1])
    gap = segment._gap_lengths(table, body_rows)
    assert gap[1:len(items) + 1] == [0] * len(items)  # no furniture: fillable
    assert gap[0] == len(table.idx) and gap[-1] == len(table.idx)  # outside the body
    # a teaser heading inside the run keeps its real length (too long to fill)
    lines2 = lines[:20] + ["You May Like", ""] + lines[20:]
    table2 = line_table(lines2)
    gap2 = segment._gap_lengths(table2, np.array([0, len(items) + 2]))
    assert gap2[1] == len(items) + 1 > segment.MAX_GAP[0]
    # a short run is its length either way
    table3 = line_table([BODY[0], "", items[0], "", items[1], "", BODY[1]])
    assert segment._gap_lengths(table3, np.array([0, 3])) == [4, 2, 2, 4]


def test_repeated_blocks_below_the_body_are_body():
    from analysis.segment_features import line_table
    day = ["Morning walk", "Leave the hut at seven", "Lunch by the tarn",
           "Bread, cheese and two apples", "Evening", "Stew at the lodge"]
    lines = [BODY[0], "", "Plan for the first day", "", *day, "", BODY[1], "",
             "Plan for the second day", "", *day[:3], "Soup and a roll", *day[4:], "",
             "You May Like", "Village Fete Returns After Four Years", "Morning walk"]
    table = line_table(lines)
    rows = {t: r for r, t in enumerate(table.text)}
    is_body = np.zeros(len(table.idx), bool)
    is_body[:rows[BODY[1]] + 1] = True  # the first plan is body (as the gap fill gives)
    kinds = ["body" if b else None for b in is_body.tolist()]
    reasons = [""] * len(kinds)
    segment._repeated_blocks(table, is_body, kinds, reasons)
    second = range(rows["Plan for the second day"], rows["You May Like"])
    # copies and the few lines between them are body; the heading above the first
    # copy too (one other line); the teaser cue stops the run
    assert all(kinds[r] == "body" for r in second)
    assert "repeated blocks" in reasons[rows["Soup and a roll"]]
    assert kinds[rows["You May Like"]] is None and kinds[-1] is None
    # fewer than LIST_RUN copies: nothing is taken
    lines2 = lines[:rows[BODY[1]] + 3] + ["Morning walk", "A note from the editor", ""]
    table = line_table(lines2)
    is_body = np.zeros(len(table.idx), bool)
    is_body[:rows[BODY[1]] + 1] = True
    kinds = ["body" if b else None for b in is_body.tolist()]
    segment._repeated_blocks(table, is_body, kinds, [""] * len(kinds))
    assert not is_body[rows[BODY[1]] + 1:].any()


def test_heading_of_a_sign_up_box_is_not_the_headline():
    headline = "Brackenford Council Backs Plan to Rebuild Canal Footbridge"
    lines = ["Home", "Local", "Sport", "", headline, "",
             "The old footbridge has been shaking since the flood, residents say. Engineers "
             "agree with them.", "",
             "Morning Briefing by Email", "",
             "The day's local stories, sent to you at seven.", "Subscribe", "",
             "March 4, 2025", "By Jo Marsh", ""]
    for para in BODY:
        lines += [para, ""]
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert kinds[headline] == "headline"
    assert kinds["Morning Briefing by Email"] != "headline"


def test_paragraph_broken_by_line_breaks_stays_body():
    from analysis.segment_features import line_table
    rest = ["the ferry will also stop at the old pier on Sundays,",
            "when the market on the island is open until late."]
    lines = [BODY[0], "", BODY[1], *rest, "", "Updated March 4, 2025 at 9:41",
             "", BODY[2], "You May Like", "Village Fete Returns After Four Years"]
    table = line_table(lines)
    rows = {t: r for r, t in enumerate(table.text)}
    is_body = np.array([t in BODY for t in table.text])
    kinds = ["body" if b else None for b in is_body.tolist()]
    reasons = [""] * len(kinds)
    segment._broken_paragraphs(table, is_body, kinds, reasons)
    assert [kinds[rows[t]] for t in rest] == ["body", "body"]
    assert "no blank line between" in reasons[rows[rest[0]]]
    # after a blank line, or with a cue phrase, nothing goes on
    assert kinds[rows["Updated March 4, 2025 at 9:41"]] is None
    assert kinds[rows["You May Like"]] is None
    assert kinds[rows["Village Fete Returns After Four Years"]] is None


def test_opening_paragraph_broken_by_line_breaks_is_taken_whole():
    rows_text = ["Ward 1: Ada Finch, 412 votes, elected for a second term.",
                 "Ward 2: Tom Reeve, 388 votes, elected for the first time.",
                 "Ward 3: Mei Lo, 301 votes, elected after a recount."]
    caption = "Counting the votes in the town hall went on until well past midnight."
    lines = ["Council Election Results", "", "Results by ward", "", *rows_text, "",
             BODY[0], "", BODY[1], ""]
    table, is_body, kinds, reasons, head = _rule_state(lines, BODY, lines[0])
    segment._opening_paragraph(table, head, is_body, kinds, reasons)
    rows = {t: r for r, t in enumerate(table.text)}
    assert [kinds[rows[t]] for t in rows_text] == ["body"] * 3
    assert kinds[rows["Results by ward"]] is None  # no sentence end
    # a caption glued to the first body paragraph (no blank line) is not an opening
    lines2 = ["Council Election Results", "", "Results by ward", "", caption, BODY[0], "",
              BODY[1], ""]
    table, is_body, kinds, reasons, head = _rule_state(lines2, BODY, lines2[0])
    segment._opening_paragraph(table, head, is_body, kinds, reasons)
    assert kinds[table.text.index(caption)] is None


PRODUCTS = [("Harbour Kettle 1.7 L", "$39.99", ["Boils a full kettle in three minutes",
                                                 "Keeps water warm for an hour"]),
            ("Canal Walker Boots", "$84.00", ["Waterproof leather upper",
                                             "Made for towpaths and wet meadows"]),
            ("Lock Keeper Thermos", "$22.50", ["Keeps tea hot for twelve hours",
                                              "Fits in a coat pocket"])]


def _deals_page(cards: int) -> list[str]:
    lines = make_page().split("\n")
    at = lines.index(BODY[2])
    box = ["Don't Miss:", ""]
    for name, price, features in PRODUCTS[:cards]:
        box += [name, "", *features, "", price, "Available from Amazon",
                "The Gazette may receive a commission", "Buy Now", ""]
    lines[at:len(lines) - 1] = box + ["Follow the Gazette on Facebook and Instagram.", ""]
    return lines


def test_product_cards_of_a_shopping_article_are_body_with_their_reason():
    """A list of deals under the article's first paragraphs (a name, features, a price,
    'Buy Now' and an affiliate notice per card, three cards) is the article's content:
    body, with a reason that names the shop cue so a reader sees the affiliate links."""
    lines = _deals_page(3)
    res = dict(zip(lines, segment.segment_lines(lines)))
    for name, price, features in PRODUCTS:
        for text in (name, price, *features, "Buy Now"):
            assert res[text][0] == "body", text
            assert "product card" in res[text][1]
    assert res["Don't Miss:"][0] == "body"
    assert res["Follow the Gazette on Facebook and Instagram."][0] != "body"


def test_two_product_cards_are_not_enough():
    """Fewer than three shop cues: the box stays outside the body."""
    lines = _deals_page(1)
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res["Buy Now"][0] != "body"
    assert res[PRODUCTS[0][0]][0] != "body"


def _recipe_page() -> list[str]:
    lines = make_page().split("\n")
    at = lines.index("You May Like")
    card = ["Brackenford Bridge Cake", "Print", "Ingredients", "",
            "250 g flour", "2 eggs", "100 g butter", "1 tsp cinnamon", "",
            "Instructions", "",
            "Heat the oven to 180 degrees and butter a round tin.",
            "Rub the butter into the flour, then beat in the eggs and cinnamon.",
            "Bake for forty minutes until golden.", ""]
    lines[at:at] = card
    return lines


def test_recipe_card_under_a_post_is_body():
    """Title, 'Ingredients' with its list and 'Instructions' with its steps under the
    post are the article (body); the share button above them and the teasers below are
    not."""
    lines = _recipe_page()
    res = dict(zip(lines, segment.segment_lines(lines)))
    for text in ("Brackenford Bridge Cake", "Ingredients", "250 g flour", "1 tsp cinnamon",
                 "Instructions", "Bake for forty minutes until golden."):
        assert res[text][0] == "body", text
        assert res[text][1] == "recipe card of the post (ingredients and steps)"
    assert res["Print"][0] == "navigation"
    assert res["You May Like"][0] == "promo"


def test_lines_of_invisible_characters_read_as_blank():
    """A line of zero-width spaces (left where an image was) is a blank line for
    segmentation: kind 'blank' per line, and an 'empty block' in the blocks frame; the
    paragraphs around it stay body."""
    lines = make_page().split("\n")
    at = lines.index(BODY[3])
    lines[at:at] = ["\u200b", "", "\ufeff\u200b ", ""]
    kinds = segment.segment_lines(lines)
    assert kinds[at][0] == kinds[at + 2][0] == "blank"
    assert kinds[at + 4][0] == kinds[at - 2][0] == "body"
    text = "\n".join(lines)
    frame = segment.segment_blocks(blocks_frame({"d": text}))
    row = frame[frame["text"] == "\u200b"].iloc[0]
    assert row["kind"] == "boilerplate" and row["zone"] == "boilerplate"
    assert "blank" in row["reason"]


def test_comment_link_above_the_article_does_not_open_the_comment_section():
    """'Leave a comment' in the header of a blog post is a link: the lines between it and
    the headline are not readers' comments (comments come after the article)."""
    lines = make_page().split("\n")
    at = lines.index("News / Brackenford")
    header = ["Leave a comment", "", "What readers asked the council at the last meeting", ""]
    lines[at + 1:at + 1] = header
    kinds = dict(zip(lines, (k for k, _, _ in segment.segment_lines(lines))))
    assert kinds["Leave a comment"] == "boilerplate"
    assert kinds["What readers asked the council at the last meeting"] not in (
        "comment", "comment_meta")
    assert kinds["About time too. I have crossed that bridge every day for forty years and "
                 "it has been shaking since the flood."] == "comment"


def test_related_link_between_paragraphs_is_promo():
    """'Related: …' between two body paragraphs links to another story: promo, with the
    cue in its reason; the paragraphs around it stay body."""
    lines = make_page().split("\n")
    at = lines.index(BODY[2])
    link = "Related: Canal Boat Festival Draws Record Crowds to Brackenford Lock"
    lines[at:at] = [link, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[link][0] == "promo"
    assert "related:" in res[link][1]
    assert res[BODY[1]][0] == res[BODY[2]][0] == "body"


def test_reporter_line_with_a_title_is_a_byline_not_the_headline():
    """'NAME, Gazette Staff Writer' under the headline (no 'By') is a byline and never
    the headline; the headline above it is found."""
    lines = make_page().split("\n")
    head = "Brackenford Council Backs Plan to Rebuild Canal Footbridge"
    at = lines.index(head)
    lines[at + 1:at + 1] = ["Ada Finch, Gazette Staff Writer", "", "March 4, 2025", ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res["Ada Finch, Gazette Staff Writer"][0] == "byline"
    assert "writer" in res["Ada Finch, Gazette Staff Writer"][1]
    assert res[head][0] == "headline"


def test_web_address_and_attribution_lines_are_never_the_headline():
    """A bare web address or a dash opening an attribution ("— NAME (@handle) DATE") may
    not be the headline; a title that only mentions a web site may."""
    from analysis.segment_features import line_table
    from analysis.segment_model import headline_allowed
    lines = ["https://www.brackenford-gazette.example/news/footbridge-vote",
             "— Harriet Dunmore (@hdunmore) March 4, 2025",
             "Brackenford Council Backs Plan to Rebuild Canal Footbridge",
             "Shoppers Turn to Brackenford.com as Market Hall Closes"]
    table = line_table(lines)
    allowed = [headline_allowed(table, r) for r in range(len(lines))]
    assert allowed == [False, False, True, True]


def test_agency_credit_under_the_headline_is_a_byline():
    """'NAME and NAME, Associated Press' under the headline is a byline naming the agency
    (never the headline); the headline above it is found. Without the comma, a title
    ending in the agency's name is not taken for a credit."""
    from analysis.segment_features import line_table
    lines = make_page().split("\n")
    head = "Brackenford Council Backs Plan to Rebuild Canal Footbridge"
    credit = "Ada Finch and Tom Reeve, Associated Press"
    at = lines.index(head)
    lines[at + 1:at + 1] = [credit, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[credit][0] == "byline"
    assert "associated press" in res[credit][1]
    assert res[head][0] == "headline"
    cues = line_table(["Council Wins Its Case Against The Associated Press",
                       "Tom Reeve, AP"]).cues
    assert "byline_title" not in cues[0] and cues[1]["byline_title"] == ", ap"


def test_you_are_here_breadcrumb_is_not_the_headline():
    """A 'You are here: Home > News' breadcrumb above the headline is page furniture."""
    lines = make_page().split("\n")
    head = "Brackenford Council Backs Plan to Rebuild Canal Footbridge"
    crumb = "You are here: HomeNewsBrackenford"
    lines[lines.index(head):lines.index(head)] = [crumb, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[crumb][0] in ("boilerplate", "navigation")
    assert "you are here" in res[crumb][1]
    assert res[head][0] == "headline"
    from analysis.segment_features import line_table
    prose = "You are here because the council asked residents to speak about the bridge."
    assert "boilerplate" not in line_table([prose]).cues[0]


@pytest.mark.parametrize("heading", ["Artículos relacionados", "Читайте также", "関連記事",
                                     "À lire aussi", "Ähnliche Artikel"])
def test_related_articles_heading_in_other_languages_opens_a_teaser_list(heading):
    """'Related articles' in Spanish, Russian, Japanese, French and German starts a teaser
    list below the article, like 'You May Like'; the reason names the cue."""
    lines = make_page().split("\n")
    lines[lines.index("You May Like")] = heading
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[heading][0] == "promo"
    assert heading in res[heading][1]
    assert res["Village Fete Returns After Four Years"][0] == "promo"
    assert res[BODY[-1]][0] == "body"


def test_wire_dateline_opening_stays_body_and_credited_photos_are_captions():
    """'BRACKENFORD (Reuters) - …' opens the article's first paragraph (body), while a line
    closed by a photo credit ('(Gazette Photo/Ann Lee)', 'Credit...Ann Lee/Gazette') is a
    caption whose reason names the credit. A bracket that is no credit is not a cue."""
    from analysis.segment_features import line_table
    lines = make_page().split("\n")
    opening = "BRACKENFORD (Reuters) - " + BODY[0]
    lines[lines.index(BODY[0])] = opening
    photo = "Engineers inspect the wooden deck of the footbridge. (Gazette Photo/Ann Lee)"
    nyt = "The lock keeper's cottage by the canal.Credit...Ann Lee/Brackenford Gazette"
    at = lines.index(BODY[2])
    lines[at:at] = [photo, "", nyt, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[opening][0] == "body"
    assert res[photo][0] == res[nyt][0] == "caption"
    assert "(Gazette Photo/Ann Lee)" in res[photo][1] and "credit..." in res[nyt][1]
    assert res[BODY[1]][0] == res[BODY[2]][0] == "body"
    cues = line_table(["He said the plan was late (see the chart/Table 2 below)",
                       "Daily Dawg Chow (11/20/19)", "Sign out ( Logout /  Change )",
                       "The council met on Monday (and/or Tuesday)", opening]).cues
    assert not any("caption" in c for c in cues)


def test_caption_label_glued_to_its_text_is_a_caption():
    """'Media captionThe …' (a label run into the caption, as some sites' dumps have it)
    is a caption near the article; a start cue that must end at a word boundary still
    does ('Photo byline' is no 'photo by' credit)."""
    from analysis.segment_features import line_table
    lines = make_page().split("\n")
    glued = "Media captionWalkers on the old footbridge describe the shaking deck"
    at = lines.index(BODY[2])
    lines[at:at] = [glued, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[glued][0] == "caption" and "media caption" in res[glued][1]
    assert res[BODY[2]][0] == "body"
    cues = line_table(["Photo byline rules for the Gazette", "Image captionThe bridge"]).cues
    assert "caption" not in cues[0] and cues[1]["caption"] == "image caption"


@pytest.mark.parametrize("text,message", [
    ("role,match,phrase\npromo,exact,more news\n", "line 2: unknown role 'promo'"),
    ("role,match,phrase\ncaption,exact,photo:\npromo_heading,starts,more\n",
     "line 3: unknown match 'starts'"),
    ("role,match,phrase\ncaption,exact,  \n", "line 2: empty phrase"),
    ("phrase,kind\nmore,promo\n", "must name the columns role,match,phrase"),
])
def test_an_edited_cue_table_with_a_mistake_fails_clearly(text, message):
    """A teacher adding cue phrases gets the file, line and what is wrong."""
    from analysis.segment_features import read_cues
    with pytest.raises(ValueError, match=message):
        read_cues(text)


def test_cue_table_rows_are_read_by_match():
    from analysis.segment_features import read_cues
    by = read_cues('role,match,phrase\npromo_heading,exact,Lees ook\n'
                   'byline_title,end,", Gazette"\n')
    assert by["exact"] == [("lees ook", "promo_heading")]
    assert by["end"] == [(", gazette", "byline_title")]
    assert by["contains"] == by["prefix"] == by["start"] == []


def test_repeated_one_word_button_between_paragraphs_is_not_body():
    """'Report' under each embedded post between paragraphs is a button, not a subhead:
    a one-word line that occurs more than once on the page is not body."""
    lines = make_page().split("\n")
    for para in (BODY[1], BODY[3]):
        at = lines.index(para)
        lines[at:at] = ["Report", ""]
    res = segment.segment_lines(lines)
    kinds = [k for k, _, _ in res]
    assert [k for ln, k in zip(lines, kinds) if ln == "Report"] == ["navigation"] * 2
    assert all("repeated on the page" in r for ln, (_, r, _) in zip(lines, res)
               if ln == "Report")
    assert all(k == "body" for ln, k in zip(lines, kinds) if ln in BODY)


def test_author_bio_after_the_article_is_a_byline_not_body():
    """'About NAME' and the sentence under it, or a last paragraph 'NAME is a freelance
    writer …', tell who wrote the article: bylines with a reason, not article text. A
    paragraph about someone else's job higher up stays body, and 'About Us' is no bio."""
    base = make_page().split("\n")
    at = base.index("You May Like")
    bio = "Ann Lee covers the canal towns for the Gazette and lives in Lower Mill."
    lines = base[:at] + ["About Ann Lee", "", bio, "", "About Us", ""] + base[at:]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res["About Ann Lee"][0] == res[bio][0] == "byline"
    assert "author bio" in res[bio][1] and "About Ann Lee" in res[bio][1]
    assert res["About Us"][0] != "byline"
    assert all(res[p][0] == "body" for p in BODY)

    freelance = "Ann Lee is a freelance writer based in Brackenford."
    middle = ("Harriet Dunmore is a former editor of the parish newsletter and has chaired "
              "the works committee since the flood.")
    lines = list(base)
    lines[at:at] = [freelance, ""]
    lines[lines.index(BODY[2]):lines.index(BODY[2])] = [middle, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[freelance][0] == "byline" and "author bio" in res[freelance][1]
    assert res[middle][0] == "body"
    assert all(res[p][0] == "body" for p in BODY)


def test_article_sentence_mentioning_a_newsletter_is_not_a_sign_up_box():
    """'newsletter' in a full sentence of the article is news ("the parish newsletter");
    'Sign up for our newsletter' in the article is a sign-up box (promo)."""
    lines = make_page().split("\n")
    news = ("The parish newsletter first reported the cracks in the deck after a reader "
            "sent in photographs last winter.")
    box = "Sign up for our newsletter"
    lines[lines.index(BODY[2]):lines.index(BODY[2])] = [news, ""]
    lines[lines.index(BODY[4]):lines.index(BODY[4])] = [box, ""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[news][0] == "body"
    assert res[box][0] == "promo" and "sign-up" in res[box][1]


def test_photo_credits_naming_an_agency_are_captions_not_bylines():
    """'Photo: NAME, AP' names the photographer, not the reporter: a caption (the
    agency cue alone would make it a byline); 'Image copyright AGENCY' is a caption cue."""
    from analysis.segment_features import line_table
    lines = make_page().split("\n")
    head = "Brackenford Council Backs Plan to Rebuild Canal Footbridge"
    credit = "Photo: Ann Lee, AP"
    at = lines.index(head)
    lines[at + 1:at + 1] = ["By Tom Reeve", "", "March 4, 2025", "", credit]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert res[credit][0] == "caption"
    assert res["By Tom Reeve"][0] == "byline"
    assert line_table(["Image copyright Reuters"]).cues[0]["caption"] == "image copyright"


def test_site_menu_under_a_teaser_list_is_navigation_not_promo():
    """A block of menu links (four or more short lines with no blank line between) ends
    the teaser list above it: the links are navigation, the teasers stay promo."""
    lines = make_page().split("\n")
    at = lines.index("Comments")
    menu = ["Our Team", "Careers", "Advertise With Us", "Contact Us", "Site Map"]
    lines[at:at] = menu + [""]
    res = dict(zip(lines, segment.segment_lines(lines)))
    assert [res[m][0] for m in menu] == ["navigation"] * len(menu)
    assert res["Village Fete Returns After Four Years"][0] == "promo"


# ---------------------------------------------------------------- pages without blank lines


def _dense(text: str) -> str:
    """The page with its blank lines taken out (one line per block, nothing between)."""
    return "\n".join(ln for ln in text.split("\n") if ln.strip())


def test_page_without_blank_lines_is_read_like_the_same_page_with_them(page):
    dense = _dense(page)
    result = segment.segment_lines(dense.split("\n"))
    assert len(result) == len(dense.split("\n"))
    assert kinds_of(result, dense, "Brackenford Council Backs Plan to Rebuild Canal Footbridge") \
        == ["headline"]
    for para in BODY:
        assert kinds_of(result, dense, para) == ["body"], para
    assert kinds_of(result, dense, CAPTION) == ["caption", "caption"]
    assert kinds_of(result, dense, "You May Like") == ["promo"]
    assert kinds_of(result, dense, "by: Ada Finch from: Brackenford") == ["comment_meta"]
    assert kinds_of(result, dense, "Nine months seems optimistic to me, but good luck to them.") \
        == ["comment"]
    # duplicates point at lines of the page as given, not of a re-spaced copy
    lines = dense.split("\n")
    first, second = [i for i, ln in enumerate(lines) if ln == CAPTION]
    assert result[second][2] == first
    assert f"repeats line {first}" in result[second][1]
    # the prediction command agrees
    assert segment.predict_record(dense)["kinds"] == [k for k, _, _ in result]


def test_paragraph_breaks_are_inferred_only_when_a_page_has_no_blank_lines(page):
    assert segment.inferred_breaks(page.split("\n")) is None
    dense = _dense(page).split("\n")
    rows = segment.inferred_breaks(dense)
    assert rows is not None and len(rows) == len(dense)
    assert rows == sorted(set(rows))  # lines keep their order
    body_row = rows[dense.index(BODY[0])]
    assert rows[dense.index(BODY[0]) + 1] == body_row + 2  # a blank line after a paragraph
    menu = [rows[dense.index(w)] for w in ("Home", "Local", "Sport")]
    assert menu == list(range(menu[0], menu[0] + 3))  # a menu stays one block
    assert segment.inferred_breaks(["One line only"]) is None
    assert segment.inferred_breaks([]) is None


def test_page_layout_per_document():
    import analysis

    spaced = make_page()
    corpus = analysis.Corpus.from_texts({"spaced": spaced, "dense": _dense(spaced)})
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["spaced", "paragraph_breaks"] == "blank lines"
    assert docs.loc["dense", "paragraph_breaks"] == "inferred"
    assert docs.loc["dense", "share_editorial"] > 0.5
    assert abs(docs.loc["dense", "share_editorial"] - docs.loc["spaced", "share_editorial"]) < 0.1


def test_sentence_ending_in_more_is_not_a_teaser():
    lines = ["Bakery Chain Opens Three New Shops in the North", "",
             BODY[0], "", BODY[1], "",
             "The company employs about 1,200 people and says it will hire 300 more.", "",
             BODY[2], "", "Read the full plan and find out more", ""]
    kinds = [k for k, _, _ in segment.segment_lines(lines)]
    assert kinds[6] == "body"


def test_video_teaser_with_a_running_time_after_the_comments_is_not_a_comment():
    lines = make_page().split("\n")
    at = lines.index("© 2025 Brackenford Gazette. All rights reserved.")
    lines[at:at] = ["Video: Council meeting highlights (2:14)", "",
                    "Video: Footbridge repairs explained (1:05)", ""]
    result = segment.segment_lines(lines)
    for i in (at, at + 2):
        assert result[i][0] == "promo", result[i]
    assert "Video" not in " ".join(segment.comments_frame(
        segment.segment_blocks(_blocks_of(lines)))["text"])


def _blocks_of(lines: list[str]) -> pd.DataFrame:
    rows = [(i, ln) for i, ln in enumerate(lines) if ln.strip()]
    return pd.DataFrame({"doc_id": "d", "block_id": range(len(rows)),
                         "line_no": [i for i, _ in rows], "text": [t for _, t in rows],
                         "n_words": [len(t.split()) for _, t in rows]})


def test_a_text_of_one_line_is_the_article_not_its_headline():
    # CSV and JSONL exports often hold an article as one line without breaks
    sentence = ("Bridge repairs on the ring road have been delayed until the spring, the council "
                "said on Tuesday, after engineers found more damage than expected.")
    assert segment.segment_lines([sentence])[0][0] == "body"
    assert segment.segment_lines([BODY[0] + " " + BODY[1]])[0][0] == "body"
    assert segment.segment_lines(["Council Delays Bridge Repairs"])[0][0] == "headline"
    kinds = [k for k, _, _ in segment.segment_lines(["Council Delays Bridge Repairs", "", sentence])]
    assert kinds == ["headline", "blank", "body"]


def test_page_that_spaces_its_chrome_but_not_its_paragraphs(page):
    lines = page.split("\n")
    glued = []
    for ln in lines:  # drop the blank line after each body paragraph
        if not ln and glued and glued[-1] in BODY[:-1]:
            continue
        glued.append(ln)
    assert segment.inferred_breaks(glued) is not None
    result = segment.segment_lines(glued)
    for para in BODY:
        assert kinds_of(result, "\n".join(glued), para) == ["body"], para
    assert kinds_of(result, "\n".join(glued), "You May Like") == ["promo"]


def test_times_between_live_blog_posts_are_datelines_not_body():
    lines = ["Harbour Final LIVE: City v Rovers, Score and Updates", ""]
    posts = [("22:09", BODY[0]), ("22:03", BODY[1]), ("21:40", BODY[2]), ("21:18", BODY[3])]
    for time_, text in posts:
        lines += [time_, text, ""]
    result = segment.segment_lines(lines)
    for time_, text in posts[1:]:
        assert kinds_of(result, "\n".join(lines), text) == ["body"]
        assert kinds_of(result, "\n".join(lines), time_) == ["dateline"], time_


def test_blog_comments_with_says_lines_and_dates_below_them():
    lines = ["My Allotment Diary", "", "A Hard Year for Broad Beans", "", BODY[0], "", BODY[1], "",
             BODY[2], "", "4 Comments", ""]
    thread = [("Peter Lindsay", "June 12, 2024 at 7:41 pm",
               "Same here, I lost nearly all of mine to blackfly before they even flowered this year."),
              ("Maggie Holloway", "June 12, 2024 at 8:02 pm",
               "Thanks Peter, I will sow some nasturtiums along the edge of the bed next year."),
              ("Anna K", "June 13, 2024 at 6:15 am",
               "Have you tried autumn sowing? Mine overwintered fine and were too tough for the blackfly.")]
    for who, when, text in thread:
        lines += [f"{who} says:", when, text, "Reply", ""]
    lines += ["Leave a Reply", "", "Proudly powered by WordPress"]
    result = segment.segment_lines(lines)
    page = "\n".join(lines)
    for who, when, text in thread:
        assert kinds_of(result, page, f"{who} says:") == ["comment_meta"], who
        assert kinds_of(result, page, text) == ["comment"], text
    for para in BODY[:3]:
        assert kinds_of(result, page, para) == ["body"]
    comments = segment.comments_frame(segment.segment_blocks(_blocks_of(lines)))
    assert comments["author"].tolist() == [who for who, _, _ in thread]
    assert comments["posted_at"].dt.day.tolist() == [12, 12, 13]


@pytest.mark.parametrize("line", [
    "MORE: City council approves new budget for the harbour after a long night of debate",
    "Te puede interesar: El ayuntamiento aprueba el nuevo presupuesto del puerto",
    "Get the week's most important environment stories sent straight to your inbox every Friday.",
])
def test_teaser_and_sign_up_lines_between_paragraphs_are_promo(line):
    kind, reason = _between_paragraphs(line)
    assert kind == "promo", reason


def _between_paragraphs(line: str) -> tuple[str, str]:
    """(kind, reason) of ``line`` set between the second and third of four body
    paragraphs (which must stay body)."""
    lines = ["Council Backs Plan to Rebuild Canal Footbridge", "", BODY[0], "", BODY[1], "",
             line, "", BODY[2], "", BODY[3], ""]
    result = segment.segment_lines(lines)
    assert [result[i][0] for i in (2, 4, 8, 10)] == ["body"] * 4
    return result[6][0], result[6][1]


def test_story_card_inside_the_article_is_promo():
    card = ["Related story", "", "Ferry Timetable Cut Leaves Islanders Stranded", "",
            "Residents of the outer islands say the winter timetable leaves them without a "
            "boat home on three evenings a week.", "", "Ada Finch · March 2, 2025"]
    lines = ["Council Backs Plan to Rebuild Canal Footbridge", "", BODY[0], "", BODY[1], "",
             *card, "", BODY[2], "", BODY[3], ""]
    result = segment.segment_lines(lines)
    page = "\n".join(lines)
    for text in card:
        if text:
            assert segment.ZONES[kinds_of(result, page, text)[0]] == "promotional", text
    assert "story card under 'Related story'" in kinds_of_reason(result, page, card[2])
    for para in BODY[:4]:
        assert kinds_of(result, page, para) == ["body"], para


def test_caption_ending_in_a_photograph_credit_is_a_caption():
    caption = ("Harriet Dunmore on the old footbridge in Brackenford, March 2025. "
               "Photograph: Ada Finch for the Gazette")
    lines = ["Council Backs Plan to Rebuild Canal Footbridge", "", caption, "", BODY[0], "",
             BODY[1], "", BODY[2], ""]
    assert segment.segment_lines(lines)[2][0] == "caption"


def test_reply_form_after_a_comment_thread_ends_the_comments():
    lines = ["A Hard Year for Broad Beans", "", BODY[0], "", BODY[1], "", BODY[2], ""]
    for who, day in (("Peter Lindsay", 12), ("Anna K", 13)):
        lines += [f"{who} says:", f"June {day}, 2024 at 7:41 pm",
                  "Same here, I lost nearly all of mine to blackfly before they even flowered.", ""]
    sidebar = ["Recent posts from the allotment and the kitchen garden this season",
               "Why the courgettes failed again and what I will try next year instead",
               "Proudly powered by WordPress"]
    lines += ["Leave a Reply", "", "Comment *", "Name *", "Email *", "Post Comment", "",
              "Recent Posts", "", *sidebar]
    result = segment.segment_lines(lines)
    page = "\n".join(lines)
    assert "reply form after the comments" in kinds_of_reason(result, page, "Leave a Reply")
    for text in sidebar:
        assert segment.ZONES[kinds_of(result, page, text)[0]] != "user", text
    assert segment.ZONES[kinds_of(result, page, "Proudly powered by WordPress")[0]] == "boilerplate"
    comments = segment.comments_frame(segment.segment_blocks(_blocks_of(lines)))
    assert comments["author"].tolist() == ["Peter Lindsay", "Anna K"]


@pytest.mark.parametrize("line", [
    "Story continues",
    "This post may contain affiliate links. Please read my disclosure policy.",
    "Republish this story",
    "Support independent journalism",
    "This release contains forward-looking statements, which are subject to risks and uncertainties.",
])
def test_site_chrome_between_paragraphs_is_not_the_article(line):
    kind, reason = _between_paragraphs(line)
    assert segment.ZONES[kind] != "editorial", reason


def test_article_goes_on_around_a_long_photo_gallery():
    gallery = []
    for k in range(1, 9):
        gallery += [f"{k} of 8", f"Volunteers repaint the railings of the old footbridge, "
                    f"picture {k} of the works this spring.", "Ada Finch / Brackenford Gazette"]
    lines = ["Council Backs Plan to Rebuild Canal Footbridge", "", "By Ada Finch", "March 3, 2025",
             "", BODY[0], "", *gallery, "", BODY[3], "", BODY[4], "",
             "Facebook Twitter Email Print", "Trending", "",
             "Village Fete Returns After Four Years", "", "© 2025 Brackenford Gazette"]
    result = segment.segment_lines(lines)
    page = "\n".join(lines)
    for para in (BODY[0], BODY[3], BODY[4]):
        assert kinds_of(result, page, para) == ["body"], para
    assert "around a photo gallery" in kinds_of_reason(result, page, BODY[0])
    assert set(kinds_of(result, page, "Ada Finch / Brackenford Gazette")) == {"caption"}
    assert kinds_of(result, page, "Facebook Twitter Email Print") == ["navigation"]


@pytest.mark.parametrize("header, expected", [
    ("25 Sept 2013 9:41", "2013-09-25 09:41"),
    ("Sept 8, 2013 at 9:50", "2013-09-08 09:50"),
    ("20 Sept 2013 11:09", "2013-09-20 11:09"),
    ("March 4, 2025 9:41 PM", "2025-03-04 21:41"),
    ("2024-06-01 10:00", "2024-06-01 10:00"),
    ("June 1, 2024", "2024-06-01"),  # a date without a time (capitalised month)
    ("1 June 2024", "2024-06-01"),
])
def test_comment_timestamps_keep_their_hour_and_minute(header, expected):
    """A comment header's time is read whole: "Sept" dates once lost their hour or
    minutes to the date-format guess of ``pd.to_datetime``, and a date without a time
    was missed when its month was capitalised."""
    from analysis.comments import parse_datetime
    assert parse_datetime(header) == pd.Timestamp(expected)


def test_comment_timestamp_that_is_no_date_is_missing():
    from analysis.comments import parse_datetime
    assert pd.isna(parse_datetime("Reply to 12:30 people"))
    assert pd.isna(parse_datetime("Comment Sorting"))
    assert pd.isna(parse_datetime("9:41 PM"))  # a time without a day is no datetime


def test_comment_header_with_a_time_alone_is_no_author():
    frame = pd.DataFrame({
        "doc_id": ["d"] * 3, "block_id": [0, 1, 2],
        "text": ["by: Kim from: Dale", "9:41 PM", "First!"],
        "kind": pd.Categorical(["comment_meta", "comment_meta", "comment"],
                               dtype=segment.KIND_DTYPE)})
    c = segment.comments_frame(frame)
    assert c.loc[0, "author"] == "Kim" and pd.isna(c.loc[0, "posted_at"])
    alone = segment.comments_frame(frame.iloc[1:].assign(block_id=[0, 1]))
    assert alone["author"].isna().all() and alone["text"].tolist() == ["First!"]


def test_recent_posts_under_an_empty_comment_form_are_promo_not_comments():
    """A blog with no comments yet: the reply form, then a "Recent" sidebar of post titles
    each over its date. The titles are teasers, not readers' comments, and the dates are
    no commenter lines."""
    lines = ["My Allotment Diary", "", "A Hard Year for Broad Beans", "", BODY[0], "", BODY[1], "",
             BODY[2], "", "Comments", "", "Share your thoughts Cancel reply", "", "Recent", ""]
    posts = [("Slugs, Beer Traps and Other Garden Myths Tested", "June 20, 2024"),
             ("Why My Tomatoes Split After the Heavy Rain", "June 18, 2024"),
             ("A Cheap Cold Frame From Old Windows", "June 18, 2024")]
    for title, when in posts:
        lines += [title, when]
    lines += ["", "Proudly powered by WordPress"]
    result = segment.segment_lines(lines)
    page = "\n".join(lines)
    for title, when in posts:
        assert kinds_of(result, page, title)[0] == "promo", title
    assert all(k not in ("comment", "comment_meta") for k, _, _ in result)
    for para in BODY[:3]:
        assert kinds_of(result, page, para) == ["body"]
    assert segment.comments_frame(segment.segment_blocks(_blocks_of(lines))).empty
