"""Who a mention stands for, resolved against its whole document (``Document``).

Surnames go to the full name used earlier in the document (or later, when a headline used
the surname first); title-only mentions ("said U.S. secretary of state") to the person
who held that title earlier (``names.TitleBook``); a definite description of an
organisation ("the company") to the most recent organisation name of its kind
(``analysis.org_names``); pronouns to the most recent person-like speaker whose gender,
when known, fits. A "he"/"she" whose most salient candidate has a first name of unknown
gender goes to a person named since the previous paragraph whose first name fits, unless
that candidate was mentioned there or a same-gender "he said" kept the chain going.
"""
from __future__ import annotations

import bisect
import re

import numpy as np

from analysis import names
from analysis.org_names import org_nouns, organisation_names
from analysis.quote_spans import paragraphs, quote_regions
from analysis.reporting_clauses import speech_events
from analysis.speaker_phrases import Mention, pronouns

#: a capitalised word opening a sentence and followed by a lower-case word
_SENT_OPEN_WORD_RE = re.compile(
    r"(?:^|[.!?][\"\u201d']?[ \t]+)([A-Z][\w'\u2019\-]+)(?=[ \t]+[a-z])", re.M)
_PERSON_WORD_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][\w'\u2019\-]+)\b")


class Document:
    """What one document offers for speaker resolution.

    ``person_names``: (start, end, titles, name) of capitalised person-name candidates;
    ``events``: (verb offset, subject mention) of every "X said" outside quotations;
    sentence-opening persons; an index of full names by surname and first word; and
    the titles people held (``TitleBook``).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.person_names = names.person_names(text)
        inside = np.zeros(len(self.text) + 1, dtype=np.int8)
        for qs, qe in quote_regions(self.text):
            inside[qs:qe] = 1
        self._name_starts = [p[0] for p in self.person_names]
        self._surnames = {names.surname(p[3]) for p in self.person_names}
        # surname or first word -> full name -> offsets where it is written
        self._names_by_word: dict[str, dict[str, list[int]]] = {}
        self.titles = names.TitleBook()
        for st, _, titles, nm in self.person_names:
            for key in {names.surname(nm), nm.split()[0].lower()}:
                self._names_by_word.setdefault(key, {}).setdefault(nm, []).append(st)
            if titles:
                self.titles.add(titles, nm, st)
        self._resolved: dict[tuple[str, int], str | None] = {}
        self._orgs: list | None = None
        self._para_starts = [p0 for p0, _ in paragraphs(text)]
        # person names that open a sentence (the sentence's subject)
        self._subjects = []
        for st, _, _, nm in self.person_names:
            lead = self.text[max(0, st - 60):st]
            cut = max(lead.rfind("\n"), lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
            if cut < 0 and st > 60:
                continue
            lead_words = lead[cut + 1:].split()
            if all(names.is_title_word(w) or w[:1].isupper() or w in ("of", "the")
                   for w in lead_words) and not inside[st]:
                self._subjects.append((st, nm))
        # a known surname opening a sentence ("Halas rejected the criticism ...")
        for m in _SENT_OPEN_WORD_RE.finditer(self.text):
            w = m.group(1)
            if w.lower() in self._surnames and not inside[m.start(1)] and names.is_person_name(w):
                self._subjects.append((m.start(1), w))
        self._subjects.sort()
        self._subject_pos = [p for p, _ in self._subjects]
        self.events = [(p, m) for p, m in speech_events(self.text) if not inside[p]]
        self._event_pos = [e[0] for e in self.events]

    def known_like(self, name: str, before: int | None = None) -> list[str]:
        """Full names in the document (before ``before``) sharing ``name``'s surname or
        first word, in text order: the only ones ``canonical_person`` can expand to."""
        toks = name.lower().split()
        found = {}
        for key in {names.surname(name), toks[0] if toks else ""}:
            for full, where in self._names_by_word.get(key, {}).items():
                k = len(where) if before is None else bisect.bisect_left(where, before)
                if k:
                    found[full] = where[k - 1]       # its latest use before ``before``
        return sorted(found, key=found.get)

    def resolve_name(self, mention: Mention) -> str | None:
        """Canonical speaker for a non-pronoun mention (cached per mention)."""
        key = (mention.text, mention.start)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(mention)
        return self._resolved[key]

    def _resolve(self, mention: Mention) -> str | None:
        titles, name = names.split_title(mention.text)
        if name:
            full = names.canonical_person(mention.text, self.known_like(name, mention.start))
            if full == name and len(name.split()) == 1:
                # the full name may come later (a headline used the surname first)
                full = names.canonical_person(mention.text, self.known_like(name))
            return full
        if titles:
            org = self.organisation(titles, mention.start)
            if org:
                return org
            return self.titles.lookup(titles, before=mention.start) or titles
        return None

    @property
    def orgs(self) -> list[tuple[int, str, frozenset[int], bool]]:
        """Organisation names in the document (computed on first use)."""
        if self._orgs is None:
            self._orgs = organisation_names(self.text)
        return self._orgs

    def organisation(self, description: str, pos: int) -> str | None:
        """The organisation a definite description stands for ("the company" -> "Bellmar
        Seafoods"): the most recent organisation name before ``pos`` whose kind fits
        (else the first one after it); a name inside the description itself wins
        ("the People's Daily newspaper" -> "People's Daily"). None when nothing fits."""
        toks = description.split()
        if len(toks) < 2 or toks[0].lower() != "the":
            return None
        noun = toks[-1].strip(",.;:").lower()
        kind = org_nouns()[0].get(noun)
        if kind is None:
            return None
        inner = [t for t in toks[1:-1] if t[:1].isupper()]
        if inner and len(inner) == len(toks) - 2:
            return " ".join(inner)
        if len(toks) > 3:
            return None
        fits = [(p, nm) for p, nm, kinds, _ in self.orgs if kind in kinds]
        before = [f for f in fits if f[0] < pos]
        if before:
            return before[-1][1]
        return fits[0][1] if fits else None

    def events_between(self, lo: int, hi: int) -> list[tuple[int, Mention]]:
        """Speech events whose verb lies in ``[lo, hi)``."""
        pos = self._event_pos
        return self.events[bisect.bisect_left(pos, lo):bisect.bisect_left(pos, hi)]

    def person_like(self, name: str | None) -> bool:
        """A full name with a first name, or the surname of a person named in the document."""
        if not name or not names.is_person_name(name):
            return False
        toks = name.split()
        if len(toks) >= 2:
            return True
        return toks[0].lower() in self._surnames

    def gender(self, name: str) -> str:
        first = name.split()[0] if name else ""
        return names.first_name_gender(first)

    def last_speaker(self, pos: int, speakers: list[tuple[int, str]],
                     pronoun: str = "") -> str | None:
        """Most recent person-like speaker before ``pos`` compatible with ``pronoun``.

        Candidates are the speakers of earlier quotations and the subjects of "X said"
        events outside quotations; "he" skips names known to be female and "she" male.
        """
        want = pronouns().get(pronoun.lower(), "x")
        k = bisect.bisect_left(speakers, (pos, ""))
        cands = [(p, spk) for p, spk in speakers[max(0, k - 20):k] if spk]
        k = bisect.bisect_left(self._event_pos, pos)
        for j in range(k - 1, max(-1, k - 40), -1):
            p, m = self.events[j]
            if not m.pronoun:
                cands.append((p, self.resolve_name(m)))
        k = bisect.bisect_left(self._subject_pos, pos)
        for j in range(k - 1, max(-1, k - 5), -1):
            p, nm = self._subjects[j]
            cands.append((p, self.resolve_name(Mention(nm, p, p + len(nm)))))
        cands.sort(key=lambda c: c[0], reverse=True)
        found = self._pick(cands, want)
        if want in ("m", "f") and (found is None or self.gender(found) == "x"):
            # the salient candidate's gender is unknown: a person named since the start of
            # the previous paragraph whose first name fits the pronoun, and who is named
            # after that candidate's last mention, is the better antecedent ("Among the
            # fundraisers was Dorothy Quill, ..." / ""...," she said")
            since = next((p for p, spk in cands if spk == found), -1) if found else -1
            lo = self._paragraph_start(pos, back=1)
            if since >= lo:
                return found
            # ... unless a "he said" of the same gender since then kept the chain going
            if found and any(m.pronoun and pronouns().get(m.text.lower()) == want
                             for _, m in self.events_between(since + 1, pos)):
                return found
            kk = bisect.bisect_left(self._name_starts, pos)
            k0 = bisect.bisect_left(self._name_starts, lo)
            for p0, _, _, nm in reversed(self.person_names[k0:kk]):
                full = self.resolve_name(Mention(nm, p0, p0 + len(nm)))
                if self.person_like(full) and self.gender(full) == want:
                    return full
        if found is None:
            # nobody spoke yet: the most recent person named
            kk = bisect.bisect_left(self._name_starts, pos)
            cands = [(p0, self.resolve_name(Mention(nm, p0, p0 + len(nm))))
                     for p0, _, _, nm in self.person_names[max(0, kk - 6):kk][::-1]]
            found = self._pick(cands, want)
        return found

    def _paragraph_start(self, pos: int, back: int = 0) -> int:
        """Start of the paragraph holding ``pos`` (``back`` paragraphs further up)."""
        starts = self._para_starts
        k = max(0, bisect.bisect_right(starts, pos) - 1 - back)
        return starts[k] if starts else 0

    def _pick(self, cands: list[tuple[int, str]], want: str) -> str | None:
        """First person-like candidate whose gender, when known, fits the pronoun."""
        for _, spk in cands:
            if not self.person_like(spk):
                continue
            g = self.gender(spk)
            if want in ("m", "f") and g in ("m", "f") and g != want:
                continue
            return spk
        return None

    def first_person(self, lo: int, hi: int) -> Mention | None:
        """First pronoun or person name in ``text[lo:hi]`` (the likely subject)."""
        k = bisect.bisect_left(self._name_starts, lo)
        first_name = self.person_names[k] if k < len(self.person_names) and \
            self.person_names[k][0] < hi else None
        for m in _PERSON_WORD_RE.finditer(self.text, lo, hi):
            if first_name is not None and m.start() >= first_name[0]:
                break
            w = m.group(0)
            if w.lower() in ("he", "she"):
                return Mention(w, m.start(), m.end(), True)
            if w.lower() in self._surnames and w.lower() not in names.stop_caps():
                return Mention(w, m.start(), m.end(), False)
        if first_name is not None:
            return Mention(first_name[3], first_name[0], first_name[1], False)
        return None
