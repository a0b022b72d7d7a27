"""Counts of people as news writes them: "230", "1,027", "two hundred and six", "a hundred".

Vague amounts ("hundreds", "dozens", "nearly 900") are not counts: they return None.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"hundreds", "dozens", "thousands", "scores", "several", "many", "some", "few",
         "nearly", "about", "around", "almost", "roughly", "approximately", "over", "more",
         "less", "fewer", "up", "least", "most", "million", "millions"}


def parse_count(text: str) -> int | None:
    """The exact number `text` states, or None when it is vague or not a number."""
    words = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text.lower()).replace("-", " ").split()
    words = [w for w in words if w not in ("and", "the")]
    if not words or any(w in VAGUE for w in words[:-1]) or words[-1] in VAGUE - {"million"}:
        return None
    if len(words) == 1 and words[0].isdecimal():
        return int(words[0])
    return _parse_words(words)


def _parse_words(words: list[str]) -> int | None:
    total = current = 0
    seen = False
    for word in words:
        if word.isdecimal():
            current += int(word)
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None
