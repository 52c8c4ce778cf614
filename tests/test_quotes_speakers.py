"""Quotes: organisation descriptions, pronoun antecedents and document sources.

Texts written for these tests (no shared material, nothing from the sample corpus).
"""
from __future__ import annotations

from analysis.quotes import find_quotes, is_organisation_name, organisation_names


def speakers(text):
    return [(q["text"], q["speaker"]) for q in find_quotes(text)]


# ------------------------------------------------------------ organisations

def test_the_company_resolves_to_the_company_name():
    text = ("Quarrow Textiles will close its dye works in Elsby, the company said.\n"
            "\n"
            'In a short statement, the company said: "We looked at every other option first."\n')
    ((quote, spk),) = speakers(text)
    assert quote == "We looked at every other option first."
    assert spk == "Quarrow Textiles"


def test_description_takes_the_most_recent_name_of_its_kind():
    text = ("The Ministry of Water signed the contract with Fenwick Dredging Ltd on Monday.\n"
            "Later the Ministry of Roads objected.\n"
            '"The tender was open to everyone," the ministry said.\n'
            '"We will start in March," the firm said.\n')
    got = dict(speakers(text))
    assert got["The tender was open to everyone,"] == "Ministry of Roads"
    assert got["We will start in March,"] == "Fenwick Dredging Ltd"


def test_description_fits_a_name_linked_by_apposition():
    text = ("Orlen Vask, the island's only ferry operator, raised fares on Friday.\n"
            '"Fuel costs left us no choice," the operator said.\n')
    assert speakers(text) == [("Fuel costs left us no choice,", "Orlen Vask")]


def test_apposition_head_noun_only():
    # "a shop steward with the union": the person is a steward, not a union
    orgs = organisation_names("Mara Quint, a shop steward with the Dockers Union, spoke.\n")
    assert [o[1] for o in orgs] == ["Dockers Union"]


def test_description_without_a_fitting_name_stays_a_description():
    text = '"We regret the delay," the agency said.\n'
    assert speakers(text) == [("We regret the delay,", "the agency")]


def test_organisation_subject_behind_a_relative_clause():
    text = ("The audit office of the Northern Harbour Board, which checked 40 accounts, "
            'said the books were "clean and complete" in every case.\n')
    assert speakers(text) == [("clean and complete", "Northern Harbour Board")]


def test_is_organisation_name():
    assert is_organisation_name("Council of Coastal Towns")
    assert is_organisation_name("Brindle Seafoods")
    assert not is_organisation_name("Council")
    assert not is_organisation_name("Petra Lund")


# ------------------------------------------------------------ pronouns

def test_she_goes_to_a_woman_named_after_the_last_speaker():
    text = ("Track official Idris Falk said 900 runners had finished.\n"
            "\n"
            '"Nobody needed the medical tent," Falk said.\n'
            "\n"
            "The slowest finisher was 77-year-old Margaret Oduya, who walked most of the way.\n"
            "\n"
            '"I waved at everybody," she said.\n')
    got = dict(speakers(text))
    assert got["I waved at everybody,"] == "Margaret Oduya"


def test_pronoun_chain_is_not_broken_by_a_name_mentioned_in_passing():
    text = ("Former treasurer Osric Tamm said the party had to plan ahead.\n"
            "\n"
            '"A plan costs nothing," Tamm said.\n'
            "\n"
            "Switching candidates, he said, would favour allies of Helen Marsh.\n"
            "\n"
            '"It would be a scramble," he said.\n')
    got = dict(speakers(text))
    assert got["It would be a scramble,"] == "Osric Tamm"


def test_known_gender_speaker_keeps_the_pronoun():
    text = ("Coach Peter Lorn said the team had trained for weeks.\n"
            "\n"
            "The team will miss John Vey, who broke a wrist in training.\n"
            "\n"
            '"We were ready," he said.\n')
    got = dict(speakers(text))
    assert got["We were ready,"] == "Peter Lorn"


# ------------------------------------------------------------ according to

def test_according_to_a_document_from_a_person():
    text = ("Engineer Lida Sorn warned about the tunnel last year.\n"
            '"The ground is softer than the survey says," according to a letter from Sorn '
            "to the council.\n")
    (q,) = find_quotes(text)
    assert q["speaker"] == "Lida Sorn" and q["cue"] == "according to"
