"""Page furniture is not content: find it and blank it out before the text is parsed.

Furniture is: links and calls to action, bylines and credits, photo captions (but for a gallery's,
which tell its story), editors' notes, datelines, section labels ("Background:"), list bullets,
press-release end marks, a number spelled out again ("9 (nine)"), the time stamps of live blogs
(whose entries are dated by the publication date) and of videos, a video's stage directions
("(applause)"), a messaging channel's emoji bullets, and the speakers' labels of transcripts and
interviews ("A:", "PRESENTER:", "[CLIP - NAME, TITLE]:"), which `speaker_turns` keeps for
kg_statements, and the cues of a broadcast script ("[ANCHOR - CAM 2]", "[VO]", "[SOT - NAME]"
above the quote it plays).

Blanking (replacing with spaces, keeping newlines) instead of deleting keeps every
character offset of the document valid, so provenance still points into the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from kg.extract.casing import in_capitals
from kg.extract.dates import MONTH_NAME, MONTHS, WEEKDAYS, resolve
from kg.extract.gazetteer import gazetteer
from kg.extract.names import ORG_WORDS, PERSON_DESCRIPTIONS, PERSON_NOUNS
from kg.extract.numbers import parse_count

_PHOTO_CREDIT = r"\((?:Photo|Image)\s*(?:by|:)[^)]*\)"  # "(Photo: Ana Lis / Wire)", "(Image by Ivo Ban)"
_GALLERY_CREDIT = rf"(?:{_PHOTO_CREDIT}|\(Handout\s*/[^)]*\))"  # and, under a gallery's photo, "(Handout/
# Defence Ministry via Wire)"
# "NL-2409-14-001", alone on its line: a photo's or a file's code.
_CODE_LINE = re.compile(r"^\s*(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}\s*$")
# "Photo 3 of 10", alone on its line above a gallery's caption: the photo's number.
_PHOTO_NUMBER = re.compile(r"^\s*(?:Photo|Image|Picture|Slide)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$", re.IGNORECASE)
# A post's header on a social network: "Ana Ruiz @anaruiz · Minister of Justice", "Reply · Ana Ruiz @anaruiz ·
# 6:20 PM": the account's name, its handle, and the role or time after a dot.
POST_HEADER = re.compile(r"^[ \t]*(?:(?:Reply|Quote post|Quote|Repost|Post)[ \t]*\u00b7[ \t]*)?"
                          r"(?P<name>[^@\n\u00b7]{2,80}?)[ \t]+@\w{2,30}[ \t]*(?:\u00b7[^\n]*)?$", re.MULTILINE)
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        (?:CLICK|TAP)\s+HERE\b.*
      | (?:Read|READ)\s+(?:more|MORE)\b.*
      | (?:Sign|SIGN)\s+(?:up|UP)\b.*
      | (?:Subscribe|SUBSCRIBE)\b.*
      | (?:Follow|FOLLOW)\s+(?:us|US)\b.*
      | (?:RELATED|Related)\s*:.*
      | (?:Advertisement|ADVERTISEMENT)\s*
      | (?:About|ABOUT)(?:\s+[A-Z][\w&.'-]*){1,5}\s*  # a press release's closing "About Fjordvik Shipping"
      | (?:For\ media\ enquiries|For\ media\ inquiries|Media\ contact|Press\ contact|Contact)\s*:.*
      | \(?(?:Reporting|Additional\ reporting|Writing|Editing)\s+by\b.*
      | .*\bcontributed\s+to\s+this\s+(?:report|story|article)\.?\s*
      | [A-Z][A-Za-z ]{0,30}\|\s*(?:By|BY)\s+[A-Z].*  # "FEATURE | By Ana Lis | Photographs by Ivo Ban"
      | (?:(?:[A-Z&][\w.'&-]*\s+){1,4}\|\s*){1,3}(?:[A-Z][a-z]+day,?\s+)?
        (?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})
        (?:\s*\|\s*\d{1,2}\s+min(?:ute)?s?\s+read)?\s*  # a masthead, with its reading time:
      # "KYIV POST | National | Saturday, December 27, 2014", fields of names and the page's day last, not the
      # story's (but not a table's row, "8 July 2019 | Yemen / Houthis | ICRC", a headline's "Swap brokered by UAE |
      # Kyiv | May 31, 2024", nor "Air date: ... | Host: X", which names who speaks)
      | (?:By|BY)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*\s*
      | (?:Photo|PHOTO|Image|IMAGE|Caption)\s*:.*
      | (?:Photo|PHOTO|Image|IMAGE|Picture|Slide)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*  # "Photo 3 of 10"
      | .*""" + _PHOTO_CREDIT + r"""\s*
      | .*\b(?:AP|AFP|Reuters|Getty\ Images)\s+(?:Photo|photo)\b.*
      | -+\s*ENDS?\s*-+ | \#{3}
      | (?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?\((?:music|applause|laughter|crosstalk|inaudible|end\ card|pause
        |silence|cheering|sound)\b(?:[^()\n]|\([^()\n]*\))*\)\s*  # a video's stage direction, wholly in
      # brackets: "(applause)", "[0:24] (music)"; not the on-screen text, which may tell news, nor "(translation:
      # ...)", "(in exchange, B freed ...)", nor an assembly record's "(Ms X, Vice-President, in the Chair)"
      | \d{1,3}\.\s+["\u201c][^"\u201d]+(?:["\u201d]\.|\.["\u201d])(?:\s+\S+){0,8}?\s+(?:1[89]|20)\d\d\.?\s*
      # a reference list's entry, a title and a source in a few words before its year:
      # '5. "Nigeria frees suspects in exchange for girls". Wire. 2017.'
      | (?:Home|HOME|You\ are\ here:?|Browse\ by\ [\w ]{1,30}:)[^\n>\u203a\u00bb]{0,80}
        (?:\s[>\u203a\u00bb]\s[^\n>\u203a\u00bb]{1,80})+  # a page's breadcrumbs: "Home > World > Europe",
        # "Browse by hierarchy: Records > Northern (N): Lebanon"; not a kicker ("Ukraine > A and B swap 95")
      | \d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}.*  # a subtitle's timing: "00:01:42,100 -->
      # 00:01:46,300"
      | \[[A-Z]{2,}[A-Z0-9/ ]*(?:\s*[-\u2013\u2014:][^\]]*)?\]\s*  # a script's cue: "[ANCHOR - CAM 2]", "[VO]"
      | [\[(](?:Translated|Originally|(?:Editor|Translator)'?s'?\ note|Updated|Correction|Clarification
         |This\ (?:article|story))
        \b[^\])]*[\])]\s*  # an editor's note on the article: "[Translated from the Arabic. ...]"
      | [A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3},\s*  # a release's place and day: "Doha, 9 October 2024"
        (?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\.?\s*
      | (?:(?:(?:Last\ |LAST\ )?(?:Updated|updated|UPDATED)|Posted|Published)\s*:?\s*)?
        (?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4},?\s+)?
        \d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|[A-Z]{3,4})?\s*
      | (?:(?:Last|LAST|First|FIRST)\s+)?(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)
        (?:\s+on)?\s*:?\s*
        (?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})
        (?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?)?\s*  # "Posted on
        # Sep 2, 2024 at 6:15 PM": when the page went up, not the date of what it tells
    )$""",
    re.VERBOSE,
)
# "3/14 — Officials escort a passenger. (Photo: Ana Lis / Wire)": a photo's caption, with the photo's number
# in a gallery and its credit.
_CAPTION = re.compile(r"^(?P<number>\s*(?:\d{1,3}\s*/\s*\d{1,3}|\[\d{1,3}\])\s*(?:[-\u2013\u2014|:]|--)?\s*)?"
                      rf"(?P<text>.*?)\s*{_GALLERY_CREDIT}\s*$")
