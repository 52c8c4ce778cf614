"""Words as a document writes them: whole-word look-ups and Title Case (headline) lines.

Helpers of the actor resolution (:mod:`analysis.resolution`): whether a word is written in
a text as a whole word (case-sensitive), whether a line is a Title Case headline, and the
mixed-case form of an all-capitals name.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_ALNUM_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=64)
def _alnum_words(text: str) -> frozenset[str]:
    return frozenset(_ALNUM_RE.findall(text))


def has_word(text: str, word: str) -> bool:
    """True when ``word`` is written in ``text`` as a whole word (case-sensitive)."""
    if word.isalnum():
        return word in _alnum_words(text)
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text) is not None


def mixed_case_form(text: str, t: str) -> str:
    """For an all-capitals name (a dateline's "PORT CALLOW"), the same words as the text
    writes them elsewhere in mixed case ("Port Callow"); else the name unchanged."""
    if not t.isupper() or len(t) < 4:
        return t
    for m in re.finditer(rf"(?<![^\W_]){re.escape(t)}(?![^\W_])", text, re.I):
        if not m.group().isupper():
            return m.group()
    return t


def _line_at(text: str, pos: int) -> str:
    a = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    b = min((i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0),
            default=len(text))
    return text[a:b]


def in_titlecase_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is written in Title Case (a headline): most of
    its words are capitalised, and at least two of them are words the document also
    writes in lower case ("Going", "Back" ...), so a line full of names does not count."""
    return _titlecase_line(text, _line_at(text, pos))


@lru_cache(maxsize=256)
def _titlecase_line(text: str, line: str) -> bool:
    words = _WORD_RE.findall(line)
    caps = [w for w in words if w[:1].isupper()]
    if len(words) < 4 or len(caps) < 0.6 * len(words):
        return False
    lower = 0
    for w in set(caps[1:]):
        if has_word(text, w.lower()):
            lower += 1
            if lower >= 2:
                return True
    return False

