"""Exchanges set out in a table of the text.

Data desks, fact boxes and reference pages list swaps as rows of cells split by "|" (or by
tabs), under a header row that names the columns:

    Date (2024) | Armenians returned | Azerbaijanis returned | Mediator
    4 March     | 12                 | 9                     | Georgia

Each row below the header is one exchange: its day, its sides, how many each got back and
who mediated it. Which column holds what is read from the header's words; the sides come
from a column of them ("Side A / Side B" over "Chad / Sudan") or from the columns of what
each got back ("Armenians returned", "Returned to B"; "Freed by Chad" went to the other side).
Only a table whose header or the lines before it speak of swaps or captives is read so, not
one whose title is of the dead, of one-way releases or of yearly sums; a row of totals, or one
where a side got nobody back, is no exchange. The rows of other tables are read as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from kg.extract.dates import DateMention
from kg.extract.events.returns import people_key
from kg.extract.gazetteer import gazetteer
from kg.extract.numbers import parse_count
from kg.extract.reference import References, as_state

_MIN_ROWS = 2  # a header and at least two rows of cells, all with as many cells
_LEAD_LINES = 3  # lines before a table that may tell what it lists
_TITLE_WORDS = 15  # a line of no more words right before a table is its title
_SWAP_WORDS = re.compile(r"\b(?:swap|swaps|swapped|exchanges?|exchanged|prisoners?|detainees?|hostages?|captives?|"
                         r"POWs?)\b", re.IGNORECASE)
_NOT_SWAPS = re.compile(r"\b(?:bodies|remains|one-way|unilateral|combined|by (?:year|month)|per (?:year|month)|"
                        r"annual|talks|ceasefires?)\b", re.IGNORECASE)
_DATE_HEADER = re.compile(r"\b(?:date|day|when)\b", re.IGNORECASE)
_SIDES_HEADER = re.compile(r"\b(?:sides?|parties|between)\b", re.IGNORECASE)
# "Who released | Who received": the sides, paired in order across the row ("A / B" | "B / A").
_RELEASERS_HEADER = re.compile(r"\bwho\b.*\b(?:released|freed|handed over)\b|^\W*(?:released|freed) by\W*$",
                               re.IGNORECASE)
_RECEIVERS_HEADER = re.compile(r"\bwho\b.*\b(?:received|got)\b|^\W*received by\W*$", re.IGNORECASE)
_KIND_HEADER = re.compile(r"^\W*(?:type|kind)\W*$", re.IGNORECASE)  # "Type": "Swap" or "Unilateral"
_ONE_WAY = re.compile(r"\b(?:unilateral|one-way|one way|release only|bodies|remains)\b", re.IGNORECASE)
_COUNTS_APART = re.compile(r"\s*[;/]\s*")  # "375; 681": one count for each receiver, in order
_RETURNED_HEADER = re.compile(r"\b(?:returned|received|freed|released|home|back|got|handed)\b|^\W*to\b",
                              re.IGNORECASE)  # "To Venezuela: 2", a row's own label
_LABEL = re.compile(r"(?P<label>[A-Z][\w.' -]{1,40}?)\s*:\s+")  # "To the U.S.: 7 Americans", "Mediator: Qatar"
_MEDIATOR_HEADER = re.compile(r"mediat|broker|facilitat|go-between|intermediar", re.IGNORECASE)
_RELEASED_BY = re.compile(r"\b(?:freed|released|handed over|returned|let go) by\b", re.IGNORECASE)
_SIDE_LETTER = re.compile(r"\b(?:to|by) (?:side )?([AB])\b")  # "Returned to A", "Received by side B"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TOTALS = re.compile(r"^\W*(?:grand\s+)?(?:total|totals|all|overall|sum)\b", re.IGNORECASE)
_DAYS = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")
_SIDES_APART = re.compile(r"\s+(?:/|vs\.?|v\.?|versus|–|—|-)\s+")  # "Chad / Sudan", "Chad vs Sudan", "Chad - Sudan"
_BY_THE_STATE = re.compile(r"\bby the (?:state|government)\b", re.IGNORECASE)  # "Released by the state"
_BY_THE_OTHER = re.compile(r"\bby the other (?:party|side)\b", re.IGNORECASE)
_COUNTED_CELL = re.compile(r"(?P<count>\d[\d,]*)(?:\s+[A-Za-z][\w'-]*){0,6}")  # "4 militants", "82
# Tacna fishermen"; not "c. 200 prisoners"


@dataclass
class TableRow:
    """One exchange a table tells: keys of its sides and mediators, what each side got back
    (recipient key to count), its date, and where the row lies in the text."""

    start: int
    end: int
    parties: list[str]
    mediators: list[str]
    returned: dict[str, int]
    date: DateMention | None


def exchanges_in_tables(doc: Doc, refs: References) -> list[TableRow]:
    """Every exchange the text's tables of swaps tell, row by row."""
    rows: list[TableRow] = []
    for table in _tables(doc.text):
        if _labelled(doc.text, table[0]):
            rows += _labelled_rows(doc, table, refs)
            continue
        if len(table) <= _MIN_ROWS:
            continue  # a header and fewer than two rows: no table of swaps
        header_ranges = _cells(doc.text, *table[0])
        header = [doc.text[start:end] for start, end in header_ranges]
        columns = _roles(header)
        lines = _lines_before(doc.text, table[0][0])
        if not {"returned", "sides", "receivers"} & set(columns) or not _of_swaps(lines, " ".join(header)):
            continue  # a table of something else: casualties, a league, prices, talks, yearly sums
        header_cells = [doc.char_span(s, e, alignment_mode="expand") for s, e in header_ranges]
        year = _one_year(header[columns["date"][0]] if "date" in columns else "") or _one_year(_title(lines))
        for start, end in table[1:]:
            cells = [doc.char_span(s, e, alignment_mode="expand") for s, e in _cells(doc.text, start, end)]
            if len(cells) != len(header) or _TOTALS.match(doc.text[start:end]):
                continue
            row = _row(cells, header_cells, columns, year, refs)
            if row is not None:
                rows.append(TableRow(start, end, *row))
    return rows