# "UPDATE HISTORY", "Version history:": a wire's log of its own versions, under which every line tells
# what an earlier version said, no news.
_VERSION_LOG = re.compile(r"^\s*(?:UPDATE|Update|VERSION|Version|CORRECTION|Correction|REVISION|Revision)\s+"
                          r"(?:HISTORY|history|LOG|log)\s*:?\s*$")
# "References" or "Bibliography" alone on its line: the works cited follow, to the end of the text.
_WORKS_CITED = re.compile(r"^\s*(?:references|bibliography|works cited|reference list|literature cited)\s*:?\s*$",
                          re.IGNORECASE)
# "READ MORE:" or "Related:" alone on its line: the titles of links follow, one per line.
# A broadcast's on-screen caption, which names who speaks: "[CAPTION: Ana Ruiz, spokeswoman]", "[SUPER: ...]".
_ON_SCREEN = re.compile(r"^\s*\[(?:CAPTION|LOWER THIRD|SUPER|ON SCREEN|ONSCREEN|NAME SUPER)\s*:\s*"
                        r"(?P<text>[^\]\n]+)\]\s*$")
_LINKS_BELOW = re.compile(r"^\s*(?:(?:Read|READ)\s+(?:more|MORE)|RELATED|Related)\s*:?\s*$")
# "KYIV, Jan 31 (Wire) - ", "DOHA, 3 May 2025 (QNA) -- " and "YEREVAN - ": a dateline
# locates the story, it is not news.
_DATELINE = re.compile(  # matched where the line's text opens: see `_dateline`
    r"(?P<place>[A-Z][A-Z .'/-]{2,40})"
    r"(?:,\s*[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|countryside|province|region|district|governorate|county|oblast"
    r"|department|state))?)?"  # the region or country: "AL-BAB, Syria, Dec 24 -", "AL-BAB, Aleppo countryside -";
    # not a headline's slug: "ISRAEL, Hamas trade -"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?))?"
    r"(?:\s*\([^)]{1,60}\))?(?:\s+(?:[-\u2013\u2014]|--)\s+|(?<=\d)[\u2013\u2014])"  # "May 9\u2014Some 900"
)
_DATELINE_LINES = 8  # a dateline opens the story's text, under its headline and byline
_PROSE_WORDS = 6  # a line of this many words and a full stop is the story's text, not its headline
# "• 31 May 2014 — ...", "- Ten were freed", a thread's "5/ The first ...": a list's bullet, which the
# parser takes for a word.
_BULLET = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023*\u2013-]\s+|\d{1,3}/(?:\d{1,3})?\s+(?=[A-Z'\u201c])"
                     r"|[\u25a0-\u25ff\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\s*)")  # and a channel's "\U0001F539"
# "LIBYA: SIX AND FOUR": a newsletter's section, headed by its country.
_PLACE_HEADING = re.compile(r"(?P<place>[A-Z][A-Z .'-]{2,30}):\s+\S[^.]*$")
# "2. ", "(3) ": the number of a digest's item.
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s+")
# "31 May 2014 — ", "April 27, 2022 - ", "March 4, 2019: ": the day a timeline's entry opens with,
# before a dash or colon the parser would hang the entry's sentence on.
_DAYS = r"\d{1,2}(?:[-\u2013]\d{1,2})?"  # "31", "3-5"
_DATE_STAMP = re.compile(rf"^\s*(?:{_DAYS}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                         rf"(?:,?\s+\d{{4}})?(?P<dash>\s*(?:\u2014|\u2013|--|-|:)\s+)(?=(?:\S+\s+){{5}}\S)",
                         re.IGNORECASE)  # a sentence after the dash, not a title: "May 2, 2022 - A for B"
# "acting as go-between.[1] The scale ...", "on Tuesday.\u00b9": a footnote's mark, which the tokenizer would join to
# the word before.
_FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:!?\"'\u201d)])(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})")
# "[... the exchange was postponed. - Ed.]": the signature closing an editor's note, whose words are the story's.
_EDITORS_MARK = re.compile(r"\s+(?:--|[-\u2013\u2014])\s*(?:Ed|Eds|Editor|ed)\.?(?=\])")
# "(Moreau and de Vries 1999, 212-215; Lind 2004)", "(quoted in Lind 2004, 88)": an author and year
# cited in brackets, whose authors are no actors of the story. A bracket of a date alone stays.
_WORK = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&|de|van|von|der|al\.|et|of|on|for|the))*,?[ \t]+\d{4}[a-z]?" \
    r"(?:,[ \t]*(?:(?:pp?|paras?|ch)\.[ \t]*)?\d+(?:[-–]\d+)?)?"
