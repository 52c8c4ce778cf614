"""analysis.names: title splitting and name resolution on texts written for these tests."""
from __future__ import annotations

from analysis import names


def test_split_title_roles_organisations_and_places():
    assert names.split_title("Harbor Institute analyst Mira Lind") == (
        "Harbor Institute analyst", "Mira Lind")
    assert names.split_title("Russian President Pavel Orlov") == ("Russian President",
                                                                  "Pavel Orlov")
    assert names.split_title("Sen. Ruth Alder of Oregon") == ("Sen.", "Ruth Alder")
    assert names.split_title("Peter Lund of the University of Tarvik") == ("", "Peter Lund")
    assert names.split_title("Coach Lena Moss's") == ("Coach", "Lena Moss")
    assert names.split_title("a senior aide") == ("a senior aide", "")
    assert names.split_title("the Harbor Ministry of Transport") == (
        "the", "Harbor Ministry of Transport")
    assert names.split_title("The Valley Growers' Union") == ("The", "Valley Growers' Union")


def test_canonical_person_surname_and_first_name():
    known = ["Anton Keller", "Jordan Mills"]
    assert names.canonical_person("Keller", known) == "Anton Keller"
    assert names.canonical_person("Minister Keller", known) == "Anton Keller"
    assert names.canonical_person("Jordan", known) == "Jordan Mills"
    assert names.canonical_person("A. Keller", known) == "Anton Keller"
    assert names.canonical_person("Berg", known) == "Berg"


def test_person_names_and_title_book():
    text = ("Secretary of State Nora Quist met Foreign Minister Anton Keller in Oslo.\n"
            "The Harbor Authority said nothing.\n")
    found = [f for f in names.person_names(text) if names.is_person_name(f[3])]
    assert [(t, n) for _, _, t, n in found] == [("Secretary of State", "Nora Quist"),
                                               ("Foreign Minister", "Anton Keller")]
    for start, end, _, name in found:
        assert text[start:end] == name
    book = names.TitleBook()
    for _, _, t, n in found:
        book.add(t, n)
    assert book.lookup("the secretary of state") == "Nora Quist"
    assert book.lookup("the foreign minister") == "Anton Keller"
    assert book.lookup("the mayor") is None


def test_is_person_name_and_gender():
    assert names.is_person_name("Nora Quist")
    assert not names.is_person_name("Harbor Authority Review")
    assert not names.is_person_name("New Jersey")
    assert not names.is_person_name("Daily News")
    assert names.first_name_gender("Mary") == "f"
    assert names.first_name_gender("John") == "m"
    assert names.first_name_gender("Zorblax") == "x"