def _labelled(text: str, line: tuple[int, int]) -> bool:
    """Whether a table's rows label their own cells ("1 Oct 2022 | To the U.S.: 7 | To Venezuela:
    2 | Mediator: none"), two or more of them, with no header row above."""
    return sum(_LABEL.match(text[start:end]) is not None for start, end in _cells(text, *line)) >= 2


def _labelled_rows(doc: Doc, table: list[tuple[int, int]], refs: References) -> list[TableRow]:
    """The exchanges of a table whose cells carry their labels: each row is read under its own
    labels; a cell with no label that gives a day is the row's date."""
    if not _of_swaps(_lines_before(doc.text, table[0][0]), ""):
        return []
    rows = []
    for start, end in table:
        labels, values = [], []
        for cell_start, cell_end in _cells(doc.text, start, end):
            label = _LABEL.match(doc.text[cell_start:cell_end])
            split = cell_start + label.end() if label else cell_start
            labels.append(doc.char_span(cell_start, cell_start + label.end("label"), alignment_mode="expand")
                          if label else None)
            values.append(doc.char_span(split, cell_end, alignment_mode="expand"))
        words = [label.text if label is not None else "date" if _a_day_in(value) else ""
                 for label, value in zip(labels, values, strict=True)]
        row = _row(values, labels, _roles(words), None, refs)
        if row is not None:
            rows.append(TableRow(start, end, *row))
    return rows


def _a_day_in(cell: Span | None) -> bool:
    return cell is not None and any(cell.start <= d.span.start < cell.end and d.day for d in cell.doc._.dates or [])


def _lines_before(text: str, start: int) -> list[str]:
    """The non-empty lines right before a table's header, nearest first: its title, then the
    story's paragraphs that lead to it."""
    lines = [line for line in text[:start].split("\n") if line.strip()]
    return lines[::-1][:_LEAD_LINES]


def _of_swaps(lines: list[str], header: str) -> bool:
    """Whether a table counts swaps of people: the header or the lines before it speak of
    swaps or captives, and neither its title nor its header of the dead, of one-way releases or
    of sums over a time ("Returns by year (all exchanges combined)")."""
    return _SWAP_WORDS.search(" ".join([header, *lines])) is not None and \
        _NOT_SWAPS.search(f"{_title(lines)} {header}") is None


