"""Named entities (PER, ORG, LOC, MISC) with exact character offsets, offline.

The default backend is the project's own CRF tagger (python-crfsuite), trained by
``scripts/train_ner.py`` on CoNLL-2003 ``eng.train`` and shipped as
``analysis/models/ner.crfsuite`` (CRFsuite's own binary format: no pickle). Optional
backends ``"spacy"`` and ``"nltk"`` are used only when the library *and* its model/data
are already installed; nothing is ever downloaded.

Main functions:

- :func:`tokenize` -> list of ``(start, end)`` token offsets into the text;
- :func:`sentences` -> list of lists of token offsets (lines, split at sentence ends);
- :func:`tag_entities` -> list of ``{"start", "end", "label", "text"}`` where ``start``/``end``
  are character offsets into the input (end exclusive) and ``text == input[start:end]``;
- :func:`entities_frame` -> a DataFrame with one row per entity (doc_id, start, end,
  label, text);
- :func:`predict_record` / :func:`fallback_record` for ``python -m analysis predict entities``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence
from .tables import read_csv, read_lines

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MODEL_PATH = HERE / "models" / "ner.crfsuite"
LABELS = ("PER", "ORG", "LOC", "MISC")

# ---------------------------------------------------------------------------
# Tokenisation
# ---------------------------------------------------------------------------
_APOS = "'\u2019"
_CLITIC = rf"(?:[{_APOS}](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b|n[{_APOS}]t\b|N[{_APOS}]T\b)"
#: the tokenisation rules, first match wins
_TOKEN_RULES = rf"""
    (?<![^\W_])[A-Za-z]\.(?:[A-Za-z]\.)+              # U.S.  U.N.  a.m.
  | (?<![^\W_])[A-Za-z]\.[A-Za-z](?![\w.])            # U.S (no final period)
  | (?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Maj|Adm|Prof|Rev|Inc|Corp|Co|Ltd
      |No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Fla|Mass|Conn|Ill|Mich)\.
        (?=\s|$|[,;:)])                               # common abbreviations keep their period
  | (?<![\w.])[A-Z]\.(?=\s[A-Z])                        # middle initial: John F. Kennedy
  | {_CLITIC}                                          # 's n't 're ...
  | [^\W_]+(?={_CLITIC})                               # the word before a clitic: do|n't
  | \d+(?:[.,:/-]\d+)*                                 # numbers, dates, scores, times
  | [^\W_]+(?:(?:[-&]|[{_APOS}](?=[^\W_]))[^\W_]+)*   # words, hyphenated words, O'Neill
  | \.\.\.|--                                          # ellipsis, double dash
  | \S                                                 # any other single character
"""
#: a shortcut tried first, for speed: a word of two or more ASCII letters followed by no
#: letter, digit, ``. ' & -`` -- every rule above gives such a word the same token
_PLAIN_WORD = rf"[A-Za-z]{{2,}}(?![\w.{_APOS}&-])"
_TOKEN_RE = re.compile(_PLAIN_WORD + " | " + _TOKEN_RULES, re.VERBOSE)
_LINE_RE = re.compile(r"[^\r\n]+")
_SENT_END = frozenset(".?!")
_ABBREV_RE = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$|^[A-Z][a-z]{0,3}\.$")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the tokens of ``text`` (whitespace dropped).

    ``text[start:end]`` is the token exactly; tokens never overlap and appear in order.
    Follows CoNLL conventions: ``England's`` -> ``England`` ``'s``; ``U.S.`` stays whole;
    hyphenated words stay whole; punctuation is split off.
    """
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def sentences(text: str) -> list[list[tuple[int, int]]]:
    """Token offsets grouped into sentences: each line, split after ``. ? !``
    when the next token starts with an upper-case letter or a quote mark."""
    out: list[list[tuple[int, int]]] = []
    for line in _LINE_RE.finditer(text):
        if line.group().isspace():      # a blank (or blanked-out) line has no tokens
            continue
        # the line's tokens as tokenize(line) gives them, shifted to offsets into text
        # (the look-arounds of _TOKEN_RE see a line break as they see a line's edge)
        matches = list(_TOKEN_RE.finditer(text, line.start(), line.end()))
        toks = [m.span() for m in matches]
        first = 0                       # where the current sentence starts
        for i, m in enumerate(matches):
            if m.group() in _SENT_END and i + 1 - first > 2 and i + 1 < len(toks):
                nxt = text[toks[i + 1][0]]
                if nxt.isupper() or nxt in "\"'\u201c\u2018":
                    out.append(toks[first:i + 1])
                    first = i + 1
        if first < len(toks):
            out.append(toks[first:])
    return out


