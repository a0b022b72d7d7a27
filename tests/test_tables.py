"""Exchanges set out in a table of the text: each row below the header is one exchange."""

from __future__ import annotations

import datetime as dt

from tests.conftest import exchanges_as_read

PEOPLES_TABLE = """Our count of the year's swaps, from both governments' figures.
Date (2021) | Armenians returned | Azerbaijanis returned | Mediator
4 March | 12 | 9 | Georgia
19 June | 15 | 15 | Georgia
Total | 27 | 24 |
Figures for the bodies handed back are not included."""


def test_each_row_of_a_table_of_swaps_is_an_exchange_with_its_day_counts_and_mediator(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(PEOPLES_TABLE, published="2022-01-10"))
    assert sorted(swaps, key=lambda s: s["date"]) == [
        {"parties": {"Armenia", "Azerbaijan"}, "mediators": {"Georgia"}, "date": dt.date(2021, 3, 4),
         "returns": {("Armenia", 12), ("Azerbaijan", 9)}},
        {"parties": {"Armenia", "Azerbaijan"}, "mediators": {"Georgia"}, "date": dt.date(2021, 6, 19),
         "returns": {("Armenia", 15), ("Azerbaijan", 15)}},
    ]  # the row of totals is none


def test_a_column_of_sides_names_whom_returned_to_a_and_to_b_count_for(extract) -> None:  # noqa: ANN001
    text = ("Swaps since 2020, as the parties announced them:\n"
            "When        | Side A / Side B  | Returned to A | Returned to B | Credited mediator\n"
            "2 Feb 2020  | Peru / Chile     | 14            | 11            | Brazil\n"
            "9 Oct 2021  | Chad vs Sudan    | 3             | 30*           | none\n"
            "* including four women.")
    swaps = exchanges_as_read(extract(text, published="2022-01-10"))
    assert {(frozenset(s["parties"]), s["date"], frozenset(s["returns"]), frozenset(s["mediators"]))
            for s in swaps} == {
        (frozenset({"Peru", "Chile"}), dt.date(2020, 2, 2), frozenset({("Peru", 14), ("Chile", 11)}),
         frozenset({"Brazil"})),
        (frozenset({"Chad", "Sudan"}), dt.date(2021, 10, 9), frozenset({("Chad", 3), ("Sudan", 30)}), frozenset()),
    }


def test_a_row_over_a_span_of_days_has_no_one_day(extract) -> None:  # noqa: ANN001
    text = ("Detainee swaps in Yemen\n"
            "Date | Sides | Mediator\n"
            "3-5 May 2019 | Yemen / Houthis | ICRC\n"
            "8 July 2019 | Yemen / Houthis | ICRC")
    swaps = exchanges_as_read(extract(text, published="2022-01-10"))
    assert sorted((s["date"] for s in swaps), key=str) == [dt.date(2019, 7, 8), None]


def test_a_tab_separated_table_is_read_as_one_split_by_bars(extract) -> None:  # noqa: ANN001
    text = "Prisoner swaps of the year\nDate\tSerbs freed\tKosovars freed\n1 April 2000\t20\t25\n9 May 2000\t8\t8"
    swaps = exchanges_as_read(extract(text, published="2001-01-10"))
    assert {(s["date"], frozenset(s["returns"])) for s in swaps} == {
        (dt.date(2000, 4, 1), frozenset({("Serbia", 20), ("Kosovo", 25)})),
        (dt.date(2000, 5, 9), frozenset({("Serbia", 8), ("Kosovo", 8)})),
    }


def test_a_table_of_something_else_tells_no_exchange(extract) -> None:  # noqa: ANN001
    text = ("Date | Killed | Wounded | Region\n"
            "4 March | 12 | 9 | Donetsk\n"
            "19 June | 15 | 15 | Kharkiv")
    assert exchanges_as_read(extract(text, published="2022-01-10")) == []


