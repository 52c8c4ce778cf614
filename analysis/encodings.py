"""Bytes -> text: byte-order marks, UTF-16 without BOM, a binary check, strict UTF-8, then charset-normalizer.

A file that is binary or cannot be decoded raises :class:`DecodeProblem` with a message a
person can act on; we never return mojibake silently.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

#: byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark)
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
#: single-byte guesses that cp1252 (Windows Western) decodes the same way or better;
#: short Western texts are often mis-guessed as one of these
LATIN_GUESSES = {
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp850",
    "cp437", "iso8859_9", "cp1254", "iso8859_16", "mac_latin2", "ascii", "cp1257", "iso8859_4",
    "iso8859_13", "iso8859_10", "iso8859_14", "iso8859_3",
}
#: control characters that never occur in text files (C0 minus tab, LF, VT, FF, CR, ESC)
BINARY_CONTROLS = frozenset(set(range(0, 9)) | {14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31})


class DecodeProblem(ValueError):
    """The bytes are not text we can decode reliably."""


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    return data.decode(encoding)


def _texty(text: str) -> bool:
    """Decoded text with (almost) no control characters: not a binary file misread as text."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) in BINARY_CONTROLS or ch == "\x00")
    return controls <= max(2, len(sample) // 200)


def detect_and_decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data`` or raise :class:`DecodeProblem`.

    Order: a byte-order mark; UTF-16 without a BOM; a binary check; strict UTF-8; then
    charset-normalizer, preferring cp1252 when it guesses a Latin single-byte code page
    and cp1252 decodes the bytes cleanly.
    """
    if not data:
        return "", "utf-8"
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _strict(data[len(bom):], encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as exc:
                raise DecodeProblem(f"starts with a {encoding} byte-order mark but does not decode: {exc}") from exc
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            text = _strict(data, utf16)
            if _texty(text):
                return text, utf16
        except UnicodeDecodeError:
            pass
    sample = data[:65536]
    controls = sum(1 for b in sample if b in BINARY_CONTROLS)
    if sample.count(0) or controls > max(2, len(sample) // 200):
        raise DecodeProblem("looks binary (NUL or control bytes), not a text document")
    try:
        return _strict(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            # a multi-byte character cut at the end (a file truncated by a size cap)
            return data[: exc.start].decode("utf-8"), "utf-8"
    best = from_bytes(sample if len(data) > len(sample) else data).best()
    if best is None:
        raise DecodeProblem("no text encoding fits these bytes")
    encoding = best.encoding
    if encoding in LATIN_GUESSES:
        try:
            text = data.decode("cp1252")
            if not any("\x80" <= ch <= "\x9f" for ch in text):
                return text, "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeProblem(f"guessed {encoding} but the bytes do not decode: {exc}") from exc