_CITATION = re.compile(rf"\((?:(?:quoted|cited)[ \t]+in[ \t]+|see[ \t]+|cf\.[ \t]+)?{_WORK}(?:;[ \t]*{_WORK})*\)")
# " - 185 soldiers and 20 civilians - ": an aside between two dashes, of a few words, no quote.
_WORD = r"(?!(?:--|[-\u2013\u2014])\s)[^\s\u2013\u2014\"\u201c\u201d]+"  # a word; not a dash, a quote mark
_ASIDE = re.compile(rf"(?<=\w)\s(?P<open>--|[-\u2013\u2014])\s(?:{_WORD}\s){{0,11}}{_WORD}"
                    rf"\s(?P<close>--|[-\u2013\u2014])\s(?=\w)")
# "Mandalay (Mekong Wire) - ", "Port Sudan/Nairobi (ICRC) - ": places and an outlet opening the story;
# not "Chad/Sudan (May 2021) - ", a list's entry.
_PLACE_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_OUTLET_DATELINE = re.compile(
    rf"^{_PLACE_NAME}(?:/{_PLACE_NAME})*\s*\([A-Z][^)\d]{{1,40}}\)\s+(?:[-\u2013\u2014]|--)\s+")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_SPELLED_AGAIN = re.compile(r"\b(?P<digits>\d{1,6})\s*\((?P<words>[a-z]+(?:[- ][a-z]+){0,5})\)")
_DIGITS_AGAIN = re.compile(r"\b(?P<words>(?:[A-Za-z]+[- ]){0,5}[A-Za-z]+)\s*\((?P<digits>\d{1,6})\)")
# "09:12 — Reports are emerging ...": a live blog entry's time stamp before its text; a wire's flash
# series may label an entry after its stamp: "11:05 — FLASH — SWAP COMPLETED ...".
_ENTRY_STAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s*)?(?:[-\u2013\u2014|]|--|\.(?=\s+[^\s\d]))\s+"
    r"(?:(?:FLASH|URGENT|BULLETIN|ALERT|BREAKING)\s*(?:[-\u2013\u2014|:]|--)\s+)?"
)
_VIDEO_STAMP = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s+")  # "[0:08] Yesterday, five ...": a video's time
_TICKER_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}\s+(?=[A-Z])")  # "18:05 LAOS: ...", no dash, on a line in capitals
# "ZELENSKYY (through interpreter): ...", "Marchetti: ...", "Q: ...": a labelled turn.
_LATIN = [chr(code) for code in range(0x00C0, 0x0250)]  # "KRÓL", "WIŚNIEWSKA", "Rāwiri": letters beyond A-Z
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
# "ZELENSKYY:", "Q:", "Olena Lis:", "Hon AROHA WHITCOMBE (Minister of Foreign Affairs):", and in a
# podcast's transcript after its time stamp: "[01:05] LEILA MOUSSA:"; after an office and a comma:
# "Official Spokesperson, Shri Ravi Kumar:"; in a parliamentary record, after the question's
# number: "1. Mrs. Ana Lind (Northfield):", not a digest's "1. NIGER: ..."; with the member's party after
# the seat: "Ana Lind (Northfield) (Lab):"
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady")
_HONORIFIC = rf"(?:{'|'.join(HONORIFICS)})\.?\s"
_TURN = re.compile(rf"(?:\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*|\d{{1,3}}\.\s+(?={_HONORIFIC}))?"
                   rf"(?:(?:Rt\.? )?Hon\.? |[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}, )?"
                   rf"(?P<label>[{_UP}][{_UP}.'\- ]{{0,40}}?|Q|A|Question|Answer"
                   rf"|(?:{_HONORIFIC})?[{_UP}][{_LOW}'\-]+(?: [{_UP}][{_LOW}'\-]+){{0,2}})\s*"
                   rf"(?:\((?P<role>[^)]*)\))?(?:\s*\([{_UP}][{_UP}{_LOW}/ ]{{0,15}}\))?:\s+(?=\S)")
# "The Minister of State, Foreign Office (Mr. Ian Hale): ...", "The Secretary of State for Defence (Ana
# Lind): ...": a parliamentary record's label, the office first and the person who holds it after.
_OFFICE_TURN = re.compile(rf"(?P<role>The [{_UP}][^():\n]{{3,80}}?)\s*\((?P<label>{_HONORIFIC}[{_UP}][^)]{{1,40}}"
                          rf"|[{_UP}][{_LOW}'\-]+(?: [{_UP}][{_LOW}'\-]+){{1,2}})\):\s+(?=\S)")