def test_a_row_and_the_storys_telling_of_the_same_swap_are_one_exchange(extract) -> None:  # noqa: ANN001
    text = ("On 4 March Armenia and Azerbaijan swapped prisoners for the first time that year, with Georgia "
            "mediating.\n" + PEOPLES_TABLE)
    swaps = exchanges_as_read(extract(text, published="2022-01-10"))
    assert len(swaps) == 2
    [march] = [s for s in swaps if s["date"] == dt.date(2021, 3, 4)]
    assert march["returns"] == {("Armenia", 12), ("Azerbaijan", 9)}


def test_a_byline_split_by_bars_is_no_table(extract) -> None:  # noqa: ANN001
    text = ("By Ana Ruiz | Desk Weekly | 3 May 2022\n"
            "Peru and Chile swapped 14 fishermen each on Friday, with Brazil mediating.")
    [swap] = exchanges_as_read(extract(text, published="2022-05-03"))
    assert swap["parties"] == {"Chile", "Peru"}


def test_tables_of_other_things_with_sides_or_counts_tell_no_exchange(extract) -> None:  # noqa: ANN001
    for text in ("Rounds of peace talks\nRound | Date | Parties | Venue\n1 | 2 May 2022 | Chad / Sudan | Doha\n"
                 "2 | 9 May 2022 | Chad / Sudan | Doha",
                 "Bodies handed back after the swaps\nDate | Bodies returned to Chad | Bodies returned to Sudan\n"
                 "2 May | 40 | 12\n9 May | 31 | 8",
                 "Aid by year\nYear | Aid received by Chad | Aid received by Sudan\n2022 | 3.1 | 2.2\n2023 | 4.0 | 1.9",
                 "Prisoners returned by year (all swaps combined)\nYear | Chadians returned | Sudanese returned\n"
                 "2022 | 40 | 12\n2023 | 31 | 8"):
        assert exchanges_as_read(extract(text, published="2024-01-10")) == [], text


def test_a_row_where_one_side_got_nobody_back_is_a_one_way_release(extract) -> None:  # noqa: ANN001
    text = ("Detainee releases in the war\nDate | Parties | Chadians freed | Sudanese freed\n"
            "2 May 2022 | Chad / Sudan | 40 | 12\n9 May 2022 | Chad / Sudan | 31 | 0")
    swaps = exchanges_as_read(extract(text, published="2024-01-10"))
    assert [s["date"] for s in swaps] == [dt.date(2022, 5, 2)]


def test_counts_freed_by_a_side_went_to_the_other(extract) -> None:  # noqa: ANN001
    text = ("Hostage releases of the truce, March 2022\nDate | Hostages freed by Hamas | Prisoners freed by Israel\n"
            "2 March | 4 | 40\n3 March | 3 | 30")
    swaps = exchanges_as_read(extract(text, published="2024-01-10"))
    assert {(s["date"], frozenset(s["returns"])) for s in swaps} == {
        (dt.date(2022, 3, 2), frozenset({("Israel", 4), ("Hamas", 40)})),
        (dt.date(2022, 3, 3), frozenset({("Israel", 3), ("Hamas", 30)})),
    }  # and the title's year dates the rows


