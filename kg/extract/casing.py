"""A line written all in capitals, as a wire's flash is ("11:05 — SWAP COMPLETED AT THE BORDER;
QATAR THANKS BOTH SIDES"), rewritten in the case of ordinary prose before it is parsed: the
model reads names by their capitals, and in a line of capitals every word looks like a name.

Each word takes the case the rest of the document writes it in ("Qatar", "swap"); a word the
document writes nowhere else takes the gazetteer's case ("UAE", "Red Cross"), stays in lower
case if it is an English word, and is read as a name if it is not ("Damari"). Only the case of
letters changes, never their number, so every offset into the document stays valid.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from kg.extract.gazetteer import gazetteer
from kg.extract.names import given_name

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?;:\u2014]\s*$")  # before a word whose capital is the sentence's
_SENTENCE_BREAK = re.compile(r"[.!?]")  # between two words of a line: the second opens a sentence
_BEFORE_A_MONTH = {"in", "since", "until", "by", "of", "from", "early", "late", "mid", "last", "next", "this"}
_BEFORE_A_VERB = {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "did"}
_CONTRACTIONS = {"s", "ll", "ve", "re", "d", "t", "m"}  # "WE'LL", "DON'T": no name after the apostrophe
_CALENDAR_NAMES = {*(name.lower() for name in calendar.month_name[1:] if name != "May"),
                   *(name.lower() for name in calendar.day_name)}


def english_words(nlp: Language) -> Callable[[str], bool]:
    """Whether a word in lower case is English, by the model's own word lists: a stop word
    ("and"), a word its lemmatizer's index lists, an exception it knows, or one its suffix rules
    bring back to a word of the index ("coffins" to "coffin"). Without a lemmatizer every word
    counts as English."""
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word: True
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = set(STOP_WORDS).union(*lookups.get_table("lemma_index").values())
    index |= set().union(*(table.keys() for table in lookups.get_table("lemma_exc").values()))
    rules = [(old, new) for table in lookups.get_table("lemma_rules").values() for old, new in table if old]

    @lru_cache(maxsize=1 << 14)
    def is_english(word: str) -> bool:
        return word in index or any(word.endswith(old) and word[: -len(old)] + new in index for old, new in rules)

    return is_english


def in_capitals(line: str, least: int = 12) -> bool:
    """Whether a line of `least` letters or more is written in capitals (nine in ten or more),
    but for what it adds in brackets at its end ("SWAPS BROKERED BY QATAR (as
    reported)")."""
    line = _BRACKETED.sub("", line)
    letters = sum(map(str.isalpha, line))
    return letters >= least and sum(map(str.isupper, line)) > 0.9 * letters


_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


def recase_capitals(text: str, is_english: Callable[[str], bool]) -> str:
    """The text with its lines of capitals in the case of prose; other lines as they are."""
    lines = text.split("\n")
    shouted = {i for i, line in enumerate(lines) if in_capitals(line, least=6)}
    lines = [line if i in shouted else _names_in_capitals(line, is_english) for i, line in enumerate(lines)]
    if not shouted:
        return "\n".join(lines)
    casing = _document_casing(line for i, line in enumerate(lines) if i not in shouted)
    for i in shouted:
        lines[i] = _recased(lines[i], casing, is_english)
    return "\n".join(lines)


# two or more words in capitals inside a line of prose: "HAILE MENKERIOS, the Special Envoy, said"
_NAME_IN_CAPITALS = re.compile(r"\b[A-Z][A-Z'\u2019-]+(?:[ ][A-Z][A-Z'\u2019-]+)+\b")


def _names_in_capitals(line: str, is_english: Callable[[str], bool]) -> str:
    """A line of prose with the names it writes in capitals, as the records of meetings do
    ("FRANCIS MADING DENG (South Sudan) said"), in the case of names; not acronyms the gazetteer
    knows ("UN OCHA") nor a run of English words ("US ARMY")."""
    def recase(match: re.Match) -> str:
        words = match[0].split(" ")
        acronyms = any(_single_word_names().get(w.lower(), "").isupper() for w in words)
        return match[0] if acronyms or all(is_english(w.lower()) for w in words) else match[0].title()
    return _NAME_IN_CAPITALS.sub(recase, line)


def _words(line: str) -> Iterator[tuple[re.Match, str]]:
    """Each word of a line with the text between it and the word before (the line's start
    before the first word)."""
    end = 0
    for match in _WORD.finditer(line):
        yield match, line[end : match.start()]
        end = match.end()


