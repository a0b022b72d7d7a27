"""Text wrapped at a fixed width is read in its paragraphs, and keeps its length."""

from __future__ import annotations

import pytest

from kg.extract.wrapping import unwrap

_WORDS = {"the", "and", "day", "on", "as", "two", "year", "war", "in", "their", "exchange", "of", "change", "ex",
          "thursday", "swapped", "prisoners", "after", "a", "truce"}


def _english(word: str) -> bool:
    return word in _WORDS


_SCAN = ("THE VALLEY COURIER\n"
         "Rebels, army swap\n"
         "prisoners in Kasai\n"
         "By Ana Mbeki\n"
         "KANANGA - The army and the\n"
         "rebels swapped 40 prisoners last Thurs-\n"
         "day after a two-\n"
         "year war, in their first ex- change\n"
         "since the truce.\n"
         "Officials said the handover at the\n"
         "bridge went well and that more\n"
         "would follow in the spring.\n")


def test_a_scanned_pages_paragraphs_are_joined_and_its_length_kept() -> None:
    text = unwrap(_SCAN, _english)
    assert len(text) == len(_SCAN)
    lines = [line.rstrip() for line in text.split("\n")]
    assert lines[:3] == ["THE VALLEY COURIER", "Rebels, army swap prisoners in Kasai", "By Ana Mbeki"]
    assert lines[3] == ("KANANGA - The army and the rebels swapped 40 prisoners last Thursday after a two-year war, "
                        "in their first exchange since the truce.")
    assert lines[4] == "Officials said the handover at the bridge went well and that more would follow in the spring."


def test_offsets_past_a_rejoined_paragraph_stay_where_they_were() -> None:
    text = unwrap(_SCAN, _english)
    assert text.index("Officials said") == _SCAN.index("Officials said")


@pytest.mark.parametrize("text", [
    "Chad and Sudan swapped 20 prisoners on Monday.\nThe Red Cross oversaw the handover.\n",
    "HOST: Where were you?\nGUEST: at the border, with the buses\nHOST: and then?\n",
    "Timeline\n2019 - first swap\n2021 - second swap\n2023 - third swap\n",
])
def test_text_in_paragraphs_lists_and_transcripts_is_left_as_it_is(text: str) -> None:
    assert unwrap(text, _english) == text
