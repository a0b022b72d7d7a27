"""Reading SPARQL text without parsing it: which keywords it uses, which form it has.

The engine's parser is the judge of what a query means; these helpers answer the two
questions that must be settled before the engine sees a query: does it ask for remote data
(`SERVICE`, `LOAD`), and is it a SELECT/ASK or a CONSTRUCT/DESCRIBE (which decides the
response's media type)? Both look only at the query's code: comments, IRIs and string
literals are blanked in one left-to-right pass, so a `#` inside an IRI or a quote inside a
comment cannot hide a keyword from the check.
"""

from __future__ import annotations

import functools
import re

# One token that is not code, tried left to right: the first that starts at a position wins,
# as in the SPARQL grammar's own tokenizer.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'  # short strings
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIs
    r"|#[^\n\r]*",  # comments
    re.S,
)
# SPARQL 1.1 §19.2: \uXXXX and \UXXXXXXXX may stand for any character, anywhere in a query.
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@functools.lru_cache(maxsize=256)
def code_only(sparql: str) -> str:
    """The query with codepoint escapes decoded and comments, IRIs and strings blanked
    (remembered: a service is asked the same queries again and again, three checks each)."""
    text = _CODEPOINT_ESCAPE.sub(lambda m: _decode_escape(m.group(1) or m.group(2)), sparql)
    return _NOT_CODE.sub(" ", text)


def mentions_keyword(sparql: str, keyword: str) -> bool:
    """Whether `keyword` occurs as a keyword: any case, not part of a name, IRI, string or
    comment. A variable (`?service`) or a prefixed name (`ex:load`) is not the keyword."""
    return _keyword(keyword).search(code_only(sparql)) is not None


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them in the query's code, or None."""
    code = code_only(sparql)
    found = [(m.start(), form) for form in QUERY_FORMS if (m := _keyword(form).search(code))]
    return min(found)[1] if found else None


@functools.cache
def _keyword(keyword: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w?$:\-]){keyword}(?![\w\-:])", re.I)


def _decode_escape(hex_digits: str) -> str:
    codepoint = int(hex_digits, 16)
    return chr(codepoint) if codepoint <= 0x10FFFF else " "
