"""A line written all in capitals, as a wire's flash is ("11:05 — SWAP COMPLETED AT THE BORDER;
QATAR THANKS BOTH SIDES"), rewritten in the case of ordinary prose before it is parsed: the
model reads names by their capitals, and in a line of capitals every word looks like a name.

Each word takes the case the rest of the document writes it in ("Qatar", "swap"); a word the
document writes nowhere else takes the gazetteer's case ("UAE", "Red Cross"), stays in lower
case if it is an English word, and is read as a name if it is not ("Damari"). Only the case of
letters changes, never their number, so every offset into the document stays valid.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.language import Language

from kg.extract.gazetteer import gazetteer

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?;:\u2014]\s*$")


def english_words(nlp: Language) -> Callable[[str], bool]:
    """Whether a word in lower case is English, by the model's own word lists: a stop word
    ("and"), a word its lemmatizer's index lists, an exception it knows, or one its suffix rules
    bring back to a word of the index ("coffins" to "coffin"). Without a lemmatizer every word
    counts as English."""
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word: True
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = set(nlp.Defaults.stop_words).union(*lookups.get_table("lemma_index").values())
    index |= set().union(*(table.keys() for table in lookups.get_table("lemma_exc").values()))
    rules = [(old, new) for table in lookups.get_table("lemma_rules").values() for old, new in table if old]

    @lru_cache(maxsize=1 << 14)
    def is_english(word: str) -> bool:
        return word in index or any(word.endswith(old) and word[: -len(old)] + new in index for old, new in rules)

    return is_english


def in_capitals(line: str, least: int = 12) -> bool:
    """Whether a line of `least` letters or more is written in capitals (nine in ten or more)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= least and sum(c.isupper() for c in letters) / len(letters) > 0.9


def recase_capitals(text: str, is_english: Callable[[str], bool]) -> str:
    """The text with its lines of capitals in the case of prose; other lines as they are."""
    lines = text.split("\n")
    shouted = {i for i, line in enumerate(lines) if in_capitals(line)}
    if not shouted:
        return text
    casing = _document_casing(line for i, line in enumerate(lines) if i not in shouted)
    for i in shouted:
        lines[i] = _recased(lines[i], casing, is_english)
    return "\n".join(lines)


def _document_casing(lines: Iterable[str]) -> dict[str, str]:
    """How the document writes each word where case tells something: not a sentence's first
    word, whose capital is the sentence's, nor a long word in a heading's capitals. The
    commonest way wins ("Hamas", "release", "GMT")."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        for match in _WORD.finditer(line):
            word = match[0]
            if match.start() > 0 and not _SENTENCE_END.search(line[: match.start()]) and \
                    not (word.isupper() and len(word) > 5):  # an acronym, not a heading's word
                seen[word.lower()][word] += 1
    return {word: ways.most_common(1)[0][0] for word, ways in seen.items()}


def _recased(line: str, casing: dict[str, str], is_english: Callable[[str], bool]) -> str:
    """One line of capitals in the case of prose, its names' phrases in the gazetteer's case."""
    recased = _WORD.sub(lambda match: _word_case(match[0], casing, is_english), line)
    for match in _gazetteer_phrases().finditer(recased.lower()):
        if recased[match.start() : match.end()].islower():  # the document did not say otherwise
            recased = recased[: match.start()] + _multiword_names()[match[0]] + recased[match.end() :]
    first = _WORD.search(recased)  # the line's first word opens a sentence
    if first is None:
        return recased
    return recased[: first.start()] + recased[first.start()].upper() + recased[first.start() + 1 :]


def _word_case(word: str, casing: dict[str, str], is_english: Callable[[str], bool]) -> str:
    """The word as the document writes it, else as the gazetteer writes a name ("UAE") unless
    that is an acronym spelled like a common word ("WHO"), else in lower case if it is English,
    else as a name."""
    key = word.lower()
    known = casing.get(key) or _single_word_names().get(key)
    if known and len(known) == len(word) and (key in casing or not (known.isupper() and is_english(key))):
        return known
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