def _title(lines: list[str]) -> str:
    """The line right before a table where it is short enough to be its title, not a paragraph."""
    return lines[0] if lines and len(lines[0].split()) <= _TITLE_WORDS else ""


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive lines with the same number (three or more) of cells; a run of one or
    two lines is a table only where its rows label their own cells."""
    tables: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    width = 0
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        count = len(_cells(text, start, end))
        if count >= 3 and (not run or count == width):
            run, width = run + [(start, end)], count
            continue
        if run:
            tables.append(run)
        run, width = ([(start, end)], count) if count >= 3 else ([], 0)
    if run:
        tables.append(run)
    return tables


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The character ranges of a line's cells, split by "|" or by tabs; none for a line of
    prose (which has fewer than two splits)."""
    line = text[start:end]
    mark = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
    if mark is None:
        return []
    bounds = [start - 1] + [start + i for i, c in enumerate(line) if c == mark] + [end]
    cells = [(a + 1, b) for a, b in pairwise(bounds)]
    if line.strip().startswith(mark):
        cells = cells[1:]  # "| 3 January | 230 |": the frame, no cell
    if line.strip().endswith(mark) and not text[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return [_trimmed(text, a, b) for a, b in cells]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _roles(header: list[str]) -> dict[str, list[int]]:
    """Which columns hold the date, the sides, what a side got back and the mediators."""
    roles: dict[str, list[int]] = {}
    for index, words in enumerate(header):
        role = "mediators" if _MEDIATOR_HEADER.search(words) else "releasers" if _RELEASERS_HEADER.search(words) \
            else "receivers" if _RECEIVERS_HEADER.search(words) else "kind" if _KIND_HEADER.match(words) \
            else "returned" if _RETURNED_HEADER.search(words) \
            else "date" if _DATE_HEADER.search(words) else "sides" if _SIDES_HEADER.search(words) else None
        if role is not None:
            roles.setdefault(role, []).append(index)
    return roles


def _one_year(words: str) -> int | None:
    """ "Date (2024)", "Prisoner swaps of 2024": the one year a header or title gives the
    table's days."""
    years = set(_YEAR.findall(words))
    return int(years.pop()) if len(years) == 1 else None


def _row(cells: list[Span | None], header: list[Span | None], columns: dict[str, list[int]], year: int | None,
         refs: References) -> tuple[list[str], list[str], dict[str, int], DateMention | None] | None:
    """A row's sides, mediators, counts and date; None where it names fewer than two sides, one
    side got nobody back, or its "Type" says it went one way ("Unilateral")."""
    if "kind" in columns and _ONE_WAY.search(_text(cells[columns["kind"][0]])):
        return None
    sides_from = next((role for role in ("sides", "receivers", "releasers") if role in columns), None)
    sides = _sides(cells[columns[sides_from][0]], refs) if sides_from else []
    named = {index: _recipient(header[index], sides, refs) for index in columns.get("returned", [])}
    returned: dict[str, int] = _counted_in_order(cells, columns, sides) if sides_from == "receivers" else {}
    for index, recipient in named.items():
        if recipient is not None and _RELEASED_BY.search(header[index].text):  # "Hostages freed by Hamas": the
            others = [key for key in named.values() if key not in (None, recipient)]  # other side got them
            recipient = others[0] if len(others) == 1 else None
        count = _count_in(cells[index].text) if cells[index] is not None else None
        if recipient is not None and count is not None:
            returned[recipient] = count
    if 0 in returned.values():
        return None  # "104 | 0": a one-way release
    parties = [key for side in sides for key in side] or [key for key in named.values() if key]
    parties = list(dict.fromkeys(parties))
    if len(parties) < 2:
        return None
    mediators = [key for index in columns.get("mediators", []) for key in _keys_in(cells[index], refs)
                 if key not in parties]
    date = _date_in(cells[columns["date"][0]], year) if "date" in columns else None
    return parties, list(dict.fromkeys(mediators)), returned, date


def _text(cell: Span | None) -> str:
    return cell.text if cell is not None else ""


def _counted_in_order(cells: list[Span | None], columns: dict[str, list[int]],
                      sides: list[list[str]]) -> dict[str, int]:
    """ "Saudi Arabia / Houthis" received "1 Saudi; 7 Yemenis": each count goes to the receiver
    in its place, where each receiver is one actor and the cell counts as many."""
    counts = [_count_in(part) for index in columns.get("returned", [])[:1]
              for part in _COUNTS_APART.split(_text(cells[index]))]
    if len(counts) != len(sides) or None in counts or any(len(side) != 1 for side in sides):
        return {}
    return {side[0]: count for side, count in zip(sides, counts, strict=True) if count is not None}


def _sides(cell: Span | None, refs: References) -> list[list[str]]:
    """ "Chad / Sudan", "US, Germany / Russia": the actors on each side of the cell's split."""
    if cell is None:
        return []
    start = cell.start_char
    sides, position = [], start
    for match in [*_SIDES_APART.finditer(cell.text), None]:
        end = start + match.start() if match else cell.end_char
        sides.append(_keys_in(cell.doc.char_span(position, end, alignment_mode="expand"), refs))
        position = start + match.end() if match else end
    return sides if len(sides) == 2 else []


def _recipient(header: Span | None, sides: list[list[str]], refs: References) -> str | None:
    """Whom a column of what was got back counts for: the side its header names ("Returned
    to B", the second of the sides column's), the state it names ("Received by Chad") or
    whose people it names ("Armenians returned")."""
    if header is None:
        return None
    letter = _SIDE_LETTER.search(header.text)
    if letter:
        side = sides["AB".index(letter[1])] if len(sides) == 2 else []
        return side[0] if len(side) == 1 else None
    if _BY_THE_STATE.search(header.text) or _BY_THE_OTHER.search(header.text):
        states = [side for side in sides if len(side) == 1 and refs.actors[side[0]].kind == "Country"]
        if len(sides) != 2 or len(states) != 1:
            return None
        other = next(side for side in sides if side is not states[0])
        return states[0][0] if _BY_THE_STATE.search(header.text) else other[0] if len(other) == 1 else None
    named = _keys_in(header, refs)
    return named[0] if len(named) == 1 else None


def _count_in(cell: str) -> int | None:
    """The count of a cell: "230", "4 militants", "82 Tacna fishermen"; none of "c. 200
    prisoners" or "Eritrean prisoners of war"."""
    words = re.split(r"\s*(?:[(;]|,\s)", re.sub(r"[*†‡]+", "", cell).strip())[0]  # "7 Americans (five ...), plus X"
    counted = _COUNTED_CELL.fullmatch(words)
    return parse_count(counted["count"]) if counted else parse_count(words)


def _keys_in(span: Span | None, refs: References) -> list[str]:
    """The actors a cell names, as states where they are governments ("the Swiss government"),
    or else the states of the peoples it names ("Yemeni govt")."""
    if span is None:
        return []
    keys = [as_state(m.key, refs) for m in refs.mentions if span.start <= m.span.start and m.span.end <= span.end
            and not (refs.actors[m.key].kind == "Person" and refs.actors[m.key].name not in span.text)]  # not
    # "Chad" of a "Chad - Boko Haram" the NER took for a person's name
    if not keys and (country := gazetteer().country(span.text)):  # "Chad" of "Chad - Boko Haram", which the NER
        keys = [refs.country(country.code)]  # read as one name across the cell's split
    if not keys and (group := gazetteer().organization(span.text)) and f"Organization:{group}" in refs.actors:
        keys = [f"Organization:{group}"]
    keys = keys or [people_key(country.code, refs) for token in span if (country := gazetteer().demonym_at(token))]
    fought = {gazetteer().organization_country(a.name) for a in refs.actors.values()} - {None}
    governments = [a.key for a in refs.actors.values() if a.part_of and a.name.startswith("Government of")
                   and refs.actors[a.part_of].country_code in fought]
    if not keys and span[0].lower_ in ("government", "govt") and len(governments) == 1:
        keys = governments  # "Government and coalition": the one government the story names, of a state
        # an armed group it names fights in
    return [key for key in dict.fromkeys(keys) if key]


def _date_in(cell: Span | None, year: int | None) -> DateMention | None:
    """The day a cell gives, in the header's year where the cell gives none ("3 January"
    under "Date (2024)")."""
    if cell is None or _DAYS.search(cell.text):
        return None  # "14-16 Apr": a span of days, no one day
    date = next((d for d in cell.doc._.dates or [] if cell.start <= d.span.start < cell.end), None)
    if date is None or date.day is None or year is None or _YEAR.search(date.span.text):
        return date
    try:
        return DateMention(date.span, date.day.replace(year=year))
    except ValueError:  # 29 February in another year
        return None

