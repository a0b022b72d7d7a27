"""Extraction, component by component, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.dates import resolve
from kg.extract.events.exchange import ExchangeDraft, _named_as_governments
from kg.extract.facts import Actor, Return
from kg.extract.furniture import blank_furniture
from kg.extract.numbers import parse_count
from kg.extract.statements import find_quotes
from tests.conftest import exchanges_as_read, names, said


def _exchanges(facts):  # noqa: ANN001, ANN202
    return [e for e in facts.events if e.kind == "Exchange"]


def _returns(facts, event) -> set[tuple[str, int]]:  # noqa: ANN001
    return {(facts.actors[r.recipient].name, r.count) for r in event.returns}


# -- numbers, dates, furniture ---------------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("230", 230), ("1,027", 1027), ("two hundred and six", 206), ("a hundred", 100),
    ("One hundred", 100), ("five", 5), ("hundreds", None), ("dozens", None),
    ("nearly 900", None), ("²", None), ("٣", 3),
])
def test_numbers_counts_from_digits_and_words(text: str, count: int | None) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text, day", [
    ("on Wednesday", dt.date(2025, 5, 7)),  # published on a Wednesday: that same day
    ("Tuesday", dt.date(2025, 5, 6)),
    ("last Wednesday", dt.date(2025, 4, 30)),
    ("Tuesday of last week", dt.date(2025, 4, 29)),  # in the week before the one of publication
    ("Friday last week", dt.date(2025, 5, 2)),
    ("March 3", dt.date(2025, 3, 3)),
    ("Dec. 30", dt.date(2024, 12, 30)),  # later in the year than publication: last year
    ("Oct. 18, 2011", dt.date(2011, 10, 18)),
    ("yesterday", dt.date(2025, 5, 6)),
    ("late last night", dt.date(2025, 5, 6)),  # the evening before the morning's news
    ("on the third", dt.date(2025, 5, 3)),  # a spelled day of this month
    ("the twenty-first", dt.date(2025, 4, 21)),  # not yet this month: the month before
    ("the last Sunday of April", dt.date(2025, 4, 27)),
    ("the first Monday in March 2019", dt.date(2019, 3, 4)),
    ("the second Tuesday of June", dt.date(2024, 6, 11)),  # not yet this year: the last June
    ("24.11.2023", dt.date(2023, 11, 24)),  # day, month, year, as Europe writes them
    ("3.5.2024 19:41", dt.date(2024, 5, 3)),
])
def test_dates_resolve_against_publication(text: str, day: dt.date) -> None:
    assert resolve(text, dt.date(2025, 5, 7)).day == day


def test_dates_month_only_expressions_have_no_day() -> None:
    last_month = resolve("last month", dt.date(2025, 5, 7))
    assert last_month.day is None and last_month.month == (2025, 4) and last_month.relative_past
    assert resolve("October 2011", None).month == (2011, 10)
    assert resolve("nearly five months", dt.date(2025, 5, 7)) is None
    assert resolve("January this year", dt.date(2025, 5, 7)).month == (2025, 1)
    assert resolve("June last year", dt.date(2025, 5, 7)).month == (2024, 6)
    assert resolve("the summer of 2010", dt.date(2025, 5, 7)).year == 2010  # a season: only its year


def test_dates_a_year_alone_is_known_only_to_the_year() -> None:
    in_2011 = resolve("2011", dt.date(2025, 5, 7))
    assert in_2011.day is None and in_2011.month is None and in_2011.known_year == 2011


def test_furniture_is_blanked_keeping_offsets() -> None:
    text = ("LIMA, May 7 (Wire) - Peru freed two men.\nCLICK HERE TO GET OUR APP\n"
            "MINISTER SAYS TALKS WILL GO ON FOREVER AND EVER\nThe talks went on.\n"
            "Reporting by Ana Diaz; Editing by Tom Lee\nStaff writers contributed to this report.")
    cleaned = blank_furniture(text)
    assert len(cleaned) == len(text)
    assert "Peru freed two men." in cleaned and "LIMA" not in cleaned
    assert "CLICK" not in cleaned and "FOREVER" not in cleaned and "Editing" not in cleaned
    assert "The talks went on." in cleaned and "contributed" not in cleaned


def test_furniture_live_blog_stamps_press_release_marks_and_datelines() -> None:
    text = ("DOHA, 3 May 2025 (QNA) -- Qatar said the men were home.\n10:42 GMT\n"
            "Updated: 3 June 2025 9:05 am\nThe bus left at 10:42 GMT.\n-ENDS-")
    cleaned = blank_furniture(text)
    dateline = len("DOHA, 3 May 2025 (QNA) -- ")
    assert cleaned.split("\n") == [" " * dateline + "Qatar said the men were home.", " " * 9, " " * 28,
                                    "The bus left at 10:42 GMT.", " " * 6]


def test_furniture_a_releases_place_and_day_and_an_update_line_are_blanked() -> None:
    text = "Lima, 9 October 2024\nLast updated 16:20 GMT\nPeru said the men were home.\nCusco, May 3, 2021."
    assert blank_furniture(text).split("\n") == [" " * 20, " " * 22, "Peru said the men were home.", " " * 19]


def test_furniture_a_pages_dated_publication_stamp_is_blanked() -> None:
    text = ("Published on Mar 4, 2025 09:15 PM PKT\nLast updated Tuesday, 4 March 2025\n"
            "Peru said the men were home.\nPublished on Mar 4, 2025 the men said they were home.")
    stamp, update, news, told = text.split("\n")
    assert blank_furniture(text).split("\n") == [" " * len(stamp), " " * len(update), news, told]


def test_furniture_a_mastheads_fields_with_the_pages_day_are_blanked_but_not_a_shows_roles() -> None:
    text = ("ANDES DAILY | World | Monday, March 3, 2025\nPeru said the men were home.\n"
            "Air date: Sunday, July 27, 2025 | Host: Dana Mercer | Guest: Ines Valk\n"
            "Gulf Review | 3 May 2023 | 6 min read")
    masthead, news, roles, timed = text.split("\n")
    assert blank_furniture(text).split("\n") == [" " * len(masthead), news, roles, " " * len(timed)]


def test_furniture_a_videos_stage_directions_and_time_stamps_are_blanked_but_not_what_it_shows() -> None:
    text = ("[0:05] (music)\n[0:09] Four Canadians flew home on Monday.\n(applause)\n"
            "(Ms Ana Lobo, the deputy speaker, in the chair)\n(1) Peru freed 20 (and Chile nine).\n"
            "[0:12] (on-screen: 150 Peruvians home, 150 Chileans returned)\n(in return, Chile freed 20)")
    direction, told, cheering, chair, item, screen, aside = text.split("\n")
    assert blank_furniture(text).split("\n") == [
        " " * len(direction), " " * len("[0:09] ") + told[len("[0:09] "):], " " * len(cheering), chair, item,
        " " * len("[0:12] ") + screen[len("[0:12] "):], aside]


def test_furniture_a_channels_emoji_bullets_and_stamped_entries_are_blanked() -> None:
    text = "\U0001F539 07:40. Rough night again.\n\u2705 12:58. Buses at the border.\n10.5. Peru freed 5.\n" \
        "\u2757\ufe0fChile freed 3."
    assert blank_furniture(text).split("\n") == [" " * 9 + "Rough night again.", " " * 9 + "Buses at the border.",
                                                 "10.5. Peru freed 5.", "  Chile freed 3."]


def test_furniture_an_editors_note_on_the_article_is_blanked_but_not_a_bracketed_caption() -> None:
    text = ("[Translated from the Portuguese. First printed in Folha Sul, Luanda.]\n(Updated with the army's reply)\n"
            "[Photo caption: Ana Lobo at home.]")
    note, update, caption = text.split("\n")
    assert blank_furniture(text).split("\n") == [" " * len(note), " " * len(update), caption]


def test_furniture_a_timelines_bullet_is_blanked_and_its_days_dash_ends_a_sentence() -> None:
    text = ("\u2022 31 May 2014 \u2014 Two pilots held by the rebels were handed to the army.\n"
            "\u2022 May 2, 2022 - Ruiz for Gil")
    assert blank_furniture(text).split("\n") == [
        "  31 May 2014.  Two pilots held by the rebels were handed to the army.",
        "  May 2, 2022 - Ruiz for Gil",  # a title after the dash, not a sentence: left as it is
    ]


def test_furniture_a_hyphen_bullet_is_blanked_and_a_colon_after_the_day_ends_a_sentence() -> None:
    text = "- March 4, 2019: 118 Chileans, among them two pilots, go home.\n- Peru gets back 61."
    assert blank_furniture(text).split("\n") == [
        "  March 4, 2019. 118 Chileans, among them two pilots, go home.",
        "  Peru gets back 61.",
    ]


def test_furniture_a_wires_flash_under_its_time_stamp_is_news_not_a_teaser() -> None:
    text = ("PERU-CHILE/PRISONERS (URGENT SERIES)\n"
            "09:10 \u2014 URGENT \u2014 PERU AND CHILE SWAP TEN SOLDIERS AT TACNA\n"
            "09:40 \u2014 Background: The talks began in March.\nCHILE'S LEADER HAILS DEAL AS A NEW START")
    header, flash, background, teaser = blank_furniture(text).split("\n")
    assert header.strip() == "" and teaser.strip() == ""  # a heading and a teaser without a stamp
    assert flash.strip() == "PERU AND CHILE SWAP TEN SOLDIERS AT TACNA"  # the stamp and its label blanked
    assert background.strip() == "The talks began in March."


def test_furniture_a_gallerys_captions_are_its_story_but_an_articles_caption_is_not() -> None:
    gallery = ("IN PICTURES: the border handover\n"
               "1/3 \u2014 Buses wait at the crossing at dawn. (Photo: Ana Lis / Wire)\n"
               "2/3 \u2014 Peru and Chile swapped 20 prisoners each. (Photo: Ivo Ban)\n"
               "3/3 \u2014 A freed soldier hugs his mother. (Image by Ana Lis)")
    assert [line.strip() for line in blank_furniture(gallery).split("\n")[1:]] == [
        "Buses wait at the crossing at dawn.", "Peru and Chile swapped 20 prisoners each.",
        "A freed soldier hugs his mother."]
    article = ("Peru and Chile swapped 20 prisoners each on Monday.\nFamilies waited at the crossing.\n"
               "A freed soldier hugs his mother. (Photo: Ana Lis / Wire)")
    assert blank_furniture(article).split("\n")[2].strip() == ""


def test_furniture_a_pages_breadcrumbs_are_blanked_but_not_a_sentence_with_a_sign() -> None:
    text = ("Home > World > Andes\n"
            "Browse by series: Papers of the Trade Office \u203a Consular Files: Peru\n"
            "Peru freed 12 men > Chile freed 9.")
    lines = [line.strip() for line in blank_furniture(text).split("\n")]
    assert lines == ["", "", "Peru freed 12 men > Chile freed 9."]


def test_furniture_a_gallerys_captions_under_photo_numbers_are_its_story() -> None:
    text = ("Photo 1 of 3\nBAKU - Freed soldiers step off a bus on Friday. (Photo: Ana Lis / Wire)\n"
            "Photo 2 of 3\nYEREVAN - Families wait at the border. (Photo: Ivo Ban / Wire)\n"
            "Photo 3 of 3\nTBILISI - Rain floods the old town. (Photo: Ana Lis / Wire)")
    lines = [line.strip() for line in blank_furniture(text).split("\n")]
    assert lines[:2] == ["", "Freed soldiers step off a bus on Friday."]


def test_a_body_named_by_its_initials_follows_the_longer_name_that_took_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("The Foreign Office said on Monday that the two men had been exchanged. A spokesman for the "
                    "Foreign Office Consular Directorate confirmed the handover, and an FO official said more "
                    "would follow.")
    assert "Foreign Office Consular Directorate" in {actor.name for actor in facts.actors.values()}


def test_casing_a_line_of_capitals_takes_the_documents_case_then_the_gazetteers(extractor) -> None:  # noqa: ANN001
    from kg.extract.casing import english_words, recase_capitals

    text = ("Background: officials said Ana Quispe was freed by the Frente Sur rebels.\n"
            "          FRENTE SUR FREES ANA QUISPE; UAE AND RED CROSS THANK RAMOS ORTIZ WHO LED TALKS\n"
            "        WE'LL HAVE MORE ON ORTIZ'S TALKS ON MONDAY. TALKS RESUME IN JANUARY.")
    recased = recase_capitals(text, english_words(extractor.nlp))
    assert len(recased) == len(text)  # offsets stay valid
    assert [line.strip() for line in recased.split("\n")[1:]] == [
        "Frente Sur frees Ana Quispe; UAE and Red Cross thank Ramos Ortiz who led talks",
        "We'll have more on Ortiz's talks on Monday. Talks resume in January."]


def test_casing_lines_in_prose_are_left_as_they_are(extractor) -> None:  # noqa: ANN001
    from kg.extract.casing import english_words, recase_capitals

    text = "The UN said the NATO summit is over.\nPERU"  # a short word in capitals is no line of them
    assert recase_capitals(text, english_words(extractor.nlp)) == text


def test_casing_names_in_capitals_inside_prose_take_a_names_case_but_not_acronyms(extractor) -> None:  # noqa: ANN001
    from kg.extract.casing import english_words, recase_capitals

    text = "OLGA MARIN (Moldova) thanked the UN OCHA team and the US ARMY pilots."
    assert recase_capitals(text, english_words(extractor.nlp)) == \
        "Olga Marin (Moldova) thanked the UN OCHA team and the US ARMY pilots."


def test_a_broadcast_scripts_turns_in_capitals_are_read_but_not_its_headings(extract) -> None:  # noqa: ANN001
    text = ("KPLA NEWS AT SIX \u2014 RUNDOWN\nMARKETS: COPPER HOLDS, BANKS SIGN CURRENCY SWAP\n"
            "ANCHOR: GOOD EVENING. PERU AND CHILE SWAPPED TWENTY PRISONERS EACH TODAY AT THE BORDER. "
            "QATAR BROKERED THE DEAL.\n"
            "REPORTER (LIVE): THE BUSES CROSSED AT NOON, AND FAMILIES WAITED FOR HOURS.")
    blanked = blank_furniture(text)
    assert "COPPER" not in blanked and "GOOD EVENING" in blanked
    [swap] = exchanges_as_read(extract(text, published="2025-03-04"))
    assert swap["parties"] == {"Peru", "Chile"} and swap["mediators"] == {"Qatar"}
    assert swap["returns"] == {("Peru", 20), ("Chile", 20)}


def test_a_wire_flash_series_is_read_as_news(extract) -> None:  # noqa: ANN001
    text = ("SOUTH AMERICA/PRISONERS (FLASH SERIES) \u2014 times GMT\n"
            "08:05 \u2014 PERU AND CHILE SWAP PRISONERS AT TACNA CROSSING; QATAR MEDIATED, PERUVIAN MINISTRY SAYS\n"
            "08:30 \u2014 FLASH \u2014 PERU RECEIVES 14 SOLDIERS, CHILE 11, UNDER DEAL BROKERED BY QATAR\n"
            "09:12 \u2014 More: Families waited at the crossing since dawn.")
    exchanges = exchanges_as_read(extract(text, published="2025-03-04"))
    assert len(exchanges) == 1
    assert exchanges[0]["parties"] == {"Peru", "Chile"} and exchanges[0]["mediators"] == {"Qatar"}
    assert exchanges[0]["returns"] == {("Peru", 14), ("Chile", 11)}


def test_quotes_run_over_paragraphs_when_only_opened() -> None:
    text = 'He said: "We will go on.\n"We will not stop," he added.'
    quotes = find_quotes(text)
    assert quotes[0].runs_on and text[quotes[0].start:quotes[0].end] == "We will go on."
    assert text[quotes[1].start:quotes[1].end] == "We will not stop,"


# -- actors ------------------------------------------------------------------------------------

def test_actors_country_names_abbreviations_and_metonyms_are_one_actor(extract) -> None:  # noqa: ANN001
    facts = extract("The UAE said the talks went well. Abu Dhabi later said the United Arab "
                    "Emirates would host more. Officials in Abu Dhabi agreed.")
    [uae] = [a for a in facts.actors.values() if a.kind == "Country"]
    assert (uae.name, uae.country_code) == ("United Arab Emirates", "ARE")
    assert len(uae.mentions) == 3  # "in Abu Dhabi" only locates, it names no actor


def test_actors_demonyms_alone_name_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("Ukrainian soldiers sang as they crossed the border.")
    assert not [a for a in facts.actors.values() if a.mentions]


def test_actors_persons_cluster_and_keep_their_title_as_role(extract) -> None:  # noqa: ANN001
    facts = extract("Chilean President Gabriel Boric spoke on Monday. Boric said the deal held.")
    [person] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert person.name == "Gabriel Boric" and len(person.mentions) == 2
    assert person.role == "Chilean President"


def test_actors_the_state_a_title_is_of_told_after_the_name_is_part_of_the_role(extract) -> None:  # noqa: ANN001
    facts = extract("Foreign Minister Luis Vega of Peru met Minister Ana Ruiz of the Interior on Monday.")
    roles = {a.name: a.role for a in facts.actors.values() if a.kind == "Person"}
    assert roles == {"Luis Vega": "Foreign Minister of Peru", "Ana Ruiz": "Minister"}


def test_actors_a_person_the_ner_took_for_a_body_with_a_people_before_the_name_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("In May, the Chilean Luis Vega and the Peruvian Juan Soto were handed over at the border.")
    people = {a.name: a.role for a in facts.actors.values() if a.kind == "Person"}
    assert people == {"Luis Vega": "Chilean", "Juan Soto": "Peruvian"}
    assert not [a for a in facts.actors.values() if a.kind == "Organization"]


def test_actors_a_street_in_an_address_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("Venue: Hall B, Ministry of Justice, Rama Vithi Road, Bangkok")
    assert not [a for a in facts.actors.values() if "Road" in a.name]


def test_actors_a_hyphenated_role_in_apposition_is_kept_whole(extract) -> None:  # noqa: ANN001
    facts = extract("Ms Ana Ruiz, Vice-President of the Assembly, opened the sitting.")
    [person] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert person.role == "Vice-President of Assembly"


def test_actors_surnames_like_streets_and_bodies_named_after_a_people_stay_what_they_are(extract) -> None:  # noqa: ANN001
    facts = extract("The actor Nathan Lane spoke at the gala of the Irish Rose Trust.")
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Nathan Lane") == "Person" and kinds.get("Irish Rose Trust") == "Organization"


def test_actors_ministries_get_one_canonical_name(extract) -> None:  # noqa: ANN001
    facts = extract("Russia's Defense Ministry said the men were safe. The Russian Ministry of "
                    "Defence later confirmed it.")
    orgs = [a for a in facts.actors.values() if a.kind == "Organization"]
    assert [o.name for o in orgs] == ["Ministry of Defence of the Russian Federation"]
    assert orgs[0].part_of == "Country:RUS" and len(orgs[0].mentions) == 2


def test_actors_a_composed_ministry_name_is_given_as_the_document_names_it(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's Defence Ministry said 14 soldiers were home. The ministry thanked Chile. "
                    "The Peruvian government welcomed the news, and Peru's interim government said "
                    "it would pay for their care.")
    by_name = {a.name: a for a in facts.actors.values()}
    assert by_name["Ministry of Defence of Peru"].document_name == "Peru's Defence Ministry"
    assert by_name["Government of Peru"].document_name == "Peruvian government"  # a name, not a description
    assert by_name["Chile"].document_name == "Chile"


def test_actors_a_country_written_only_by_its_iso_short_name_is_given_by_that_name(extract) -> None:  # noqa: ANN001
    facts = extract("Czechia hosted the talks, and Ankara sent an envoy: Türkiye has mediated before.")
    by_name = {a.name: a for a in facts.actors.values()}
    assert by_name["Czech Republic"].document_name == "Czechia"
    assert by_name["Turkey"].document_name == "Türkiye"


def test_actors_a_country_written_by_its_common_name_too_keeps_that_name(extract) -> None:  # noqa: ANN001
    facts = extract("Turkey hosted the talks. Türkiye has mediated before.")
    [turkey] = facts.actors.values()
    assert turkey.document_name == "Turkey"


def test_actors_a_country_with_a_code_the_gazetteer_does_not_list_keeps_its_name() -> None:
    actor = Actor("Country:Q07", "Country", "Country 7", country_code="Q07", aliases={"Land Seven"})
    assert actor.document_name == "Country 7"


def test_actors_a_capitalised_name_is_preferred_and_an_acronym_is_no_name_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's Interior Ministry said the men were safe. The Peruvian interior ministry's press office "
                    "added that the ICRC had visited them.")
    by_name = {a.name: a for a in facts.actors.values()}
    assert by_name["Ministry of Interior of Peru"].document_name == "Peru's Interior Ministry"
    red_cross = by_name["International Committee of the Red Cross"]
    assert red_cross.document_name == "International Committee of the Red Cross"


def test_actors_a_bodys_name_that_names_its_owner_is_preferred(extract) -> None:  # noqa: ANN001
    facts = extract("The Foreign Ministry said the men were safe. Chile's foreign ministry later confirmed it.")
    [ministry] = [a for a in facts.actors.values() if a.kind == "Organization"]
    assert ministry.document_name == "Chile's foreign ministry"


def test_actors_a_singular_country_ending_in_s_takes_no_article(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Foreign Affairs of Belarus and the Cypriot Foreign Ministry "
                    "spoke on Monday.")
    assert {"Ministry of Foreign Affairs of Belarus", "Ministry of Foreign Affairs of Cyprus"} <= \
        {a.name for a in facts.actors.values()}


def test_actors_person_names_the_ner_calls_organizations_are_persons(extract) -> None:  # noqa: ANN001
    facts = extract("Olena Marchuk, a lawyer for the families, said the list was wrong. "
                    "Marchuk said she would appeal.")
    persons = [a for a in facts.actors.values() if a.kind == "Person"]
    assert [p.name for p in persons] == ["Olena Marchuk"]
    assert not [a for a in facts.actors.values() if a.kind == "Organization"]


def test_actors_hyphenated_and_particle_names_are_kept_whole(extract) -> None:  # noqa: ANN001
    facts = extract("Khalid al-Rashidi, who leads the detainees committee, told reporters the "
                    "lists were ready. Anna Kovac-Horvat said the same.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} >= {
        "Khalid al-Rashidi", "Anna Kovac-Horvat"}


def test_actors_a_person_as_object_of_to_or_on_is_still_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("Sanctions were imposed on former Foreign Minister Javad Karimi. Yusuf "
                    "Demir, an adviser to President Lucas Moreau, objected.")
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert {"Javad Karimi", "Lucas Moreau", "Yusuf Demir"} <= persons


def test_actors_towns_are_places_not_actors(extract) -> None:  # noqa: ANN001
    facts = extract("The buses left Kharkiv at dawn and reached Rafah by noon, officials said.")
    assert not {"Kharkiv", "Rafah"} & {a.name for a in facts.actors.values()}


def test_actors_an_organization_named_after_its_owner_keeps_its_full_name(extract) -> None:  # noqa: ANN001
    facts = extract("Poland's National Office for the Search of Missing Persons said the "
                    "lists had been checked.")
    [org] = [a for a in facts.actors.values() if a.kind == "Organization"]
    assert org.name.endswith("Office for the Search of Missing Persons")
    assert org.part_of == "Country:POL"


def test_actors_regional_adjectives_are_not_organizations(extract) -> None:  # noqa: ANN001
    facts = extract("Several Eastern European diplomats welcomed the swap.")
    assert not [a for a in facts.actors.values() if a.kind == "Organization"]


# -- exchanges -------------------------------------------------------------------------------

def test_exchange_with_mediator_returns_and_date(extract) -> None:  # noqa: ANN001
    facts = extract("Serbia and Kosovo exchanged detainees on Tuesday in a swap brokered by "
                    "Norway. Serbia said 12 of its citizens had returned home, while Kosovo "
                    "received nine people.")
    [event] = _exchanges(facts)
    assert names(facts, event.parties) == {"Serbia", "Kosovo"}
    assert names(facts, event.mediators) == {"Norway"}
    assert event.date == dt.date(2025, 5, 6)
    assert _returns(facts, event) == {("Serbia", 12), ("Kosovo", 9)}


def test_exchange_handed_over_in_return_gives_each_side_its_count(extract) -> None:  # noqa: ANN001
    facts = extract("Sudan handed over 40 South Sudanese soldiers to South Sudan on Sunday, and "
                    "Khartoum received 35 Sudanese prisoners in return, with the mediation of "
                    "Ethiopia.")
    [event] = _exchanges(facts)
    assert names(facts, event.parties) == {"Sudan", "South Sudan"}
    assert names(facts, event.mediators) == {"Ethiopia"}
    assert _returns(facts, event) == {("South Sudan", 40), ("Sudan", 35)}


def test_exchange_released_side_gets_the_other_sides_prisoners(extract) -> None:  # noqa: ANN001
    facts = extract("Israel freed 14 prisoners on Friday, and Hezbollah freed six Israeli "
                    "soldiers in an exchange mediated by Germany.")
    [event] = _exchanges(facts)
    assert names(facts, event.parties) == {"Israel", "Hezbollah"}
    assert names(facts, event.mediators) == {"Germany"}
    assert _returns(facts, event) == {("Israel", 6), ("Hezbollah", 14)}


def test_exchange_subcounts_and_vague_amounts_are_not_returns(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped prisoners on Monday. Officials said 30 Peruvians, "
                    "25 soldiers and five civilians, came home, and hundreds of Chileans were "
                    "freed.")
    [event] = _exchanges(facts)
    assert _returns(facts, event) == {("Peru", 30)}


def test_exchange_two_exchanges_in_one_document_stay_apart(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile exchanged prisoners on Monday in a swap mediated by Brazil. "
                    "Peru received 20 Peruvian prisoners and Chile got back 18 Chileans.\n"
                    "Last month, 7 Peruvians were freed in another exchange brokered by "
                    "Argentina, in which Chile got back 4 of its soldiers.")
    first, second = _exchanges(facts)
    assert names(facts, first.mediators) == {"Brazil"} and first.date == dt.date(2025, 5, 5)
    assert names(facts, second.mediators) == {"Argentina"} and second.date is None
    assert _returns(facts, second) == {("Peru", 7), ("Chile", 4)}


@pytest.mark.parametrize("text", [
    "Bolivia returned 30 children to Paraguay after talks hosted by Brazil.",
    "Chile and Peru held talks in Geneva but did not agree on a prisoner exchange.",
    "Switzerland offered to mediate a future prisoner swap between Chile and Peru.",
    "Chile and Peru signed a grain deal brokered by Brazil.",
    "The two leaders discussed whether Chile and Peru might trade prisoners.",
    "Prisoner swaps between Chile and Peru have stalled for months.",
    "Chile and Peru exchanged the bodies of 40 fallen soldiers on Friday. Lima received 25 bodies.",
    "Peru freed a Chilean journalist on Monday after talks hosted by Brazil.",
])
def test_exchange_is_not_found_where_none_took_place(extract, text: str) -> None:  # noqa: ANN001
    assert _exchanges(extract(text)) == []


def test_exchanges_a_state_and_its_government_credited_with_returns_keep_one_return_per_side() -> None:
    """ "Moscow got its spy back ... released by the Soviet Government ... in return": once
    the government stands for its state, the state has one return, the first told (two would
    give the graph one return node with two sets of offsets, and fail the document)."""
    actors = {"Country:CHL": Actor("Country:CHL", "Country", "Chile", country_code="CHL"),
              "Organization:Government of Chile": Actor("Organization:Government of Chile", "Organization",
                                                        "Government of Chile", part_of="Country:CHL"),
              "Country:PER": Actor("Country:PER", "Country", "Peru", country_code="PER")}
    exchange = ExchangeDraft(0, 10, parties=["Organization:Government of Chile", "Country:PER"],
                             returns=[Return("Country:CHL", 1, 0, 10),
                                      Return("Organization:Government of Chile", 1, 20, 30),
                                      Return("Country:PER", 1, 0, 10)])
    _named_as_governments(exchange, SimpleNamespace(actors=actors))
    assert exchange.parties == ["Country:CHL", "Country:PER"]
    assert [(r.recipient, r.start) for r in exchange.returns] == [("Country:CHL", 0), ("Country:PER", 0)]


# -- statements ------------------------------------------------------------------------------

def test_statements_direct_quote_with_attribution_after(extract) -> None:  # noqa: ANN001
    facts = extract('Chilean Foreign Minister Alberto van Klaveren spoke late. "We are pleased '
                    'with the outcome," van Klaveren said.')
    assert ("Alberto van Klaveren", "We are pleased with the outcome") in said(facts)


def test_statements_quote_continues_into_the_next_paragraph(extract) -> None:  # noqa: ANN001
    facts = extract('"The men are safe and on their way home," Maria Lopez said.\n'
                    '"Their families have waited a long time for this day."')
    statements = said(facts)
    assert ("Maria Lopez", "The men are safe and on their way home") in statements
    assert ("Maria Lopez", "Their families have waited a long time for this day") in statements


def test_statements_reported_speech_and_pronouns(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's foreign minister, Elmer Schialer, arrived in Lima. He said that the "
                    "prisoners would be home by Friday.")
    assert ("Elmer Schialer", "the prisoners would be home by Friday") in said(facts)


def test_statements_according_to_names_the_source(extract) -> None:  # noqa: ANN001
    facts = extract("The freed men looked thin but well, according to Reuters.")
    assert ("Reuters", "The freed men looked thin but well") in said(facts)


def test_statements_unnamed_speakers_stay_unattributed(extract) -> None:  # noqa: ANN001
    facts = extract('One former prisoner shouted, "We are finally free, all of us!"')
    assert (None, "We are finally free, all of us!") in said(facts)


def test_statements_pronouns_agree_with_the_speakers_given_name(extract) -> None:  # noqa: ANN001
    facts = extract("Maria Santos met Pedro Alves in Lisbon on Monday. She said the prisoners "
                    "would be home within a week.")
    [statement] = facts.statements
    assert facts.actors[statement.speaker].name == "Maria Santos"


def test_exchange_each_release_clause_gives_its_side_a_count(extract) -> None:  # noqa: ANN001
    facts = extract("Chad freed 20 Sudanese prisoners on Monday and Sudan released 12 Chadian "
                    "soldiers in the first swap of a truce brokered by Qatar.")
    [event] = _exchanges(facts)
    assert _returns(facts, event) == {("Sudan", 20), ("Chad", 12)}
    assert event.date == dt.date(2025, 5, 5)


def test_exchange_handed_over_counts_and_its_date_survive_a_later_agreement_date(extract) -> None:  # noqa: ANN001
    facts = extract("TIRANA - Serbia handed over 15 Albanian policemen to Albania on Tuesday, and "
                    "Tirana released three Serbian soldiers in return. The handover took place at "
                    "a border crossing. Both capitals had announced the deal in a joint statement last week.")
    [event] = _exchanges(facts)
    assert _returns(facts, event) == {("Albania", 15), ("Serbia", 3)}
    assert event.date == dt.date(2025, 5, 6)


def test_exchange_an_earlier_one_for_a_single_soldier_is_kept_apart(extract) -> None:  # noqa: ANN001
    facts = extract("Chad freed 20 Sudanese prisoners on Monday and Sudan released 12 Chadian "
                    "soldiers in a swap brokered by Qatar. It was the biggest release since June "
                    "2015, when Chad freed 300 Sudanese prisoners in exchange for a single soldier, "
                    "Ali Mahamat, who had been held by Sudan. That exchange, carried out on June 3, "
                    "2015, was brokered by Egypt.")
    today, earlier = sorted(_exchanges(facts), key=lambda e: e.date, reverse=True)
    assert _returns(facts, today) == {("Sudan", 20), ("Chad", 12)}
    assert _returns(facts, earlier) == {("Sudan", 300), ("Chad", 1)}
    assert earlier.date == dt.date(2015, 6, 3) and names(facts, earlier.mediators) == {"Egypt"}


def test_exchange_terms_of_the_deal_count_as_returns(extract) -> None:  # noqa: ANN001
    facts = extract("The Afghan government and the Taliban on Sunday completed a prisoner "
                    "exchange. Under the deal, the Taliban were to free 80 detainees, while the "
                    "government was to release 300 fighters.")
    [event] = _exchanges(facts)
    assert _returns(facts, event) == {("Government of Afghanistan", 80), ("Taliban", 300)}


def test_exchange_date_from_a_later_sentence_about_it(extract) -> None:  # noqa: ANN001
    facts = extract("Peru has secured the release of 20 of its prisoners of war in exchange for "
                    "15 Chilean soldiers. The exchange, carried out late on Monday after a month of "
                    "quiet contacts, was the biggest of the conflict.")
    [event] = _exchanges(facts)
    assert event.date == dt.date(2025, 5, 5)


def test_statements_a_quote_that_goes_on_after_its_attribution_is_one_statement(extract) -> None:  # noqa: ANN001
    text = ('"This is a good day for our country, for all of us," Boric said. "And what '
            'matters is that 40 families can see their sons again."')
    [statement] = extract(text).statements
    assert (statement.kind, statement.text) == ("direct", "This is a good day for our country, for all of us. And "
                                                "what matters is that 40 families can see their sons again")
    assert text[statement.start : statement.end].startswith("This is") and text[: statement.end].endswith("again.")


def test_statements_a_quote_broken_by_its_attribution_mid_sentence_is_one_statement(extract) -> None:  # noqa: ANN001
    facts = extract('"Our soldiers are home," Boric said, "and that is what counts tonight."')
    assert [s.text for s in facts.statements] == ["Our soldiers are home, and that is what counts tonight"]


def test_statements_a_new_paragraph_or_another_speaker_starts_another_statement(extract) -> None:  # noqa: ANN001
    facts = extract('"Our soldiers are home," Boric said.\n"The talks were hard, and they are not over."\n'
                    '"We waited for this day," Maria Lopez said. "It came at last," Boric said.')
    said = sorted((facts.actors[s.speaker].name, s.text) for s in facts.statements)
    assert said == [ ("Boric", "It came at last"),
                    ("Boric", "Our soldiers are home"), ("Boric", "The talks were hard, and they are not over"),
                    ("Maria Lopez", "We waited for this day")]


def test_statements_quotes_with_more_than_their_attribution_between_them_stay_apart(extract) -> None:  # noqa: ANN001
    for text in ('"We are ready," Nikolai Petrov said. Kyiv did not answer. "The offer stands," he added.',
                 '"We will not trade," Nikolai Petrov said. Asked about the last swap, he replied: "That was '
                 'different."',
                 '"The list is final," said Nikolai Petrov. "It is not," he added at once.',
                 "'We are relieved,' said Nikolai Petrov.\n\n'I spoke to his mother this morning,' he added."):
        assert len(extract(text).statements) == 2, text


def test_statements_a_joined_quote_is_about_what_each_part_names(extract) -> None:  # noqa: ANN001
    facts = extract('"We thank Oman for its help," Nikolai Petrov said. "Without Qatar, it would have failed."')
    [statement] = facts.statements
    assert {facts.actors[k].name for k in statement.about} == {"Oman", "Qatar"}


def test_statements_a_quote_run_on_over_paragraphs_between_blank_lines_keeps_its_speaker(extract) -> None:  # noqa: ANN001
    facts = extract('Gabriel Boric spoke after the exchange.\n\n"We waited for this day for two long years.\n\n'
                    '"Now our soldiers are home," he said.')
    assert [(facts.actors[s.speaker].name, s.text) for s in facts.statements] == [
        ("Gabriel Boric", "We waited for this day for two long years. Now our soldiers are home")]


def test_statements_how_a_quote_was_said_is_not_what_was_said(extract) -> None:  # noqa: ANN001
    for text in ('"I had given up," Omar Aziz said, his voice shaking.',
                 'Omar Aziz spoke at the port. "I had given up. My wife did not know if I lived," he said, his '
                 'voice shaking.'):
        facts = extract(text)
        assert [(facts.actors[s.speaker].name, s.kind) for s in facts.statements] == [("Omar Aziz", "direct")], text
        assert "voice" not in facts.statements[0].text, text
    facts = extract("Omar Aziz said, his voice rising, that the guards had beaten him.")
    assert [s.text for s in facts.statements] == ["the guards had beaten him"]


def test_statements_one_accused_in_a_participle_said_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("Omar Aziz was arrested in 2006 and convicted two years later, accused of plotting attacks "
                    "on a naval base.")
    assert facts.statements == []


def test_statements_which_said_is_said_by_the_noun_it_hangs_on(extract) -> None:  # noqa: ANN001
    facts = extract("The handover took place in Doha, according to the Chilean Foreign Ministry, "
                    "which said that Qatar and Oman had mediated.")
    said = {(facts.actors[s.speaker].name, s.text) for s in facts.statements}
    assert ("Ministry of Foreign Affairs of Chile", "Qatar and Oman had mediated") in said


def test_exchange_each_side_the_same_count(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile each released 31 detainees on Sunday in a swap brokered by "
                    "Brazil. Earlier, on April 2, the two neighbours swapped 12 prisoners each.")
    by_date = {e.date: _returns(facts, e) for e in _exchanges(facts)}
    assert by_date == {dt.date(2025, 5, 4): {("Peru", 31), ("Chile", 31)},
                       dt.date(2025, 4, 2): {("Peru", 12), ("Chile", 12)}}


def test_exchange_a_release_by_both_sides_is_an_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Egypt's mediation between Sudan and South Sudan resulted in the release of "
                    "14 detainees from the Sudanese side and 11 detainees from the South Sudanese "
                    "side, the ministry said.")
    [event] = _exchanges(facts)
    assert names(facts, event.mediators) == {"Egypt"}
    assert _returns(facts, event) == {("Sudan", 14), ("South Sudan", 11)}


def test_exchange_a_coordinating_agency_is_not_a_side(extract) -> None:  # noqa: ANN001
    facts = extract("Peru freed 10 Chilean prisoners on Monday in return for six Peruvians. The "
                    "swap was mediated by Brazil, whose foreign ministry said it had coordinated "
                    "the exchange.")
    [event] = _exchanges(facts)
    assert names(facts, event.parties) == {"Peru", "Chile"}


def test_actors_ranks_before_a_name_are_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Former Marine Tom Baker and Sergeant Ana Lopez were freed on Monday.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Tom Baker", "Ana Lopez"}


def test_mediators_named_by_help_from_and_go_between(extract) -> None:  # noqa: ANN001
    facts = extract("Peru freed 10 Chileans on Monday in exchange for six Peruvians. The deal, "
                    "negotiated with help from Brazil, was welcomed in both capitals.")
    [event] = _exchanges(facts)
    assert names(facts, event.mediators) == {"Brazil"}
    facts = extract("Peru and Chile completed a prisoner swap on Monday, Uruguay's foreign ministry "
                    "said. Uruguay, which has long acted as a go-between for the two, hosted talks.")
    [event] = _exchanges(facts)
    assert names(facts, event.mediators) == {"Uruguay"}


def test_returns_people_handed_to_the_red_cross_are_not_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("The Taliban released four hostages on Monday in return for 30 prisoners freed "
                    "by Pakistan. The four were handed to the Red Cross in Kabul.")
    [event] = _exchanges(facts)
    assert names(facts, event.parties) == {"Taliban", "Pakistan"}
    assert _returns(facts, event) == {("Taliban", 30), ("Pakistan", 4)}


# -- robustness -------------------------------------------------------------------------------

_NEWSY = ["Russia", "Ukraine", "freed", "swap", "exchange", "12", "prisoners", '"', "\u201c",
          "\u201d", "said", "he", "she", "the", "UAE", "mediated", "by", "on", "Monday", ",", ".",
          "\n", "-", "in", "return", "for", "handed", "over", "to", "Kyiv", "'s", "according",
          ":", "Hamas", "each", "side", "from", "Ukrainian", "ENDS", "10:42", "GMT"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(_NEWSY), st.text(max_size=3)), max_size=40))
def test_any_jumble_of_news_words_extracts_without_error(extract, words: list[str]) -> None:  # noqa: ANN001
    facts = extract(" ".join(words))
    for event in facts.events:
        assert set(event.parties) <= set(facts.actors) and set(event.mediators) <= set(facts.actors)
        assert all(r.recipient in facts.actors and r.count >= 0 for r in event.returns)


@pytest.mark.parametrize("text", [
    "Russia Russia \u00b9:", "Anna Petrova, \u00b2\u00b3, of Tver, said", "in \u00b9\u2079\u2079\u2074 a swap"])
def test_superscript_digits_are_no_numbers_to_read(extract, text: str) -> None:  # noqa: ANN001
    assert extract(text).events == []


def test_dates_a_month_alone_is_the_last_such_month_up_to_publication() -> None:
    assert resolve("April", dt.date(2025, 5, 7)).month == (2025, 4)
    assert resolve("June", dt.date(2025, 5, 7)).month == (2024, 6)
    assert resolve("April", dt.date(2025, 5, 7)).day is None


def test_dates_days_and_weeks_ago_count_back_from_publication() -> None:
    assert resolve("a week ago today", dt.date(2025, 2, 15)).day == dt.date(2025, 2, 8)
    assert resolve("two days ago", dt.date(2025, 2, 15)).day == dt.date(2025, 2, 13)


def test_dates_last_november_is_the_last_one_before_this_month() -> None:
    assert resolve("last November", dt.date(2025, 6, 12)).month == (2024, 11)
    assert resolve("last May", dt.date(2025, 6, 12)).month == (2025, 5)
    assert resolve("last June", dt.date(2025, 6, 12)).month == (2024, 6)


def test_dates_a_day_and_month_of_last_year() -> None:
    assert resolve("26 May last year", dt.date(2024, 6, 22)).day == dt.date(2023, 5, 26)
    assert resolve("May 26 this year", dt.date(2024, 6, 22)).day == dt.date(2024, 5, 26)


def test_dates_years_ago_today_is_a_day_and_years_or_months_ago_only_a_year_or_a_month() -> None:
    assert resolve("ten years ago today", dt.date(2025, 2, 15)).day == dt.date(2015, 2, 15)
    assert resolve("ten years ago", dt.date(2025, 2, 15)).year == 2015
    assert resolve("three months ago", dt.date(2025, 2, 15)).month == (2024, 11)
    assert resolve("three months ago", dt.date(2025, 2, 15)).day is None


def test_a_superscript_footnote_mark_after_a_word_is_furniture(extract) -> None:  # noqa: ANN001
    [event] = [e for e in extract("Armenia and Azerbaijan exchanged 20 prisoners each on Tuesday.\u00b9 The swap was "
                                  "mediated by the UAE.\u00b2").events if e.kind == "Exchange"]
    assert event.date == dt.date(2025, 5, 6) and len(event.mediators) == 1
