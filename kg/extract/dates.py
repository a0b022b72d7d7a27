"""kg_dates: date expressions resolved against the document's publication date.

"on Wednesday" is the most recent Wednesday on or before publication; "a week ago", "two
days ago" and "the day before yesterday" count back from it; "Jan. 24" takes the publication
year (the year before when that would be in the future), "on the 14th" the month's (the
month before's when that would be); "two days later", "the next day"
and "the same day" count on from the last day named before them; "last month", "October
2011" and "in April" (the last April up to publication) are known only to the month, and
stay without a day. Unknown stays unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.events.vocabulary import CAPTURING, TRIGGER_NOUNS, TRIGGER_VERBS
from kg.extract.extensions import doc_text
from kg.extract.numbers import parse_count

_SAYING = {"say", "tell", "add", "announce", "note", "report", "state", "claim", "insist", "confirm", "believe",
           "think", "know", "learn", "hear", "write", "explain", "warn", "agree", "hope", "fear", "feel"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKS = ["first", "second", "third", "fourth"]
# "the last Sunday of May", "the first Monday in March 2019"
_NTH_WEEKDAY = re.compile(r"\b(?P<nth>" + "|".join(_WEEKS) + r"|last) (?P<weekday>" + "|".join(WEEKDAYS) +
                          r") (?:of|in) " + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?")


_LATER = re.compile(r"\b(?:(?P<amount>\w+) (?P<unit>day|week)s? later|the (?P<next>next|following) day"
                    r"|(?P<same>hours (?:earlier|later)"
                    r"|(?:the same|that(?: same)?) (?:day|morning|afternoon|evening|night)))\b")

_YEARS_AWAY = re.compile(r"\b(?P<amount>\w+) years (?P<way>earlier|later)\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_NAMES_A_MONTH = re.compile(r"\b" + _MONTH + r"(?!\w)")
_BEGINNINGS = {"bear", "capture", "detain", "arrest", "abduct", "kidnap", "seize", "date", "jail", "imprison", "hold"}
# "9 February 2021", "February 9, 2021": a day however the NER labelled it.
MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"  # "May", "Sept."
_SPELLED_OUT_DAY = re.compile(rf"(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}},?)\s+(?:1[89]|20)\d{{2}}",
                              re.IGNORECASE)
# "on the 14th", "the 20th of this (or the current) month", "the 3rd of last month"
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_DAYS = {word: i + 1 for i, word in enumerate(_UNITS + [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"])} | {f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)} | {
    "thirtieth": 30, "thirty-first": 31}
_SPELLED_DAY = re.compile(r"\bthe (" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")\b")
_DAY_ONLY = re.compile(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)"
                       r"(?:\s+of\s+(?:the\s+)?(this|current|last|previous)\s+month)?")


@dataclass
class DateMention:
    """A date expression in the text: its exact day when known, else its month or year."""

    span: Span
    day: dt.date | None
    month: tuple[int, int] | None = None  # (year, month) when only the month is known
    relative_past: bool = False  # "last month", "last year": an earlier time than the news
    year: int | None = None  # when only the year is known: "in 2011"

    @property
    def known_year(self) -> int | None:
        """The year, however precisely the date is known."""
        return self.day.year if self.day else self.month[0] if self.month else self.year


_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")  # "24.11.2023", "3.5.2024"
CLOCK = re.compile(r"\d{1,2}:\d{2}")  # a time of day: "19:41"
_RANGE_MARKS = ("\u2013", "\u2014", "-", "to")  # "12 March – 2 April 1962"
_RELATIVE_YEAR = re.compile(r"\b(?:last|this|next) year\b")  # "9 November last year"

def resolve(text: str, published: dt.date | None) -> DateMention | None:
    """Resolve one date expression; None when it names no point in time."""
    low = _digits_for_days(text.lower().replace("\u2019", "'"))
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]))
    dotted = _DOTTED.search(low)
    if dotted:  # "24.11.2023": day, month, year, as Europe writes them
        return _day(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    nth = _NTH_WEEKDAY.search(text.lower())  # before "the first" becomes "the 1th" in `low`
    if nth:
        return _nth_weekday(nth, published)
    md = re.search(_MONTH + r"\s+(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?", low)
    dm = re.search(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH +
                   r"(?:,?\s+(?P<year>\d{4}))?", low)
    match = md or dm
    if match:
        found = _month_day(match, published)
        which = re.search(r"\b(last|this) year\b", low)
        if which and published and found and found.day and not match["year"]:  # "on 26 May last year"
            found = _day(published.year - (which[1] == "last"), found.day.month, found.day.day)
        return found
    day_only = _DAY_ONLY.fullmatch(low.strip())
    if day_only and published:  # "on the 14th": that day of this month, else of the month before
        return _last_day_numbered(int(day_only[1]), published, day_only[2])
    my = re.search(_MONTH + r"(?:\s+of)?\s+(?P<year>\d{4})", low)
    if my:
        return DateMention(None, None, (int(my["year"]), MONTHS[my["month"]]))
    this_year = re.fullmatch(r"(?:(?:early|late|mid)[\s-]+)?" + _MONTH + r"\s+(?P<which>this|last) year", low.strip())
    if this_year and published:  # "January this year", "in May last year"
        year = published.year - (this_year["which"] == "last")
        return DateMention(None, None, (year, MONTHS[this_year["month"]]))
    last_named = re.fullmatch(r"(?:in\s+)?last\s+" + _MONTH, low.strip())
    if last_named and published:  # "last November": the one before this month
        month = MONTHS[last_named["month"]]
        return DateMention(None, None, (published.year - (month >= published.month), month))
    month_only = re.fullmatch(r"(?:(?:early|late|mid)[\s-]+)?" + _MONTH, low.strip())
    if month_only and published:  # "in April": the last April up to publication
        month = MONTHS[month_only["month"]]
        return DateMention(None, None, (published.year - (month > published.month), month))
    this_day = re.fullmatch(r"this day in (\d{4})", low.strip())
    if this_day and published:  # "On this day in 1983": the day and month of publication, in that year
        return _day(int(this_day[1]), published.month, published.day) or DateMention(None, None, year=int(this_day[1]))
    ago = re.search(r"\b([\w-]+) (day|week|month|year|decade)s? ago\b", low)
    amount = parse_count(ago[1]) if ago else None
    unit = ago[2] if ago else None
    if amount and unit == "decade":  # "a decade ago today": ten years; "half a decade ago": five
        amount, unit = (5 if re.search(r"\bhalf an? decade", low) else amount * 10), "year"
    for index, weekday in enumerate(WEEKDAYS):
        if re.search(rf"\b{weekday}\b", low) and published:
            back = (published.weekday() - index) % 7
            if "last " + weekday in low or weekday + " last" in low:  # "on Sunday last"
                back = back or 7
            if re.search(r"\blast week\b", low):  # "Tuesday of last week": in the week before this one
                back = published.weekday() + 7 - index
            day = published - dt.timedelta(days=back)
            if amount and unit == "year":  # "fifteen years ago on Wednesday": this Wednesday's date that year
                return _day(day.year - amount, day.month, day.day) or DateMention(None, None, year=day.year - amount)
            return DateMention(None, day)
    if published and amount and unit in ("day", "week"):  # "a week ago today"
        return DateMention(None, published - dt.timedelta(days=amount * (7 if unit == "week" else 1)))
    if published and amount:  # "ten years ago today" is a day; "two months ago" a month, "ten years ago" a year
        months = published.year * 12 + published.month - 1 - amount * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        if re.search(r"\bago today\b|\bthis day\b", low):  # "this day 40 years ago"
            return _day(year, month + 1, published.day) or DateMention(None, None, (year, month + 1))
        return DateMention(None, None, (year, month + 1)) if unit == "month" else DateMention(None, None, year=year)
    if published and re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return DateMention(None, published)
    if published and re.search(r"(?<!the )\blast night\b(?! of)", low):  # the evening before the morning's news;
        # not "the last night of Ramadan"
        return DateMention(None, published - dt.timedelta(days=1))
    if published and re.search(r"\byesterday\b", low):  # "the day before yesterday": two days back
        back = 2 if re.search(r"\bday before yesterday\b", low) else 1
        return DateMention(None, published - dt.timedelta(days=back))
    if published and re.search(r"\blast month\b", low):
        first = published.replace(day=1) - dt.timedelta(days=1)
        return DateMention(None, None, (first.year, first.month), relative_past=True)
    if re.search(r"\blast (year|week|autumn|spring|summer|winter)\b", low):
        return DateMention(None, None, None, relative_past=True)
    year_only = re.fullmatch(r"(?:in\s+)?(?:(?:the\s+)?(?:early|late|mid)?[\s-]*(?:spring|summer|autumn|fall|winter)"
                             r"(?:\s+of)?\s+)?((?:1[89]|20)\d{2})", low.strip())
    if year_only:  # "in 2011": no day, but not the year of another event
        return DateMention(None, None, year=int(year_only[1]))
    return None


def _nth_weekday(match: re.Match, published: dt.date | None) -> DateMention | None:
    """ "the last Sunday of May", "the first Monday in March 2019": that weekday of the month,
    in the year given, else in the last such month up to publication."""
    month = MONTHS[match["month"]]
    if match["year"]:
        year = int(match["year"])
    elif published:
        year = published.year - (month > published.month)
    else:
        return None
    weekday = WEEKDAYS.index(match["weekday"])
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    nth = -1 if match["nth"] == "last" else _WEEKS.index(match["nth"])
    return _day(year, month, days[nth])


def _day(year: int, month: int, day: int) -> DateMention | None:
    try:
        return DateMention(None, dt.date(year, month, day))
    except ValueError:
        return None


def _digits_for_days(text: str) -> str:
    """ "on the nineteenth" as "on the 19th", so that spelled days read as written ones."""
    return _SPELLED_DAY.sub(lambda m: f"the {_ORDINAL_DAYS[m[1]]}th", text)


def _last_day_numbered(day: int, published: dt.date, month: str | None = None) -> DateMention | None:
    """The `day` of this `month` ("this", "last"), else of the last month that has had it."""
    this_month = published.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    months = {"this": [this_month], "current": [this_month], "last": [last_month], "previous": [last_month]}.get(
        month or "", [this_month, last_month])
    for first in months:
        found = _day(first.year, first.month, day)
        if found and found.day <= published:
            return found
    return None


def _month_day(match: re.Match, published: dt.date | None) -> DateMention | None:
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return _day(int(match["year"]), month, day)
    if not published:
        return DateMention(None, None)
    found = _day(published.year, month, day)
    if found and found.day and found.day > published:
        found = _day(published.year - 1, month, day)
    return found


HEADING_MARKS = {":", "\u2014", "\u2013", "--"}  # what ends the date a heading opens with


def _without_a_count(span: Span) -> Span:
    """ "Last week 12 prisoners were freed", "In January six Pakistani fishermen were freed": the
    NER's date ends before the number that counts the people after it (a day after a month is
    written in digits or as an ordinal)."""
    last = span[-1]
    after = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    counts = len(span) > 1 and last.like_num and after is not None and (
        after.tag_ == "NNS" or last.is_alpha and after.tag_ in ("JJ", "NNP", "NNPS"))
    on_the_day = span.start > 0 and span.doc[span.start - 1].lower_ == "on"  # "On June first Colombian troops"
    return span[:-1] if counts and not span[-2].like_num and (span[-2].lower_ not in MONTHS or last.is_alpha
                                                                and not on_the_day) else span


def _without_a_name_after(span: Span) -> Span:
    """ "In March Pakistan freed 20 fishermen": the NER reads on from a month or a weekday into
    the name after it ("March Pakistan"); the date ends before the name (but "May Day" is a day)."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].pos_ == "PROPN" and span.doc[end - 2].lower_ in _CALENDAR and \
            span.doc[end - 1].lower_ not in _CALENDAR | {"day", "eve"}:
        end -= 1
    return span.doc[span.start : end] if end < span.end else span