# ---------------------------------------------------------------------------
# Gazetteers (pycountry + the project's own tables in analysis/data)
# ---------------------------------------------------------------------------
def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()




def _split_words(name: str) -> tuple[str, ...]:
    return tuple(name[s:e].lower() for s, e in tokenize(name))


@lru_cache(maxsize=1)
def gazetteers() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Phrase gazetteers keyed by kind: country, subdivision, demonym, capital, title.

    Each maps a phrase's first lower-cased token to the token tuples starting with it.
    """
    import pycountry

    phrases: dict[str, set[str]] = {k: set() for k in
                                     ("country", "subdivision", "demonym", "capital", "title")}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                phrases["country"].add(v)
                phrases["country"].add(_ascii(v))
    for s in pycountry.subdivisions:
        phrases["subdivision"].add(s.name)
        phrases["subdivision"].add(_ascii(s.name))
    for row in read_csv("demonyms.csv"):
        phrases["country"].add(row["country"])
        for a in filter(None, row["aliases"].split("|")):
            phrases["country"].add(a)
        for a in filter(None, row["adjective"].split("|") + row["people"].split("|")):
            phrases["demonym"].add(a)
    for row in read_csv("capitals.csv"):
        phrases["capital"].add(row["capital"])
    for row in read_csv("titles.csv"):
        if row["kind"] != "role":
            phrases["title"].add(row["title"])
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for kind, names in phrases.items():
        index: dict[str, list[tuple[str, ...]]] = {}
        for n in sorted(names):
            words = _split_words(n)
            if words and len(words) <= 6:
                index.setdefault(words[0], []).append(words)
        for v in index.values():
            v.sort(key=lambda t: (-len(t), t))
        out[kind] = index
    return out


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("org_words.txt"))


@lru_cache(maxsize=1)
def _gazetteer_first_words() -> frozenset[str]:
    """Every word a gazetteer phrase of any kind starts with."""
    return frozenset(w for index in gazetteers().values() for w in index)


def _gazetteer_flags(lower: Sequence[str]) -> list[tuple[str, ...]]:
    """Per token, the gazetteer features ``gz:KIND:B|I`` from longest matches (for each kind,
    left to right: a match's words are not looked at again for that kind)."""
    flags: list[tuple[str, ...]] = [()] * len(lower)     # most tokens have none
    firsts = _gazetteer_first_words()
    starts = [i for i, w in enumerate(lower) if w in firsts]   # where a phrase may start
    n = len(lower)
    for kind, index in gazetteers().items():
        free = 0                        # the first token not inside a match of this kind
        for i in starts:
            if i < free:
                continue
            for words in index.get(lower[i], ()):
                k = len(words)
                if i + k <= n and tuple(lower[i:i + k]) == words:
                    flags[i] += (f"gz:{kind}:B",)
                    for j in range(i + 1, i + k):
                        flags[j] += (f"gz:{kind}:I",)
                    free = i + k
                    break
    return flags


# ---------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------
_RUN_RE = re.compile(r"(.)\1+")


def _shape_char(ch: str) -> str:
    if ch.isupper():
        return "X"
    if ch.islower():
        return "x"
    if ch.isdigit():
        return "d"
    return ch


@lru_cache(maxsize=200_000)
def _shape(word: str) -> tuple[str, str]:
    """(short shape with runs collapsed, long shape capped at 6 chars)."""
    long = "".join(_shape_char(c) for c in word)
    short = _RUN_RE.sub(r"\1", long)
    return short, long[:6]


@lru_cache(maxsize=200_000)
def _word_features(word: str) -> tuple[str, ...]:
    """Features of the word itself (cached: the same word always gives the same list)."""
    low = word.lower()
    short, long = _shape(word)
    f = [
        "w=" + low,
        "sh=" + short,
        "lsh=" + long,
        "p1=" + word[:1], "p2=" + word[:2], "p3=" + word[:3], "p4=" + word[:4],
        "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
    ]
    if word[:1].isupper():
        f.append("init_cap")
    if word.isupper() and any(c.isalpha() for c in word):
        f.append("all_caps")
    if word.istitle():
        f.append("title")
    if any(c.isdigit() for c in word):
        f.append("has_digit")
    if "-" in word:
        f.append("hyphen")
        parts = word.split("-")
        f.append("hy_last=" + parts[-1].lower())
        if parts[-1][:1].isupper():
            f.append("hy_last_cap")
    if "." in word and len(word) > 1:
        f.append("period")
    if low in org_words():
        f.append("orgword")
    if len(word) == 1:
        f.append("len1")
    return tuple(f)


_LOC_PREPS = frozenset({"in", "at", "near", "from"})
_SAY_VERBS = frozenset({"said", "says", "told", "added", "asked"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Single lower-cased words of the titles table without dots ("mr", "president")."""
    return frozenset(r["title"].lower().rstrip(".") for r in read_csv("titles.csv")
                     if " " not in r["title"])


def _doc_info(doc_tokens: Iterable[Sequence[str]]) -> tuple:
    """Document-level facts: lower-cased words seen in lower case, capitalised words seen
    mid-sentence, for words seen in several casings the most common mixed-case one, and
    for each capitalised word the contexts it appears in elsewhere in the document
    (after a title, after a place preposition, before an organisation word, before
    "said", inside a run of capitalised words)."""
    lower_seen: set[str] = set()
    midcap: set[str] = set()
    casings: dict[str, dict[str, int]] = {}
    ctx: dict[str, set[str]] = {}
    titles, orgs = _title_words(), org_words()
    for sent in doc_tokens:
        caps_line = sum(1 for w in sent if w.isupper()) > 0.6 * max(1, len(sent))
        n = len(sent)
        for i, w in enumerate(sent):
            if w.islower():
                lower_seen.add(w)
            elif w[:1].isupper() and not caps_line:
                low = w.lower()
                if i > 0 and sent[i - 1] not in ('"', ":", "-"):
                    midcap.add(low)
                if not w.isupper() or len(w) <= 3:
                    d = casings.setdefault(low, {})
                    d[w] = d.get(w, 0) + 1
                c = ctx.setdefault(low, set())
                prev = sent[i - 1] if i > 0 else ""
                nxt = sent[i + 1] if i + 1 < n else ""
                if prev.lower().rstrip(".") in titles:
                    c.add("title")
                if prev in _LOC_PREPS:
                    c.add("locprep")
                if nxt.lower() in orgs:
                    c.add("orgword")
                if nxt in _SAY_VERBS:
                    c.add("said")
                if nxt[:1].isupper() and nxt.lower() not in orgs:
                    c.add("runfirst")
                if i > 1 and prev[:1].isupper() and prev.lower().rstrip(".") not in titles:
                    c.add("runlast")
                if nxt[:1].isdigit():
                    c.add("num")
    best = {k: max(v.items(), key=lambda kv: (kv[1], kv[0]))[0] for k, v in casings.items()}
    return (frozenset(lower_seen), frozenset(midcap), best,
            {k: tuple(sorted(v)) for k, v in ctx.items()})


@lru_cache(maxsize=200_000)
def _neighbour_features(word: str) -> tuple[tuple[str, str], ...]:
    """The features a word gives its neighbours (cached, like :func:`_word_features`): its
    lower-cased form and short shape as the word before (``-1``), two before (``-2``),
    after (``+1``) and two after (``+2``) the token being described."""
    low, short = word.lower(), _shape(word)[0]
    return (("-1w=" + low, "-1sh=" + short), ("-2w=" + low, "-2sh=" + short),
            ("+1w=" + low, "+1sh=" + short), ("+2w=" + low, "+2sh=" + short))


def sentence_features(words: Sequence[str], doc: tuple | None = None) -> list[list[str]]:
    """CRF features for each token of one sentence. ``doc`` is :func:`_doc_info` output."""
    n = len(words)
    lower = [w.lower() for w in words]
    gz = _gazetteer_flags(lower)
    line = []                           # features of the whole line
    if sum(1 for w in words if w.isupper()) > 0.6 * max(1, n):
        line.append("caps_line")
    if sum(1 for w in words if w[:1].isdigit()) > 0.3 * max(1, n):
        line.append("num_line")
    lower_seen, midcap, casing, ctx = doc if doc is not None else (frozenset(), frozenset(),
                                                                   {}, {})
    near = [_neighbour_features(w) for w in words]
    pairs = [a + "|" + b for a, b in zip(lower, lower[1:])]    # word i and word i + 1
    out = []
    for i, w in enumerate(words):
        f = [*_word_features(w), *gz[i], *line]
        if i == 0:
            f.append("BOS")
        else:
            f += near[i - 1][0]                                 # -1w=, -1sh=
            f.append("-1w|w=" + pairs[i - 1])
            f += ["-1" + g for g in gz[i - 1]]
            f += near[i - 2][1] if i > 1 else ("-2BOS",)        # -2w=, -2sh=
        if i == n - 1:
            f.append("EOS")
        else:
            f += near[i + 1][2]                                 # +1w=, +1sh=
            f.append("w|+1w=" + pairs[i])
            f += ["+1" + g for g in gz[i + 1]]
            f += near[i + 2][3] if i < n - 2 else ("+2EOS",)    # +2w=, +2sh=
        if w[:1].isupper():
            low = lower[i]
            if low in lower_seen:
                f.append("doc_lower")
            if low in midcap:
                f.append("doc_midcap")
            c = casing.get(low)
            if c is not None and c != w:
                f.append("doc_case=" + _shape(c)[0])
            f += ["dctx=" + t for t in ctx.get(low, ())]
        out.append(f)
    return out


def document_features(doc: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """Features for every sentence of a document (a list of token-string lists)."""
    info = _doc_info(doc)
    return [sentence_features(s, info) for s in doc]


# ---------------------------------------------------------------------------
# Tagging
# ---------------------------------------------------------------------------
@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """Open the CRFsuite model (binary CRFsuite format; never unpickled)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path or MODEL_PATH))
    return tagger


def tags_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO/IOB1 tags -> ``(first_token, last_token_exclusive, label)`` spans."""
    spans = []
    start, label = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


def titlecase_to_caps(words: list[list[str]]) -> list[list[str]]:
    """Upper-case the words of Title Case headlines ("Kerry: US, Russia Not Going to Back
    off Helping Rivals") for the tagger's features.

    CoNLL-2003 writes headlines in capitals and the model reads them with document-level
    evidence; a Title Case headline would otherwise look like a run of names. A sentence
    counts as Title Case when at least 4 of its words are letters, 60% of them are
    capitalised and at least two capitalised non-initial words are written in lower case
    elsewhere in the document. Offsets are untouched: only feature strings change.
    """
    lower_seen = {w for sent in words for w in sent if w.islower()}
    out = []
    for sent in words:
        alpha = [w for w in sent if w[:1].isalpha()]
        caps = [w for w in alpha if w[:1].isupper()]
        if (len(alpha) >= 4 and len(caps) >= 0.6 * len(alpha) and not all(w.isupper() for w in caps)
                and sum(1 for w in set(caps[1:]) if w.lower() in lower_seen) >= 2):
            out.append([w.upper() for w in sent])
        else:
            out.append(sent)
    return out


#: a "sentence" longer than this many tokens (a line of text without sentence ends: a table,
#: a list, a dump) is tagged in pieces, so memory stays bounded; news sentences have far fewer
#: (at most 220 tokens in the evaluation sets)
MAX_SENTENCE_TOKENS = 1000


def _bounded(sent: list[tuple[int, int]], text: str,
             limit: int | None = None) -> list[list[tuple[int, int]]]:
    """``sent`` cut into pieces of at most ``limit`` (default :data:`MAX_SENTENCE_TOKENS`)
    tokens, each cut after the last ``, ; :`` in the piece's last quarter when there is one
    (not inside a name)."""
    limit = limit or MAX_SENTENCE_TOKENS
    pieces, i = [], 0
    while len(sent) - i > limit:
        cut = i + limit
        for j in range(i + limit - 1, i + 3 * limit // 4, -1):
            if text[sent[j][0]:sent[j][1]] in (",", ";", ":"):
                cut = j + 1
                break
        pieces.append(sent[i:cut])
        i = cut
    pieces.append(sent[i:])
    return pieces


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _tag_crf(text: str, model_path: str | None = None) -> list[dict]:
    # CRFsuite reads features as UTF-8: a lone surrogate (a JSON "\ud800") would stop it.
    # The tagger reads U+FFFD in its place: one character for one, so offsets are unchanged.
    read = _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text
    sents = [piece for sent in sentences(read) for piece in _bounded(sent, read)]
    words = titlecase_to_caps([[read[s:e] for s, e in sent] for sent in sents])
    tagger = load_model(model_path)
    info = _doc_info(words)
    ents = []
    for sent, sent_words in zip(sents, words):
        # features one sentence at a time (as document_features makes them): a long text
        # never holds the features of all its tokens at once
        tags = tagger.tag(sentence_features(sent_words, info))
        for a, b, label in tags_to_spans(tags):
            s, e = sent[a][0], sent[b - 1][1]
            ents.append({"start": s, "end": e, "label": label, "text": text[s:e]})
    return ents


_SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
              "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
              "LANGUAGE": "MISC", "PRODUCT": "MISC"}
_NLTK_MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "GPE": "LOC", "LOCATION": "LOC",
             "FACILITY": "LOC", "GSP": "LOC"}


def spacy_available(model: str = "en_core_web_sm") -> bool:
    """True when spaCy and the named model package are installed (never downloads)."""
    import importlib.util

    return (importlib.util.find_spec("spacy") is not None
            and importlib.util.find_spec(model) is not None)


def nltk_available() -> bool:
    """True when NLTK's NE chunker, POS tagger and tokenizer data are installed locally."""
    try:
        import nltk

        for res in ("chunkers/maxent_ne_chunker_tab", "taggers/averaged_perceptron_tagger_eng",
                    "corpora/words"):
            nltk.data.find(res)
        return True
    except Exception:  # noqa: BLE001 - missing library or data means "not available"
        return False


@lru_cache(maxsize=2)
def _spacy_nlp(model: str):
    import spacy

    return spacy.load(model)


def _tag_spacy(text: str, model: str = "en_core_web_sm") -> list[dict]:
    if not spacy_available(model):
        raise RuntimeError(f"backend='spacy' needs spaCy and the {model} package installed")
    doc = _spacy_nlp(model)(text)
    return [{"start": e.start_char, "end": e.end_char, "label": _SPACY_MAP[e.label_],
             "text": text[e.start_char:e.end_char]}
            for e in doc.ents if e.label_ in _SPACY_MAP]


def _tag_nltk(text: str) -> list[dict]:
    if not nltk_available():
        raise RuntimeError("backend='nltk' needs NLTK's maxent_ne_chunker_tab and "
                           "averaged_perceptron_tagger_eng data installed (no downloads)")
    import nltk

    ents = []
    for sent in sentences(text):
        words = [text[s:e] for s, e in sent]
        tree = nltk.ne_chunk(nltk.pos_tag(words))
        i = 0
        for node in tree:
            if isinstance(node, nltk.Tree):
                k = len(node.leaves())
                label = _NLTK_MAP.get(node.label())
                if label:
                    s, e = sent[i][0], sent[i + k - 1][1]
                    ents.append({"start": s, "end": e, "label": label, "text": text[s:e]})
                i += k
            else:
                i += 1
    return ents


def tag_entities(text: str, backend: str = "crf", model_path: str | None = None) -> list[dict]:
    """Named entities of ``text`` as dicts: ``start``, ``end`` (character offsets into
    ``text``, end exclusive), ``label`` (PER, ORG, LOC, MISC) and ``text``
    (``text[start:end]``). ``backend``: ``"crf"`` (default, the project's model),
    ``"spacy"`` or ``"nltk"`` (only when installed with their data)."""
    if backend == "crf":
        return _tag_crf(text, model_path)
    if backend == "spacy":
        return _tag_spacy(text)
    if backend == "nltk":
        return _tag_nltk(text)
    raise ValueError(f"unknown backend {backend!r}: use 'crf', 'spacy' or 'nltk'")


def entities_frame(texts: dict[str, str], backend: str = "crf"):
    """One row per entity: doc_id, start, end (offsets into the document text), label
    (PER/ORG/LOC/MISC), text (the entity's surface string)."""
    import pandas as pd

    rows = [{"doc_id": d, **e} for d, t in texts.items() for e in tag_entities(t, backend)]
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "label", "text"])


def predict_record(text: str) -> dict:
    """``{"entities": [{"start", "end", "label"}]}`` for ``predict entities``."""
    return {"entities": [{"start": e["start"], "end": e["end"], "label": e["label"]}
                         for e in tag_entities(text)]}


def fallback_record(text: str) -> dict:
    return {"entities": []}
