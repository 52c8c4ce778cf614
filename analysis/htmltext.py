"""Saved HTML page -> a page dump: one line per block element, like a browser's "save as text".

Parsed with lxml's HTML parser (never regex). Scripts, styles, templates, hidden elements
(``hidden``, ``aria-hidden="true"``, inline ``display:none``/``visibility:hidden``) and
comments are dropped. Block elements (headings, paragraphs, list items, table cells,
figcaptions, divs, …) and ``<br>`` end a line; inline elements join into the current line;
runs of whitespace inside a line fold to one space. A blank line follows each paragraph
and heading (``PARAGRAPH_TAGS``), as in the seed and the benchmark's page dumps: the
segmentation reads paragraphs by the blank lines around them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree, html

DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "canvas", "button", "select", "option", "input", "textarea", "map",
})
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
#: block elements followed by a blank line in the dump
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
SPACES = re.compile(r"\s+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


class HtmlPage(NamedTuple):
    text: str
    title: str | None
    url: str | None
    date: str | None
    outlet: str | None


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def _meta(root: etree._Element, *names: str) -> str | None:
    for name in names:
        for el in root.iter("meta"):
            if el.get("property") == name or el.get("name") == name or el.get("itemprop") == name:
                content = (el.get("content") or "").strip()
                if content:
                    return content
    return None


def _title(root: etree._Element) -> str | None:
    og = _meta(root, "og:title", "twitter:title")
    if og:
        return og
    for el in root.iter("title"):
        text = SPACES.sub(" ", el.text_content()).strip()
        if text:
            return text
    return None


def _url(root: etree._Element) -> str | None:
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href").strip()
    return _meta(root, "og:url")


def render(markup: str) -> HtmlPage:
    """Render ``markup`` to a page dump and pick up title, url, date and outlet from meta tags."""
    markup = XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return HtmlPage("", None, None, None, None)
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return HtmlPage("", None, None, None, None)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = SPACES.sub(" ", "".join(current)).strip()
        current.clear()
        if line:
            lines.append(line)

    walker = etree.iterwalk(root, events=("start", "end"))
    skipping: etree._Element | None = None
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if skipping is not None:
                continue
            name = tag.lower() if tag else None
            if name is None or name in DROP_TAGS or _hidden(el):
                skipping = el
                walker.skip_subtree()
                continue
            if name in BLOCK_TAGS or name == "br":
                flush()
            if el.text:
                current.append(el.text)
        else:
            if skipping is el:
                skipping = None
            elif tag and tag.lower() in BLOCK_TAGS:
                flush()
                if tag.lower() in PARAGRAPH_TAGS and lines and lines[-1]:
                    lines.append("")
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    while lines and not lines[-1]:
        lines.pop()
    return HtmlPage(
        "\n".join(lines),
        _title(root),
        _url(root),
        _meta(root, "article:published_time", "datePublished", "date", "pubdate", "dc.date"),
        _meta(root, "og:site_name", "application-name"),
    )