# An assembly's verbatim record, with a dash for the colon: "Ms LINDGREN (Sweden) – ...", "The PRESIDENT – ...":
# a surname in capitals after an honorific, or a chair's office; not a dateline's "LIMA – ", nor "Mr Vega – who
# ..." or "Ms Ruiz – a profile" in prose.
_DASH_TURN = re.compile(rf"(?P<label>{_HONORIFIC}(?:[{_UP}][{_LOW}]+ )?[{_UP}][{_UP}'\-]+"
                        r"|The (?:PRESIDENT|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|SPEAKER))"
                        rf"\s*(?:\((?P<role>[^)]*)\))?\s+[\u2013\u2014]\s+(?=[{_UP}\d\"\u201c])")
# A hearing's or a legislature's printed record, with a full stop for the colon: "Mr. WHITFIELD. The
# committee will come to order.", "Ambassador KESSLER. Thank you.", "The CHAIRMAN. ..."
_RECORD_TITLES = "|".join([*HONORIFICS, *sorted(noun.title() for noun in PERSON_NOUNS)])  # "Ambassador", "Senator"
_RECORD_TURN = re.compile(rf"(?P<label>(?:{_RECORD_TITLES})\.?\s[{_UP}]{{2}}[{_UP}'\-]*"
                          rf"(?:\s[{_UP}]{{2}}[{_UP}'\-]*){{0,2}}|The (?:CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER|PRESIDENT))"
                          rf"\.\s+(?=[{_UP}\"\u201c\[])")

# "[CLIP - COL. ANA RUIZ, SPOKESWOMAN, IN SPANISH]: ...": a recording played in a broadcast.
# "[SOT - NAME, TITLE]" (or a script's numbered "[SOT 2 - ...]") alone on its line: the sound on tape, the quote
# in the paragraph below.
# Unbracketed, the cue ends in a colon: "CLIP — ANA RUIZ (translated from Spanish): ...", a radio script's
# "ACT — RUIZ (in French, voice-over): ...", and a documentary's
# "INTERVIEW — DR. ANA RUIZ, historian, University of Lima:" over the answer; not a segment's heading,
# "ACT 2 - THE EXCHANGE:".
_CLIP = re.compile(r"\[(?:CLIP|SOUNDBITE|SOUND BITE|VIDEO CLIP|AUDIO CLIP|AUDIO|BEGIN VIDEO CLIP|SOT)(?:\s*\d{1,2})?"
                   r"\s*[-\u2013\u2014:]\s*"
                   r"(?P<label>[^,\]]+)[^\]]*\]\s*:?(?:\s+(?=\S)|\s*$)"
                   r"|(?:CLIP|SOUNDBITE|SOUND BITE|SOT|INTERVIEW|ACT|ACTUALITY|GRAB|INSERT)(?:\s*\d{1,2})?"
                   r"\s*[-\u2013\u2014]\s*"
                   r"(?P<cued>(?!THE\s)[A-Z][^,(:\n]+?)\s*(?:[,(][^:\n]*)?:(?:[^\S\n]+(?=\S)|\s*$)")
# Who voices a clip's words in translation, for the person its cue names.
_VOICING = re.compile(r"voice[- ]?over|translation|translator|interpreter|dubbed", re.IGNORECASE)
# A fact-check's label of the claim it checks: "Claim:", "Second claim:", "Claim 2:".
_CLAIM_WORDS = r"(?:(?:The|A|Second|Third|Another|Viral|False)\ )?Claims?(?:\ \d+)?"
CLAIM_LABEL = re.compile(rf"\W*{_CLAIM_WORDS}\s*:", re.IGNORECASE)
_VERDICT_WORDS = r"Verdict|Rating|Our\ ruling"
# "Background: In 2023 ...", "Update: ...": a section's label, not a speaker.
_SECTION_LABEL = re.compile(
    r"^\s*(?:Background|Context|Analysis|Update|Updated|Note|Editor's\ note|Editor\u2019s\ note|Correction"
    r"|Clarification|Timeline|Factbox|Explainer|Recap|Summary|Key\ points|What\ we\ know|Breaking|Live"
    r"|Watch|Listen|Source|Sources|Read\ more|Related|See\ also|Also\ read|Pull\ quote|Quote\ of\ the\ day"
    rf"|{_CLAIM_WORDS}|{_VERDICT_WORDS}|The\ facts)\s*:\s+",
    re.IGNORECASE)
# A fact-check's verdict and the rating it opens with: "Verdict: Mostly false."
_VERDICT = re.compile(rf"\s*(?:{_VERDICT_WORDS})\s*:", re.IGNORECASE)
_RATING = re.compile(r"(?:(?:mostly|partly|half|largely)[\s-]+)?(?:true|false|accurate|correct|misleading|unproven"
                     r"|inaccurate|incorrect|wrong)\b[.!]?", re.IGNORECASE)
# A broadcast transcript's name in capitals with its role after commas: "DALIA HADDAD, ANCHOR:", "OKSANA
# RUBAN, SPOKESPERSON, COORDINATION HEADQUARTERS:", "OMAR BAKRI, CORRESPONDENT (ADEN):".
_ROLE_TURN = re.compile(rf"(?P<label>[{_UP}][{_UP}.'\-]+(?: [{_UP}][{_UP}.'\-]+){{1,3}}),"
                        rf" (?P<role>[{_UP}][{_UP}.'\-,/&() ]{{1,80}}?):\s+(?=\S)")
# A subtitle file's or a script's name in square brackets before the words: "[HALYNA] I kept his photo",
# "[DIDENKO, REPORTER] Two brothers ...".
_BRACKET_TURN = re.compile(rf"\[(?P<label>[{_UP}][{_UP}.'\-]+(?: [{_UP}][{_UP}.'\-]+){{0,3}})"
                           rf"(?:,\s*(?P<role>[{_UP}][{_UP}.'\- ]{{1,40}}))?\]\s+(?=\S)")
