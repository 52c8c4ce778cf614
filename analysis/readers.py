"""Files -> documents. Page dumps (.txt), saved pages (.html/.htm) and corpora (.jsonl/.csv/.tsv).

Bad input never stops a run: what goes wrong becomes a :class:`Problem` (file, doc_id,
stage, message) and the rest loads. Only a path that does not exist at all raises, with an
error that names it.

Memory stays bounded: files are read up to ``Settings.max_doc_bytes`` per document (the
rest is cut and a problem says so), corpora are streamed row by row, and loading stops
adding documents once ``Settings.max_total_chars`` is reached (the files left out are each
recorded as a problem).
"""
from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from .encodings import DecodeProblem, detect_and_decode
from .htmltext import render
from .progress import progress as show_progress

PAGE_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                 ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}
#: files in a corpus folder that are documentation or labels, not documents: passed over quietly
QUIET_SUFFIXES = {".md", ".json", ".yml", ".yaml", ".py", ".ipynb", ".toml", ".cfg", ".ini", ".rst",
                  ".gitkeep", ".lock", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".css", ".js"}
METADATA_FILE = "metadata.csv"
GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Settings:
    """How files are read. One object, passed down; change fields with ``dataclasses.replace``.

    text_column, id_column, title_column, url_column, date_column, outlet_column:
        column (or JSON key) names in .jsonl/.csv/.tsv corpora. Only ``text_column`` is required.
    max_doc_bytes: a document is cut after this many bytes (a problem records the cut).
    max_total_chars: loading stops adding documents past this many characters in all.
    keep_duplicates: keep a document whose text repeats an earlier one word for word (a
        page saved twice). By default the copy is left out, so it is not counted twice,
        and a problem (stage ``duplicate``) names it and the document it repeats.
    """

    text_column: str = "text"
    id_column: str = "id"
    title_column: str = "title"
    url_column: str = "url"
    date_column: str = "date"
    outlet_column: str = "outlet"
    max_doc_bytes: int = 5_000_000
    max_total_chars: int = 1_500_000_000
    keep_duplicates: bool = False


#: corpus files with one document per row (their ids come from an id column)
ROW_FORMATS = frozenset({"jsonl", "csv", "tsv"})


@dataclass
class Document:
    """One document: its decoded text and what we know about where it came from."""

    doc_id: str
    text: str
    source: str
    format: str
    encoding: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class Problem:
    """Something that went wrong: which file, which document (if any), at what stage, and what."""

    file: str
    doc_id: str | None
    stage: str
    message: str


@dataclass
class Loaded:
    documents: list[Document]
    problems: list[Problem]


# ---------------------------------------------------------------------------- paths