def test_the_rows_of_a_table_not_of_swaps_are_read_as_text(extract) -> None:  # noqa: ANN001
    text = ("Latest headlines\nWorld | 14:02 | Peru frees two Chileans after talks\n"
            "World | 13:47 | Chad and Sudan swap 40 prisoners each at the border\n"
            "Sport | 13:12 | Lima side wins the cup")
    [swap] = exchanges_as_read(extract(text, published="2024-01-10"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_columns_of_those_the_state_and_the_other_party_released_count_for_the_other_side(extract) -> None:  # noqa: ANN001
    text = ("Exchanges\n"
            "Date | Parties | Released by the state | Released by the other party | Mediator(s)\n"
            "3 March 2011 | Chad - Boko Haram | 6 fighters | 2 soldiers | Libya\n"
            "9 May 2014 | Niger - Boko Haram | c. 40 prisoners | 3 gendarmes | -\n"
            "1 June 2016 | Chad - Boko Haram | 12 fighters | 5 soldiers | Libya; ICRC")
    swaps = sorted(exchanges_as_read(extract(text, published="2024-06-01")), key=lambda s: s["date"])
    assert [(s["parties"], s["returns"]) for s in swaps] == [
        ({"Chad", "Boko Haram"}, {("Boko Haram", 6), ("Chad", 2)}),
        ({"Niger", "Boko Haram"}, {("Niger", 3)}),  # "c. 40" is no count
        ({"Chad", "Boko Haram"}, {("Boko Haram", 12), ("Chad", 5)}),
    ]
    assert swaps[2]["mediators"] == {"Libya", "International Committee of the Red Cross"}


def test_a_cell_of_a_count_in_words_beyond_one_is_no_count_of_its_first_word(extract) -> None:  # noqa: ANN001
    text = ("Exchanges\n"
            "Date | Parties | Released by the state | Released by the other party | Mediator(s)\n"
            "3 March 2011 | Chad - Boko Haram | a dozen fighters | 2 soldiers | Libya\n"
            "1 June 2016 | Chad - Boko Haram | 12 fighters | twenty five soldiers | Libya")
    swaps = sorted(exchanges_as_read(extract(text, published="2024-06-01")), key=lambda s: s["date"])
    assert [s["returns"] for s in swaps] == [{("Chad", 2)}, {("Boko Haram", 12)}]


def test_rows_that_label_their_own_cells_are_read_under_their_labels(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Earlier swaps between Armenia and Azerbaijan\n"
        "4 Mar 2021 | To Armenia: 1,027 soldiers (most of them conscripts) | To Azerbaijan: 12 | Mediator: Russia\n"
        "9 Jun 2022 | To Armenia: 15 | To Azerbaijan: 2 (both officers) | Mediator: none announced\n"
        "1 Sep 2023 | To Armenia: 40, plus a journalist | To Azerbaijan: 40 | Mediator: Georgia",
        published="2025-08-04"))
    assert [(swap["date"], swap["returns"], swap["mediators"]) for swap in swaps] == [
        (dt.date(2021, 3, 4), {("Armenia", 1027), ("Azerbaijan", 12)}, {"Russia"}),
        (dt.date(2022, 6, 9), {("Armenia", 15), ("Azerbaijan", 2)}, set()),
        (dt.date(2023, 9, 1), {("Armenia", 40), ("Azerbaijan", 40)}, {"Georgia"})]


def test_one_or_two_rows_that_label_their_own_cells_are_read_too(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Earlier swaps between Armenia and Azerbaijan\n"
        "4 Mar 2021 | To Armenia: 15 soldiers | To Azerbaijan: 12 | Mediator: Russia", published="2025-08-04"))
    assert [(swap["date"], swap["returns"]) for swap in swaps] == [
        (dt.date(2021, 3, 4), {("Armenia", 15), ("Azerbaijan", 12)})]


def test_a_table_of_who_released_and_who_received_pairs_each_count_with_its_receiver(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The table below lists every release of prisoners since 2021.\n| Date | Who released | Who received | "
        "People released | Facilitation | Type |\n| 3 May 2021 | Chad / Sudan | Sudan / Chad | 4; 9 | ICRC | Swap |\n"
        "| 9 June 2021 | Chad | Sudan | 12 | ICRC | Unilateral |\n"
        "| 1 July 2022 | Sudan / Chad | Chad / Sudan | 6; 5 | Qatar | Swap |",
        published="2024-06-12"))
    assert [(swap["date"], swap["returns"], swap["mediators"]) for swap in swaps] == [
        (dt.date(2021, 5, 3), {("Sudan", 4), ("Chad", 9)}, {"International Committee of the Red Cross"}),
        (dt.date(2022, 7, 1), {("Chad", 6), ("Sudan", 5)}, {"Qatar"})]


def test_a_word_alone_in_a_tables_cell_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("Every release of prisoners since 2021:\n| Date | Who released | Who received | Type |\n"
                    "| 3 May 2021 | Chad / Sudan | Sudan / Chad | Swap |\n| 9 June 2021 | Chad | Sudan | Unilateral |",
                    published="2024-06-12")
    assert {a.name for a in facts.actors.values()} == {"Chad", "Sudan"}