_TURN_LABELS = (_CLIP, _OFFICE_TURN, _TURN, _DASH_TURN, _RECORD_TURN, _ROLE_TURN, _BRACKET_TURN)
# A parliamentary record's speaker on a line of their own, the speech below: "Baroness Lind of Hale (Lab)",
# "Lord Rees", "The Minister of State, Home Office (Lord Rees of Ludlow) (Con)", "Mr Tom Hale (Hale) (Lab/Co-op)",
# over a speech that opens by addressing the House ("My Lords, ...", "Mr Speaker, ...").
_NAME_WORD = rf"[{_UP}][\w'\u2019\-]+"
# A peer, known by title and seat: "Baroness Lind of Hale", "Lord Rees", "The Earl of Kinnoull".
PEERAGE = (rf"(?:The Earl of {_NAME_WORD}|(?:Lord|Baroness|Earl|Viscount|Countess|Marquess)\s{_NAME_WORD}"
           rf"(?:\s{_NAME_WORD}){{0,3}}(?:\sof\s{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})?)")
_PEER_OR_MEMBER = rf"(?:{PEERAGE}|{_HONORIFIC}{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})"
_LABEL_LINE = re.compile(rf"\s*(?:The [{_UP}][^()\n]{{3,160}}?\s\((?P<office_holder>{_PEER_OR_MEMBER})\)"
                         rf"|(?P<label>{_PEER_OR_MEMBER}))(?:\s*\([^()\n]{{1,40}}\))?(?:\s*\([^()\n]{{1,12}}\))?\s*")
_ADDRESSING_THE_HOUSE = re.compile(r"\s*(?:My Lords|Mr\.? Speaker|Madam Speaker|Mr\.? Deputy Speaker|Madam Deputy "
                                   r"Speaker|Mr\.? President|Madam President)\b")
# Words a role after a broadcast's name holds: not "KEY POINTS, SUMMARY:", "ABU DHABI, UNITED ARAB EMIRATES:" or
# "PART ONE, THE CAPTURE:", which open no one's turn.
_ROLE_WORDS = PERSON_NOUNS | PERSON_DESCRIPTIONS | {
    "anchor", "host", "presenter", "correspondent", "editor", "producer", "analyst", "head", "mother", "father",
    "wife", "husband", "son", "daughter", "brother", "sister", "fellow", "professor", "witness", "member", "chair",
    "coordinator", "officer", "delegate", "survivor", "nurse", "prisoner", "detainee", "returnee", "relative"}
# "Letters to the editor", "LETTERS", "Your letters": a page of readers' letters.
_LETTERS_PAGE = re.compile(r"\b(?:letters?\s+to\s+the\s+editor|LETTERS|Letters|Your\s+letters|Readers'\s+letters)\b")
# "Dr Renate Oswald, Hamburg (formerly Leipzig)", "— Ana Lis, Lima": a reader's signature under a letter.
_SIGNATURE = re.compile(rf"^\s*(?:[\u2014\u2013-]\s*)?(?P<name>(?:The\s)?(?:{_HONORIFIC}|Prof\.?\s|Rev\.?\s)?"
                        rf"[{_UP}][{_LOW}'\u2019-]+(?:\s[{_UP}][{_LOW}'\u2019-]+){{1,3}}),\s[{_UP}][^.!?:\n]{{1,60}}$")
_SENTENCE_BREAK = re.compile(r"\w[.?!][\"'\u201d]?(?:\s|$)")


@dataclass(frozen=True)
class Turn:
    """A turn of a transcript: its speaker's label and where the words said lie (the labelled
    paragraph and those that run on from it)."""

    label: str
    start: int
    end: int
    role: str = ""  # what the label says the speaker is: "HOST" of "SARAH BENALI (HOST):"


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Each paragraph (a line of the text) with the offset it starts at."""
    found, offset = [], 0
    for paragraph in text.split("\n"):
        found.append((offset, paragraph))
        offset += len(paragraph) + 1
    return found


def speaker_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript or interview; none unless there are two or more
    (one "Note:" line does not make a transcript). A turn runs on over the paragraphs after
    its label up to the next label, as a speaker's long answer does; not over furniture, a
    question or a blank line."""
    turns: list[Turn] = []
    going_on = False  # the paragraph before belongs to the last turn
    cued = False  # the last turn is a broadcast's sound bite cued on a line of its own: the next paragraph
    clips = 0
    lines = paragraphs(text)
    for index, (offset, paragraph) in enumerate(lines):
        match = _turn_label(paragraph)
        below = lines[index + 1][1] if index + 1 < len(lines) else ""
        speaker_line = None if match else _speaker_line(paragraph, below)
        if speaker_line is not None:  # the speech is the paragraph below
            turns.append(Turn(speaker_line, offset + len(paragraph) + 1, offset + len(paragraph) + 1))
            going_on = cued = True
            continue
        label = (match.groupdict().get("label") or match.groupdict().get("cued")) if match else None
        if match and match.groupdict().get("cued") and not label.isupper():
            match = None  # "INTERVIEW — Full transcript:" heads a page; a cue names someone in capitals
        if match and cued and _VOICING.fullmatch(label.strip()):  # "[CLIP - SPOKESMAN X]", then "VOICEOVER: ...":
            turns[-1] = replace(turns[-1], start=offset + match.end(), end=offset + len(paragraph))  # X's words
            going_on = cued = False
            continue
        if match and not _SECTION_LABEL.match(paragraph) and not _a_time(label):
            role = match.groupdict().get("role") or ""
            turns.append(Turn(label, offset + match.end(), offset + len(paragraph), role))
            clips += match.re is _CLIP
            cued = match.re is _CLIP and not paragraph[match.end() :].strip()
            going_on = True
        elif going_on and (cued or _runs_on(paragraph)):
            turns[-1] = replace(turns[-1], end=offset + len(paragraph))
            if cued:  # the sound bite is the one paragraph below its cue
                going_on = cued = False
        else:
            going_on = False
    return turns if len(turns) >= 2 or clips else []  # a clip's cue is a label however few


