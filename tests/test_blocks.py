"""The lossless blocks contract: every non-blank line is exactly one block, offsets exact."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from analysis.blocks import blocks_frame, count_lines, iter_lines, split_blocks

PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\n", "\r\n", "\r", "\t", "\f", "\xa0", " ", "\u2028", "\v", "\x85", "\ufeff", "\r\r\n"]),
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def reference_lines(text: str) -> list[str]:
    """Independent line split: normalise the three line breaks, then split."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_every_nonblank_line_is_one_block_with_exact_offsets(text):
    blocks = split_blocks(text)
    lines = reference_lines(text)
    nonblank = [(i, line) for i, line in enumerate(lines) if line.strip()]
    assert [(b.line_no, b.text) for b in blocks] == [(i, line.strip()) for i, line in nonblank]
    for b in blocks:
        assert text[b.char_start:b.char_end] == b.text
    assert [b.block_id for b in blocks] == list(range(len(blocks)))
    assert count_lines(text) == len(lines)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_lines_cover_the_whole_text(text):
    """Lines plus their breaks rebuild the text: nothing is dropped between lines."""
    rebuilt, prev_end = [], 0
    for line in iter_lines(text):
        rebuilt.append(text[prev_end:line.start])  # the line break before this line
        rebuilt.append(text[line.start:line.end])
        prev_end = line.end
    assert "".join(rebuilt) + text[prev_end:] == text


def test_blocks_frame_columns_and_words():
    frame = blocks_frame({"a": "Head line\r\n\r\n  Body, with words.  \n\xa0\n", "b": ""})
    assert list(frame.columns) == ["doc_id", "block_id", "line_no", "char_start", "char_end", "text", "n_words"]
    assert frame["text"].tolist() == ["Head line", "Body, with words."]
    assert frame["line_no"].tolist() == [0, 2]
    assert frame["n_words"].tolist() == [2, 3]
    assert (frame["doc_id"] == "a").all()


def test_form_feed_and_tabs_stay_inside_a_line():
    text = "one\ftwo\tthree\nfour"
    assert [b.text for b in split_blocks(text)] == ["one\ftwo\tthree", "four"]


def test_empty_frame_has_the_columns():
    frame = blocks_frame({})
    assert len(frame) == 0 and "char_start" in frame.columns
