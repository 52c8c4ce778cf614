#!/usr/bin/env python3
"""Regenerate the bundled sample corpus in ``data/``.

Everything in this file -- outlets, people, places, articles, comments, teasers -- is
fictional and was written for this project. No third-party text is used.

The script writes, deterministically:

* ``data/pages/<outlet_slug>/<slug>.txt`` -- plain-text page dumps, one block per line,
* ``data/metadata.csv``                   -- file,title,url,date,outlet,
* ``data/gold.json``                      -- per-line kinds, direct quotes, actors.

Pages are written in a tiny line-oriented markup (``PAGE`` strings below):

* ``code| text``   one output line of the given kind (codes in ``KIND_CODES``);
* an empty line    one blank output line (kind ``blank``);
* ``ws|N``         a whitespace-only line of N spaces (kind ``blank``); ``ws|nbsp`` = U+00A0;
* ``>> key | mention | cue [| partial]``  annotates, in order, the next double-quoted
  region of the preceding ``body`` line: ``key`` is the speaker's actor key,
  ``mention`` the words naming the speaker in the text, ``cue`` the attribution cue.
  ``>> -`` marks a region that is NOT a direct quote (scare quotes, titles, names).

Offsets and mention counts are never typed by hand: quote offsets come from the quote
region finder below (same convention as the evaluation sets: the characters strictly
between the double quotation marks, whitespace trimmed; a quote left open at the end
of a paragraph stops there), and actor mention counts come from a regex over each
actor's surface forms on headline and body lines.

Usage::

    python scripts/make_sample_corpus.py            # write data/
    python scripts/make_sample_corpus.py --check    # verify data/ is up to date
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"

KINDS = [
    "headline", "standfirst", "byline", "dateline", "section", "caption", "body",
    "promo", "comment", "comment_meta", "navigation", "boilerplate",
]
BLANK = "blank"
KIND_CODES = {
    "hl": "headline", "sf": "standfirst", "by": "byline", "dl": "dateline",
    "sec": "section", "cap": "caption", "body": "body", "promo": "promo",
    "com": "comment", "meta": "comment_meta", "nav": "navigation", "bp": "boilerplate",
}
OUTLETS = {
    "harbor-ledger": ("The Harbor Ledger", "https://harborledger.example"),
    "cobalt-courier": ("The Cobalt Courier", "https://cobaltcourier.example"),
    "northfield-wire": ("Northfield Wire", "https://northfieldwire.example"),
}
MIN_BODY_WORDS, MAX_BODY_WORDS = 300, 900


# --------------------------------------------------------------------------- model
@dataclass
class Actor:
    key: str
    name: str
    type: str  # person / organisation / country / place / group
    aliases: list[str] = field(default_factory=list)


def A(key: str, name: str, type_: str, *aliases: str) -> Actor:
    assert type_ in {"person", "organisation", "country", "place", "group"}, type_
    return Actor(key, name, type_, list(aliases))


@dataclass
class Page:
    outlet: str
    slug: str
    date: str
    path: str  # URL path
    markup: str
    actors: list[Actor] = field(default_factory=list)
    title: str | None = None
    news: bool = True


PAGES: list[Page] = []


def page(outlet, slug, date, path, markup, actors=(), title=None, news=True):
    PAGES.append(Page(outlet, slug, date, path, markup, list(actors), title, news))


# --------------------------------------------------------------------------- quotes
_OPEN = {'"': '"', "\u201c": "\u201d"}


def quote_regions(line: str) -> list[tuple[int, int]]:
    """Double-quoted regions of one line, as (start, end) offsets into the line.

    Straight marks pair with straight marks, curly with curly; single quotes never
    delimit. A region left open runs to the end of the line. Whitespace is trimmed.
    """
    out = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch in _OPEN:
            j = line.find(_OPEN[ch], i + 1)
            if j == -1:
                j = n
            s, e = i + 1, j
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            out.append((s, e))
            i = j + 1
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- markup
@dataclass
class Parsed:
    lines: list[str]
    kinds: list[str]
    notes: dict[int, list[list[str]]]


def parse_markup(markup: str) -> Parsed:
    lines: list[str] = []
    kinds: list[str] = []
    notes: dict[int, list[list[str]]] = {}
    for raw in markup.strip("\n").split("\n"):
        if raw.startswith(">>"):
            assert lines, "annotation before any line"
            parts = [p.strip() for p in raw[2:].split("|")]
            notes.setdefault(len(lines) - 1, []).append(parts)
            continue
        if not raw.strip():
            lines.append("")
            kinds.append(BLANK)
            continue
        if raw.startswith("ws|"):
            arg = raw[3:].strip()
            lines.append("\u00a0" if arg == "nbsp" else " " * int(arg))
            kinds.append(BLANK)
            continue
        code, sep, rest = raw.partition("|")
        code = code.strip()
        if not sep or code not in KIND_CODES:
            raise ValueError(f"bad markup line: {raw!r}")
        text = rest[1:] if rest.startswith(" ") else rest
        text = text.rstrip()
        assert text.strip(), raw
        lines.append(text)
        kinds.append(KIND_CODES[code])
    return Parsed(lines, kinds, notes)


# --------------------------------------------------------------------------- mentions
def mention_counts(lines, kinds, actors, want=("headline", "body")):
    """Count surface mentions of every actor on lines of the wanted kinds.

    All surface forms of all actors go into one alternation, longest first, matched
    case-sensitively at word boundaries; each match is credited to the actor owning
    the form (so 'Port Callow Harbor Authority' is one mention of the authority, not
    also one of the town).
    """
    owner: dict[str, str] = {}
    for a in actors:
        for form in [a.name, *a.aliases]:
            if form in owner and owner[form] != a.key:
                raise ValueError(f"surface form {form!r} belongs to two actors")
            owner[form] = a.key
    if not owner:
        return {}
    forms = sorted(owner, key=lambda f: (-len(f), f))
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    counts = {a.key: 0 for a in actors}
    for line, kind in zip(lines, kinds):
        if kind in want:
            for m in rx.finditer(line):
                counts[owner[m.group(0)]] += 1
    return counts


# --------------------------------------------------------------------------- build
def build_page(p: Page):
    parsed = parse_markup(p.markup)
    lines, kinds = parsed.lines, parsed.kinds
    text = "\n".join(lines) + "\n"
    kinds = kinds + [BLANK]  # the empty string after the final newline
    assert len(kinds) == len(text.split("\n"))
    actors = {a.key: a for a in p.actors}
    assert len(actors) == len(p.actors), f"duplicate actor key in {p.slug}"
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    quotes = []
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        notes = parsed.notes.get(i, [])
        if kind != "body":
            assert not notes, f"{p.slug}: annotation on a {kind} line: {line[:60]!r}"
            continue
        regions = quote_regions(line)
        if len(regions) != len(notes):
            raise ValueError(f"{p.slug}: line {i} has {len(regions)} quote regions but "
                             f"{len(notes)} annotations: {line[:80]!r}")
        for (s, e), note in zip(regions, notes):
            if note == ["-"]:
                continue
            key, mention, cue, *rest = note
            assert key in actors, f"{p.slug}: unknown speaker {key}"
            partial = rest == ["partial"]
            assert rest in ([], ["partial"]), note
            before = "\n".join(lines[: i + 1])
            assert mention in before, f"{p.slug}: mention {mention!r} not found"
            start, end = offsets[i] + s, offsets[i] + e
            quotes.append({
                "start": start, "end": end, "text": text[start:end],
                "speaker": actors[key].name, "speaker_mention": mention,
                "cue": cue, "partial": partial,
            })
    counts = mention_counts(lines, kinds, p.actors)
    cap_counts = mention_counts(lines, kinds, p.actors, want=("caption",))
    speakers = {q["speaker"] for q in quotes}
    actor_rows = []
    for a in p.actors:
        if counts[a.key] == 0:
            raise ValueError(f"{p.slug}: actor {a.name} never mentioned in headline/body")
        actor_rows.append({
            "name": a.name, "type": a.type, "aliases": a.aliases,
            "mentions": counts[a.key], "caption_mentions": cap_counts[a.key],
            "quoted": a.name in speakers,
        })
    for q in quotes:  # canonical speaker names must be used in the page
        assert q["speaker"] in text, f"{p.slug}: {q['speaker']} not written in full"
    body_words = sum(len(l.split()) for l, k in zip(lines, kinds) if k == "body")
    if p.news and not MIN_BODY_WORDS <= body_words <= MAX_BODY_WORDS:
        raise ValueError(f"{p.slug}: {body_words} body words")
    headline = next((l for l, k in zip(lines, kinds) if k == "headline"), None)
    return text, {"kinds": kinds, "quotes": quotes, "actors": actor_rows}, headline, body_words


def build_all():
    files, meta, docs, stats = {}, [], {}, []
    seen = set()
    for p in PAGES:
        rel = f"pages/{p.outlet}/{p.slug}.txt"
        assert rel not in seen, rel
        seen.add(rel)
        text, gold, headline, words = build_page(p)
        name, base = OUTLETS[p.outlet]
        files[rel] = text
        meta.append({"file": rel, "title": p.title or headline, "url": base + p.path,
                     "date": p.date, "outlet": name})
        gold["sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
        docs[rel] = gold
        stats.append((rel, words, len(gold["quotes"]), len(gold["actors"])))
    gold_all = {
        "version": 1,
        "kinds": KINDS,
        "blank_kind": BLANK,
        "line_split": "text.split('\\n'); every file ends with one newline, so the last "
                      "element is '' (kind blank)",
        "quote_span": "characters strictly between the double quotation marks, "
                      "whitespace trimmed; a quote left open at a paragraph end stops there",
        "mentions": "surface mentions on headline and body lines (captions separately in "
                    "caption_mentions); one longest-first regex over all actors' forms",
        "documents": docs,
    }
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["file", "title", "url", "date", "outlet"],
                       lineterminator="\n")
    w.writeheader()
    w.writerows(meta)
    out = {rel: text for rel, text in files.items()}
    out["metadata.csv"] = buf.getvalue()
    out["gold.json"] = json.dumps(gold_all, ensure_ascii=False, indent=1) + "\n"
    return out, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify data/ is current")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    out, stats = build_all()
    if args.check:
        stale = [rel for rel, content in out.items()
                 if not (DATA / rel).is_file()
                 or (DATA / rel).read_text(encoding="utf-8") != content]
        for rel in stale:
            print("stale:", rel)
        return 1 if stale else 0
    for rel, content in out.items():
        dest = DATA / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
    if not args.quiet:
        for rel, words, nq, na in stats:
            print(f"{rel:55s} body_words={words:4d} quotes={nq:2d} actors={na:2d}")
        print(f"{len(stats)} pages written to {DATA}")
    return 0


# =========================================================================== templates
# --- The Harbor Ledger: seed-like layout, "You May Like", reader comments, videos.
HL_TEASERS = [
    ("Video On the Water: Night Shift With the Callow Bay Pilots",
     "Harbor pilots guide freighters through fog on most winter nights, and the job has barely changed in fifty years More"),
    ("Oyster Farmers Test Floating Cages in a Warmer Bay",
     "Growers north of the breakwater hope new gear can keep shellfish cool through August More"),
    ("High School Robotics Team Heads to State Final",
     "Students from Callow Central built a machine that sorts recycling by weight and colour More"),
    ("Old Lighthouse Keeper's Cottage Opens as a Museum",
     "Volunteers spent three winters restoring the cottage on Gannet Point More"),
    ("Video Street Food Week Returns to the Waterfront",
     "Twenty-two vendors, one long pier and a queue that starts well before noon More"),
    ("Fishing Fleet Counts Its Best Spring Season in a Decade",
     "Skippers credit cold currents and a quota change for full holds More"),
    ("Choir of Retired Dockworkers Records First Album",
     "The Pier Nine Singers rehearse in a union hall that still smells of rope More"),
]
HL_VIDEOS = [
    ("Tugboat Race Draws Record Crowd",
     "Eleven tugs, a two-mile course and a trophy made from an old propeller: the annual race on Callow Bay drew its largest crowd yet. The Ledger video desk was aboard the winning boat."),
    ("Inside the Night Market on Cooper Street",
     "Every Friday a parking lot on Cooper Street turns into a market lit by strings of bulbs. Vendors explain why they keep coming back even in the rain."),
    ("How a Sea Wall Is Inspected",
     "Engineers walk the north shore sea wall twice a year with hammers, cameras and a long checklist. We followed one inspection from dawn to high tide."),
    ("Ballet School Marks Forty Years",
     "The Bellmar School of Ballet has trained dancers in a converted warehouse since 1985. Its founder, now 81, still teaches the Saturday class."),
    ("Crab Season Opens Under Grey Skies",
     "Boats left the harbor before sunrise on opening day. Crews talk about prices, weather and the new trap limits."),
]


def hl_header(section: str, menu: bool = False) -> str:
    top = ("nav| Home | Local | Harbor | Schools | Sports | Business | Opinion | Obituaries\n\n"
           if menu else "")
    return f"{top}sec| {section}\n\n"


def hl_you_may_like(i: int) -> str:
    out = ["promo| You May Like", ""]
    for k in range(3):
        title, desc = HL_TEASERS[(i + k) % len(HL_TEASERS)]
        out += [f"promo| {title}", "", f"promo| {desc}", ""]
    return "\n".join(out) + "\n"


def hl_comments(comments, closed: bool = False) -> str:
    out = []
    if closed:
        out.append("bp| This forum has been closed.")
    out += ["bp| Comment Sorting", "bp| Comments", "ws|5"]
    for n, (name, place, stamp, body) in enumerate(comments):
        if n:
            out += ["", ""]
        out += [f"meta| by: {name} from: {place}", f"meta| {stamp}", f"com| {body}"]
    return "\n".join(out) + "\n\n"


def hl_videos(i: int, stamp: str) -> str:
    first = HL_VIDEOS[i % len(HL_VIDEOS)]
    out = ["promo| Featured Videos", "",
           "bp| Your browser cannot play this video. Update your browser or enable JavaScript to watch Ledger video.",
           f"promo| {first[0]}", "bp| X", "promo| Ledger Video Desk", f"promo| {stamp}",
           f"promo| {first[1]}", "promo| Video", ""]
    for k in range(3):
        title, desc = HL_VIDEOS[(i + k) % len(HL_VIDEOS)]
        out += [f"promo| Video {title}", "", f"promo| {desc}"]
        out += ["promo| Video", ""] if k < 2 else [""]
    out.append("bp| AppleAndroid")
    return "\n".join(out)


def hl_page(slug, date, i, section, article, comments=(), closed=False, stamp="",
            actors=(), menu=False):
    markup = hl_header(section, menu) + article.strip("\n") + "\n\n" + hl_you_may_like(i)
    if comments:
        markup += hl_comments(comments, closed)
    markup += hl_videos(i, stamp)
    y, m, d = date.split("-")
    page("harbor-ledger", slug, date, f"/{y}/{m}/{d}/{slug}", markup, actors)


# --- The Cobalt Courier: promo-heavy layout with cookie, newsletter and app chrome.
CC_RECOMMENDED = [
    "Maplestead's oldest diner changes hands after 61 years",
    "Five day trips from Maplestead you can make by train",
    "The quiet fight over the last empty lot on Foundry Row",
    "What the new recycling bins mean for your Tuesday pickup",
    "Mariners sign veteran goalkeeper on a one-year deal",
    "A beginner's guide to the city's free museum nights",
    "Why your water bill looks different this quarter",
    "Teen chess champion from Ashgrove eyes national title",
    "Ten dumplings worth crossing the river for",
    "Landlords and tenants square off over heat-pump rules",
]
CC_SPONSORED = [
    ("This simple trick is changing how homeowners insulate their attics", "Sponsored | BrightLoft Insulation"),
    ("Retirees in Maplestead are switching to this savings account", "Sponsored | Harrow Mutual"),
    ("The mattress that sleep researchers keep talking about", "Sponsored | Nimbus Rest"),
    ("Drivers over 50 could be overpaying for car cover", "Sponsored | Quillon Insurance"),
    ("See the new electric hatchback everyone is test-driving", "Sponsored | Vantor Motors"),
]
CC_PROMOTED = [
    "Doctors stunned by what this 70-year-old eats for breakfast",
    "The 12 most beautiful lakes you have never heard of",
    "Homeowners are tearing out their lawns for this",
    "This is what a four-day week did to one small company",
    "Travelers swear by this packing rule",
    "You won't believe what this abandoned mall looks like now",
]
CC_VIDEOS = [
    "Video: Watch the moment the Foundry Row bridge span is lifted into place",
    "Video: Maplestead firefighters rescue a kitten from a storm drain",
    "Video: Ice sculptors race the thaw at the winter festival",
    "Video: Behind the scenes at the city's only vinyl pressing plant",
]


def cc_header(section: str) -> str:
    return (
        "bp| We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By clicking \"Accept all\" you agree to this.\n"
        "nav| Accept all | Manage preferences\n"
        "nav| Skip to main content\n\n"
        "nav| The Cobalt Courier\n"
        "nav| News  Sport  Business  Health  Science  Opinion  Video  Newsletters\n"
        "nav| Subscribe | Sign in\n\n"
        f"sec| {section}\n\n"
    )


def cc_newsletter() -> str:
    return ("promo| Get the Morning Pulse: the day's Maplestead headlines in your inbox before 7 a.m.\n"
            "promo| Enter your email address\n"
            "promo| Sign up\n\n"
            "bp| Advertisement\n\n")


def cc_footer(i: int) -> str:
    out = ["nav| Share this article", "nav| Facebook X LinkedIn Email", "",
           "promo| Recommended", ""]
    for k in range(4):
        out.append(f"promo| {CC_RECOMMENDED[(2 * i + k) % len(CC_RECOMMENDED)]}")
    out += ["", "bp| Advertisement", "", "promo| Sponsored", ""]
    for k in range(3):
        title, by = CC_SPONSORED[(i + k) % len(CC_SPONSORED)]
        out += [f"promo| {title}", f"promo| {by}"]
    out += ["", "promo| Promoted Stories", ""]
    for k in range(3):
        out.append(f"promo| {CC_PROMOTED[(i + k) % len(CC_PROMOTED)]}")
    out += ["", "promo| More video", ""]
    for k in range(2):
        out.append(f"promo| {CC_VIDEOS[(i + k) % len(CC_VIDEOS)]}")
    out += ["", "nav| Download the Cobalt Courier app", "nav| App Store | Google Play", "",
            "nav| About us | Contact | Careers | Privacy policy | Cookie policy | Terms of use",
            "bp| © 2025 Cobalt Courier Media Ltd. All rights reserved."]
    return "\n".join(out)


def cc_page(slug, date, i, section, article, actors=()):
    markup = cc_header(section) + article.strip("\n") + "\n\n" + cc_footer(i)
    page("cobalt-courier", slug, date, f"/news/{slug}-{date.replace('-', '')}", markup, actors)


# --- Northfield Wire: a clean wire-service layout.
def nw_header(section: str) -> str:
    return ("nav| Northfield Wire\n"
            "nav| World  Business  Science  Health  Sport\n\n"
            f"sec| {section}\n\n")


NW_FOOTER = ("bp| © 2025 Northfield Wire. All rights reserved.\n"
             "nav| Editorial standards | Corrections | Contact\n\n"
             "nav| Next article")


def nw_page(slug, date, section, article, actors=()):
    markup = nw_header(section) + article.strip("\n") + "\n\n" + NW_FOOTER
    page("northfield-wire", slug, date, f"/{section.lower().split()[0]}/{slug}", markup, actors)


# =========================================================================== pages
# --------------------------------------------------------------- The Harbor Ledger
hl_page("ferry-fares", "2025-03-04", 0, "News / Port Callow", '''
hl| Council Freezes Ferry Fares for Another Year Despite Fuel Costs

cap| Passengers board the Bay Runner ferry at the Pier 4 terminal in Port Callow, March 3, 2025.
cap| Passengers board the Bay Runner ferry at the Pier 4 terminal in Port Callow, March 3, 2025.
body| PORT CALLOW — The city council voted 6-3 on Monday night to keep ferry fares at their current level for a third straight year, even as the Port Callow Harbor Authority warned that rising fuel prices will leave a hole in its budget by autumn.

body| A single adult crossing between the Pier 4 terminal and Gannet Island will stay at $3.50, and the monthly commuter pass at $68. Supporters said the freeze protects island residents who rely on the boats to reach jobs, schools and the hospital on the mainland.

body| "People on Gannet Island do not have a second road out. The ferry is their road, and you don't put a toll booth on someone's only road every spring," said Mayor Lina Okafor.
>> okafor | Mayor Lina Okafor | said

body| Okafor, who proposed the freeze in January, said the city would cover part of the shortfall from its reserve fund rather than pass the cost on to riders.

body| "We looked at every option. This one keeps the boats full and the fares flat, and it buys us a year to find a longer-term answer," she said.
>> okafor | she | said

cap| Mayor Lina Okafor speaks to reporters outside City Hall after the vote, March 3, 2025.Mayor Lina Okafor speaks to reporters outside City Hall after the vote, March 3, 2025.
bp| x
cap| Mayor Lina Okafor speaks to reporters outside City Hall after the vote, March 3, 2025.
cap| Mayor Lina Okafor speaks to reporters outside City Hall after the vote, March 3, 2025.
body| The Harbor Authority, which runs the four-boat fleet under contract with the city, had asked for a 12 percent increase. Its board argued that diesel now costs nearly a third more than it did when the last fare schedule was set.

body| "We will keep the boats running on time. That is not in question. What is in question is how long we can do that while the gap between what a crossing costs and what a rider pays keeps growing," said Harbor Authority spokeswoman Dana Whitlock.
>> whitlock | Harbor Authority spokeswoman Dana Whitlock | said

body| Whitlock said the authority would present a revised budget to the council in June and did not rule out cutting late-evening sailings if no additional money is found.

body| Council member Gareth Pell, one of the three votes against the freeze, said the council was making what he called "a generational mistake" by leaning on reserves that were set aside for storm repairs.
>> pell | Council member Gareth Pell | called | partial

body| "I understand the appeal of a freeze. I do. But the reserve fund exists because the sea wall on the north shore is sixty years old, and the sea does not wait for a better budget year," Pell said.
>> pell | Pell | said

body| Ridership rose 9 percent in 2024, to about 1.4 million crossings, the highest number since a plan for a Gannet Island bridge was abandoned in 2011, according to figures the authority released last month.

body| Island residents who packed the council chamber applauded when the result was read out. Teodora Ruiz, who runs a bakery on Gannet Island and crosses twice a day, said the freeze would make a real difference to small businesses there.

body| "Three and a half dollars does not sound like much until you multiply it by two crossings, six days a week, for me and for my two staff. I pay their fares. Every increase comes out of their hours," Ruiz said.
>> ruiz | Ruiz | said

body| The council also asked the city manager to study whether a small surcharge on tourist day passes, sold mostly in the summer, could close part of the gap without touching commuter fares. That report is due in May.
''', comments=[
    ("Harold P.", "Gannet Island", "March 4, 2025 9:41 PM",
     "Finally some common sense. The people who voted no have never had to stand in the rain at Pier 4 waiting for the 6:15."),
    ("seawall_watcher", "North Shore", "March 4, 2025 7:02 PM",
     "Pell is right and everyone knows it. Raid the storm fund now and see what happens the next time we get a winter like 2019. Tourists can pay more, commuters shouldn't have to."),
    ("Marisol", "Port Callow", "March 4, 2025 6:15 PM",
     "Why is the Harbor Authority still running the old diesel boats anyway? Other towns have hybrid ferries. This problem was predictable ten years ago."),
], stamp="March 1, 2025 5:30 PM", menu=True, actors=[
    A("okafor", "Lina Okafor", "person", "Okafor"),
    A("whitlock", "Dana Whitlock", "person", "Whitlock"),
    A("pell", "Gareth Pell", "person", "Pell"),
    A("ruiz", "Teodora Ruiz", "person", "Ruiz"),
    A("authority", "Port Callow Harbor Authority", "organisation", "Harbor Authority"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
    A("gannet", "Gannet Island", "place"),
])

hl_page("calder-bridge-closure", "2025-03-11", 1, "News / Transport", '''
hl| Calder Street Bridge to Close for Eight Months of Repairs

cap| Traffic crosses the Calder Street bridge over the Linnet River in Port Callow, March 10, 2025.
cap| Traffic crosses the Calder Street bridge over the Linnet River, March 10, 2025. (Photo: Jonah Reyes / The Harbor Ledger)
body| — Drivers who cross the Linnet River on Calder Street will need another route from April, when the 74-year-old bridge closes for eight months of structural repairs, city officials said on Monday.

body| Inspectors found corrosion in two of the bridge's steel bearings last autumn and lowered its weight limit to ten tons in November. Buses were rerouted at the time. The full closure, the city says, is the only way to replace the bearings and the deck joints in a single season.

body| "We could patch it one lane at a time and be out there for two years," said Ruben Estrada, the city's planning director, "or we can close it, do it properly and give it back to people before Christmas."
>> estrada | Ruben Estrada, the city's planning director | said
>> estrada | Ruben Estrada, the city's planning director | said

body| About 18,000 vehicles a day used the bridge before the weight limit was imposed. Traffic engineers expect most of them to shift to the Harlow Avenue crossing, a mile upstream, which already backs up during the morning rush.

body| Estrada said the city would retime traffic signals on Harlow Avenue, add a temporary turn lane at Mercer Road and ask the Bellmar County transit agency to run extra buses on its Route 9.

body| "I won't pretend this is painless. There will be mornings when it takes twenty minutes longer to get across town, and people will be frustrated, and they will call us, and they will be right to call us.
>> estrada | he | said

body| "But the alternative was to wait until the bridge told us it was done, and nobody wants to learn that lesson the hard way," he said.
>> estrada | he | said

body| The work is part of the city's "Fix It First" program, which puts repairs to existing roads and bridges ahead of new construction. The council approved $11.2 million for the project in February, most of it from a state infrastructure grant.
>> -

body| Business owners on the east bank are less sure the timing is right. Priya Basu, who runs a hardware store two blocks from the bridge, said she had already watched her customer count fall since the buses were rerouted.

body| "Half my regulars come from the west side. If they have to sit on Harlow Avenue to get to me, they'll go to the big store by the highway instead," Basu said. "I'm not against fixing the bridge. I just want someone to tell me how a small shop survives the summer."
>> basu | Basu | said
>> basu | Basu | said

body| The city plans a "Shop East Bank" campaign with signs and discounted parking during the closure, according to the planning department.
>> -

body| Pedestrians and cyclists will be able to use a temporary walkway on the bridge's south side for most of the project. It will close for about three weeks in the summer while crews replace the deck joints.
''', comments=[
    ("Dennis K.", "East Bank", "March 12, 2025 8:03 AM",
     "Eight months will turn into fourteen. It always does. Harlow Avenue is already a parking lot at 8 a.m."),
    ("Lou from Mercer Rd", "Port Callow", "March 11, 2025 10:47 PM",
     "A turn lane at Mercer Road is going to put all that traffic right past the elementary school. Did anyone think about that?"),
], closed=True, stamp="March 9, 2025 11:00 AM", actors=[
    A("estrada", "Ruben Estrada", "person", "Estrada"),
    A("basu", "Priya Basu", "person", "Basu"),
    A("linnet", "Linnet River", "place"),
    A("calder", "Calder Street", "place"),
    A("harlow", "Harlow Avenue", "place"),
    A("mercer", "Mercer Road", "place"),
    A("transit", "Bellmar County transit agency", "organisation"),
])

hl_page("er-wait-times", "2025-03-19", 2, "News / Health", '''
hl| St. Brigid's Emergency Room Waits Hit Five-Year High

cap| The emergency entrance at St. Brigid's Hospital in Port Callow, March 18, 2025.
cap| The emergency entrance at St. Brigid's Hospital in Port Callow, March 18, 2025.
body| PORT CALLOW — Patients arriving at the emergency department of St. Brigid's Hospital waited a median of four hours and ten minutes to see a doctor in February, the longest wait since the hospital began publishing the figures in 2020, according to data released on Tuesday.

body| The hospital, the only one on this stretch of coast with a full emergency department, blamed a combination of winter respiratory illness, staff shortages and a lack of beds on its medical wards, which leaves patients who need admission waiting in the emergency room for hours.

body| "Patients tell us, 'I waited six hours and nobody told me why,' and they are right to be angry about that. The waiting is one problem. Not knowing is another, and that one we can fix faster," said Dr. Hana Sato, who directs the emergency department.
>> sato | Dr. Hana Sato | said

body| Sato said the hospital would post estimated waiting times on screens in the waiting room from April and would add a nurse whose only job is to check on people who have been waiting more than two hours.

body| The longer-term problem is beds. St. Brigid's has 212 inpatient beds, the same number it had in 2010, while the population it serves has grown by about a fifth. On an average February day, 23 patients who had been admitted were still in the emergency department waiting for a bed upstairs, according to the hospital's report.

body| "The emergency room is where the whole system's problems become visible," Sato said. "When we can't move a patient upstairs, we can't free a cubicle, and the next ambulance waits in the bay."
>> sato | Sato | said
>> sato | Sato | said

body| Paramedics with the Bellmar County Ambulance Service have noticed. The service's operations chief, Leon Marsh, said crews spent a combined 1,900 hours waiting to hand over patients at St. Brigid's in February.

body| Marsh said: "Every hour a crew spends in a hospital corridor is an hour that crew is not available for the next cardiac arrest. That is the number that keeps me up at night."
>> marsh | Marsh | said

body| The hospital's board has asked the state for approval to open a 30-bed short-stay unit in the former maternity wing, which has been used for storage since the maternity service moved to a new building in 2022. A decision is expected this summer.

body| Hospital officials urged people with minor illnesses and injuries to use the walk-in clinic on Dock Street, which is open until 10 p.m., and said patients with chest pain, difficulty breathing or signs of a stroke should always call for an ambulance.
''', comments=[
    ("Ruth A.", "Port Callow", "March 19, 2025 9:12 PM",
     "My father waited seven hours last month with a broken hip. The nurses were wonderful, there just weren't enough of them."),
    ("K. Oduya", "Bellmar", "March 19, 2025 5:55 PM",
     "A screen with waiting times is nice but it doesn't add a single bed. Open the short-stay unit now and argue about the paperwork later."),
    ("former RN", "Gannet Island", "March 19, 2025 3:30 PM",
     "I worked at St. Brigid's for 22 years. Same beds, twice the patients. Nobody should be surprised by these numbers."),
], stamp="March 17, 2025 4:45 PM", actors=[
    A("sato", "Hana Sato", "person", "Sato"),
    A("marsh", "Leon Marsh", "person", "Marsh"),
    A("stbrigid", "St. Brigid's Hospital", "organisation", "St. Brigid's"),
    A("dock", "Dock Street", "place"),
    A("ambulance", "Bellmar County Ambulance Service", "organisation"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

hl_page("branch-library-budget", "2025-04-02", 3, "News / City Hall", '''
hl| Branch Libraries Spared as Council Trims Budget

cap| Children read in the story corner of the Westgate branch library, April 1, 2025.
cap| Children read in the story corner of the Westgate branch library, April 1, 2025.
body| PORT CALLOW — The city’s three branch libraries will stay open six days a week after the city council on Tuesday rejected a proposal to cut their hours, choosing instead to delay the purchase of new vehicles for the parks department.

body| The proposal, part of a plan to close a $3.8 million gap in next year’s budget, would have closed the Westgate, Fairhaven and Gannet Island branches on Mondays and Thursdays, saving about $410,000.

body| “The branch libraries are not a luxury,” said council member Tomas Ferreira, “they are the only warm, quiet, free room some of our neighbours have, and we were about to lock it two days a week.”
>> ferreira | council member Tomas Ferreira | said
>> ferreira | council member Tomas Ferreira | said

body| Ferreira, who represents Westgate, said the branch in his district had recorded more than 90,000 visits last year, many of them from students without internet at home and older residents who come for newspapers and company.

body| City Manager Helen Vos, who drafted the budget plan, told the council she understood the decision but warned that the money would have to come from somewhere.

body| Vos said: “Every line in this budget has someone who depends on it. If we don’t buy the trucks this year, we will pay more to repair the old ones next year. I want the council to go in with its eyes open.”
>> vos | Vos | said

body| The parks department will keep running its current fleet, some of which is more than fifteen years old, for at least another year. Its director told council members last week that breakdowns had already cost the department about 300 working days in 2024.

body| Library supporters filled the chamber for the vote, several of them holding signs that read “Open Doors, Open Minds”, the slogan of a petition that gathered more than 4,000 signatures in three weeks.
>> -

body| “I came to this country not speaking a word of English, and the Westgate library is where I learned,” said Amira Haddad, a retired teacher who organised the petition. “My grandchildren do their homework there now. It is the same room.”
>> haddad | Amira Haddad | said
>> haddad | Amira Haddad | said

body| The budget still includes a freeze on new hires in most departments and a 2 percent increase in parking fees downtown. The council will hold a final vote on the full budget on April 22.

body| Library director Simone Achterberg said in a statement that she was grateful to the council and to the residents who had spoken up, and that the branches would use the coming year to “show what six days a week makes possible”.
>> achterberg | Library director Simone Achterberg | said | partial
''', comments=[
    ("bookworm62", "Westgate", "April 2, 2025 11:20 PM",
     "Thank you to everyone who signed. The Westgate branch is the only place my son can do his homework in peace."),
    ("Taxpayer", "Fairhaven", "April 2, 2025 10:05 PM",
     "So we drive broken trucks for another year instead. Somebody has to pay for all this eventually."),
], stamp="March 30, 2025 2:10 PM", menu=True, actors=[
    A("ferreira", "Tomas Ferreira", "person", "Ferreira"),
    A("vos", "Helen Vos", "person", "Vos"),
    A("haddad", "Amira Haddad", "person", "Haddad"),
    A("achterberg", "Simone Achterberg", "person", "Achterberg"),
    A("westgate", "Westgate", "place"),
    A("fairhaven", "Fairhaven", "place"),
    A("gannet", "Gannet Island", "place"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

hl_page("harbor-seal-count", "2025-04-15", 4, "News / Science", '''
hl| Harbor Seal Numbers Rebound in Callow Bay, Survey Finds

cap| Harbor seals rest on the rocks below Gannet Point during the spring survey, April 12, 2025. Volunteers with the “Safe Waters” program helped count the animals.
cap| Harbor seals rest on the rocks below Gannet Point during the spring survey, April 12, 2025.
body| PORT CALLOW — The number of harbor seals living in Callow Bay has nearly doubled in a decade, according to a survey published on Monday by the Callow Bay Marine Institute, a recovery scientists attribute to cleaner water and new limits on boat traffic near the colony.

body| Researchers and volunteers counted 412 seals at their haul-out sites on the rocks below Gannet Point and on two sandbars near the river mouth, up from 219 in 2015. Pups made up about a fifth of the animals counted.

body| “Ten years ago we were counting an ageing colony with very few young ones. Now we have a colony with a future. That is a different picture altogether,” said Priya Nandakumar, the marine biologist who led the survey.
>> nandakumar | Priya Nandakumar, the marine biologist who led the survey | said

body| Nandakumar said the institute used drones for the first time this year, flying at a height the seals ignore, and compared the images with counts made by volunteers with binoculars on the shore. The two methods agreed to within about 4 percent.

body| The survey credits two changes. A sewage treatment upgrade completed in 2017 cut the amount of untreated water reaching the bay after heavy rain, and a rule introduced in 2019 keeps boats at least 100 yards from the haul-out sites between March and August, when the pups are born.

body| “People sometimes think of regulation as the enemy of the harbor. This is a case where a fairly small rule, a buoy line and some signs, made a measurable difference,” she said. “The seals did the rest.”
>> nandakumar | she | said
>> nandakumar | she | said

body| Not everyone is celebrating. Some fishermen say a larger colony means more seals taking fish from nets and lines. Abe Lindgren, who has fished out of Port Callow for 35 years, said seals now follow his boat “like gulls”.
>> -

body| “I’m glad they’re back, I am. But nobody is counting the fish they eat, and nobody is paying me for the gear they tear up,” Lindgren said.
>> lindgren | Lindgren | said

body| The institute said it would begin a diet study this summer, collecting samples from the haul-out sites to learn which species the seals are eating and in what amounts. Nandakumar said the results would be shared with the fishing cooperative before they are published.
''', comments=[
    ("Gail from the Point", "Gannet Island", "April 15, 2025 8:44 PM",
     "We watch them from our kitchen window every morning. Thank you to the volunteers who do this count every year!"),
    ("deckhand_joe", "Port Callow", "April 15, 2025 6:31 PM",
     "Abe is right. Nobody asks the fishermen until there's a problem."),
], stamp="April 11, 2025 9:00 AM", actors=[
    A("nandakumar", "Priya Nandakumar", "person", "Nandakumar"),
    A("lindgren", "Abe Lindgren", "person", "Lindgren"),
    A("institute", "Callow Bay Marine Institute", "organisation"),
    A("bay", "Callow Bay", "place"),
    A("gannetpoint", "Gannet Point", "place"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

hl_page("rowing-regatta", "2025-05-05", 5, "Sports / Local", '''
hl| Port Callow Eight Takes Bay Regatta in Photo Finish

cap| The Port Callow Rowing Club eight crosses the finish line at the Bay Regatta, May 4, 2025.
cap| The Port Callow Rowing Club eight crosses the finish line at the Bay Regatta, May 4, 2025.
cap| Photo: Jonah Reyes / The Harbor Ledger
body| PORT CALLOW — The Port Callow Rowing Club won the senior eights final at the Bay Regatta on Sunday by less than a tenth of a second, holding off a late charge from Bellmar Boat Club in a race the judges needed a photograph to decide.

body| The club last won the event in 2009. Its crew of four university students, two nurses, a carpenter and a high school teacher trains at 5 a.m. six days a week, before work and classes, on the stretch of river between the Calder Street bridge and the harbor mouth.

body| Head coach Maeve Donnelly said she had not been sure her crew had won until the result was posted on the board, almost four minutes after the finish.

body| Donnelly said: "From where I was standing it looked like a dead heat. I told them, whatever that board says, that was the best race you've rowed. Then the board said we won, and I stopped being calm."
>> donnelly | Donnelly | said

body| Bellmar led for most of the 2,000-meter course and was almost a length ahead at the halfway mark. Port Callow's stroke, 21-year-old Isaac Mendel, raised the rate in the final 300 meters, and the two boats crossed the line almost together.

body| "At 500 to go I looked across and I could see their cox's face. That's when I knew we had a chance," Mendel said. "Everyone in the boat just emptied the tank."
>> mendel | Mendel | said
>> mendel | Mendel | said

body| Bellmar's coach, Frank Osei, did not dispute the result. "Great race, wrong ending for us. We'll see them in June," he said.
>> osei | he | said

body| The regatta, now in its 48th year, drew 62 crews from eleven clubs and an estimated 5,000 spectators along the harbor wall. Organizers said it was the largest field since before the pandemic.

body| The Port Callow crew will race next at the regional championships in June. Donnelly said the club was also raising money to replace its oldest boat, which was built in 1994 and has been repaired, by her count, at least thirty times.

body| "It's held together with epoxy and good intentions," she said.
>> donnelly | she | said
''', comments=[
    ("Proud Mom", "Port Callow", "May 5, 2025 7:10 AM",
     "So proud of these kids and of coach Donnelly. 5 a.m. every day in all weather!"),
], closed=True, stamp="May 3, 2025 6:20 PM", actors=[
    A("donnelly", "Maeve Donnelly", "person", "Donnelly"),
    A("mendel", "Isaac Mendel", "person", "Mendel"),
    A("osei", "Frank Osei", "person", "Osei"),
    A("pcrc", "Port Callow Rowing Club", "organisation"),
    A("bellmarbc", "Bellmar Boat Club", "organisation", "Bellmar"),
    A("calder", "Calder Street", "place"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

hl_page("cannery-layoffs", "2025-05-20", 6, "Business / Port Callow", '''
hl| Bellmar Seafoods to Cut 140 Jobs at Port Callow Cannery

cap| Workers leave the Bellmar Seafoods cannery on Wharf Road at the end of a shift, May 19, 2025.
cap| Workers leave the Bellmar Seafoods cannery on Wharf Road at the end of a shift, May 19, 2025.
body| PORT CALLOW — Bellmar Seafoods, the largest private employer on the waterfront, will cut 140 jobs at its Wharf Road cannery by the end of the year as it moves most of its tuna processing to a newer plant in the south of the state, the company said on Monday.

body| The cannery employs about 520 people. The company said the cuts would fall mainly on the night shift and that it would offer transfers to the southern plant, retraining money and severance of two weeks' pay for each year of service.

body| In a statement, the company said: "This was a difficult decision, taken after a long review. The Wharf Road plant has a future, and that future will be built on smaller, higher-value product lines that need the skills this workforce has."
>> bellmar | the company | said

body| Chief executive Walter Brandt told reporters at the plant gates that the decision was about the age of the building rather than the people in it.

body| "The floor in there was poured in 1958. You can't put modern lines on it without taking the whole thing apart. The southern plant was built for this," Brandt said.
>> brandt | Brandt | said

body| Lucía Ortega, a shop steward with the Coastal Food Workers Union, which represents most of the cannery's staff, said the union had been told of the decision only on Friday and would ask for talks on the terms.

body| "A transfer two hundred miles away is not an offer to a woman with three kids and a mother in the nursing home on Elm Street," Ortega said. "People here built that company. They deserve more than a letter on a Friday afternoon."
>> ortega | Ortega | said
>> ortega | Ortega | said

body| The cuts are a blow to a waterfront that has been trying to reinvent itself. Mayor Lina Okafor said she had spoken with Brandt on Monday morning and asked the company to work with the city's workforce board on job fairs and training.

body| "We have been through this before, with the shipyard in the nineties. The lesson then was to move early, not to wait for the last shift," Okafor said.
>> okafor | Okafor | said

body| The company's shares, which trade on a regional exchange, rose 3 percent on the news. Analysts have been urging Bellmar to cut costs since its profits fell for the second year in a row in 2024.

body| Ortega said the union would hold a meeting for members on Thursday evening at its hall on Cooper Street.
''', comments=[
    ("Dockside Dave", "Port Callow", "May 20, 2025 10:02 AM",
     "My grandfather worked nights at that cannery for 30 years. Shareholders up 3 percent, workers out. Same old story."),
    ("M. Fenwick", "Bellmar", "May 20, 2025 8:48 AM",
     "The building really is falling apart, anyone who has been inside knows it. Better a smaller plant than no plant."),
    ("harborkid", "Westgate", "May 19, 2025 11:59 PM",
     "Does anyone know if the retraining money can be used at Callow Community College?"),
], stamp="May 17, 2025 1:15 PM", actors=[
    A("bellmar", "Bellmar Seafoods", "organisation", "Bellmar"),
    A("brandt", "Walter Brandt", "person", "Brandt"),
    A("ortega", "Lucía Ortega", "person", "Ortega"),
    A("union", "Coastal Food Workers Union", "organisation"),
    A("wharf", "Wharf Road", "place"),
    A("cooper", "Cooper Street", "place"),
    A("elm", "Elm Street", "place"),
    A("okafor", "Lina Okafor", "person", "Okafor"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

hl_page("storm-cleanup", "2025-11-18", 0, "News / Weather", '''
hl| Cleanup Begins After Storm Floods North Shore Streets

cap| A resident wades through floodwater on Shore Road in Port Callow, November 17, 2025.
cap| A resident wades through floodwater on Shore Road in Port Callow, November 17, 2025.
body| PORT CALLOW — Crews began pumping water out of basements on the north shore on Tuesday after a storm drove waves over the sea wall overnight, flooding about 60 homes and forcing the evacuation of a care home on Shore Road.

body| No one was seriously hurt. The National Weather Service recorded gusts of 71 miles per hour at the harbor mouth shortly after 2 a.m., when the storm surge coincided with one of the highest tides of the year.

body| Kwame Asante, the city's emergency management director, said the water had come over the wall in at least three places and had reached the first floor of some houses within half an hour.

body| "We had crews knocking on doors from midnight, and I want to thank every family who listened and left. We found people who were still asleep in houses with water coming under the door.
>> asante | Asante | said

body| "The sea wall did most of its job. It did not do all of it, and we are going to have to have an honest conversation about that," Asante said.
>> asante | Asante | said

body| The 34 residents of the Harborview care home were moved by bus to the gymnasium of Callow Central High School, where the Red Cross set up cots and a kitchen. The home's manager, Ines Carvalho, said residents would be able to return once the building's electrical system had been checked.

body| "They were remarkably calm. One of our residents is 98 and she told me she had seen worse in 1962," Carvalho said.
>> carvalho | Carvalho | said

body| The storm is the strongest to hit the city since 2019, when a similar surge damaged the same stretch of wall. Engineers warned then that the wall, built in the 1960s, needed to be raised by at least two feet.

body| Mayor Lina Okafor, who toured the area on Tuesday morning, said the city would ask the state for emergency funds. Earlier this year the council drew on its storm reserve to freeze ferry fares, a decision critics said on Tuesday had left the city less ready for a night like this one.

body| "That is a fair question and I will answer it at the council meeting. Today my job is to get people back into dry homes," Okafor said.
>> okafor | Okafor | said

body| The city has opened a help desk at the Westgate library for residents who need to report damage or find temporary housing. Residents are asked not to drive through flooded streets and to treat any fallen line as live.
''', comments=[
    ("Shore Road resident", "Port Callow", "November 18, 2025 6:20 AM",
     "Thank you to the fire crews who carried my neighbour's wheelchair out at 1 a.m. Heroes, all of them."),
    ("seawall_watcher", "North Shore", "November 18, 2025 5:02 AM",
     "Said it in March, saying it again. Fix the wall. Told you so does not pump out a basement."),
], stamp="November 16, 2025 3:40 PM", menu=True, actors=[
    A("asante", "Kwame Asante", "person", "Asante"),
    A("carvalho", "Ines Carvalho", "person", "Carvalho"),
    A("okafor", "Lina Okafor", "person", "Okafor"),
    A("nws", "National Weather Service", "organisation"),
    A("redcross", "Red Cross", "organisation"),
    A("school", "Callow Central High School", "organisation"),
    A("harborview", "Harborview", "organisation"),
    A("shore", "Shore Road", "place"),
    A("westgate", "Westgate", "place"),
    A("portcallow", "Port Callow", "place", "PORT CALLOW"),
])

page("harbor-ledger", "about-us", "2025-01-06", "/about", '''
nav| Home | Local | Harbor | Schools | Sports | Business | Opinion | Obituaries

sec| About The Harbor Ledger

hl| About Us

body| The Harbor Ledger is an independent local newspaper serving Port Callow, Gannet Island and the towns of Bellmar County. It was founded in 1921 as a weekly shipping bulletin and has published daily since 1956.

body| Our newsroom of fourteen reporters, editors and photographers covers city hall, schools, the harbor, courts, business and local sports. We publish online every day and in print on Wednesdays and Saturdays.

body| Readers can reach the newsroom at news@harborledger.example or by calling the front desk during office hours. Letters to the editor should be under 250 words and include the writer's name and town.

body| Comments on our articles are reviewed by our staff. We close comment sections after seven days, and we remove comments that contain personal attacks, threats or advertising.

nav| Contact us | Advertise | Subscribe | Corrections policy
bp| © 2025 The Harbor Ledger. All rights reserved.
''', actors=[], title="About The Harbor Ledger", news=False)


# --------------------------------------------------------------- The Cobalt Courier
cc_page("tram-extension", "2025-02-04", 0, "News › Transport", '''
hl| Maplestead tram extension to Ashgrove delayed until 2028

sf| The line was meant to open next year. Ground conditions under the river and a shortage of rails have pushed it back, and the cost is climbing.

by| By Nora Feld, Transport Reporter
dl| Published 6:00 a.m. Feb. 4, 2025 | Updated 8:12 a.m. Feb. 4, 2025
nav| Share on Facebook | Share on X | Share via email

cap| A tram crosses Foundry Row in central Maplestead. The extension to Ashgrove was due to open in 2026.
cap| (Photo: Sam Okonjo/The Cobalt Courier)

body| The extension of Maplestead's tram network to the suburb of Ashgrove will open two years late and at least $140 million over budget, city officials said on Monday, after engineers found softer ground than expected beneath the river crossing.

body| The 4.2-mile line, with seven new stops, was approved in 2021 with a budget of $610 million and an opening date in the spring of 2026. The new estimate puts the opening in the summer of 2028.

body| "We found ground under the riverbed that behaves more like porridge than clay. You do not push a tunnel through that on the old schedule, and I would not ride on a line that did," said transport commissioner Nadia Karimova.
>> karimova | transport commissioner Nadia Karimova | said

promo| Read more: The quiet fight over the last empty lot on Foundry Row

body| Karimova said the city had also struggled to buy rails, as tram and light-rail projects in several countries competed for a small number of suppliers. A shipment due in October arrived in January.

body| The delay is a setback for Ashgrove, where about 38,000 people live and most commuters drive or take a bus that can spend forty minutes in traffic on the Ring Road. Local businesses had planned around the 2026 date.

body| "The numbers do not support cutting corners to make up time," according to an internal memo from Karimova to the city council, which The Cobalt Courier has seen. The memo recommends adding a second tunnelling crew rather than changing the design.
>> karimova | Karimova | according to

''' + cc_newsletter() + '''body| Councillor Beatrix Holm, who represents Ashgrove, said residents had been told "a different date every year" and deserved a full account of what had gone wrong.
>> holm | Councillor Beatrix Holm | said | partial

body| "People in Ashgrove were promised a tram. They got a hole in the ground and a diversion sign. I want to see every invoice," Holm said.
>> holm | Holm | said

body| The city says the extra cost will be covered by a contingency fund built into the project and by a federal grant it expects to receive this year. Holm said she would ask for an independent review at the next council meeting.

promo| Read more: What the new recycling bins mean for your Tuesday pickup

body| Construction on the above-ground sections of the line, including the Ashgrove terminus and a depot near the old brickworks, will continue as planned.
''', actors=[
    A("karimova", "Nadia Karimova", "person", "Karimova"),
    A("holm", "Beatrix Holm", "person", "Holm"),
    A("maplestead", "Maplestead", "place"),
    A("ashgrove", "Ashgrove", "place"),
    A("ringroad", "Ring Road", "place"),
])

cc_page("vaccine-clinics", "2025-02-18", 1, "News › Health", '''
hl| Measles case prompts pop-up vaccine clinics in three Maplestead schools

sf| Health officials say the risk to the public is low but want to reach about 2,000 children who have missed a dose.

by| By Ilse Marchetti, Health Correspondent
dl| Published 4:15 p.m. Feb. 18, 2025
nav| Share on Facebook | Share on X | Share via email

cap| A nurse prepares a vaccine at a clinic in Maplestead. Pop-up clinics will open at three schools next week.
cap| A nurse prepares a vaccine at a clinic in Maplestead. Pop-up clinics will open at three schools next week. (Photo: Sam Okonjo/The Cobalt Courier)

body| Maplestead will open free vaccine clinics in three schools next week after a child was diagnosed with measles, the city’s first confirmed case in six years, public health officials said on Tuesday.

body| The child, who had recently returned from abroad, is recovering at home. Officials have contacted families at the child’s school and at a medical clinic the family visited, and said no further cases had been identified.

body| “The risk to the public is low, and I want to say that clearly. But measles is the most contagious disease we know, and low risk is not no risk,” said Dr. Owen Pryce, the city’s director of public health.
>> pryce | Dr. Owen Pryce, the city’s director of public health | said

body| According to city records, about 2,000 children of school age in Maplestead have not had their second dose of the measles, mumps and rubella vaccine. Most of them, Pryce said, are children whose appointments were missed during the pandemic rather than children whose parents object to vaccination.

promo| Read more: Why your water bill looks different this quarter

body| “When we ring families, the most common answer is not ‘I don’t believe in vaccines.’ It is ‘I thought we’d done that one,’ or ‘I couldn’t get a day off work,’” Pryce said. “So we are bringing the clinic to the school.”
>> pryce | Pryce | said
>> pryce | Pryce | said

''' + cc_newsletter() + '''body| The clinics will run on Tuesday, Wednesday and Thursday at Foundry Row Primary, Ashgrove Middle School and St. Cuthbert’s. Parents do not need an appointment but must sign a consent form, which is available in nine languages.

body| Parents at Foundry Row Primary said the news had spread quickly on the school’s messaging group. Joanne Kettering, whose two children attend the school, said she had checked their records the same evening.

body| “My youngest had her second shot booked for March 2020 and then everything closed. I honestly forgot. I’ll be there on Tuesday with her,” Kettering said.
>> kettering | Kettering | said

body| The city’s health department said anyone born after 1970 who is unsure whether they have had two doses can ask their doctor or pharmacist for a free vaccination. Symptoms of measles include high fever, cough, runny nose and red eyes, followed by a rash a few days later.

body| People who think they may have measles are asked to call their doctor before visiting, so that staff can keep them apart from other patients.
''', actors=[
    A("pryce", "Owen Pryce", "person", "Pryce"),
    A("kettering", "Joanne Kettering", "person", "Kettering"),
    A("frp", "Foundry Row Primary", "organisation"),
    A("ams", "Ashgrove Middle School", "organisation"),
    A("stc", "St. Cuthbert’s", "organisation"),
    A("maplestead", "Maplestead", "place"),
])

cc_page("mariners-stadium", "2025-03-07", 2, "Sport › Football", '''
hl| Mariners agree deal to stay at Quayside until 2060

sf| The club will pay for most of a $300m renovation. The city will rebuild the roads and the tram stop outside.

by| By Declan Ashby
dl| Published 9:30 p.m. Mar. 7, 2025
nav| Share on Facebook | Share on X | Share via email

cap| Fans outside Quayside Stadium before a Maplestead Mariners home match.
cap| Fans outside Quayside Stadium before a Maplestead Mariners home match.
cap| (Photo: Cobalt Courier archive)

body| The Maplestead Mariners will stay at Quayside Stadium for at least another 35 years under an agreement announced on Friday, ending two years of speculation that the football club would move to a new ground outside the city.

body| Under the deal, the club will pay about $240 million of a $300 million renovation of the 1970s stadium, adding a roof over the east stand, 6,000 seats and a year-round fan zone. The city will spend up to $60 million on roads, drainage and a larger tram stop.

body| "This club was born on the quay. My grandfather watched his first match from the terrace that is now the family stand. We were never going to be the owners who moved it to a motorway junction," said Celeste Varga, the club's owner.
>> varga | Celeste Varga, the club's owner | said

body| Varga had been in talks with a developer about a site beside the ring road, and the club had published drawings of a 40,000-seat stadium there last year. Supporters' groups, led by the Quayside Faithful, campaigned against the move with a "Keep It Quayside" banner that appeared at every home match.
>> -

promo| Read more: Mariners sign veteran goalkeeper on a one-year deal

body| Mayor Rafael Quintero said the agreement would bring the city more than it cost. "Thirty home matches a year, concerts in the summer, restaurants on the quay that are full on a Saturday: that is what we are keeping," said Mayor Quintero.
>> quintero | Mayor Quintero | said

body| Not everyone is convinced. Ulrike Stamm, a city councillor who has opposed public money for the project, said the city had "negotiated with itself" and had not tested the club's claim that it was ready to leave.
>> stamm | Ulrike Stamm | said | partial

body| "If the club was never going to move, as Ms. Varga now says, then why are taxpayers paying $60 million for the privilege of keeping it?" Stamm said.
>> stamm | Stamm | said

''' + cc_newsletter() + '''body| The renovation will be done in phases so that the stadium can stay open during the season. The east stand will close first, from June 2026, reducing capacity to about 19,000 for a season.

body| The Mariners finished fourth in the league last season and average crowds of about 23,500. Season ticket holders will be offered seats in the renovated stand at current prices for three years, the club said.

body| The council is expected to vote on the city's share of the costs next month.
''', actors=[
    A("varga", "Celeste Varga", "person", "Varga"),
    A("quintero", "Rafael Quintero", "person", "Quintero"),
    A("stamm", "Ulrike Stamm", "person", "Stamm"),
    A("mariners", "Maplestead Mariners", "organisation", "Mariners"),
    A("quayside", "Quayside Stadium", "place", "Quayside"),
    A("faithful", "Quayside Faithful", "group"),
])

cc_page("battery-plant", "2025-04-09", 3, "Business › Industry", '''
hl| Voltaro picks former steelworks site for $1.2bn battery plant

sf| The factory would employ 1,100 people making cells for buses and grid storage. Production is due to start in 2027.

by| By Kofi Asamoah, Business Editor
dl| Published 11:05 a.m. Apr. 9, 2025 | Updated 2:40 p.m. Apr. 9, 2025
nav| Share on Facebook | Share on X | Share via email

cap| The former Greaves steelworks on the eastern edge of Maplestead, where Voltaro plans to build its plant.
cap| The former Greaves steelworks on the eastern edge of Maplestead, where Voltaro plans to build its plant.(Photo: Sam Okonjo/The Cobalt Courier)

body| Battery maker Voltaro will build a $1.2 billion factory on the site of the former Greaves steelworks in Maplestead, the company said on Wednesday, bringing up to 1,100 jobs to a part of the city that has struggled since the mill closed in 2009.

body| The plant will make lithium iron phosphate cells, a chemistry that stores less energy per kilogram than the cells in most electric cars but is cheaper, lasts longer and is less prone to overheating. Voltaro sells them mainly for electric buses and for large batteries that store power for the grid.

body| Chief executive Ingrid Solberg said the site had won over two others because of its rail connection, its access to the river for cooling water and a workforce with industrial skills.

body| Solberg said: "People here know how to run a plant that works around the clock. That matters more to us than any tax break. You can't import a culture of safety and shift work."
>> solberg | Solberg | said

promo| Read more: Landlords and tenants square off over heat-pump rules

body| The company has not said how much public support it will receive. The state's economic development agency confirmed it had offered a package of grants and tax credits but declined to give a figure before the contract is signed.

body| The announcement was welcomed by the city's business chamber, but environmental groups asked for details of how the plant would handle its waste. Battery manufacturing uses solvents that must be captured and recycled.

body| "We want this plant. We also want to see the water permit before the ribbon is cut, not after," said Tamsin Rowe, who chairs the Linden Valley Rivers Trust. "A river that took thirty years to recover from the steelworks deserves that."
>> rowe | Tamsin Rowe | said
>> rowe | Tamsin Rowe | said

''' + cc_newsletter() + '''body| Professor Idris Mahmoud, a materials scientist at Maplestead University who has studied the chemistry, said the choice of cells made sense for a first plant. The cells are safer to make and to store, he said, and their main ingredients, iron and phosphate, are widely available.

body| "It's the sensible, unglamorous end of the battery business," Mahmoud said, "which is exactly where the steady money is."
>> mahmoud | Mahmoud | said
>> mahmoud | Mahmoud | said

body| Demolition of the remaining steelworks buildings is expected to begin in the autumn. Voltaro said it would start hiring supervisors and engineers next year and would run a training programme with the city's community college for production staff.
''', actors=[
    A("voltaro", "Voltaro", "organisation"),
    A("greaves", "Greaves", "organisation"),
    A("solberg", "Ingrid Solberg", "person", "Solberg"),
    A("rowe", "Tamsin Rowe", "person", "Rowe"),
    A("mahmoud", "Idris Mahmoud", "person", "Mahmoud"),
    A("trust", "Linden Valley Rivers Trust", "organisation"),
    A("uni", "Maplestead University", "organisation"),
    A("maplestead", "Maplestead", "place"),
])

cc_page("rent-cap-vote", "2025-05-14", 4, "News › City Hall", '''
hl| Council backs 4% cap on rent rises after five-hour debate

sf| Landlords say the cap will stop new building. Tenants' groups say it does not go far enough.

by| By Nora Feld and Hamid Sarraf
dl| Published 11:58 p.m. May 14, 2025
nav| Share on Facebook | Share on X | Share via email

cap| Tenants and landlords wait to speak at Maplestead City Hall on Wednesday evening.
cap| Tenants and landlords wait to speak at Maplestead City Hall on Wednesday evening.

body| Maplestead City Council voted 9-6 late on Wednesday to cap annual rent increases at 4 percent for most existing tenancies, after a five-hour meeting in which more than eighty people spoke.

body| The cap applies to buildings more than ten years old and does not cover new tenancies, so landlords can still set the rent when a flat changes hands. Rents in the city have risen by about 31 percent in four years, according to the council's housing office.

body| "A family that has lived in the same flat for twelve years should not have to find a thousand dollars a year more just because the market is hot," said Councillor Femi Adeyemi, who brought the motion, "and tonight this council said so."
>> adeyemi | Councillor Femi Adeyemi | said
>> adeyemi | Councillor Femi Adeyemi | said

body| Adeyemi said the 4 percent figure had been chosen to stay above the city's usual rate of inflation, so that landlords who maintain their buildings could still cover their costs.

promo| Read more: The quiet fight over the last empty lot on Foundry Row

body| Gregory Hale, chair of the Maplestead Property Owners' Association, said the cap would discourage investment at the moment the city needs more homes. "Every developer I speak to is now asking whether Maplestead is the next city to extend this to new buildings. That uncertainty has a price, and renters will pay it," Hale said.
>> hale | Hale | said

body| Hale said his members would consider a legal challenge.

''' + cc_newsletter() + '''body| Tenants' groups, who had asked for a 2 percent cap, welcomed the vote with some reservations. Yasmin Farouk of the Maplestead Renters' Union said members were pleased but worried that landlords would push out long-standing tenants in order to reset rents.

body| "The loophole is the changeover. If you can raise the rent as much as you like when someone leaves, some people will be encouraged to leave. We'll be watching for that," Farouk said.
>> farouk | Farouk | said

body| Mayor Rafael Quintero, who does not vote on council motions, has said he will sign the measure. It would take effect on September 1 and be reviewed after two years.
''', actors=[
    A("adeyemi", "Femi Adeyemi", "person", "Adeyemi"),
    A("hale", "Gregory Hale", "person", "Hale"),
    A("farouk", "Yasmin Farouk", "person", "Farouk"),
    A("quintero", "Rafael Quintero", "person", "Quintero"),
    A("council", "Maplestead City Council", "organisation"),
    A("owners", "Maplestead Property Owners' Association", "organisation"),
    A("renters", "Maplestead Renters' Union", "organisation"),
    A("maplestead", "Maplestead", "place"),
])

cc_page("lantern-comet", "2025-06-02", 5, "Science › Space", '''
hl| Retired teacher's comet will be visible to the naked eye in July, astronomers say

sf| Comet Brandauer, spotted from a back garden in Ashgrove, is brightening faster than expected.

by| By Ilse Marchetti, Science Correspondent
dl| Published 7:45 a.m. Jun. 2, 2025
nav| Share on Facebook | Share on X | Share via email

cap| Leo Brandauer with the telescope he used to find the comet, in his garden in Ashgrove.
cap| Leo Brandauer with the telescope he used to find the comet, in his garden in Ashgrove.
cap| An image of Comet Brandauer taken from Maplestead Observatory on May 30. (Maplestead Observatory)

body| A comet discovered in March by a retired physics teacher in Ashgrove is brightening quickly and should be visible without binoculars for about two weeks in mid-July, astronomers at Maplestead Observatory said on Monday.

body| Leo Brandauer, 67, found the faint smudge on images he took with a 20-centimetre telescope in his back garden. He checked it against star charts for three nights before reporting it. The comet now carries his name, and some observers have already nicknamed it "the Lantern" for its greenish glow.
>> -

body| "I kept thinking someone with a much bigger telescope must have seen it already. I checked my email every hour for a week waiting for someone to tell me I had found a smudge on the lens," Brandauer said.
>> brandauer | Brandauer | said

promo| Read more: A beginner's guide to the city's free museum nights

body| Dr. Ayesha Rahman, who leads the observatory's small-bodies group, said the comet was on its first journey into the inner solar system from the distant cloud of icy bodies that surrounds it. Such comets can be unpredictable, she warned, because their ice has never been warmed by the Sun.

body| "First-time visitors sometimes brighten spectacularly and sometimes fall apart. At the moment this one is doing the first thing, and doing it faster than our models predicted," Rahman said. "I'm optimistic, but I'm not printing any posters yet."
>> rahman | Rahman | said
>> rahman | Rahman | said

''' + cc_newsletter() + '''body| If it holds together, the comet should be easiest to see low in the north-western sky about an hour after sunset between July 10 and July 24. The observatory will open its grounds on two evenings, and Rahman advised people to find a spot away from street lights and give their eyes twenty minutes to adjust.

body| Brandauer, who taught physics at Ashgrove High School for 31 years, said several of his former students had been in touch since the discovery was announced.

body| "One of them wrote, 'You told us to look up. We didn't think you meant it literally,'" he said. "That's the best review I've ever had."
>> brandauer | he | said
>> brandauer | he | said
''', actors=[
    A("brandauer", "Leo Brandauer", "person", "Brandauer"),
    A("rahman", "Ayesha Rahman", "person", "Rahman"),
    A("observatory", "Maplestead Observatory", "organisation"),
    A("ahs", "Ashgrove High School", "organisation"),
    A("ashgrove", "Ashgrove", "place"),
])

cc_page("maplestead-marathon", "2025-09-22", 6, "Sport › Athletics", '''
hl| Lind breaks course record as Maplestead Marathon returns to the river route

sf| Solvik wins the women's race in her debut over the distance. Organisers count 14,000 finishers.

by| By Declan Ashby
dl| Published 3:20 p.m. Sep. 21, 2025 | Updated 9:00 a.m. Sep. 22, 2025
nav| Share on Facebook | Share on X | Share via email

cap| Teodor Lind crosses the finish line on Foundry Row in 2 hours 7 minutes 41 seconds.
cap| Teodor Lind crosses the finish line on Foundry Row in 2 hours 7 minutes 41 seconds.
cap| Runners cross the Old Mill Bridge in the early miles of the race. (Photo: Sam Okonjo/The Cobalt Courier)
cap| Runners cross the Old Mill Bridge in the early miles of the race.

body| Teodor Lind broke the Maplestead Marathon course record by more than a minute on Sunday, finishing in 2 hours 7 minutes 41 seconds on a cool, still morning that runners had been hoping for all week.

body| Lind, 29, ran alone for the last ten miles after dropping the lead group on the climb out of the river valley. His time beat the record of 2:08:55 set in 2018.

body| "I looked at the flags on the bridge at the start and they weren't moving. That's when I decided to go for it. On a day like this you don't save anything," Lind said.
>> lind | Lind | said

body| Hanne Solvik won the women's race in 2:24:10, her first marathon after a track career in which she reached two world championship finals over 10,000 metres. She said the last three miles were "a completely new kind of pain".
>> solvik | She | said | partial

promo| Read more: Five day trips from Maplestead you can make by train

body| "On the track you can see the finish from the start. Here I was at mile 23 thinking, who designed this? Then I saw the crowd on Foundry Row and forgot all about it," Solvik said.
>> solvik | Solvik | said

body| The race returned to its traditional route along the river this year after two years on a temporary course while the Old Mill Bridge was being repaired. Race director Paulo Mendes said 14,000 runners had finished, a record, and that the medical tents had treated fewer people than usual thanks to the weather.

body| "Every race director prays for ten degrees and no wind. We got it," Mendes said.
>> mendes | Mendes | said

''' + cc_newsletter() + '''body| The race raised more than $1.3 million for local charities, organisers said. Among the fundraisers was 81-year-old Dorothy Quill, who finished in just under six hours to raise money for the hospice that cared for her husband.

body| "My plan was to walk the hills and smile at the photographers. I stuck to it," she said.
>> quill | she | said

body| Roads closed for the race reopened by 4 p.m. The city said it would publish full results and split times on its website on Monday.
''', actors=[
    A("lind", "Teodor Lind", "person", "Lind"),
    A("solvik", "Hanne Solvik", "person", "Solvik"),
    A("mendes", "Paulo Mendes", "person", "Mendes"),
    A("quill", "Dorothy Quill", "person", "Quill"),
    A("foundry", "Foundry Row", "place"),
    A("oldmill", "Old Mill Bridge", "place"),
    A("maplestead", "Maplestead", "place"),
])

cc_page("heat-emergency", "2025-07-16", 7, "News › Health", '''
hl| Heat emergency declared as Maplestead braces for five days above 35C

sf| Cooling centres will stay open overnight. Doctors warn that older people living alone are most at risk.

by| By Ilse Marchetti and Kofi Asamoah
dl| Published 5:30 a.m. Jul. 16, 2025 | Updated 1:10 p.m. Jul. 16, 2025
nav| Share on Facebook | Share on X | Share via email

cap| A man cools off in the fountain at Cathedral Square in Maplestead on Tuesday.
cap| A man cools off in the fountain at Cathedral Square in Maplestead on Tuesday.
cap| (Photo: Sam Okonjo/The Cobalt Courier)

body| Maplestead declared a heat emergency on Wednesday as forecasters warned that temperatures would stay above 35C during the day and above 24C at night until at least Sunday, the longest stretch of extreme heat in the city's records.

body| The declaration allows the city to keep eleven cooling centres open around the clock, to send outreach teams to check on people sleeping outdoors and to suspend disconnections by the water and electricity utilities for the duration of the emergency.

body| Dr. Owen Pryce, the city's director of public health, said the hot nights worried him more than the daytime highs, because the body needs cooler hours to recover.

body| "If your flat doesn't cool down at night, your body doesn't either. By the third or fourth night, that is when we start to see people, and especially older people living alone, getting into serious trouble.
>> pryce | Pryce | said

body| "So please, call your neighbours. Call your parents. Knock on a door. It is the cheapest and the most effective thing anybody can do this week," Pryce said.
>> pryce | Pryce | said

promo| Read more: Why your water bill looks different this quarter

body| Emergency departments in the city treated 212 people for heat-related illness during a shorter heatwave in 2022, and 19 deaths were later linked to the heat, according to a review by the health department. Most of those who died were over 75 and lived alone in upper-floor flats without air conditioning.

body| The review led to a number of changes, including a register of vulnerable residents who receive a phone call from a city volunteer every day during a heat emergency. About 3,400 people are now on the register, almost double the number in 2022.

body| Dr. Lucia Brenner, an emergency physician at Maplestead General Hospital, said staff had been preparing for a busy week, with extra ice, cooling blankets and a second triage nurse on each shift.

body| "We see the same pattern every time. The first day is sunburn and dehydrated runners. By the end of the week it's confused eighty-year-olds whose families thought they were fine because they said so on the phone," Brenner said.
>> brenner | Brenner | said

''' + cc_newsletter() + '''body| The heat is also testing the city's infrastructure. The tram operator has imposed speed limits on sections of track where rails can expand in the heat, adding about ten minutes to journeys on the busiest line, and the electricity network operator has asked businesses to cut their use in the late afternoon.

body| Mayor Rafael Quintero said the city had learned from 2022 and was better prepared, but he acknowledged that many of the city's older apartment buildings were simply not designed for the summers residents now face.

body| "We are running cooling centres as if this is an emergency, and it is. But it is also the new normal, and the answer in the long run is shade, trees and buildings that don't turn into ovens," said Mayor Quintero.
>> quintero | Mayor Quintero | said

body| The city has planted about 9,000 street trees since 2020 under its "Cool Streets" plan, most of them in neighbourhoods that had the least shade. Critics on the council say the programme is too slow and that the city should require landlords to install cooling in the hottest flats, an idea that has been opposed by property owners.
>> -

body| At the cooling centre in the Foundry Row library, volunteers were handing out water and cold towels by mid-morning. Marguerite Oyelaran, 79, said she had come because her flat on the sixth floor was "like sleeping in a bread oven".
>> oyelaran | Marguerite Oyelaran | said | partial

body| "My daughter lives in another city and she's been ringing me three times a day. I told her I'm sitting in a library with a cold towel on my neck and a detective novel. She can stop worrying now," Oyelaran said.
>> oyelaran | Oyelaran | said

body| A list of cooling centres and their opening hours is available on the city's website and by calling the city helpline. People who feel dizzy, confused or have stopped sweating should seek medical help immediately.
''', actors=[
    A("pryce", "Owen Pryce", "person", "Pryce"),
    A("brenner", "Lucia Brenner", "person", "Brenner"),
    A("quintero", "Rafael Quintero", "person", "Quintero"),
    A("oyelaran", "Marguerite Oyelaran", "person", "Oyelaran"),
    A("general", "Maplestead General Hospital", "organisation"),
    A("foundry", "Foundry Row", "place"),
    A("maplestead", "Maplestead", "place"),
])

page("cobalt-courier", "cookie-policy", "2025-01-02", "/legal/cookie-policy", cc_header("Legal") + '''
hl| Cookie policy

dl| Last updated: January 2, 2025

body| This policy explains how The Cobalt Courier uses cookies and similar technologies when you visit our websites and apps.

body| Cookies are small text files stored on your device. Some are strictly necessary: they keep you signed in, remember your cookie choices and keep the site secure. These cannot be switched off.

body| Other cookies help us understand how readers use the site, so that we can improve it, and allow us and our advertising partners to show advertisements that are more relevant to you. We only set these cookies if you agree.

body| You can change your choices at any time by selecting "Manage preferences" at the bottom of any page, or by changing the settings of your browser.
>> -

body| If you have questions about this policy, please write to privacy@cobaltcourier.example.

nav| About us | Contact | Careers | Privacy policy | Cookie policy | Terms of use
bp| © 2025 Cobalt Courier Media Ltd. All rights reserved.
''', actors=[], title="Cookie policy", news=False)


# --------------------------------------------------------------- Northfield Wire
nw_page("varnia-kestria-talks", "2025-03-12", "World", '''
hl| Varnia and Kestria agree to reopen border crossings after two years of talks

sf| The deal ends a dispute that cut trade between the neighbours by half, but leaves the question of the Dral valley for later.

by| By Anika Strand and Pavel Orlik

body| VELGRAD, March 12 (Northfield Wire) — Varnia and Kestria agreed on Wednesday to reopen four border crossings that have been closed since early 2023, in the first significant easing of tensions between the neighbours since a dispute over the Dral valley brought relations to their lowest point in decades.

body| The agreement, signed in the Varnian capital by the two countries' foreign ministers, will reopen the crossings to freight in April and to private cars in June. It also restores direct flights between Velgrad and the Kestrian capital, Orlena, which were suspended when the crossings closed.

body| "Two years ago our trucks were queuing for nine days at a border that used to take twenty minutes. Today we have agreed that the people of both countries deserve better than that," Varnian Foreign Minister Aurel Donescu told reporters after the signing.
>> donescu | Varnian Foreign Minister Aurel Donescu | told

body| His Kestrian counterpart, Mirela Sand, described the agreement as a practical first step and said the two governments had deliberately left the status of the Dral valley, a strip of farmland and forest claimed by both, for a later round of negotiations.

body| "We did not try to solve everything in one document. If we had, we would still be in that room in ten years," Sand said. "We solved what could be solved, and we built some trust for what comes next."
>> sand | Sand | said
>> sand | Sand | said

body| Trade between the two countries fell by about half after the crossings closed, according to Varnian customs figures, hitting fruit growers in southern Varnia, who had sold much of their harvest to Kestrian supermarkets, and Kestrian steel mills that relied on Varnian coke.

body| The talks were hosted alternately in the two capitals and, for three rounds, in Geneva, with diplomats from Switzerland and Norway acting as facilitators. A senior Swiss diplomat involved in the talks, speaking on condition of anonymity, said the breakthrough came in January, when both sides agreed to separate the border question from the territorial one.

body| Varnian President Teodora Vasch, who attended the signing, said the agreement should not be read as a concession on the Dral valley.

body| "Nothing we signed today changes our position on the valley," said President Vasch, "and nothing in it asks the Kestrian side to change theirs. That is precisely why it could be signed."
>> vasch | President Vasch | said
>> vasch | President Vasch | said

body| Opposition politicians in Varnia were more critical. Radu Ilescu, who leads the nationalist Homeland Party in parliament, accused the government of rewarding what he called "two years of Kestrian blackmail" and said his party would try to block the funding needed to reopen the crossings.
>> ilescu | Radu Ilescu | called | partial

body| In Orlena, the reaction was more muted. Kestrian business groups welcomed the reopening of the crossings, and the country's main farm union said it hoped the restored flights would help bring back tourists to the mountain resorts near the border.

body| Sand said: "The Kestrian people have always been closer to the Varnian people than the politics of the last two years would suggest. Families on both sides of that border have been waiting for this."
>> sand | Sand | said

body| The agreement also sets out how the crossings will be run. Customs officers from both countries will work side by side at the two busiest crossings, at Tervin and Lusk, so that trucks are inspected once rather than twice, a system that officials said could cut waiting times to under an hour.

body| Donescu said the joint inspections had been the hardest part of the technical talks, because they required each side to accept the other's officers on its soil.

body| "For a long time the question was whose flag flies over the inspection booth. In the end we agreed that both flags would, and that the trucks would care about neither," he said.
>> donescu | he | said

body| For residents of border towns, the changes will be felt quickly. In Tervin, where the closure left dozens of shops and cafés without customers, the town council has planned a street festival for the day the crossing reopens to cars.

body| "We have had two years of empty tables. I have already ordered the flags of both countries," said Elena Mirescu, who runs a café a hundred metres from the Tervin crossing.
>> mirescu | Elena Mirescu | said

body| According to the agreement, a joint commission of officials from the two countries will meet every three months to review how the crossings are working. A separate working group will begin preparing talks on the Dral valley before the end of the year, Donescu said.

body| Analysts said the deal reflected economic pressure on both governments. Varnia's economy grew by only 0.4 percent last year, and Kestria has been struggling with high energy prices since the closure of its largest power station.

body| "Neither capital could afford another year of this. The politics of the dispute have not changed, but the arithmetic has," said Katrin Weiler, an analyst at the Institute for Regional Studies in Velgrad.
>> weiler | Katrin Weiler | said

body| Weiler said the hardest test would come when the Dral talks begin. "The crossings were the easy part. The valley is where both governments have made promises to voters that cannot both be kept," she said.
>> weiler | she | said

by| (Reporting by Anika Strand in Velgrad and Pavel Orlik in Orlena; Editing by Jonas Mberi)
''', actors=[
    A("varnia", "Varnia", "country", "Varnian", "Varnians"),
    A("kestria", "Kestria", "country", "Kestrian", "Kestrians"),
    A("donescu", "Aurel Donescu", "person", "Donescu"),
    A("sand", "Mirela Sand", "person", "Sand"),
    A("vasch", "Teodora Vasch", "person", "Vasch"),
    A("ilescu", "Radu Ilescu", "person", "Ilescu"),
    A("weiler", "Katrin Weiler", "person", "Weiler"),
    A("mirescu", "Elena Mirescu", "person", "Mirescu"),
    A("tervin", "Tervin", "place"),
    A("lusk", "Lusk", "place"),
    A("dral", "Dral valley", "place", "Dral"),
    A("velgrad", "Velgrad", "place", "VELGRAD"),
    A("orlena", "Orlena", "place"),
    A("homeland", "Homeland Party", "organisation"),
    A("institute", "Institute for Regional Studies", "organisation"),
    A("switzerland", "Switzerland", "country", "Swiss"),
    A("norway", "Norway", "country"),
    A("geneva", "Geneva", "place"),
])

nw_page("grain-corridor", "2025-04-24", "Business", '''
hl| Talmor and Varnia sign grain shipping deal to bypass congested northern ports

sf| The agreement lets Talmorese wheat move by rail to the Varnian port of Ostrel, cutting weeks off the journey to buyers in Asia.

by| By Pavel Orlik
dl| April 24, 2025

body| OSTREL, Varnia (Northfield Wire) — Talmor and Varnia signed an agreement on Thursday allowing Talmorese grain to be shipped through the Varnian Black Gulf port of Ostrel, a route that officials said would cut up to three weeks from deliveries to buyers in Asia.

body| Landlocked Talmor, one of the region's largest wheat exporters, currently sends most of its harvest by rail to northern ports, where queues of ships waiting to load have grown longer each autumn. The new route will use a rail line through western Varnia that was upgraded last year.

body| Talmor's Trade Minister Oskar Belan said the deal would allow the country to sell more of its harvest at higher prices, because buyers would no longer have to wait weeks for ships to load.

body| "Every day a cargo waits in a port, our farmers lose money. This corridor is the shortest road between a Talmorese field and a bakery in Jakarta or Manila," Belan said.
>> belan | Belan | said

body| Under the agreement, Talmor will pay Varnia a fee for each tonne shipped and will help fund a new grain terminal in Ostrel, which is due to open in 2027. Until then, grain will be loaded at an existing terminal that has spare capacity after the closure of a fertiliser plant.

body| Varnian Economy Minister Livia Petran said the deal would bring about 600 jobs to the port and make use of rail capacity that had sat idle since the border dispute with Kestria cut freight traffic.

body| "Ostrel was built to be a gateway. For two years it has been a port waiting for ships," Petran told a news conference at the port. "This brings it back to work."
>> petran | Petran | told
>> petran | Petran | told

body| The rail operator expects to move about 2 million tonnes a year at first, or roughly a sixth of Talmor's grain exports, rising to 5 million tonnes once the new terminal opens, according to a joint statement from the two governments.

body| Grain traders welcomed the deal but said its success would depend on the reliability of the rail line, which crosses two mountain passes that are sometimes closed by snow in winter.

body| "On paper it's an excellent route," said Henrik Aalto, a grain market analyst at Nordbridge Commodities in Copenhagen. "In February, with a metre of snow on the passes, we'll find out whether it's an excellent route or an excellent summer route."
>> aalto | Henrik Aalto | said
>> aalto | Henrik Aalto | said

body| Farmers in Talmor, who have complained for years about the cost of getting their grain to market, reacted cautiously. The Talmor Farmers' Federation said in a statement that it hoped the savings would be "passed on to the field and not kept by the middlemen".
>> federation | The Talmor Farmers' Federation | said | partial

by| (Reporting by Pavel Orlik; Editing by Jonas Mberi)
''', actors=[
    A("talmor", "Talmor", "country", "Talmorese"),
    A("varnia", "Varnia", "country", "Varnian"),
    A("kestria", "Kestria", "country"),
    A("ostrel", "Ostrel", "place", "OSTREL"),
    A("belan", "Oskar Belan", "person", "Belan"),
    A("petran", "Livia Petran", "person", "Petran"),
    A("aalto", "Henrik Aalto", "person", "Aalto"),
    A("nordbridge", "Nordbridge Commodities", "organisation"),
    A("federation", "Talmor Farmers' Federation", "organisation"),
    A("blackgulf", "Black Gulf", "place"),
    A("asia", "Asia", "place"),
    A("copenhagen", "Copenhagen", "place"),
    A("jakarta", "Jakarta", "place"),
    A("manila", "Manila", "place"),
])

nw_page("serra-river-dam", "2025-05-29", "World", '''
hl| Kestria warns Talmor over dam on shared Serra river

sf| Kestrian officials say the dam could cut summer flows to farms downstream by a third. Talmor says the river has water enough for both.

by| By Anika Strand
dl| May 29, 2025

body| ORLENA, May 29 (Northfield Wire) — Kestria on Thursday demanded that Talmor halt construction of a hydroelectric dam on the Serra river until the two countries agree on how much water will flow downstream in summer, escalating a dispute that has simmered for more than a year.

body| The Serra rises in the mountains of eastern Talmor and flows through the farming plains of northern Kestria, where it supplies irrigation for about 300,000 hectares of wheat, maize and sunflowers. Talmor began building the 1.1-gigawatt dam last year and expects to finish it in 2028.

body| Kestrian Water Minister Jarek Holub said studies commissioned by his ministry showed that summer flows could fall by as much as a third while the reservoir fills, at the time of year when farmers need water most.

body| "We are not asking Talmor to give up its dam. We are asking for a signed agreement on how much water reaches us in August, before the concrete is poured, not after," Holub told parliament.
>> holub | Holub | told

body| Talmor's government rejected the figures. In a statement, the Talmorese Ministry of Energy said the reservoir would be filled gradually over five years and mostly during the spring melt, and that Kestrian farmers "will not notice the difference".
>> ministry | the Talmorese Ministry of Energy | said | partial

body| Talmorese Energy Minister Dana Kovalenko said on Thursday that her country had invited Kestrian engineers to inspect the site and had offered to share data from river gauges in real time.

body| "The Serra has enough water for a dam in Talmor and for fields in Kestria. What it does not have is enough room for suspicion," Kovalenko said.
>> kovalenko | Kovalenko | said

body| Kestria has asked the River Basin Commission, a body set up by the two countries and Varnia in 1994 to manage shared rivers, to hold an emergency session. The commission has no power to stop construction, but its reports have in the past been used as the basis for negotiations.

body| The dispute comes weeks after Talmor signed a deal to ship grain through Varnia, a move that some Kestrian commentators have portrayed as part of an effort to isolate Kestria. Officials in both Talmor and Varnia have denied that.

body| Water experts said the two sides were closer than their public statements suggested. Dr. Selin Arkan, a hydrologist at the University of Orlena, said the disagreement was mainly about how quickly the reservoir would fill, a question that could be settled by a filling schedule written into a treaty.

body| "Dams on shared rivers are built all over the world. The ones that cause wars are the ones where the countries stop talking. These two are still talking, loudly," Arkan said.
>> arkan | Arkan | said

by| (Reporting by Anika Strand; Editing by Jonas Mberi)
''', actors=[
    A("kestria", "Kestria", "country", "Kestrian"),
    A("talmor", "Talmor", "country", "Talmorese"),
    A("varnia", "Varnia", "country"),
    A("serra", "Serra", "place"),
    A("orlena", "Orlena", "place", "ORLENA"),
    A("holub", "Jarek Holub", "person", "Holub"),
    A("kovalenko", "Dana Kovalenko", "person", "Kovalenko"),
    A("arkan", "Selin Arkan", "person", "Arkan"),
    A("ministry", "Talmorese Ministry of Energy", "organisation"),
    A("commission", "River Basin Commission", "organisation"),
    A("uorlena", "University of Orlena", "organisation"),
])

nw_page("talmor-election-observers", "2025-06-16", "World", '''
hl| Observers say Talmor vote was orderly but campaign favoured ruling party

sf| Turnout was 64 percent. The opposition says it will challenge results in eleven districts.

by| By Pavel Orlik

body| SARNO, Talmor, June 16 (Northfield Wire) — International observers said on Monday that Talmor's parliamentary election had been well run on the day but that the ruling party had enjoyed unfair advantages during the campaign, including far more coverage on state television.

body| Preliminary results gave the ruling Unity Party of Prime Minister Viktor Halas 52 percent of the vote and 88 of the 150 seats in parliament, a slightly smaller majority than it won four years ago. The main opposition party, the Civic Alliance, took 31 percent.

body| The observer mission of the Council of Northern States, which sent 340 observers to polling stations across the country, said voting and counting had been "transparent and professional" in almost all of the places it visited.
>> -

body| "On election day, Talmor's voters were well served by the people who ran their polling stations. The problems we saw came earlier, and they were serious," said Ingrid Halvorsen, the Norwegian diplomat who led the mission.
>> halvorsen | Ingrid Halvorsen, the Norwegian diplomat who led the mission | said

body| The mission's preliminary report said state television had given the governing party about four times as much airtime as all opposition parties combined during the four-week campaign, and that public employees in several regions had been pressed to attend ruling party rallies.

body| Halas rejected the criticism at a news conference in the capital, Sarno. "The people of Talmor have given us a clear mandate for the third time. Observers are welcome to write reports. Voters write results," he said.
>> halas | he | said

body| The leader of the Civic Alliance, Nadia Ferenc, said her party would challenge the results in eleven districts where it lost by small margins, and where it said its monitors had recorded irregularities during the count.

body| Ferenc said: "We congratulate every Talmorese citizen who voted. We do not congratulate a government that turned the state broadcaster into its campaign office. We will go to court, district by district, with evidence."
>> ferenc | Ferenc | said

body| Turnout was 64 percent, up from 58 percent in the last election, according to the central election commission, which is expected to announce final results next week.

body| The vote was watched closely in neighbouring Kestria and Varnia, which have both been negotiating with Talmor this year, over a disputed dam and a grain shipping route respectively. Both governments said they looked forward to continuing to work with the new parliament.

by| (Reporting by Pavel Orlik; Editing by Jonas Mberi)
''', actors=[
    A("talmor", "Talmor", "country", "Talmorese"),
    A("sarno", "Sarno", "place", "SARNO"),
    A("halas", "Viktor Halas", "person", "Halas"),
    A("ferenc", "Nadia Ferenc", "person", "Ferenc"),
    A("halvorsen", "Ingrid Halvorsen", "person", "Halvorsen"),
    A("unity", "Unity Party", "organisation"),
    A("civic", "Civic Alliance", "organisation"),
    A("cns", "Council of Northern States", "organisation"),
    A("norway", "Norway", "country", "Norwegian"),
    A("kestria", "Kestria", "country"),
    A("varnia", "Varnia", "country"),
])

nw_page("bank-of-varnia-rates", "2025-07-03", "Business", '''
hl| Bank of Varnia raises rates for first time in three years as inflation climbs

by| By Lena Kowal
dl| July 3, 2025

body| VELGRAD, July 3 (Northfield Wire) — The Bank of Varnia raised its main interest rate by a quarter of a percentage point to 4.25 percent on Thursday, its first increase in three years, saying that rising food and energy prices risked pushing inflation further above its target.

body| Consumer prices in Varnia rose 5.1 percent in the year to May, well above the bank's 2 percent target, driven by higher electricity bills and a poor fruit harvest. Most economists polled by Northfield Wire last week had expected the bank to hold rates steady.

body| "We would rather act a little early than a lot too late. Inflation that settles into wages and contracts is far harder to remove than inflation that is caught on its way in," Governor Elsa Marin said at a news conference.
>> marin | Governor Elsa Marin | said

body| Marin said the bank's board had been divided, with five members voting for the increase and two preferring to wait for more evidence that price rises were spreading beyond food and energy.

body| The decision comes at a difficult time for the government, which has been counting on a recovery in trade with Kestria, after the reopening of the border crossings this spring, to lift growth from last year's weak 0.4 percent.

body| Finance Minister Tomas Vidic said the government respected the bank's independence but hoped that it would "not lose sight of growth".
>> vidic | Finance Minister Tomas Vidic | said | partial

body| "Families are worried about prices, and they are also worried about jobs. Both of those are our job," Vidic said in a statement.
>> vidic | Vidic | said

body| The Varnian currency, the varn, rose about 0.6 percent against the euro after the announcement.

body| Economists said the bank had signalled that further increases were possible but not certain. "The message is 'we're watching,' not 'we're starting a cycle,'" said Mira Sokol, chief economist at Velgrad-based Danubia Bank. "If the harvest is better this year, they may well stop here."
>> sokol | Mira Sokol | said
>> sokol | Mira Sokol | said

body| Business groups were critical. The Varnian Chamber of Commerce said the increase would make it harder for small companies to borrow at a time when many were still recovering from the loss of trade during the border closure, and that it would press the government for targeted support.

body| The bank's next rate decision is due on September 18.

by| (Reporting by Lena Kowal; Editing by Jonas Mberi)
''', actors=[
    A("bov", "Bank of Varnia", "organisation"),
    A("varnia", "Varnia", "country", "Varnian"),
    A("kestria", "Kestria", "country"),
    A("marin", "Elsa Marin", "person", "Marin"),
    A("vidic", "Tomas Vidic", "person", "Vidic"),
    A("sokol", "Mira Sokol", "person", "Sokol"),
    A("danubia", "Danubia Bank", "organisation"),
    A("chamber", "Varnian Chamber of Commerce", "organisation"),
    A("velgrad", "Velgrad", "place", "VELGRAD"),
])

nw_page("kestria-glacier-study", "2025-08-20", "Science", '''
hl| Kestria's largest glacier lost a fifth of its ice in 15 years, study finds

sf| Researchers combined satellite measurements with a century of hand-drawn survey maps to reconstruct the Vellan glacier's decline.

by| By Mateo Grünwald, Science Correspondent
dl| August 20, 2025

body| The Vellan glacier, the largest in Kestria's northern mountains, lost about 20 percent of its ice between 2009 and 2024, and the rate of loss has roughly doubled since the early 2000s, according to a study published on Wednesday in the Journal of Mountain Glaciology.

body| The team, led by researchers at the University of Orlena, combined laser and radar measurements from satellites with aerial photographs and hand-drawn survey maps dating back to 1921, when Kestrian army surveyors first mapped the glacier's snout.

body| "The old maps were the surprise of this project. The surveyors who drew them were extraordinarily careful. In some places we can compare their lines with our satellite data to within a few metres, a hundred years apart," said Dr. Selin Arkan, a hydrologist and one of the study's lead authors.
>> arkan | Dr. Selin Arkan, a hydrologist and one of the study's lead authors | said

body| The glacier's tongue has retreated by 1.8 kilometres since 1921, more than half of that since 2000, the study found. Its surface has also thinned: in the lower part of the glacier, the ice is now on average 42 metres thinner than it was in 2009.

body| Arkan said the most important finding for people living downstream was not the retreat of the tongue, which is visible to any hiker, but the loss of volume, which determines how much meltwater the glacier can supply to rivers in late summer.

body| "In a hot, dry August, glaciers act like a bank account. They pay out water when the rain does not come. The Vellan has been paying out more than it takes in for decades, and the account is getting smaller.
>> arkan | Arkan | said

body| "At some point, and our models put it in the 2050s, the payments start to fall, not because the summers get cooler but because there is less ice left to melt," she said.
>> arkan | she | said

body| The Vellan feeds the upper Serra river, which flows into Kestria's northern farming plains and is at the centre of a dispute between Kestria and Talmor over a hydroelectric dam under construction upstream. The study's authors said their work had been planned long before the dispute and did not take a position on it.

body| But they said their results showed that water planning on the river would need to take the glacier's decline into account. In the driest summers of the past decade, the study estimates, glacier melt supplied about a quarter of the water in the upper Serra in August.

body| "Any agreement about the Serra that assumes the next fifty summers will look like the last fifty is going to be out of date before the ink dries," said co-author Professor Benedikt Aurach, a glaciologist at the Alpine Research Centre in Innsbruck, Austria, who worked on the satellite analysis.
>> aurach | co-author Professor Benedikt Aurach | said

body| Aurach said the pattern seen in Kestria was similar to that of glaciers across Europe's mountain ranges, most of which have been shrinking since the end of the 19th century, with losses accelerating sharply in the past two decades as summers have warmed.

body| The researchers also used the old maps to check a long-running local belief that the glacier had advanced during a series of cold, snowy winters in the 1970s. It had, they found, by about 90 metres, before resuming its retreat in the 1980s.

body| For people in the villages below the glacier, the change is already part of daily life. Marta Jelinek, who runs a mountain hut at the foot of the Vellan that her grandfather built in 1952, said that visitors now had to walk for forty minutes from the hut to reach the ice, a walk that took five minutes when she was a child.

body| "My grandfather used to say the glacier was the hut's neighbour. Now it's more like a relative who moved to another town. We still visit, but it's a trip," Jelinek said.
>> jelinek | Jelinek | said

body| The hut's guest book, she said, records a change in the kind of visitor too. "People used to come to climb it. Now a lot of them come to see it, because they have read that it's going," she said.
>> jelinek | she | said

body| Kestria's environment ministry said it would use the study in a review of the country's water strategy due next year. The research team plans to repeat the analysis for the country's eleven smaller glaciers, several of which are expected to disappear entirely before 2060.

body| Arkan said she hoped the project would encourage other researchers to look for old survey maps in military and university archives. "There are drawers full of them all over the world. They are some of the best climate records we have, and nobody has opened them in decades," she said.
>> arkan | she | said

by| (Editing by Jonas Mberi)
''', actors=[
    A("vellan", "Vellan glacier", "place", "Vellan"),
    A("kestria", "Kestria", "country", "Kestrian"),
    A("talmor", "Talmor", "country"),
    A("arkan", "Selin Arkan", "person", "Arkan"),
    A("aurach", "Benedikt Aurach", "person", "Aurach"),
    A("jelinek", "Marta Jelinek", "person", "Jelinek"),
    A("uorlena", "University of Orlena", "organisation"),
    A("arc", "Alpine Research Centre", "organisation"),
    A("journal", "Journal of Mountain Glaciology", "organisation"),
    A("serra", "Serra", "place"),
    A("innsbruck", "Innsbruck", "place"),
    A("austria", "Austria", "country"),
    A("europe", "Europe", "place"),
])

nw_page("continental-cup-final", "2025-07-14", "Sport", '''
hl| Kestria beat Varnia on penalties to win Continental Cup

sf| Goalkeeper Ilya Baran saves twice in the shootout as Kestria win their first major title.

by| By Rui Castelo

dl| ORLENA, July 13 (Northfield Wire) —

body| Kestria won the Continental Cup for the first time on Sunday, beating neighbours Varnia 4-2 on penalties after a 1-1 draw in a final played in front of 61,000 fans, many of whom had travelled across a border that reopened only this spring.

body| Goalkeeper Ilya Baran saved Varnia's second and fourth penalties, and captain Oskar Lenz scored the winning kick, sending the Kestrian supporters behind the goal into celebrations that went on long after the trophy presentation.

body| "I've been dreaming of this since I was six years old, kicking a ball against my grandmother's garage. I don't think it's real yet," Lenz said on the pitch, still holding the trophy.
>> lenz | Lenz | said

body| Varnia took the lead in the 34th minute when striker Dorin Maxim headed in a corner, and held it until the 81st, when Kestrian substitute Tomas Reiter curled a shot into the top corner from 20 metres.

body| Kestria coach Helga Brandt said she had told her players at half-time that they were playing well enough to win even though they were behind.

body| "Football doesn't always reward the better team. Tonight I think it did, but only just, and only because Ilya had the game of his life," Brandt said.
>> brandt | Brandt | said

body| Baran said: "I watched every Varnian penalty from the last three years. Twice they did what the videos said they would do. The other times I was lucky."
>> baran | Baran | said

body| Varnia coach Emil Dragan said his team had nothing to be ashamed of. "We lost a final on penalties to a very good side. It hurts tonight. Tomorrow it will still hurt. But these players gave everything," he said.
>> dragan | he | said

body| The final was the first meeting between the two teams since the border crossings between the countries reopened in April after a two-year closure. Organisers said about 9,000 Varnian fans had travelled to Orlena, and police reported no serious incidents.

body| Before the match, the two captains walked out holding a banner reading "One Game, Two Neighbours", a message agreed by the two football federations.
>> -

by| (Editing by Jonas Mberi)
''', actors=[
    A("kestria", "Kestria", "country", "Kestrian"),
    A("varnia", "Varnia", "country", "Varnian"),
    A("baran", "Ilya Baran", "person", "Baran", "Ilya"),
    A("lenz", "Oskar Lenz", "person", "Lenz"),
    A("maxim", "Dorin Maxim", "person"),
    A("reiter", "Tomas Reiter", "person"),
    A("brandt", "Helga Brandt", "person", "Brandt"),
    A("dragan", "Emil Dragan", "person"),
    A("orlena", "Orlena", "place", "ORLENA"),
])

nw_page("talmor-dengue-vaccine", "2025-10-07", "Health", '''
hl| Talmor begins dengue vaccination in southern provinces after record season

sf| Health officials aim to vaccinate 400,000 children and teenagers by March.

by| By Lena Kowal
dl| October 7, 2025

body| SARNO, Oct 7 (Northfield Wire) — Talmor began vaccinating children against dengue fever in its three southern provinces on Tuesday, after the mosquito-borne disease infected a record number of people during the summer rainy season.

body| More than 48,000 cases and 61 deaths were reported this year, according to the health ministry, nearly three times the previous record set in 2019. Hospitals in the southern city of Peravi set up tents in their car parks to cope with the number of patients at the peak in August.

body| The campaign will offer two doses, three months apart, to about 400,000 people aged between 6 and 16, the group that health officials say was hit hardest this year. Those who have had dengue before will be prioritised, because a second infection is more likely to be severe.

body| "This is not a replacement for clearing standing water, for screens on windows, for everything we already ask families to do. It is one more layer of protection, and for the children in the south this year showed that they need every layer they can get," Health Minister Irina Mokosh told reporters at a school in Peravi where the first doses were given.
>> mokosh | Health Minister Irina Mokosh | told

body| Dengue has spread north in recent years as warmer and wetter summers have allowed the mosquitoes that carry it to survive in places where they once could not, according to Dr. Paolo Venn, an epidemiologist at the National Institute of Public Health in Sarno.

body| "Twenty years ago, dengue was something our doctors read about in textbooks. Now every hospital in the south has a dengue ward in August," Venn said.
>> venn | Venn | said

body| The vaccine, which has been approved in several countries, is being bought with help from a regional health fund and will be free to families. The ministry said it would consider extending the campaign to adults and to central provinces next year if supplies allow.

body| Parents at the school in Peravi said they had been waiting for the vaccine since the summer. Ana Moravec, whose 11-year-old son spent four days in hospital with dengue in August, said she had not hesitated.

body| "I sat next to his bed for four nights. If a needle means I don't have to do that again, he can have two needles," she said.
>> moravec | she | said

by| (Reporting by Lena Kowal; Editing by Jonas Mberi)
''', actors=[
    A("talmor", "Talmor", "country"),
    A("sarno", "Sarno", "place", "SARNO"),
    A("peravi", "Peravi", "place"),
    A("mokosh", "Irina Mokosh", "person", "Mokosh"),
    A("venn", "Paolo Venn", "person", "Venn"),
    A("moravec", "Ana Moravec", "person", "Moravec"),
    A("nioph", "National Institute of Public Health", "organisation"),
])

page("northfield-wire", "contact", "2025-01-10", "/contact", nw_header("Contact") + '''
hl| Contact Northfield Wire

body| Northfield Wire is an independent news agency with reporters in Velgrad, Orlena and Sarno. We supply news, photographs and data to newspapers, broadcasters and websites.

body| News tips: tips@northfieldwire.example. Please do not send confidential documents by ordinary email; contact us first and we will suggest a secure way to share them.

body| Corrections: if you believe we have made an error, write to corrections@northfieldwire.example with a link to the story and a short explanation. We review every request.

body| Subscriptions and licensing: sales@northfieldwire.example.

''' + NW_FOOTER, actors=[], title="Contact Northfield Wire", news=False)


if __name__ == "__main__":
    sys.exit(main())
