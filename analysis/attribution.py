"""The speaker of each quotation: speaker, speaker_mention, cue and method.

Speakers come from rules, not a model. A quotation's own reporting clause is tried in
order of trust (``analysis.reporting_clauses``): right after it, right before it, later
in its sentence, or a colon ending the previous paragraph; its mention is resolved by
``analysis.speakers`` (method "pronoun" for a pronoun, "title only" for a title with no
name). Without a clause the speaker is carried: from the previous quotation of the
paragraph (an interrupted or follow-on quotation), from the last quotation of the
previous paragraph (a paragraph opening with a quotation), from a reporting verb or the
first person of the lead-in sentence, else the last speaker; a multi-paragraph
quotation takes the speaker named at any of its parts.
"""
from __future__ import annotations

from analysis import names
from analysis.quote_spans import Slot
from analysis.reporting_clauses import (Attribution, attribution_after, attribution_before,
                                        attribution_later, cue_word)
from analysis.speakers import Document


def find_attribution(doc: Document, slot: Slot, first_in_para: bool,
                     prev_para_colon: Attribution | None) -> Attribution | None:
    """The reporting clause of one quotation, in order of trust: right after it, right
    before it, later in its sentence, or a colon ending the previous paragraph."""
    text = doc.text
    new_sentence = text[slot.s:slot.e].endswith(".") and \
        text[slot.after_lo:slot.after_hi].lstrip()[:1].isupper()
    after_ok = slot.after_lo < slot.after_hi and not new_sentence
    att = attribution_after(text, slot.after_lo, slot.after_hi) if after_ok else None
    if att is None and slot.before:
        att = attribution_before(text, slot.before_lo, slot.before_hi)
    if att is None and after_ok:
        att = attribution_later(text, slot.after_lo, slot.after_hi)
    if att is None and not slot.context and first_in_para:
        att = prev_para_colon
    if att is not None and att.mention is None:          # the sentence's subject speaks
        subj = doc.first_person(slot.before_lo, att.pos)
        att = Attribution(subj, att.cue, att.method, att.pos) if subj is not None else None
    return att


def take(quote: dict, source: dict, method: str = "carried") -> None:
    quote.update(speaker=source["speaker"], speaker_mention=source["speaker_mention"],
                 cue=source["cue"], method=method)


def attribute(doc: Document, slot: Slot, quote: dict, att: Attribution | None,
              para_quotes: list[dict], prev_para_last: dict | None,
              speakers: list[tuple[int, str]]) -> None:
    """Fill speaker, speaker_mention, cue and method of ``quote``."""
    text, s = doc.text, slot.s
    if att is not None:
        m = att.mention
        if m.pronoun:
            spk, method = doc.last_speaker(min(m.start, s), speakers, m.text), "pronoun"
        else:
            spk = doc.resolve_name(m)
            method = att.method if names.split_title(m.text)[1] else "title only"
        quote.update(speaker=spk, speaker_mention=m.text, cue=att.cue, method=method)
        return
    # interrupted quotation / follow-on quotation in the same paragraph
    if para_quotes and para_quotes[-1]["method"] != "none":
        take(quote, para_quotes[-1])
        return
    # a paragraph that opens with a quotation: carried from the previous paragraph
    if not slot.context and not para_quotes and prev_para_last is not None \
            and prev_para_last["method"] != "none":
        take(quote, prev_para_last)
        return
    if slot.context:
        # a fragment inside a sentence, or a quotation after one: the subject of a
        # reporting verb there, else its first person ("Trump blamed it on "sickos"")
        ev = doc.events_between(slot.context_lo, slot.before_hi)
        if ev:
            cand = ev[-1][1]
            cue = cue_word(text[ev[-1][0]:].split(None, 1)[0])
        else:
            cand, cue = doc.first_person(slot.context_lo, slot.before_hi), None
        if cand is not None:
            spk = doc.last_speaker(min(cand.start, s), speakers, cand.text) if cand.pronoun \
                else doc.resolve_name(cand)
            if spk:
                quote.update(speaker=spk, speaker_mention=cand.text, cue=cue,
                             method="pronoun" if cand.pronoun else "explicit before")
        return
    # a quotation standing alone at a paragraph start: the last speaker
    spk = doc.last_speaker(s, speakers)
    if spk:
        quote.update(speaker=spk, speaker_mention=None, method="carried")


def speakers_of_groups(kept: list[dict]) -> None:
    """A multi-paragraph quotation's speaker is often named only after its last part."""
    members: dict[int, list[dict]] = {}
    for q in kept:
        members.setdefault(id(q["_group"]), []).append(q)
    for group in members.values():
        said = [q for q in group if q["method"] not in ("carried", "none") and q["speaker"]]
        if len(group) < 2 or not said:
            continue
        for q in group:
            if q["method"] in ("carried", "none"):
                take(q, said[-1])