def expand_sources(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[Path]:
    """Files named by ``source``: a file, a folder (recursive), a glob, or a list of those.

    Raises ``FileNotFoundError`` naming every path that matches nothing.
    """
    items: Iterable = [source] if isinstance(source, (str, os.PathLike)) else source
    files: list[Path] = []
    missing: list[str] = []
    for item in items:
        path = Path(item).expanduser()
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif GLOB_CHARS & set(str(item)):
            matched = sorted(Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file())
            if matched:
                files.extend(matched)
            else:
                missing.append(str(item))
        else:
            missing.append(str(item))
    if missing:
        raise FileNotFoundError(f"no such file, folder or matching glob: {', '.join(missing)}")
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _read_capped(path: Path, limit: int) -> tuple[bytes, int]:
    """The first ``limit`` bytes of ``path`` and the file's full size."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        return fh.read(limit), size


def _cut_message(size: int, limit: int) -> str:
    return f"file is {size:,} bytes; only the first {limit:,} bytes were read (Settings.max_doc_bytes)"


# ---------------------------------------------------------------------------- formats

def read_page(path: Path, fmt: str, settings: Settings, problems: list[Problem]) -> Iterator[Document]:
    """A .txt page dump or a saved .html page: one document."""
    data, size = _read_capped(path, settings.max_doc_bytes)
    if size > len(data):
        problems.append(Problem(str(path), path.stem, "read", _cut_message(size, settings.max_doc_bytes)))
    try:
        text, encoding = detect_and_decode(data)
    except DecodeProblem as exc:
        problems.append(Problem(str(path), None, "decode", f"not loaded: {exc}"))
        return
    doc = Document(path.stem, text, str(path), fmt, encoding)
    if fmt == "html":
        page = render(text)
        doc.text, doc.title, doc.url, doc.date, doc.outlet = page
        if text.strip() and not page.text:
            problems.append(Problem(str(path), path.stem, "parse", "HTML page has no visible text"))
    if not doc.text.strip():
        problems.append(Problem(str(path), path.stem, "read", "empty document: no text, zero blocks"))
    yield doc


def _open_text(path: Path, problems: list[Problem]) -> tuple[io.TextIOBase, str] | None:
    """Open a corpus file as text after detecting its encoding from a sample."""
    with path.open("rb") as fh:
        sample = fh.read(65536)
    try:
        _, encoding = detect_and_decode(sample)
    except DecodeProblem as exc:
        problems.append(Problem(str(path), None, "decode", f"not loaded: {exc}"))
        return None
    return path.open("r", encoding=encoding, errors="replace", newline=""), encoding


def _row_document(path: Path, fmt: str, encoding: str, row_no: int, row: dict,
                  settings: Settings, problems: list[Problem]) -> Document | None:
    where = f"{path}:{row_no}"
    text = row.get(settings.text_column)
    if text is None:
        problems.append(Problem(where, None, "read", f"row {row_no} has no '{settings.text_column}' value; "
                                                     "set Settings.text_column to the text column"))
        return None
    if not isinstance(text, str):
        text = str(text)
    raw_id = row.get(settings.id_column)
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else f"{path.stem}-{row_no}"
    if len(text.encode("utf-8", "surrogatepass")) > settings.max_doc_bytes:
        text = text.encode("utf-8", "surrogatepass")[: settings.max_doc_bytes].decode("utf-8", "ignore")
        problems.append(Problem(where, doc_id, "read", f"row {row_no}: text cut to {settings.max_doc_bytes:,} bytes"))
    if not text.strip():
        problems.append(Problem(where, doc_id, "read", f"row {row_no}: empty text, zero blocks"))

    def opt(col: str) -> str | None:
        value = row.get(col)
        return None if value in (None, "") else str(value)

    return Document(doc_id, text, where, fmt, encoding, opt(settings.title_column), opt(settings.url_column),
                    opt(settings.date_column), opt(settings.outlet_column))


def read_jsonl(path: Path, settings: Settings, problems: list[Problem]) -> Iterator[Document]:
    opened = _open_text(path, problems)
    if opened is None:
        return
    fh, encoding = opened
    with fh:
        for row_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(Problem(f"{path}:{row_no}", None, "parse", f"line {row_no}: not valid JSON ({exc.msg})"))
                continue
            if not isinstance(row, dict):
                problems.append(Problem(f"{path}:{row_no}", None, "parse", f"line {row_no}: a JSON {type(row).__name__}, not an object"))
                continue
            doc = _row_document(path, "jsonl", encoding, row_no, row, settings, problems)
            if doc:
                yield doc


def read_table(path: Path, fmt: str, settings: Settings, problems: list[Problem]) -> Iterator[Document]:
    opened = _open_text(path, problems)
    if opened is None:
        return
    fh, encoding = opened
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with fh:
        reader = csv.reader(fh, delimiter="\t" if fmt == "tsv" else ",", strict=True)
        try:
            header = next(reader)
        except (StopIteration, csv.Error):
            problems.append(Problem(str(path), None, "parse", "no header row"))
            return
        if settings.text_column not in header:
            problems.append(Problem(str(path), None, "parse",
                                    f"no '{settings.text_column}' column (columns: {', '.join(header)}); "
                                    "set Settings.text_column"))
            return
        while True:
            line_no = reader.line_num + 1  # a record's first line (a quoted field may span more)
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problems.append(Problem(f"{path}:{line_no}", None, "parse", f"line {line_no}: {exc}"))
                continue
            if not values or not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append(Problem(f"{path}:{line_no}", None, "parse",
                                        f"line {line_no}: {len(values)} fields where the header has {len(header)}; row skipped"))
                continue
            doc = _row_document(path, fmt, encoding, line_no, dict(zip(header, values)), settings, problems)
            if doc:
                yield doc


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """``metadata.csv`` beside page dumps: per-file title/url/date/outlet, keyed by resolved path."""
    out: dict[str, dict[str, str]] = {}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            name = row.get("file") or row.get("path")
            if name:
                out[str((path.parent / name).resolve())] = {k: v for k, v in row.items() if v and k not in ("file", "path")}
    return out


def _is_metadata(path: Path) -> bool:
    if path.name != METADATA_FILE:
        return False
    with path.open(newline="", encoding="utf-8-sig", errors="replace") as fh:
        header = next(csv.reader(fh), [])
    return ("file" in header or "path" in header) and "text" not in header


# ---------------------------------------------------------------------------- loading

class IdAllocator:
    """Unique doc ids in load order: the first keeps its id, later ones get -2, -3, …"""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_suffix: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        base = base or "doc"
        if base not in self.taken:
            self.taken.add(base)
            return base
        n = self.next_suffix.get(base, 1)
        while True:
            n += 1
            candidate = f"{base}-{n}"
            if candidate not in self.taken:
                break
        self.next_suffix[base] = n
        self.taken.add(candidate)
        return candidate


def iter_file(path: Path, settings: Settings, problems: list[Problem]) -> Iterator[Document]:
    """The documents in one file; anything that goes wrong is a problem, never an exception."""
    fmt = PAGE_SUFFIXES.get(path.suffix.lower())
    try:
        if fmt in ("txt", "html"):
            yield from read_page(path, fmt, settings, problems)
        elif fmt == "jsonl":
            yield from read_jsonl(path, settings, problems)
        elif fmt in ("csv", "tsv"):
            yield from read_table(path, fmt, settings, problems)
        elif path.suffix.lower() not in QUIET_SUFFIXES and not path.name.startswith(("README", "LICENSE")):
            problems.append(Problem(str(path), None, "read",
                                    f"unsupported file type '{path.suffix or path.name}'; not loaded "
                                    "(supported: .txt .html .htm .jsonl .csv .tsv)"))
    except OSError as exc:
        problems.append(Problem(str(path), None, "read", f"could not read: {exc}"))
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the corpus
        problems.append(Problem(str(path), None, "read", f"{type(exc).__name__}: {exc}"))


def load_documents(source, settings: Settings | None = None, progress: bool | None = None) -> Loaded:
    """Read every document under ``source``; see the module docstring for the rules."""
    settings = settings or Settings()
    paths = expand_sources(source)
    problems: list[Problem] = []
    metadata: dict[str, dict[str, str]] = {}
    pages = []
    for path in paths:
        try:
            if _is_metadata(path):
                metadata.update(read_metadata(path))
                continue
        except (OSError, csv.Error, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), None, "read", f"metadata file not read: {exc}"))
            continue
        pages.append(path)
    documents: list[Document] = []
    allocate = IdAllocator()
    total = 0
    for i, path in enumerate(show_progress(pages, "loading", unit="file", show=progress)):
        if total > settings.max_total_chars:
            for rest in pages[i:]:
                problems.append(Problem(str(rest), None, "read", "not loaded: the corpus reached "
                                        f"Settings.max_total_chars ({settings.max_total_chars:,} characters)"))
            break
        mark = len(problems)
        for doc in iter_file(path, settings, problems):
            base, doc.doc_id = doc.doc_id, allocate(doc.doc_id)
            if doc.doc_id != base:  # the problems of this document name its final id
                for problem in problems[mark:]:
                    if problem.doc_id == base:
                        problem.doc_id = doc.doc_id
                if doc.format in ROW_FORMATS:  # an id column that repeats is worth a note
                    problems.append(Problem(doc.source, doc.doc_id, "read",
                                            f"id {base!r} is used by an earlier document; "
                                            f"this one is {doc.doc_id!r}"))
            mark = len(problems)
            meta = metadata.get(str(path.resolve()))
            if meta:
                doc.title = meta.get("title", doc.title)
                doc.url = meta.get("url", doc.url)
                doc.date = meta.get("date", doc.date)
                doc.outlet = meta.get("outlet", doc.outlet)
            if not doc.outlet and doc.url:
                doc.outlet = outlet_of_url(doc.url)
            documents.append(doc)
            total += len(doc.text)
    if not settings.keep_duplicates:
        documents = _drop_repeats(documents, problems)
    return Loaded(documents, problems)


def outlet_of_url(url: str) -> str | None:
    """The outlet a web address names when none is given: its host name, lower-cased,
    without "www." and port ("https://www.example.com/a" -> "example.com"); None when
    ``url`` holds no host name."""
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host or " " in host:
        return None
    return host[4:] if host.startswith("www.") else host


def _drop_repeats(documents: list[Document], problems: list[Problem]) -> list[Document]:
    """Documents without the later copies of a text already loaded (the same words in the
    same order; line endings and spacing may differ); each copy left out is a problem."""
    first: dict[str, Document] = {}
    kept = []
    for doc in documents:
        key = " ".join(doc.text.split())
        if not key:
            kept.append(doc)
            continue
        seen = first.setdefault(key, doc)
        if seen is doc:
            kept.append(doc)
        else:
            problems.append(Problem(doc.source, doc.doc_id, "duplicate",
                                    f"same text as {seen.doc_id} ({seen.source}); analysed once, "
                                    "as that document (Settings.keep_duplicates keeps both)"))
    return kept


def documents_from_texts(texts: dict[str, str] | Sequence[str], source: str = "<memory>") -> Loaded:
    """Documents from strings already in memory (``{doc_id: text}`` or a list of texts)."""
    items = texts.items() if isinstance(texts, dict) else ((f"doc{i}", t) for i, t in enumerate(texts))
    allocate = IdAllocator()
    docs = [Document(allocate(str(k)), v, source, "text", None) for k, v in items]
    problems = [Problem(source, d.doc_id, "read", "empty document: no text, zero blocks")
                for d in docs if not d.text.strip()]
    return Loaded(docs, problems)


__all__ = ["Settings", "Document", "Problem", "Loaded", "load_documents", "documents_from_texts",
           "expand_sources"]
