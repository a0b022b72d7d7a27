"""Text broken into lines of a fixed width, as a scanned page or a plain-text feed is, joined
back into its paragraphs before it is parsed: kg reads a line as a paragraph, and a sentence
cut over five lines ("... on Wednes-" / "day night, when both armies" / ...) is no
sentence to the parser.

Only a document most of whose line breaks fall inside sentences is rejoined, and there only
where a line runs on: not after a sentence's end, nor into a byline, a dateline or a line of
capitals. A word split at a hyphen is joined up where it makes one word ("Wednes-day") and
keeps its hyphen where it is two ("two-year"). Spaces at the paragraph's end take the place of
what is dropped, so the document keeps its length and every offset past the paragraph stays
valid; inside it, the words after a split word move back by a character or two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.casing import in_capitals

_ENDS_A_SENTENCE = re.compile(r"[.!?:;][\"\u201d\u2019)]?\s*$")  # not 'called it "a humanitarian act"' going on
_OPENS_ITS_OWN = re.compile(r"By\s|[A-Z][A-Z.'\u2019 -]{2,}(?:\s[-\u2013\u2014]|:)")  # a byline, "MEKELLE -", "HOST:"
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SPLIT_WORD = re.compile(r"([^\W\d_]+)-$")
_SPLIT_IN_LINE = re.compile(r"\b([^\W\d_]+)- ([a-z]+)\b")


def unwrap(text: str, is_english: Callable[[str], bool]) -> str:
    """The text with the line breaks inside its paragraphs made spaces, if it is wrapped."""
    lines = text.split("\n")
    if not _wrapped(lines):
        return text
    short = [_split_words_joined(line, is_english) for line in lines]
    joined, dropped = short[0], len(lines[0]) - len(short[0])  # characters dropped in the paragraph, given back
    for before, line, original in zip(short, short[1:], lines[1:], strict=False):  # as spaces at its end
        if not _runs_on(before, line):
            joined += " " * dropped + "\n" + line
            dropped = len(original) - len(line)
            continue
        dropped += len(original) - len(line)
        split, first = _SPLIT_WORD.search(before), _FIRST_WORD.match(line)
        if split and first and line[0].islower() and (
                is_english((split[1] + first[0]).lower()) or
                not (is_english(split[1].lower()) and is_english(first[0].lower()))):
            joined, dropped = joined[:-1] + line, dropped + 2  # "Wednes-" "day": "Wednesday"
        elif split and first and line[0].islower():
            joined, dropped = joined + line, dropped + 1  # "two-" "year": "two-year"
        else:
            joined += " " + line
    return joined + " " * dropped


def _split_words_joined(line: str, is_english: Callable[[str], bool]) -> str:
    """The line with a word a scan left split inside it joined up ("a long ex- change of fire"),
    where the two halves make a word."""
    return _SPLIT_IN_LINE.sub(lambda m: m[1] + m[2] if is_english((m[1] + m[2]).lower()) else m[0], line)


def _wrapped(lines: list[str]) -> bool:
    """Whether the line breaks fall inside sentences often: a line that ends without a stop
    followed by one that goes on in lower case, five times or more and in a fifth of the lines."""
    running_on = sum(1 for before, line in zip(lines, lines[1:], strict=False)
                     if before.strip() and not _ENDS_A_SENTENCE.search(before) and line[:1].islower())
    return running_on >= 5 and running_on >= 0.2 * sum(1 for line in lines if line.strip())


def _runs_on(before: str, line: str) -> bool:
    """Whether `line` goes on with the sentence `before` left open."""
    if not any(c.isalpha() for c in before) or not any(c.isalpha() for c in line):
        return False  # "-----", "7", an empty line
    if _ENDS_A_SENTENCE.search(before) or _OPENS_ITS_OWN.match(line.lstrip()):
        return False
    return not (in_capitals(before, least=2) or in_capitals(line, least=2))