def _speaker_line(line: str, below: str) -> str | None:
    """The member a parliamentary record's line of their own names, over a speech that opens by
    addressing the House; not a list of names with their parties, papers or towns in brackets
    above a story, a caption or a profile."""
    label = _LABEL_LINE.fullmatch(line)
    if label is None or not _ADDRESSING_THE_HOUSE.match(below):
        return None
    return label["office_holder"] or label["label"]


def signed_letters(text: str) -> list[Turn]:
    """The letters of a letters page, each a turn of the reader who signs it below ("Dr Ana
    Lis, Hamburg"): the paragraphs since the letter's heading or the signature before. Only on
    a page headed as one in its first lines that prints two signed letters or more, or one under
    "Letter to the editor", so an article's closing credit signs nothing."""
    lines = paragraphs(text)
    headings = [line for _, line in lines[:3]
                if _LETTERS_PAGE.search(line) and _a_heading(line) and len(line.split()) <= 6]
    if not headings:
        return []  # "LETTERS TO THE EDITOR" as a heading; not "Letters between the two presidents were exchanged"
    letters, start = [], None
    for offset, line in lines:
        signature = _SIGNATURE.match(line)
        if signature and start is not None:
            letters.append(Turn(signature["name"], start, offset - 1))
            start = None
        elif not line.strip() or _a_heading(line):
            start = None  # the letter's heading: its body starts below
        elif start is None:
            start = offset
    to_the_editor = any("editor" in line.casefold() for line in headings)  # one letter is a page of its own
    return letters if len(letters) >= 2 or to_the_editor else []  # not a story with a closing credit


def _a_heading(line: str) -> bool:
    """A short line that ends no sentence: a heading ("A murderer's homecoming")."""
    return len(line.split()) <= 12 and not line.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))


def _turn_label(line: str) -> re.Match | None:
    """The label a transcript's turn opens with, if the line opens one."""
    return next((match for pattern in _TURN_LABELS if (match := pattern.match(line))
                 and (pattern is not _ROLE_TURN or _a_role_or_a_body(match["role"]))), None)


def _holds_a_role(role: str) -> bool:
    """ "SPOKESPERSON, COORDINATION HEADQUARTERS", "CO-HOST", "MOTHER OF A PRISONER, ODESA": a role."""
    return bool(role_words(role) & _ROLE_WORDS)


def _a_role_or_a_body(role: str) -> bool:
    """A role, or the body one speaks for: "BALKAN POLICY INSTITUTE", not "UNITED ARAB EMIRATES"."""
    return _holds_a_role(role) or bool(role_words(role) & ORG_WORDS)


def role_words(role: str) -> set[str]:
    """The words of a label's role, in lower case: "CO-HOST" -> {"co", "host"}."""
    return set(re.split(r"[^a-z]+", role.casefold()))


def _body_in_a_role(label: re.Match) -> tuple[int, int] | None:
    """Where a broadcast label's role names a body or a place after the role itself
    ("SPOKESPERSON, COORDINATION HEADQUARTERS", "DIRECTOR, CIA"): that part is the story's
    text, the actors it names kept; not "CORRESPONDENT (KYIV)", a role alone."""
    if label.re is not _ROLE_TURN:
        return None
    offset = label.start("role")
    for part in label["role"].split(", "):
        if not _holds_a_role(part):
            return offset, label.end("role")
        offset += len(part) + 2
    return None


def _runs_on(paragraph: str) -> bool:
    """Whether an unlabelled paragraph goes on with the turn before it: not furniture, a
    question, a blank line, or the story told again in the third person ("X told reporters")."""
    if not paragraph.strip() or _FURNITURE_LINE.match(paragraph) or is_teaser(paragraph) or \
            _SECTION_LABEL.match(paragraph) or paragraph.rstrip().endswith("?"):
        return False
    return not _REPORTED.search(paragraph) or _FIRST_PERSON.search(paragraph) is not None


def _a_time(label: str) -> bool:
    """ "Friday:", "MAY 3:": a timeline's entry, not a speaker."""
    words = label.casefold().split()
    return bool(words) and (words[0] in WEEKDAYS or words[0].rstrip(".") in MONTHS)


def is_teaser(line: str) -> bool:
    """An all-caps headline or teaser line dropped into the body ("PUTIN ALLY SAYS ..."), or a
    label line of a word or two ("BREAKING", "UPDATE 2"), which the parser would read as the
    start of the sentence below it. Not a wire's flash under its time stamp ("11:05 — SWAP
    COMPLETED ..."): that is the news, which `recase_capitals` makes readable, as it does a
    broadcast script's turns in capitals (see `_said`)."""
    if len(line.split()) <= 2:
        return in_capitals(line, least=4)
    return in_capitals(line) and not _ENTRY_STAMP.match(line) and not _ticker_line(line) and \
        not _DATED_HEADING.match(line)


# "10 FEBRUARY 1962 — POWERS FOR ABEL", "JUNE 11, 1985: THE LARGEST EXCHANGE": a timeline's heading in capitals,
# whose day dates the entry under it
_DATED_HEADING = re.compile(rf"\s*(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}},?)(?:\s+\d{{4}})?\s*"
                            r"(?:[-\u2013\u2014:]|--)\s", re.IGNORECASE)


def _heads_a_dated_list(lines: list[str], index: int) -> bool:
    """ "SWAPS BROKERED BY QATAR IN 2023" over "3 March - 40 each": a line of capitals heading a
    list whose entries open with their day, which tells what the entries are."""
    below = next((line for line in lines[index + 1 :] if line.strip()), "")
    return len(lines[index].split()) > 2 and _DATED_HEADING.match(below) is not None