_CALENDAR = set(MONTHS) | set(WEEKDAYS)


class DateResolver:
    """Resolves every DATE entity (and weekday names the NER missed) in a document."""

    def __init__(self, nlp: Language, name: str = "kg_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        found: list[DateMention] = []
        covered: set[int] = set()
        heading_year: int | None = None  # of the timeline entry being read: "December 2014 - Cuba"
        latest = published  # the last day a date under the heading can be: a live blog's heading is later
        for ent in sorted([*doc.ents, *_days_the_ner_missed(doc)], key=lambda e: e.start):
            if ent.start in covered:
                continue  # the "today" of "Ten years ago today", read with it
            if ent.label_ in ("DATE", "TIME") or _SPELLED_OUT_DAY.fullmatch(ent.text):  # not an "EVENT"
                ent = _anniversary(_with_today_after(_with_last_after(_with_year_after(_with_day_before(
                    _without_a_count(_without_a_name_after(ent)))))))
                year = _YEAR.search(ent.text)
                if _opens_line(ent) and (year or _NAMES_A_MONTH.search(ent.text.lower())):  # not "Two days
                    heading_year = int(year[0]) if year else None  # earlier, ...", which stays in the entry
                mentions = self._in_month_named(ent, found) or self._that_weekday(ent, found) or \
                    self._resolve(ent, published) or self._later(ent, found)
                if _opens_line(ent):
                    days = [m.day for m in mentions if m.day]
                    latest = max([published, *days]) if published and days else published
                if not year and (that := _that_year(ent, found) or _year_of_the_month_just_told(ent, mentions, found)):
                    mentions = [_in_year(m, that) for m in mentions]  # "opened in 2022. On May 4 that year"
                elif not year and (month := _month_told_before(ent, mentions, found)):
                    mentions = [_in_year(m, month[0]) if m.day and m.day.month == month[1] else m for m in mentions]
                elif heading_year and not year and (_last_year_written(found) or heading_year) <= heading_year:
                    mentions = [_in_year(m, heading_year, latest) for m in mentions]
                elif not year and (listed := _year_of_the_list(ent)):
                    mentions = [_in_year(m, listed, latest) for m in mentions]
                elif not year and (just_told := _year_just_told(ent, found) or _day_told_again(mentions, found)):
                    mentions = [_in_year(m, just_told) for m in mentions]
                elif not year and (told := _day_told_before(ent, found)):
                    mentions = [_on_or_after(m, told) for m in mentions]
                elif not year and found and found[-1].month:  # "September 2022 ... on the 21st of September"
                    mentions = [_in_year(m, found[-1].month[0]) if m.day and m.day.month == found[-1].month[1]
                                else m for m in mentions]
                found += mentions
                covered.update(range(ent.start, ent.end))
        for token in doc:
            if token.i not in covered and token.lower_ in WEEKDAYS:
                day = doc[token.i : token.i + 1]
                found += self._that_weekday(day, found) or self._resolve(day, published)
        doc._.dates = _timeline_in_order(_ranges_in_one_year(sorted(found, key=lambda d: d.span.start)))
        return doc

    @staticmethod
    def _in_month_named(span: Span, before: list[DateMention]) -> list[DateMention]:
        """ "That was in December 2023. - Yes, on the 13th.": a day of the month named in
        the sentence before or earlier in the same one."""
        day = _DAY_ONLY.fullmatch(_digits_for_days(span.text.lower().strip()))
        last = before[-1] if before else None
        if day is None or day[2] or last is None or last.span.sent.end < span.sent.start:
            return []
        year, month = last.month or ((last.day.year, last.day.month) if last.day else (None, None))
        found = _day(year, month, int(day[1])) if year else None
        if found is None:
            return []
        found.span = span
        return [found]

    @staticmethod
    def _that_weekday(span: Span, before: list[DateMention]) -> list[DateMention]:
        """ "A ceasefire began on March 2, 2024. That Saturday, four fishermen were freed": the
        weekday of the week of the last day named."""
        words = span.text.lower().split()
        opener = span[0] if len(words) == 2 else span.doc[span.start - 1] if span.start else None
        named = [d for d in before if d.day and d.span.start < span.start]
        said = opener is not None and any(t.lemma_ in _SAYING for t in opener.doc[max(opener.i - 4, 0) : opener.i])
        demonstrative = opener is not None and opener.lower_ == "that" and (
            opener.tag_ == "DT" or not said)  # "released that Wednesday", not "said (to us) that Friday was ..."
        if not demonstrative or words[-1] not in WEEKDAYS or not named:
            return []
        last = max(named, key=lambda d: d.span.start).day
        ahead = (WEEKDAYS.index(words[-1]) - last.weekday()) % 7
        return [DateMention(span, last + dt.timedelta(days=ahead))]

    @staticmethod
    def _later(span: Span, before: list[DateMention]) -> list[DateMention]:
        """ "Two days later", "a week later", "the next day", "the same day", "hours earlier",
        "forty years earlier": counted from the last day named."""
        later = _LATER.search(span.text.lower())
        days = [d.day for d in before if d.day and not (later and later["same"] and _a_days_capture(d.span, span))]
        if later is None and days:
            return _years_away(span, days[-1])
        if later is None or not days:
            return []
        amount = 0 if later["same"] else 1 if later["next"] else parse_count(later["amount"])
        if amount is None:
            return []
        step = dt.timedelta(days=amount * (7 if later["unit"] == "week" else 1))
        return [DateMention(span, days[-1] + step)]

    @staticmethod
    def _resolve(span: Span, published: dt.date | None) -> list[DateMention]:
        # The NER runs on into what follows: "Wednesday after weeks (of talks)" is Wednesday,
        # "May 31, 2014: The first deal", a timeline's heading, is May 31, 2014.
        cut = next((t.i for t in span[1:] if t.text in HEADING_MARKS or _spaced_hyphen(t) or (
                    t.lower_ in ("after", "before", "since", "until")
                    and "yesterday" not in span.doc[t.i : t.i + 2].text.lower())
                    or t.like_num and (t.dep_ == "nummod" and t.head.i >= span.end and not _a_year(t)
                                       or _no_day_nor_year(t) or _people_after_a_weekday(t))),
                   span.end)  # "On Saturday 307 soldiers came home": the count of the people after it
        whole, span = span, span.doc[span.start : cut]
        if _in_a_title(span):
            return []
        mention = resolve(span.text, published)
        if mention is None:
            return []
        mention.span = span
        end = whole.doc[cut + 1 : whole.end] if cut < whole.end and whole.doc[cut].text in _RANGE_MARKS else None
        return [mention] + (DateResolver._resolve(end, published) if end else [])  # "29 December – 5 January 1964"


def _a_days_capture(day: Span, same: Span) -> bool:
    """ "A ranger detained on May 3 was handed back the same morning": a day of the sentence
    (or of the one before: "X, who had been seized on May 2, 2009, ... Earlier that day ...")
    that tells when someone was taken, which "the same day" after it does not count from."""
    clause = next((t for t in day.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    taken = clause.doc[clause.i : day.start] if clause is not None else []  # not "abducted on October 7 on
    before = same.sent.start > 0 and same.doc[same.sent.start - 1].sent == day.sent
    return (day.sent == same.sent or before) and clause is not None and clause.lemma_ in CAPTURING and \
        clause.dep_ in ("acl", "relcl") and not any(t.ent_type_ == "DATE" for t in taken)  # the morning of 8
    # February", which the parser hangs on the capture


def _no_day_nor_year(token: Token) -> bool:
    """ "307" of "Friday 307", which can be neither a day of the month nor a year."""
    return token.is_digit and not (1 <= int(token.text) <= 31 or _a_year(token))


def _people_after_a_weekday(token: Token) -> bool:
    """ "17" of "On Friday 17 Indian fishermen came home": a count of the people after a weekday,
    where no month follows (not "Friday 17 May")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_digit and token.i > 0 and token.doc[token.i - 1].lower_ in WEEKDAYS and after is not None and \
        after.is_alpha and after.lower_.rstrip(".") not in MONTHS and after.lower_ not in _AFTER_A_DAY


_AFTER_A_DAY = {"st", "nd", "rd", "th", "at", "in", "on", "of", "and", "or", "to", "from", "until", "by", "this",
                "next", "last"}


def _a_year(token: Token) -> bool:
    """ "2008" of "the August 19, 2008 swap"."""
    return token.is_digit and 1000 <= int(token.text) <= 2100


def _years_away(span: Span, day: dt.date) -> list[DateMention]:
    """ "Forty years earlier": that year, counted from the last day named; "forty years earlier,
    almost to the hour" (or "to the day"): that very day."""
    away = _YEARS_AWAY.search(span.text.lower())
    amount = parse_count(away["amount"]) if away else None
    if not amount:
        return []
    year = day.year + (amount if away["way"] == "later" else -amount)
    if re.search(r"\bto the (?:day|hour)\b", span.sent.text) and (day.month, day.day) != (2, 29):
        return [DateMention(span, day.replace(year=year))]
    return [DateMention(span, None, year=year)]


def _spaced_hyphen(token: Token) -> bool:
    """ "December 2014 - Cuba": a hyphen between spaces is a dash."""
    return token.text == "-" and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def _opens_line(span: Span) -> bool:
    """Whether the date opens its line, past a list's bullet: a timeline entry's heading."""
    i = span.start
    while i > 0 and span.doc[i - 1].text in ("\u2022", "*", "-"):
        i -= 1
    return opens_line(span.doc[i])


def opens_line(token: Token) -> bool:
    """Whether the token is the first of its line."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


# a bulleted list's next item, whose mark furniture blanking may have made spaces
_BULLET = r"[ \t]*[*\u2022-] |  \S"
_NEW_PARAGRAPH = re.compile(rf"\n(?!{_BULLET})")  # a new line that is no list's next item
LIST_ITEM = re.compile(rf"^(?:{_BULLET}|[ \t]*\d{{1,2}}[.)]\s)")  # a bullet or a number ("2.", "3)")
_IN_YEAR = re.compile(r"\b(?:in|of|during)\s+((?:1[89]|20)\d{2})\b", re.IGNORECASE)


def in_a_list_item(span: Span) -> bool:
    """Whether the span's line is an item of a bulleted or numbered list."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    return LIST_ITEM.match(text[start : span.start_char + 1]) is not None


def _year_of_the_list(span: Span) -> int | None:
    """ "Swaps between A and B in 2024:\n1. 7 February. 100 for 100.": the one year the line
    that opens a list names ("in 2024", not "since 2022"), for the days its items name without one."""
    heading = list_heading(span, doc_text(span.doc))
    if heading is None:
        return None
    years = set(_IN_YEAR.findall(heading))  # "in 2024", not "since 2022"
    return int(years.pop()) if len(years) == 1 else None


def list_heading(span: Span, text: str) -> str | None:
    """The line of `text` (the document's, as read or as written) that opens the list whose
    item the span's line is ("Swaps between A and B in 2024:", "THIS WEEK IN BRIEF"); None
    where the span is in no list."""
    if not in_a_list_item(span):
        return None
    end = text.rfind("\n", 0, span.start_char)
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip() and not LIST_ITEM.match(line):
            return line
        end = line_start - 1
    return None


def _last_year_written(before: list[DateMention]) -> int | None:
    """The year of the last day or month told with its year written out: a heading's ("December
    2014 - Cuba") until a date of a later year is told ("On 9 January 2013 ... under the framework of
    10 March 2025 and a local deal of 1 April": 2025), though not an earlier one ("2024 in review
    ... Captured in May 2017, he was swapped on 6 May": 2024)."""
    return next((m.known_year for m in reversed(before) if _YEAR.search(m.span.text) and (m.day or m.month)), None)


def _day_told_before(span: Span, before: list[DateMention]) -> dt.date | None:
    """ "The agreement was signed on May 31, 1974. On June 6, Syria released 56": the day, its
    year written out (or told as "that year"), that a day and month named without a year in the same paragraph (or
    bulleted list) follow;
    not a day something began before ("held since July 4, 2021", "born on ...", "dates back
    to ..."), nor where the sentence says "last year" or "this year"."""
    if _RELATIVE_YEAR.search(span.sent.text.lower()):
        return None
    for mention in reversed(before):
        if _NEW_PARAGRAPH.search(doc_text(span.doc)[mention.span.end_char : span.start_char]):
            return None
        written = _YEAR.search(mention.span.text) or _THAT_YEAR.search(mention.span.text)
        if mention.day and written and not _a_beginning(mention.span):
            return mention.day
    return None


def _a_beginning(span: Span) -> bool:
    """ "since July 4, 2021", "was born on ...", "captured on ...", "dates back to ...": the day a
    state of things began, which the story's later days need not follow in the same year."""
    node = span.root
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        if node.lower_ in ("since", "until", "till"):
            return True
        node = node.head
    return node.lemma_ in _BEGINNINGS


_STEP_BACK = dt.timedelta(days=14)  # how far before a day told with its year a story may step back in that year


def _on_or_after(mention: DateMention, day: dt.date) -> DateMention:
    """The mention in the first year that puts it on or after `day` ("December 30, 2024 ... On
    January 5": 2025), or a few days before it in its year ("Oct. 16, 2020 ... on Oct. 14")."""
    if mention.day is None:
        return mention
    told = _in_year(mention, day.year)
    if told.day and dt.timedelta(0) < day - told.day <= _STEP_BACK:
        return told  # "completed on Oct. 16, 2020 ... Two days earlier, on Oct. 14": a step back
    later = (mention.day.month, mention.day.day) < (day.month, day.day)
    return _in_year(mention, day.year + later)


def _ranges_in_one_year(dates: list[DateMention]) -> list[DateMention]:
    """ "12 March – 2 April 1962": the first day of a range takes the year its last day is
    written with (the year before, where it falls later in the year: "29 December – 5 January 1964")."""
    for index, (first, last) in enumerate(zip(dates, dates[1:], strict=False)):
        between = first.span.doc[first.span.end : last.span.start].text.strip()
        if first.day and last.day and between in _RANGE_MARKS and \
                not _YEAR.search(first.span.text) and _YEAR.search(last.span.text):
            year = last.day.year - ((first.day.month, first.day.day) > (last.day.month, last.day.day))
            dates[index] = _in_year(first, year)
    return dates


def _timeline_in_order(dates: list[DateMention]) -> list[DateMention]:
    """A timeline's entries dated by day and month alone run forward in time: in a year's review
    published on 3 January ("3 January. ... 24 January. ... 30 December. ..."), its first entry
    is of the year before, not of the day the review came out. A first entry later than the next
    one, in a timeline whose other entries run forward, is a year earlier where that puts it in
    order and the story names that year."""
    entries = [i for i, d in enumerate(dates) if d.day and _opens_line(d.span) and not _YEAR.search(d.span.text)
               and any(t.lower_.rstrip(".") in MONTHS for t in d.span)]
    days = [dates[i].day for i in entries]
    pairs = list(zip(days, days[1:], strict=False))
    if len(entries) < 3 or sum(a <= b for a, b in pairs) < 2 * len(pairs) / 3:
        return dates
    index, day, after = entries[0], days[0], days[1]  # the first entry only: the others follow the first
    earlier = _day(day.year - 1, day.month, day.day)
    if earlier and day > after and earlier.day <= after and str(earlier.day.year) in doc_text(dates[0].span.doc):
        earlier.span = dates[index].span  # the year the story names ("how 2024 brought ..."), not the latest swap
        dates[index] = earlier  # put first
    return dates


_THAT_YEAR = re.compile(r"\bthat year\b", re.IGNORECASE)


def _that_year(span: Span, before: list[DateMention]) -> int | None:
    """ "The channel opened in 2022. On May 4 that year, ...": the year written out last before
    (not the year of "on Tuesday", when the news was told)."""
    if not _THAT_YEAR.search(span.text):
        return None
    return next((m.known_year for m in reversed(before) if _YEAR.search(m.span.text)), None)


def _year_of_the_month_just_told(span: Span, mentions: list[DateMention], before: list[DateMention]) -> int | None:
    """ "in May 2017 (on the sixth of May)": a day of the month the same sentence has just
    named with its year, a few words before, is in that year, whatever the heading says."""
    last = before[-1] if before else None
    if last is None or not last.month or last.span.sent.start != span.sent.start:
        return None
    between = span.doc[last.span.end : span.start]
    if len(between) > 4 or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # not "Captured in May 2017, he was swapped on 6 May": the day of another event
    return last.month[0] if any(m.day and m.day.month == last.month[1] for m in mentions) else None


def _year_just_told(span: Span, before: list[DateMention]) -> int | None:
    """ "The one I remember best was in 2019. On the ninth of March, ...": a day of a month with
    no year, right after a sentence (or in one) that told only a year ("in 2019"), is in that
    year; not a weekday, which counts from the news, nor after "since 2019"."""
    last = before[-1] if before else None
    if last is None or last.year is None or last.day or last.month or not _NAMES_A_MONTH.search(span.text.lower()):
        return None
    told_in = last.span.start > 0 and span.doc[last.span.start - 1].lower_ in ("in", "during")
    if not told_in or not _when_a_swap_was(last.span):
        return None  # not "held since 2022. On 19 April ...", nor "She was born in 1968. On 14 May ..."
    sentence_before = span.doc[span.sent.start - 1].sent.start if span.sent.start else span.sent.start
    return last.year if last.span.start >= sentence_before else None


def _month_told_before(span: Span, mentions: list[DateMention], before: list[DateMention]) -> tuple[int, int] | None:
    """The month (and its year) told last in the three sentences before, no other day told
    since (but bare years), if the days `mentions` are of it: "In March 1984 he was driven to
    the border. ... since the 1979 trial. The swap, on 11 March, ...": 1984's, whatever the
    dateline's year."""
    start = span.sent.start
    for _ in range(_MONTH_REACH):
        start = span.doc[start - 1].sent.start if start else start
    told = next((m for m in reversed(before[-3:]) if m.month or m.day or not m.year), None)  # past bare years
    month = told.month if told is not None and start <= told.span.start < span.sent.start else None  # not
    # "Captured in May 2017, he was swapped on 6 May", another event's month, nor one before "on Monday"
    return month if month and any(m.day and m.day.month == month[1] for m in mentions) else None


_MONTH_REACH = 3  # how many sentences back a month told with its year gives its year to a day of it


def _day_told_again(mentions: list[DateMention], before: list[DateMention]) -> int | None:
    """ "That was 21 January 1992. ... the 21 January exchange": a day and month told again
    without the year, a few dates after they were told with it, are in that year."""
    days = [(m.day.month, m.day.day) for m in mentions if m.day]
    told = [d for d in before[-_TOLD_AGAIN_REACH:] if d.day and _YEAR.search(d.span.text)
            and (d.day.month, d.day.day) in days]
    return told[-1].day.year if told else None


_TOLD_AGAIN_REACH = 4  # how many dates back a day told again may have been told with its year
_SWAP_WORDS = TRIGGER_NOUNS | {"release"}
_TAKING_PLACE = {"be", "take", "happen", "occur", "come", "free", "hand", "release"} | TRIGGER_VERBS


def _when_a_swap_was(year: Span) -> bool:
    """ "The swap I remember best was in 2019", "They last traded prisoners in 2008", "the
    exchange of 2001": a year told as a swap's own; not a birth's, a law's or a ceasefire's."""
    at = year.root.head.head if year.root.head.lower_ in ("in", "during") else year.root.head
    if at.pos_ in ("NOUN", "PROPN"):
        return at.lemma_.lower() in _SWAP_WORDS
    told = at.lemma_ in _TAKING_PLACE and not any(c.dep_ == "neg" for c in at.children)
    return told and any(t.lemma_.lower() in _SWAP_WORDS for t in year.sent)


def _in_year(mention: DateMention, year: int, latest: dt.date | None = None) -> DateMention:
    """ "December 2014 - Cuba ... The releases took place on December 17": a day and month
    named without a year under a timeline heading are in the heading's year; not where that
    puts a day told before the `latest` day the story can tell of after it."""
    if mention.day is None or not any(t.lower_.rstrip(".") in MONTHS for t in mention.span) or \
            _RELATIVE_YEAR.search(mention.span.text.lower()):
        return mention  # "9 November last year" under "Thursday 17 June 2021": 2020
    day = _day(year, mention.day.month, mention.day.day)
    if day is None or latest and day.day > latest >= mention.day:
        return mention  # a dateline's year, not a timeline's: "On 2 December", told in June, was before
    day.span = mention.span
    return day


def _with_day_before(span: Span) -> Span:
    """ "21 September 2022.", "• 19 November 2019 —", "the eleventh of October": the NER sometimes
    leaves the day out, or takes it for a number of its own; and the first day of "12-14 May 2025"
    with it."""
    if span.start == 0:
        return span
    before = span.doc[span.start - 1]
    if _YEAR.fullmatch(span[0].text) and before.lower_.rstrip(".") in MONTHS:
        span = span.doc[before.i : span.end]  # "9 February 2021", of which the NER took "2021" only
        if span.start == 0:
            return span
    day = span.doc[span.start - 1]
    if day.lower_ == "of" and span.start >= 3 and span[0].lower_ in MONTHS and \
            span.doc[span.start - 2].lower_ in _ORDINAL_DAYS and span.doc[span.start - 3].lower_ == "the":
        return span.doc[span.start - 3 : span.end]  # "the eleventh of October", the day taken for an ordinal
    if not (_a_day(day) and span[0].lower_.rstrip(".") in MONTHS):
        return span
    first = span.doc[day.i - 2] if day.i >= 2 else None
    if first is not None and _a_day(first) and span.doc[day.i - 1].text in ("-", "\u2013"):
        return span.doc[first.i : span.end]  # a range: the day it ends on is the date
    return span.doc[day.i : span.end]


def _a_day(token: Token) -> bool:
    """A day of the month, alone or ending a range the tokenizer kept whole ("3\u20135"); also
    where the NER took a day and its month for an event's name ("freed on 9 November in a swap")."""
    day = re.fullmatch(r"(?:\d{1,2}[-\u2013])?(\d{1,2})", token.text)
    return day is not None and 1 <= int(day[1]) <= 31 and token.ent_type_ in ("", "CARDINAL", "DATE", "EVENT")


def _days_the_ner_missed(doc: Doc) -> list[Span]:
    """ "• 14 Sep — 103 each", "Oct 18": a day and a month, often abbreviated, that the NER
    does not take for a date (it does for "8 Feb"). The month is written with a capital, so
    "2 may" is no date; or in capitals around the day that opens a timeline's line: "3 MAY. ...",
    "MARCH 31, 2014".
    Also a day in digits with dots, "24.11.2023", with the time a channel's stamp gives it."""
    found = [_with_its_time(Span(doc, t.i, t.i + 1, label="DATE")) for t in doc
             if _DOTTED.fullmatch(t.text) and t.ent_type_ not in ("DATE", "TIME")  # "[24.11.2023 19:41]"
             and not (t.i and doc[t.i - 1].lower_.rstrip(".") in ("version", "v", "no", "rev"))]  # nor "Version
    # 2.1.2024"
    for month in doc:
        day_after = month.i + 1 + (month.i + 2 < len(doc) and doc[month.i + 1].text == ".")  # "FEB. 10", its stop
        day_after = day_after if day_after < len(doc) and _a_day(doc[day_after]) else None  # a token of its own
        heading = month.is_upper and (month.i > 0 and _a_day(doc[month.i - 1]) and opens_line(doc[month.i - 1]) or
                                      opens_line(month) and day_after is not None)
        if not ((month.is_title or heading) and month.lower_.rstrip(".") in MONTHS):  # "Feb.", its stop in the token
            continue
        start = month.i - 1 if month.i and _a_day(doc[month.i - 1]) else month.i if day_after is not None else None
        end = start + 2 if start is not None and start < month.i else (day_after or 0) + 1
        if start is None or any(t.ent_type_ in ("DATE", "TIME") for t in (doc[start:end] if start < month.i else
                                                                            [month])):
            continue  # read already; but "DEC. 18, 1976", where the NER took the month for a body, is read whole
        end += end < len(doc) and doc[end].text == "."  # "14 Sep. 2024"
        end = end + 1 if end < len(doc) and _YEAR.fullmatch(doc[end].text) else end
        found.append(Span(doc, start, end, label="DATE"))
    return found + _same_days(doc)


def _same_days(doc: Doc) -> list[Span]:
    """ "That same day", which the NER may not take for a date: the day named last, as
    `_later` reads it."""
    return [Span(doc, t.i - 2, t.i + 1, label="DATE") for t in doc[2:]
            if t.lower_ == "day" and doc[t.i - 1].lower_ == "same" and doc[t.i - 2].lower_ == "that"
            and not any(w.ent_type_ in ("DATE", "TIME") for w in doc[t.i - 2 : t.i + 1])]


def _with_its_time(span: Span) -> Span:
    """ "24.11.2023 19:41": a day with its time of day, one stamp."""
    doc = span.doc
    return doc[span.start : span.end + 1] if span.end < len(doc) and CLOCK.fullmatch(doc[span.end].text) else span


def _with_year_after(span: Span) -> Span:
    """ "APRIL 27, 2022 - ...": the NER sometimes leaves out the year after the comma."""
    doc = span.doc
    if span.end + 1 >= len(doc) or _YEAR.search(span.text) or doc[span.end].text != "," or \
            span[-1].lower_ in MONTHS or not span[-1].is_digit:
        return span
    return doc[span.start : span.end + 2] if _YEAR.fullmatch(doc[span.end + 1].text) else span


def _with_last_after(span: Span) -> Span:
    """ "on Sunday last": the NER leaves out the "last" that makes it the Sunday before."""
    doc = span.doc
    if span[-1].lower_ in WEEKDAYS and span.end < len(doc) and doc[span.end].lower_ == "last":
        return doc[span.start : span.end + 1]
    return span


def _with_today_after(span: Span) -> Span:
    """ "Ten years ago today": the NER leaves out the "today" that makes it a day."""
    doc = span.doc
    if span[-1].lower_ == "ago" and span.end < len(doc) and doc[span.end].lower_ == "today":
        return doc[span.start : span.end + 1]
    return span


def _anniversary(span: Span) -> Span:
    """ "this day in 1983", "fifteen years ago on Wednesday": an anniversary piece's day, of
    which the NER reads the two halves apart."""
    doc, end = span.doc, span.end
    this_day = span.text.lower() == "this day" and end + 1 < len(doc) and doc[end].lower_ == "in" and \
        _YEAR.fullmatch(doc[end + 1].text)
    years_ago = span[-1].lower_ == "ago" and span.end - span.start >= 3 and span[-2].lower_ in ("year", "years") and \
        end + 1 < len(doc) and doc[end].lower_ == "on" and doc[end + 1].lower_ in WEEKDAYS
    return doc[span.start : end + 2] if this_day or years_ago else span


def _in_a_title(span: Span) -> bool:
    """ "USA Today", "Africa Tonight": a relative day capitalised inside a name is no date; nor
    a programme's "Tonight: ..." before its headlines, which dates the broadcast, not the news."""
    first = span[0]
    doc = first.doc
    teaser = len(span) == 1 and span.end < len(doc) and doc[span.end].text == ":"
    named = not first.is_sent_start and first.i > 0 and doc[first.i - 1].pos_ == "PROPN"
    return first.lower_ in ("today", "tonight") and first.is_title and (teaser or named)
