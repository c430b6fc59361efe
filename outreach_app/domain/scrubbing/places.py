"""Where someone lives or works: addresses, flat numbers, postcodes and named venues.

A town or district may stay (the report carries a region anyway); a house number with a
street, a flat or unit number, a full or partial postcode, a street after "lives on",
and a named venue ("the Oasis Sauna", "Royal Oak Hotel", "the flat above the bookies")
become `[address]`, `[postcode]` or `[place]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

# Street words that are never anything else, matched in any case ("6 spencer place") ...
STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|close|court|ct|crescent|cres|terrace|terr|walk|way|place|pl|"
    "square|sq|gardens|gdns|drive|dr|grove|mews|row|parade|croft|garth|wharf|quay|approach|boulevard|"
    "circus|broadway"
)
# ... and words that are street words only with a capital ("Park View", not "a green car").
STREET_WORDS_TITLE = "Green|Park|View|Hill|Mount|Rise|Vale|Fold|Gate|Yard|Estate|Towers|House|Heights|Lodge"
_STREET_END = rf"(?:(?:{STREET_WORDS})\b\.?|(?-i:(?:{STREET_WORDS_TITLE})\b))"
# Small numbers as people say them ("flat three", "forty two Tempest Road": voice-to-text).
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_UNIT = (
    r"(?:flat|apartment|apt|unit|bedsit|suite|block)\.?\s*(?:no\.?\s*)?"
    rf"(?:\d{{1,4}}[a-z]?\b|{_NUMBER_WORD}\b|[A-Z]\b)"
)
# The words of a street's name: not the small words of prose ("30 Holly on Rose Street").
_NAME_WORD = (
    r"(?!(?:on|in|at|near|by|to|from|and|or|the|a|an|of|with|for|off|outside|behind|drives?|"
    r"drove|he|she|his|her|was|is|it|but|then|got|took|round|about|around)\b)[A-Za-z][A-Za-z'’-]*"
)
_STREET = rf"(?:{_NAME_WORD}\s+){{0,3}}{_STREET_END}"
_ADDRESS = re.compile(
    rf"(?:{_UNIT},?\s+)*(?<![\d+] )(?<![\d.,:/+])\b"
    rf"(?:\d{{1,4}}[a-z]?|\d{{1,4}}-\d{{1,4}}|{_NUMBER_WORD}),?\s+{_STREET}(?:,?\s*{_UNIT})?",
    re.IGNORECASE,
)
_UNIT_ALONE = re.compile(rf"\b{_UNIT}", re.IGNORECASE)
# A flat in a named block: "Flat 9 Sovereign Quay", "apartment 3B, Mill House", "Block C, Lovell
# Park Towers" (the building's name is capitalised; "flat 2 was empty" is not a building).
_UNIT_BUILDING = re.compile(
    rf"\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*,?\s+(?:[A-Z][A-Za-z'’-]*\s+){{0,3}}"
    rf"(?:(?i:{STREET_WORDS})\b|(?:{STREET_WORDS_TITLE})\b)"
)
# A street where someone lives or stays, even without a house number ("lives on Cardigan Road").
_HOME_STREET = re.compile(
    r"\b(?:lives?|living|stays?|staying|stopping|sleeps?|sleeping|rents?|renting|shares?|sharing|works?|"
    r"working|moved|flat|house|hostel|home|address|room|place|hers|his)\s+(?:is\s+)?"
    r"(?:on|in|at|to|near|off)\s+(?:the\s+)?(?P<street>(?:[A-Z][A-Za-z'’-]*\s+){1,3}"
    rf"(?:{STREET_WORDS.title()}|{STREET_WORDS_TITLE})\b)"
)
# Outward codes as the Royal Mail writes them: one-letter areas are B E G L M N S W only.
_OUTWARD = r"(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])\d[A-Z\d]?"
_POSTCODE = re.compile(rf"\b{_OUTWARD} ?\d[A-Z]{{2}}\b", re.IGNORECASE)
# "LS7 3", "BD3 9L": a postcode cut short is still most of one (upper case only: prose is not).
_PARTIAL_POSTCODE = re.compile(rf"\b{_OUTWARD} \d[A-Z]?(?![\w])")
VENUE_WORDS = (
    "Sauna|Saunas|Parlour|Parlor|Massage|Spa|Hotel|Club|Bar|Inn|Lodge|Motel|Salon|Studio|Studios|"
    "Retreat|Lounge|Suites|Apartments|Guest House|B&B|Arms|Tavern|Health Studio|Travelodge"
)
# Hotel chains named without a venue word ("stayed at the Ibis Budget", "the Travelodge").
_CHAIN = re.compile(
    r"\b(?:Travelodge|Ibis(?:\s+(?:Budget|Styles))?|Premier Inn|Holiday Inn(?:\s+Express)?)\b"
)
_VENUE = re.compile(
    rf"\b(?:(?!The\b)[A-Z][A-Za-z'’&-]*\s+){{1,3}}(?:{VENUE_WORDS})\b"
    rf"|\b(?:Club|Hotel|Bar|Sauna|Spa|Casa|Villa)\s+(?:[A-Z][A-Za-z'’&-]*)(?:\s+[A-Z][A-Za-z'’&-]*)?"
)
_ABOVE = re.compile(
    r"\b(?:flat|room|rooms|place|upstairs)\s+(?:above|over|behind|next to|under)\s+(?:the\s+|a\s+)?"
    r"(?P<what>[^,.;!?\n]{2,40}?)(?=\s*(?:[,.;!?\n]|$|\bthat\b|\bwhere\b|\bwhich\b))",
    re.IGNORECASE,
)
# Venue words that begin a sentence and are not names ("Man at Crown Hotel": only "Crown Hotel").
_NOT_VENUE_START = word_set(
    "man men he she they punter client worker incall outcall booked met at in near from went"
)


def postcode_spans(text: str) -> Iterator[Found]:
    for pattern in (_POSTCODE, _PARTIAL_POSTCODE):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.POSTCODE


def address_spans(text: str) -> Iterator[Found]:
    for match in _UNIT_BUILDING.finditer(text):
        yield match.start(), match.end(), Kind.ADDRESS
    for match in _ADDRESS.finditer(text):
        yield match.start(), match.end(), Kind.ADDRESS
    for match in _HOME_STREET.finditer(text):
        yield match.start("street"), match.end("street"), Kind.ADDRESS
    for match in _UNIT_ALONE.finditer(text):
        yield match.start(), match.end(), Kind.ADDRESS


def venue_spans(text: str) -> Iterator[Found]:
    for match in _ABOVE.finditer(text):
        yield match.start("what"), match.end("what"), Kind.PLACE
    for match in _CHAIN.finditer(text):
        yield match.start(), match.end(), Kind.PLACE
    for match in _VENUE.finditer(text):
        start = match.start()
        words = match.group(0).split()
        while len(words) > 1 and words[0].lower() in _NOT_VENUE_START:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            yield start, match.end(), Kind.PLACE