def blank_furniture(text: str, turns: list[Turn] | None = None) -> str:
    """The text with furniture lines and datelines replaced by spaces, offsets unchanged;
    `turns` are the text's `speaker_turns` when the caller has them already."""
    lines = text.split("\n")
    labelled = bool(speaker_turns(text) if turns is None else turns)
    gallery = _a_gallery(lines)
    script = _in_capitals_mostly(lines)
    out = []
    links = False  # the lines below a bare "READ MORE:" are the titles of links
    versions = False  # the lines below "UPDATE HISTORY" tell earlier versions of the story, those below
    # "References" the works it cites
    for index, line in enumerate(lines):
        versions = versions or _VERSION_LOG.match(line) is not None or _WORKS_CITED.match(line) is not None
        if versions:
            out.append(" " * len(line))
            continue
        caption = _CAPTION.match(line) if gallery else _ON_SCREEN.match(line)
        if caption:  # a gallery's captions are its story: only the photo's number and credit are furniture;
            # a broadcast's on-screen caption names who speaks: "[CAPTION: Ana Ruiz, spokeswoman]"
            line = " " * caption.start("text") + caption["text"] + " " * (len(line) - caption.end("text"))
        links = links and bool(line.strip()) and not line.rstrip().endswith((".", "!", "?", '"', "\u201d"))
        told = labelled and _said(line) or script and _SENTENCE_BREAK.search(line)  # a script's sentences
        if _FURNITURE_LINE.match(line) or _CODE_LINE.match(line) or links or is_teaser(line) and not (
                told or _heads_a_dated_list(lines, index)):
            links = links or _LINKS_BELOW.match(line) is not None
            out.append(" " * len(line))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            line = " " * bullet.end() + line[bullet.end() :]
        stamp = _DATE_STAMP.match(line)
        if stamp:  # "31 May 2014 — A was freed": "31 May 2014.  A was freed", which the parser reads right
            line = line[: stamp.start("dash")] + "." + " " * (stamp.end("dash") - stamp.start("dash") - 1) + \
                line[stamp.end("dash") :]
        dateline = _dateline(line) or _OUTLET_DATELINE.match(line) or \
            _ENTRY_STAMP.match(line) or _ticker_line(line) or _SECTION_LABEL.match(line) or \
            (_turn_label(line) if labelled else None) or _VIDEO_STAMP.match(line)
        if dateline and (body := _body_in_a_role(dateline)):  # "OKSANA RUBAN, SPOKESPERSON, COORDINATION
            start, end = body  # HEADQUARTERS: ...": the headquarters stays, a sentence of its own
            line = " " * start + line[start:end] + "." + " " * (dateline.end() - end - 1) + line[dateline.end() :]
        elif dateline:
            rating = _RATING.match(line, dateline.end()) if _VERDICT.match(line) else None
            end = rating.end() if rating else dateline.end()  # "Verdict: Accurate.": no sentence of the story
            line = " " * end + line[end:]
            if label := _SECTION_LABEL.match(line):  # "09:40 — Background: ..."
                line = " " * label.end() + line[label.end() :]
        line = _FOOTNOTE_MARK.sub(lambda mark: " " * len(mark[0]), line)
        line = _EDITORS_MARK.sub(lambda mark: " " * len(mark[0]), line)
        line = _CITATION.sub(_blank_unless_a_date, line)
        line = _DIGITS_AGAIN.sub(_blank_if_same_words, _SPELLED_AGAIN.sub(_blank_if_same_number, line))
        out.append(_ASIDE.sub(_brackets_for_dashes, line))
    return "\n".join(out)


def _blank_unless_a_date(citation: re.Match) -> str:
    """A citation's brackets blanked; not "(March 2022)", a date told in brackets, nor a body
    named with a year and nothing else ("(Amnesty International 2021)"), which may be the
    subject the sentence goes on about."""
    words = re.findall(r"[A-Za-z]+", citation[0])
    cited = len(re.findall(r"\b[A-Z]", citation[0])) <= 1 or re.search(r"\band\b|&|et al|[,;]", citation[0])
    if all(word.lower() in MONTHS for word in words) or not cited:
        return citation[0]
    return " " * len(citation[0])


def _ticker_line(line: str) -> re.Match | None:
    """A news ticker's line: a bare time and a line in capitals ("18:05 LAOS: ARMY FREES 6"),
    not prose under a time ("12:30 Interviewer: But ...") or a score ("15:00 ARSENAL 2 CHELSEA 1")."""
    stamp = _TICKER_STAMP.match(line)
    rest = line[stamp.end() :] if stamp else ""
    return stamp if in_capitals(rest) and len(rest.split()) >= 5 and not _SCORE.search(rest) else None


_SCORE = re.compile(r"\b\d+\s+[A-Z]+\s+\d+\b")  # "ROVERS 2 UNITED 1"


def _in_capitals_mostly(lines: list[str]) -> bool:
    """A newsreader's script printed in capitals ("HE IS HOME. HIS FAMILY WAITED."), whose lines
    are its story, not teasers dropped into a story in the case of prose."""
    lines = [line for line in lines if sum(map(str.isalpha, line)) >= 12]
    shouted = sum(in_capitals(line) for line in lines)
    return shouted >= 3 and shouted > 2 * len(lines) / 3  # not a short story under two lines of teasers


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a wire story's dateline gives ("LISBON, Portugal, May 9 - ... today"), which
    is the story's today where it differs from the day the page was published."""
    dateline = next((d for d in _story_datelines(text) if d["date"]), None)
    if dateline is None:
        return None
    told = resolve(dateline["date"], published + dt.timedelta(days=2) if published else None)  # a day or two
    return told.day if told else None  # after the page's date: another time zone