def _document_casing(lines: Iterable[str]) -> dict[str, str]:
    """How the document writes each word where case tells something: not a line's or a
    sentence's first word, whose capital is the sentence's, nor a long word in a heading's
    capitals. The commonest way wins ("Hamas", "release", "GMT")."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        for index, (match, before) in enumerate(_words(line)):
            word = match[0]
            if index and not _SENTENCE_END.search(before) and \
                    not (word.isupper() and len(word) > 5):  # an acronym, not a heading's word
                seen[word.lower()][word] += 1
    return {word: ways.most_common(1)[0][0] for word, ways in seen.items()}


def _recased(line: str, casing: dict[str, str], is_english: Callable[[str], bool]) -> str:
    """One line of capitals in the case of prose: each word as `_word_case` has it, or as its
    neighbours tell (`_in_context`), capitalised where it opens a sentence, and its names'
    phrases in the gazetteer's case."""
    recased, end, previous = [], 0, ""
    for index, (match, before) in enumerate(_words(line)):
        word = _in_context(_word_case(match[0], casing, is_english), previous, before, line[match.end() :])
        if index == 0 or _SENTENCE_BREAK.search(before):
            word = word[0].upper() + word[1:]
        recased += [before, word]
        end, previous = match.end(), match[0].lower()
    for i in range(1, len(recased) - 2, 2):
        after_a_verb_form = i >= 3 and recased[i - 2].lower() in _BEFORE_A_VERB  # "WILL FREE SAMIR X"
        if not after_a_verb_form and _a_given_name_before_a_name(recased[i], recased[i + 1], recased[i + 2], casing):
            recased[i] = recased[i].capitalize()  # "DAVID LAMMY": "David Lammy", not "david Lammy"
    text = "".join(recased) + line[end:]
    for match in _gazetteer_phrases().finditer(text.lower()):  # the line's words each took a case of their own
        text = text[: match.start()] + _multiword_names()[match[0]] + text[match.end() :]  # ("United arab Emirates")
    return text


def _a_given_name_before_a_name(word: str, between: str, following: str, casing: dict[str, str]) -> bool:
    """ "DAVID" before "LAMMY", read as a name: a known given name that is also an English word,
    which the document writes nowhere else in lower case."""
    return word.islower() and between == " " and following[:1].isupper() and word not in STOP_WORDS and \
        word not in casing and given_name(word) in ("male", "female")


def _in_context(word: str, previous: str, before: str, after: str) -> str:
    """A word whose case its neighbours tell: an acronym spelled like a common word is the name
    where a name goes, opening a sentence or after "the", "and" or "or", before a word that is
    no pronoun's ("US OFFICIALS SAY", not "TOLD US", "WHO WAS FREED"); "WHO" only after "the",
    for "WHO BROKERED IT?" asks; "May" and "March" are the months after "in" or before a day."""
    key = word.lower()
    acronym = _single_word_names().get(key)
    following = _WORD.match(after.strip())
    where_a_name_goes = previous == "the" or key != "who" and (  # "WHO BROKERED IT?" asks
        not previous or previous in ("and", "or") or _SENTENCE_END.search(before))
    if key in STOP_WORDS and acronym and acronym.isupper() and following and \
            following[0].lower() not in STOP_WORDS - {"and", "or", "to"} and where_a_name_goes:
        return acronym
    if key in ("may", "march") and (previous in _BEFORE_A_MONTH or after[:1] == " " and after[1:2].isdigit()):
        return key.capitalize()  # "MARCH 31, 2014", not "MARCH ON KYIV"
    return word


def _word_case(word: str, casing: dict[str, str], is_english: Callable[[str], bool]) -> str:
    """The word as the document writes it, else as the gazetteer writes a name ("UAE") unless
    that is an acronym spelled like a common word ("WHO"), else in lower case if it is English
    and no month or day, else as a name. "WE'LL" and "NETANYAHU'S" end in lower case."""
    key = word.lower()
    head, apostrophe, tail = word.partition("'") if "'" in word else word.partition("\u2019")
    if apostrophe and key not in casing:
        tail = tail.lower() if tail.lower() in _CONTRACTIONS else _word_case(tail, casing, is_english)
        head = _word_case(head, casing, is_english)
        return (head.upper() if len(head) == 1 and tail[:1].isupper() else head) + apostrophe + tail  # "O'Brien"
    known = casing.get(key) or _single_word_names().get(key)
    if known and len(known) == len(word) and (key in casing or not (known.isupper() and key in STOP_WORDS)):
        return known
    if key in _CALENDAR_NAMES:
        return key.capitalize()
    return key if len(key) < 2 or is_english(key) else key.capitalize()


@lru_cache(maxsize=1)
def _gazetteer_names() -> tuple[str, ...]:
    """Every name the gazetteer knows a state, a people or an organization by."""
    gaz = gazetteer()
    names: list[str] = []
    for country in gaz.countries.values():
        names += [country.name, *country.aliases, *country.demonyms, *country.metonyms]
    for canonical, aliases in gaz.organization_aliases.items():
        names += [canonical, *aliases]
    return tuple(name for name in names if name and not name.islower())


@lru_cache(maxsize=1)
def _single_word_names() -> dict[str, str]:
    return {name.lower(): name for name in _gazetteer_names() if _WORD.fullmatch(name)}


@lru_cache(maxsize=1)
def _multiword_names() -> dict[str, str]:
    return {name.lower(): name for name in _gazetteer_names() if " " in name}


@lru_cache(maxsize=1)
def _gazetteer_phrases() -> re.Pattern:
    names = sorted(_multiword_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")