def dateline_place(text: str) -> str | None:
    """The place a story's dateline names ("SLOBODA-YARUZKA — The whole village ..."): a place
    the story is told from, not an actor, wherever the story names it again. The dateline is
    the last such line before the story's prose: a masthead above it ("DAILY HERALD — English
    edition") reads like one too."""
    datelines = _story_datelines(text)
    return datelines[-1]["place"].strip(" -.'/") if datelines else None


def wire_items(text: str) -> list[int]:
    """Where each item of a digest of wire stories opens, after the first: a line opening with
    its own dateline ("KABUL \u2014 The Taliban freed ...", then "KOLKATA \u2014 ...") starts another
    story, whose "the exchange" is its own, not the one told above; its headline, on the line
    above, opens it. Three such lines or more, or two under headlines, make a digest; an item
    may be numbered ("2. COLOMBO \u2014 ..."). A newsletter's sections headed by their countries in
    capitals ("YEMEN: A LOCAL SWAP", "LIBYA: SIX AND FOUR", three countries or more) are its items
    too; not "KYIV: 205 COME HOME", "MOSCOW: ...", one swap told from its places."""
    starts, headed, offset, heading, sections = [], 0, 0, None, []
    for line in text.split("\n"):
        heading_place = _PLACE_HEADING.match(line)
        if heading_place and in_capitals(line, least=6) and gazetteer().country(heading_place["place"].title()):
            sections.append((offset, heading_place["place"]))
        dateline = _dateline(line)
        if dateline and len(line.split()) >= _PROSE_WORDS and line.rstrip().endswith((".", '"', "\u201d", ")")):
            starts.append(heading if heading is not None else offset + dateline.end())  # prose, not a heading:
            # "MALI - Four hostages freed"; the story's headline above it opens it
            headed += heading is not None
        prose = line.rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))
        heading = offset if line.strip() and not prose else None
        offset += len(line) + 1
    if len(starts) >= 3 or headed >= 2:
        return starts[1:]  # a digest; not one story told from two places
    return [offset for offset, _ in sections[1:]] if len({place for _, place in sections}) >= 3 else []


def _dateline(line: str) -> re.Match | None:
    """The dateline that opens the line, after a digest item's number if any ("2. COLOMBO \u2014 ")."""
    number = _ITEM_NUMBER.match(line)
    dateline = _DATELINE.match(line, number.end() if number else 0)
    if number and dateline and gazetteer().country(dateline["place"].strip().title()):
        return None  # "1. ISRAEL \u2014 Hamas freed ...": a list's item about a state, which names a side
    return dateline


def _story_datelines(text: str) -> list[re.Match]:
    """The lines like a dateline that open a story, above and at the start of its prose; none
    after (a later "KYIV, March 5 - " is an entry of a timeline)."""
    found = []
    for line in text.splitlines()[:_DATELINE_LINES]:
        dateline = _dateline(line.strip())
        if dateline:
            found.append(dateline)
        if len(line.split()) >= _PROSE_WORDS and line.rstrip().endswith((".", '"', "\u201d")):
            break
    return found


def _said(line: str) -> bool:
    """Whether the line is a transcript's turn that says something in sentences ("ANCHOR: GOOD
    EVENING. THE TALKS ENDED."), as a broadcast script in capitals does; not a heading's
    "MARKETS: RUPEE HOLDS"."""
    label = _turn_label(line)
    return label is not None and _SENTENCE_BREAK.search(line, label.end()) is not None


def _a_gallery(lines: list[str]) -> bool:
    """Whether the text is a gallery told through its photos' captions: three numbered captions
    or more ("3/14 —", "[3]", or under "Photo 3 of 10"), or five captions or more making half of
    its lines (not counting the photos' codes and numbers). An article's captions are furniture,
    however many; a gallery's are its story."""
    told = [line for line in lines if line.strip() and not _CODE_LINE.match(line)]  # not the photos' codes
    captions = [match for line in told if (match := _CAPTION.match(line))]
    numbers = sum(1 for line in told if _PHOTO_NUMBER.match(line))
    numbered = sum(1 for match in captions if match["number"]) + min(numbers, len(captions))
    return numbered >= 3 or len(captions) >= 5 and 2 * len(captions) >= len(told) - numbers


def _brackets_for_dashes(match: re.Match) -> str:
    """ "205 Chileans - 185 soldiers and 20 civilians - came home": the dashes around a short
    aside become brackets, which the parser reads as an apposition, not as a compound."""
    text, base = match[0], match.start()
    (open_start, open_end), (close_start, close_end) = (
        (match.start(g) - base, match.end(g) - base) for g in ("open", "close"))
    return (text[:open_start] + "(".ljust(open_end - open_start) + text[open_end:close_start]
            + ")".rjust(close_end - close_start) + text[close_end:])


def _blank_if_same_words(match: re.Match) -> str:
    """ "thirty-one (31) people": the number given again in digits after its words is blanked,
    so that the parser sees "thirty-one people"; the words may end a longer run ("about
    thirty-one (31)")."""
    words = match["words"]
    for start in [0, *(m.end() for m in re.finditer(r"[- ]", words))]:
        if parse_count(words[start:]) == int(match["digits"]):
            return words + " " * (len(match[0]) - len(words))
    return match[0]


def _blank_if_same_number(match: re.Match) -> str:
    """ "9 (nine) citizens": the number spelled out again, as legal and translated texts do,
    is blanked so that the parser sees "9 citizens"."""
    if parse_count(match["words"]) != int(match["digits"]):
        return match[0]
    return match["digits"] + " " * (len(match[0]) - len(match["digits"]))
