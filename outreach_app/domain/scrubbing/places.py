"""Where someone lives or works: addresses, flat numbers and streets; and the place passes the
scrubber runs, each from the module that does that job.

A town or district may stay (the report carries a region anyway); a house number with a
street, a flat or unit number, a street after "lives on" and a street named without a number
("on Lindley st", "Heol y Nant", "Wilton Street 44") become `[address]`. The other passes:
`postcodes` (full and partial postcodes), `venues` (named venues, `[place]`), `place_sites`
(places named by what they are or what is next to them: "the flat above the bookies", "the
Gurnos estate"), all on the shared words of `place_lexicon`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing import postcodes, venues
from outreach_app.domain.scrubbing.names import NOT_NAMES, english_words
from outreach_app.domain.scrubbing.place_extents import with_spots
from outreach_app.domain.scrubbing.place_lexicon import (
    _BARE_SHOP,
    _BUILDING_WORDS,
    _CHAIN_FIRST_WORDS,
    _DIRECTION,
    _DISTRICT_AFTER,
    _DISTRICT_LAST,
    _GATE_TOWN_NAMES,
    _HUNDREDS,
    _LOWER_VENUE_WORD_SET,
    _LOWER_VENUE_WORDS,
    _NOT_LOWER_STREET_NAME,
    _NOT_SAINT,
    _NOT_VENUE_START,
    _NUMBER_AFTER_STREET,
    _NUMBER_WORD,
    _SAINT_AFTER,
    _SERVICES,
    _STREET_END,
    _STREET_END_WORDS,
    _THE_CAPITAL,
    _TIME_WORDS,
    _VENUE_AFTER_STREET,
    _VENUE_WORD_BEFORE_NAME,
    _VENUE_WORD_SET,
    STREET_WORDS,
    STREET_WORDS_TITLE,
    Found,
    _landmark,
    _Note,
    _with_street,
    is_district,
    note_view,
)
from outreach_app.domain.scrubbing.place_sites import site_spans
from outreach_app.domain.scrubbing.postcodes import _OUTWARD_AFTER
from outreach_app.domain.scrubbing.spans import Kind, word_set
from outreach_app.domain.scrubbing.times import MONTH
from outreach_app.domain.scrubbing.venues import _LOWER_VENUE_WORD, _named_lower_venues

# (the scrubber's passes, each from the module that does that job)
__all__ = ["address_spans", "bare_street_spans", "postcode_spans", "street_spans", "venue_spans"]

# Flat and room words, also in the languages of the communities served ("piso 5B", "pokój 117",
# "apartament 22", "quarto 3", "chambre 17", "kamra 215", "Zimmer 4") and as abbreviated in notes ("rm 15").
_UNIT_WORDS = (
    # (factored by first letters: this alternation is tried at every position of every note)
    # ("apto 2", as Portuguese and Spanish abbreviate it; "кв. 3", Russian's and Bulgarian's flat)
    r"(?:flat|ap(?:artment|artamento|artament|partement|to|t)|unit|bedsit|suite|block|r(?:oo)?m|p(?:iso|ok[oó]j)|"
    r"quarto|habitaci[oó]n|mieszkanie|departamento|chambre|kamra|kamer|zimmer|кв(?:артира)?|"
    # a caravan's pitch or plot on a site ("Cottingley Springs, pitch 12"), as a flat's number is
    r"pitch|plot)"
)

_DIGIT_WORD = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DIGITS = rf"(?:(?:one|two|three|four|five|six|seven|eight|nine)(?:[ -]{_DIGIT_WORD}){{1,3}})"
_UNIT = (
    # two or more flats or rooms at once ("flats 2 and 3", "rooms 4, 5 and 6": one address)
    r"(?:(?i:flats|rooms|units)[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*,[ \t]*\d{1,4}[a-zA-Z]?)*[ \t]+(?i:and|&)[ \t]+"
    r"\d{1,4}[a-zA-Z]?\b(?![.:]\d)|"
    # (a dot after a whole word ends a sentence, not an abbreviation: "back room. 8 came")
    rf"{_UNIT_WORDS}(?:\.(?<!(?i:room|flat|unit)\.)(?<!(?i:suite|block)\.)(?<!(?i:bedsit)\.))?\s*"
    r"(?:no\.?\s*|nr\.?\s*|number\s+|num\.?\s*|#\s*)?"
    # a letter alone is a flat ("Flat B") only after a space ("the flats" is not "flat s")
    # "flat 4/2" (a floor and a door, as Glasgow writes it)
    # ("flat 2F1": the second floor's first door, as Edinburgh writes it)
    # said digit by digit ("room one oh four", "room three one two"), a flat's letter after a
    # number said ("flat two b")
    # (not a date's day: "Next apt 05.01.27" is an appointment, "room 10.30" a time)
    # ("Flat 2.1", "Apartment 4.12": a floor and a door written with a dot, as new blocks number
    # them; two digits after the dot only after a flat word, a room's "10.30" being a time)
    r"(?:(?<![\d.])\d{1,2}\.(?:\d|(?:(?<=(?i:flat) \d\.)|(?<=(?i:flat) \d\d\.)|(?<=(?i:apartment) \d\.)"
    r"|(?<=(?i:apartment) \d\d\.))\d\d)\b(?![.:/]?\d)(?![ \t]*(?i:[ap]\.?m)\b)|"
    # ("room 1 2 6": a number said digit by digit, as voice-to-text writes it)
    r"\d(?:[ \t]\d){2,3}\b(?![ \t]*(?:\d|(?i:times|x)\b))|"
    rf"\d{{1,2}}[fF]\d{{1,2}}\b|\d{{1,4}}[a-z]?(?:/\d{{1,3}})?\b(?![.:]\d\d)|{_SPOKEN_DIGITS}\b"
    # (not across a sentence's end, nor the word "I": "the room. I work", "room I share")
    rf"|{_NUMBER_WORD}\b(?:[ \t]+[b-hB-H]\b(?![’'.]))?|(?<=[\s.#])(?<!\.\s)(?!I\b)[A-Z]\b)"
    # (a count after it is no flat: "his pitch 3 times", "the plot 2 times over")
    r"(?![ \t]+(?i:times)\b))"
)

# The words of a street's name: not the small words of prose ("30 Holly on Rose Street").
_NAME_WORD = (
    r"(?!(?:on|in|at|near|by|to|from|and|or|the|a|an|of|with|for|off|outside|behind|drives?|"
    r"drove|he|she|his|her|was|is|it|but|then|got|took|round|about|around|my|your|ur|our|their|bout)\b)"
    r"[A-Za-z][A-Za-z'’-]*"
)

_STREET = rf"(?:(?:St\.\s+)?{_NAME_WORD}\s+){{0,3}}{_STREET_END}"  # ("4 St. James Street")

# A street named with "The", as many are ("31 The Crescent", "9 The Green", "2 The Paddocks",
# "5 The Old Orchard"): capitalised, so "at 9 the street was empty" is a time.
_THE_STREET = (
    rf"(?-i:The\s+(?:[A-Z][A-Za-z'’-]*\s+){{0,2}}"
    rf"(?:{STREET_WORDS.title()}|{STREET_WORDS_TITLE}|Orchard|Crescent)\b)"
)

# "No. 8, Cavendish Street", "number 12 Oak Road": the word for "number" is part of the address.
_HOUSE_NUMBER_WORD = r"(?:(?:no\.?|nr\.?|number|num\.?|#)\s*)?"

_DWELLING_ONLY = (
    # ("at the back of 145 Oak Road": the part of the house goes with it)
    # ("rear of 18-20 Market St", "c/o 12b Victoria Rd": post sent care of an address; "took her to house
    # 14 Cedar Ave", the house named by its number as Nigerian and Ghanaian English do, not "his house")
    r"(?:(?:the\s+)?(?:back|front|rear|side)\s+of\s+)|(?:c/o\s+)|"
    r"(?:(?<![\w’'-])(?<!\bhis\s)(?<!\bher\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)"
    r"(?<!\byour\s)house\s+)|"
    r"(?:(?:the|a|her|his|their)\s+)?(?:(?:basement|top|top-floor|ground[- ]floor|first[- ]floor|attic|back|"
    # ("the top flat, 9 Hyde Terrace": the dwelling and its address, a comma between)
    # ("the HMO at 6 Markham Ave": a house of shared rooms, a dwelling as a flat is)
    # ("a house share at 14 Ledgers Rd": a room let in a shared house)
    r"front|upstairs|downstairs)\s+)?(?:(?:house|flat)[ -]?share|shared\s+(?:house|flat)|flat|room|bedsit|"
    r"house|studio|hmo|maisonette|bungalow)"
    r"(?:\s+(?:at|in|on)\s+|,\s*)"
)

_DWELLING = (
    # ("second floor, 9 Nelson St", "2nd floor flat at 14 Spencer Place": the floor goes too)
    r"(?:(?:(?:the\s+)?(?:ground|first|second|third|fourth|fifth|top|1st|2nd|3rd|4th|5th)[- ]floor"
    rf"(?:,\s*|\s+(?:of\s+|at\s+)?))(?:{_DWELLING_ONLY})?|{_DWELLING_ONLY})"
)

_DWELLING_BEFORE = re.compile(rf"{_DWELLING}$", re.IGNORECASE)

# A capitalised dwelling word after a capitalised word ends a name ("Sunnyside Guest House, 48 ..."),
# not the dwelling of the address after it ("the house, 48 ...").
_NAME_ENDS_IN_DWELLING = re.compile(r"[A-Z][\w'’&-]*\s+(?:House|Studio|Flat|Room)\b,?\s*$")

# A year after a month is a date's, never a house's number ("Seen on 22 March 2027, Minshull Street",
# "in Jan 2026 Oak Road was quiet"): the date pass finds the date, the bare-street pass the street.
_YEAR = re.compile(r"(?:19|20)\d\d\b")

_MONTH_BEFORE = re.compile(rf"\b(?i:{MONTH}),?[ \t]+$")

# An hour after "<minutes> to" or "past", then a comma, is a clock's ("5 to 12, Water Lane",
# "half past 9, Oak Road"): the time pass finds the time, the bare-street pass the street. (Without
# the comma "to 12 Water Lane" may be where someone went, so it stays an address.)
_CLOCK_BEFORE = re.compile(
    r"\b(?i:\d{1,2}|five|ten|twenty|twenty-five|quarter|half)[ \t]+(?i:to|past)[ \t]+$"
)
_HOUR_THEN_COMMA = re.compile(r"(?:1[0-2]|0?[1-9]),")


def _clock_hour_at(text: str, start: int) -> bool:
    return bool(_HOUR_THEN_COMMA.match(text, start) and _CLOCK_BEFORE.search(text, max(0, start - 16), start))


_UNIT_NUMBER_THEN_COMMA = re.compile(r"\d{1,4}[a-z]?,")

_UNIT_WORD_BEFORE = re.compile(rf"\b{_UNIT_WORDS}\.?\s*$", re.IGNORECASE)

_ADDRESS = re.compile(
    # (a lookahead on the first letters of a flat word, "no", "#", a digit or a number word: the
    # engine tries every position of the note, and most are turned away by it at once)
    r"(?=[\d#abcdefhkmnopqrstuzк])"
    # after a flat number the house number may follow with only a space ("flat 4 12 Oak Lane");
    # otherwise a number right after another is a count or a phone's tail, not a house
    # ("no.4 Oak Rd", "no4 oak rd": the word for number may touch the number)
    # ("3/1, 27 Garnethill St": a Glasgow flat, floor and door, before the house number)
    # ("2F1, 17 Iona St", "PF1, 8 Leith Walk": an Edinburgh flat, its floor and door, before it)
    rf"(?:(?:{_UNIT},?\s+)+{_HOUSE_NUMBER_WORD}|(?<![\d/])\d/\d{{1,2}},\s+|(?<![\d/])\d/\d[ \t]+(?=\d)"
    r"|(?<![\w/])(?-i:[1-9]|P|G|B)(?-i:F)\d{1,2},?[ \t]+(?=\d)"
    r"|(?:\b(?:no\.?|nr\.?|number|num\.?)|\#)\s*"
    # (but "2" and "4" after a word are text-speak for "to" and "for": "movd 2 42 cardigan rd")
    r"|(?:(?<![\d+] )|(?<=[a-z] [24] ))(?<![\d.,:/+])\b)"
    # ("nine A, Burley Road": a house number and its letter, dictated)
    rf"(?:\d{{1,4}}[a-z]?/\d{{1,4}}[a-z]?|\d{{1,4}}[a-z]?-\d{{1,4}}[a-z]?|\d{{1,4}}[a-z]?|{_HUNDREDS}{_NUMBER_WORD}"
    rf"(?:[ \t]+(?-i:[A-H])\b)?),?\s+(?:{_STREET}|{_THE_STREET})"
    # ("12 Nansen Grove, flat upstairs": the flat named by where it is in the house; "16 Lodge Lane,
    # ground floor": the floor)
    rf"(?:,?\s*{_UNIT}|,?\s*(?:flat|room)\s+(?:upstairs|downstairs|at\s+the\s+(?:top|back|front))"
    r"|,\s*(?:ground|first|second|third|top|basement|1st|2nd|3rd)[- ]floor\b)?",
    re.IGNORECASE,
)

# A house's number after the word "house", a comma, then its street, as Nigerian and Ghanaian
# English write it: "staying at house 11, Cowper Street" (without the comma, "his house 22 Oak
# Road" is the house and its address, found by _ADDRESS).
_HOUSE_THEN_STREET = re.compile(
    r"\b(?i:house)\s+\d{1,4}[a-zA-Z]?,\s+(?:[A-Z][A-Za-z'’-]*\s+){1,3}"
    rf"(?:(?i:{STREET_WORDS})\b|(?:{STREET_WORDS_TITLE})\b)"
)

_SAID_HUNDREDS = (
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:(?:\s+and)?\s+{_NUMBER_WORD})?"
)

# "outside no 14", "(number 52, she wasn't sure which street", "Man at number thirty-seven"
_NUMBER_ALONE = re.compile(
    # ("her flat is number 9", "the house was number four")
    r"(?:\b(?:at|outside|to|from|near|opposite|lives|living|staying|house|home|flat|door|address)"
    # ("the green door - number 9": a dash between)
    r"(?:\s+(?:is|was))?(?:[ \t]+[-–])?\s+|\(\s*)"
    # ("number two hundred and six": a house number said in words, hundreds and all)
    rf"(?P<n>(?:no\.?|number|num\.?)\s*(?:\d{{1,4}}[a-z]?|{_SAID_HUNDREDS}|{_NUMBER_WORD})\b)"
    # ("the flat is number one priority": a rank, not a house)
    r"(?![ \t]+(?:priority|fan|choice|rule|thing|reason|problem|concern|suspect|target)\b)",
    re.IGNORECASE,
)

_NUMBER_WORD_ONLY = re.compile(rf"{_NUMBER_WORD},?\s+\S+", re.IGNORECASE)

_NUMBER_WORD_HINT = re.compile(r"\b(?:no|number|num)\b", re.IGNORECASE)

# ((?=...): the first letters of the flat words, a cheap test at each position)
_UNIT_FIRST = r"(?=(?i:[abcdfhkmpqrsuzк]))"

_UNIT_ALONE = re.compile(rf"{_UNIT_FIRST}\b{_UNIT}", re.IGNORECASE)

# A flat in a named block: "Flat 9 Sovereign Quay", "apartment 3B, Mill House", "Block C, Lovell
# Park Towers" (the building's name is capitalised; "flat 2 was empty" is not a building).
_UNIT_BUILDING = re.compile(
    rf"{_UNIT_FIRST}\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*,?\s+(?:[A-Z][A-Za-z'’-]*\s+){{0,3}}"
    # ("room 14, St Anne's Hostel": Saint, not a street; "Room 3, Crown Point Hostel": a venue's name)
    rf"(?:(?i:{STREET_WORDS})\b{_NOT_SAINT}|(?:{STREET_WORDS_TITLE})\b){_VENUE_AFTER_STREET}"
)

# A named block with its floor is a home's address as a flat number is: "Lansdowne Tower, 14th
# floor", "Sovereign Point (6th floor)"; after "the 14th floor of" the block goes and the floor of
# a block no longer named stays. The block's name is capitalised and ends in a building or street word.
_FLOOR = (
    r"(?i:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|top)[- ](?i:floor)"
)

_BLOCK_NAME = rf"(?:[A-Z][A-Za-z'’-]*\s+){{1,3}}(?:{STREET_WORDS_TITLE}|{STREET_WORDS.title()}|Block|Court)\b"

_FLOOR_OF_BLOCK = re.compile(
    rf"\b{_FLOOR}\s+(?i:of|in|at)\s+(?:(?i:the)\s+)?(?P<block>{_BLOCK_NAME})"
    rf"|(?<![\w'’-]){_BLOCK_NAME}(?:,\s*|\s+\(\s*|\s+(?i:on\s+the)\s+){_FLOOR}\b(?:\s*\))?"
)

# ... or a block named without a street word, after a comma: "Room 9, Hinsley Hall", "flat 4,
# Kirkstall Brewery, Broad Lane", "Apartamento 12, Leeds Dock, The Boulevard" (a street after it goes
# too). Only after a flat's number alone: after a street, the name is a town's ("flat 2, 9 Oak Road,
# Leeds"), which may stay.
_UNIT_COMMA_NAME = re.compile(
    rf"{_UNIT_FIRST}\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*,[ \t]*"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})(?![\w'’-])(?![ \t]+[A-Z])"
    rf"(?:,[ \t]*(?:The[ \t]+)?(?:[A-Z][A-Za-z'’-]*[ \t]+){{0,2}}"
    rf"(?:(?i:{STREET_WORDS})|{STREET_WORDS_TITLE})\b)?"
)

# ... or a block named with "The": "Apartment 6, The Lexington", "flat 12 in The Maltings".
_UNIT_THE_BUILDING = re.compile(
    rf"{_UNIT_FIRST}\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*(?:,\s*|\s+(?:in|at|of)\s+)(?P<the>The|the)\s+"
    # ("room 6 at the Hinsley B&B": "B&B" is one word of the name)
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+(?:B&B|[A-Z][A-Za-z'’-]+)){0,2})"
)

# A house number and a name without a street word, where someone lives: "lives at 3 Rosebank",
# "her address is 14 Highfield" (many streets carry no street word).
_HOME_NUMBER = re.compile(
    r"\b(?:(?i:lives|living|live|staying|stays|stopping|incall|house|home|moved)(?:\s+(?i:now))?\s+(?i:at|to|in|is)"
    r"|(?i:address)(?:\s+(?i:is))?\s*:?)\s+"
    r"(?P<a>(?i:no\.?\s*|number\s+)?\d{1,4}[a-z]?,?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)

_HOME_NUMBER_WORDS = ("live", "stay", "stopping", "incall", "house", "home", "moved", "address")

# A street where someone lives or stays, even without a house number ("lives on Cardigan Road").
_HOME_CUE = (
    r"\b(?:lives?|living|stays?|staying|stopping|sleeps?|sleeping|rents?|renting|shares?|sharing|works?|"
    r"working|moved|flat|house|hostel|home|address|room|place|hers|his|incall|outcall|booking|job|"
    r"party|visit|visiting|based)\s+(?:is\s+)?"
    # a few words may come between: "staying at her mate's on Cardigan Road"
    r"(?:(?:at|with)\s+(?:her|his|a|the|their)\s+[a-z'’]+\s+)?"
)

_HOME_STREET = re.compile(
    _HOME_CUE + r"(?P<prep>on|in|at|to|near|off)\s+(?:the\s+)?(?P<street>(?:[A-Z][A-Za-z'’-]*\s+){1,3}"
    rf"(?:{STREET_WORDS.title()}|{STREET_WORDS_TITLE})\b(?!['’]){_VENUE_AFTER_STREET}{_DIRECTION}"
    rf"(?:,?\s+(?i:no\.?|number)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b)|{_NUMBER_AFTER_STREET})?)"
)

# ... and written all in lower case, as texts are ("she lives on cardigan rd", "staying at hers
# on brudenell grove"): one or two words before a street word, none of them the small words of
# a road that is not named ("lives on the main road", "works on a busy street").
_LOWER_STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|close|court|"
    "drive|place|pl|mount|walk|square|sq|row|parade|wynd|middleway"
)


# "at silk road sauna": a street word in a venue's name (the venue is found whole)
_NOT_VENUE_AFTER = r"(?!\s+(?:saunas?|spa|massage|parlou?r|club|nightclub|pub|bar|salon)\b)"

_LOWER_HOME_STREET = re.compile(
    rf"(?:{_HOME_CUE}(?:on|off|at)\s+"
    # or a form's field for where she is: "Address: oak rd, leeds", "incall: oak rd"
    r"|\b(?i:address|incall|outcall|location|where she lives|lives|home|workplace|works)[ \t]*:[ \t]*)"
    rf"(?P<street>(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*\s+){{1,2}}"
    rf"(?:{_LOWER_STREET_WORDS})\b\.?)(?![\w-])" + _NOT_VENUE_AFTER
)

# Without a word of living there, only the street words that are nothing else, after a word of
# where ("picked up on lindley st", "down harehills lane", "corner of spencer pl") or of working there.
_LOWER_STREET = re.compile(
    # (or a word of working there, "on" left out as texts do: "kim n me working mill st tonight")
    # ("the ginnel behind tong rd", "the pend off baker st")
    r"\b(?:on|off|down|along|up|near|outside|of|at|onto|into|round|around|via|from|to|working|workin|works|"
    r"behind|opposite|past)\s+"
    rf"(?P<street>(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*\s+){{1,2}}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|pl|wynd|"
    r"middleway)\b\.?)"
    r"(?![\w-])" + _NOT_VENUE_AFTER
)

# ... or in brackets, as a text adds where ("he knows where i live (sandford rd)"), the brackets
# holding nothing else; only the street words that are nothing else ("(her mates place)" stays).
_LOWER_STREET_IN_BRACKETS = re.compile(
    rf"\((?P<street>(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*[ \t]+){{1,2}}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|pl|wynd)"
    r"\b\.?)[ \t]*\)"
)

_NOT_A_STREET_NAME = re.compile(rf"(?!{_NOT_LOWER_STREET_NAME})")

_LOWER_STREET_HINT = re.compile(rf"[a-z]\s(?:{_LOWER_STREET_WORDS})\b")

# A street named without a house number: "on Lindley st", "circles Beeston Rd", "corner of
# Kirkstall Rd / Viaduct Rd", "down Water Lane". One to three capitalised words and a street word;
# only the street words that are nothing else may be written in lower case ("Armley road").
_BARE_STREET_WORDS = (
    # (and as they are misspelt or cut short in a hurry: "Reginald terace", "Spencer plce", "Beechwood gr")
    "terace|terrance|plce|raod|steet|stret|avenu|gr|"
    "road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|boulevard|"
    "parade|quay|wharf|pl|sq|wynd|vennel|middleway|parkway|esplanade|promenade|embankment"
)

# Street words that are ordinary words too ("very close", "no way"): capitalised only.
_BARE_STREET_WORDS_TITLE = (
    "Close|Court|Walk|Way|Place|Square|Drive|Row|Croft|Garth|Approach|Circus|Mount|Rise|Fold|"
    # blocks of flats, and street words as addresses abbreviate them ("Nowell Mt", "Hyde Park Cl")
    "Heights|Towers|Apartments|Mansions|Lofts|Residences|House|Mt|Cl|Gr|Gro|Av|Tce|Pde|Ct|Crt|"
    # a street named "X Gate" ("Hall Gate", "St James' Gate"), a Scots hill street ("Kirk Brae")
    "Gate|Brae|Lanes"
)

# Capitalised words that are not a street's name: the small words of prose and the starts of
# phrases that end in a street word ("No Way", "Crown Court", "Ring Road", "Street Pastors").
_NOT_STREET_NAME = (
    r"(?:the|a|an|this|that|these|those|on|in|at|by|to|of|for|from|with|off|near|and|or|but|his|her|"
    r"their|my|our|your|its|every|each|any|some|no|same|other|another|next|last|first|one|two|"
    r"give|half|milky|crown|magistrates|magistrates'|county|family|youth|high(?=\s+court)|supreme|combined|"
    # a classified-ads site, not a street ("advert on Viva Street")
    r"viva|"
    r"coroner's|coroners|food|tennis|ring|safe|meeting|she|he|they|we|i|it|went|got|was|is|council|"
    r"down|up|along|across|past|round|around|onto|into|outside|behind|opposite|via|towards?|"
    # a venue's word ends the venue's name, not a street's: "Lotus Thai Spa Queens Rd"
    r"spa|sauna|massage|hotel|club|bar|pub|parlou?r|inn|lounge|salon)"
)

_STREET_NAME_WORD = (
    # ("Bryn-y-Mor Crescent", "Stoke-on-Trent Road": a Welsh or an English name in parts)
    rf"(?:(?!(?i:{_NOT_STREET_NAME})\b)(?:St\.?\s+)?[A-Z][A-Za-z'’]*(?:-[A-Za-z]+){{0,3}}"
    # a part of the name that is often typed in lower case after a capital: "Chorley new road"
    r"|(?<=[a-z] )(?:new|old|upper|lower|north|south|east|west|great|little|high)(?=\s+[A-Za-z])"
    # ("Prince of Wales Road", "Duke of York Street": "of" between two capitalised words)
    r"|(?<=[A-Za-z] )of(?=\s+[A-Z]))"
)

# A street word that is part of something else: "street-based", "Kelly street worker", "St Mary's"
# (Saint), "road rage", "Street Pastors".
_NOT_AFTER_STREET = (
    # (on the same line: "Kirkstall Road\nWorker: Ling" is a street and a form's next field)
    # (a hyphen joins a word, "Street-based", but not a Hungarian case ending: "a Spencer Place-en",
    # "a Kelso Road-on", "the Oak Street-ről")
    # (a Chinese word may touch it after, as before: "我在Princess Street的公寓")
    r"(?![^\W\u3400-\u9fff]|-(?!(?:en|on|ön|an|ben|ban|be|ba|re|ra|ről|ról|nál|nél|ig|hoz|hez|höz|ból|ből|tól|től|n|t)\b))"
    r"(?![^\S\n]+(?:(?i:based|work|workers?|working|walking|sex|homeless|homelessness|drinking|"
    r"drinkers?|lighting|level|team|outreach|pastors|angels|life|scene|rage|safety|works|trip|kids?|"
    r"smart|cred|food|sleepers?|sleeping|begging|medics|vendors?|art|party|map|runner|cleaners?|sweepers?|"
    # a site's name ("booked via Viva Street account")
    r"account|accounts|profile|advert|adverts|ads?|"
    # a police station known by its street, a public building ("seen at Elland Rd custody"); a court
    # known by its street ("hearing at Minshull Street Crown Court")
    r"custody|police)\b"
    r"|(?i:crown|magistrates['’]?|county|family|coroners['’]?|coroner['’]s)[ \t]+(?i:court)\b))"
)

_BARE_STREET = re.compile(
    # (the lookahead first: a cheap test at each position of every note)
    # (a Chinese character may touch it: "住在Oxford Road")
    rf"(?=[A-Z])(?<![^\W\u3400-\u9fff])(?<![_'’&-])(?:{_STREET_NAME_WORD}\s+){{1,3}}"
    rf"(?:(?i:{_BARE_STREET_WORDS})(?<!(?-i:St))(?<!(?-i:ST))|(?:{_BARE_STREET_WORDS_TITLE})|St(?!{_SAINT_AFTER}))"
    r"(?![^\W\u3400-\u9fff])\.?"
    rf"{_NOT_AFTER_STREET}{_VENUE_AFTER_STREET}{_DIRECTION}"
    # "on Stanningley road number forty two": the house number said after the street goes with it
    # ("Ilford Lane, número 88": the word for number in the writer's language)
    rf"(?:,?\s+(?i:no\.?|nr\.?|number|num\.?|n[úu]mero|numer|nummer)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b)"
    rf"|{_NUMBER_AFTER_STREET})?"
)

# Street words in the languages of the communities served, before the name: "Strada Mihai
# Eminescu", "ul. Długa", "Calle Mayor", "Rua Augusta", "rue de la Paix", "Via Roma".
_FOREIGN_STREET = re.compile(
    # (a house number before it, as Wales and Ireland write it: "14a Heol y Nant", "12 Bóthar na Trá")
    r"(?:\b\d{1,4}[a-zA-Z]?,?\s+)?"
    r"\b(?:(?i:strada|str\.|ulica|ulicy|ulicę|ulice|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|"
    r"praça|pra[cç]a|bulevardul|aleea|calea|soseaua|şoseaua|șoseaua|ulitsa|ulitsy|utca|strasse|straße|"
    # (and as Bulgarian, Russian and Ukrainian write it before a street named in English letters:
    # "ул. Sholebroke Avenue 7")
    r"ул\.|улица|вул\.|вулиця)|"
    # "via" is English too ("via CCTV"): the Italian street only capitalised
    r"Via|Viale|"
    # Welsh, Irish and Scots Gaelic street words ("Heol y Nant", "Stryd Fawr", "Cwrt Gwyn",
    # "Bóthar na Trá", "Sráid Mhór"), capitalised: "clos" and "teras" are words elsewhere
    r"Heol|Stryd|Ffordd|Cwrt|Clos|Lôn|Rhodfa|Teras|Maes|Bóthar|Bothar|Sráid|Sràid|Sraid|Rathad|"
    # (and Irish's avenue, quay, lane, place and drive: "Ascaill Aontroma", "Cé na Ceardchan")
    r"Ascaill|Cé|Lána|Plás|Céide|"
    # (and Vietnamese's road and Portuguese's building before an English name: "đường Dickenson Road",
    # "prédio Cavendish Point")
    r"(?i:đường|phố|prédio|edifício))\s+"
    r"(?:(?:de|del|de la|da|do|dos|das|la|le|les|des|di|della|du|y|yr|na|an|'r)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž\d][\w'’.-]*)(?:\s+(?!(?i:the|and|in|on|at|she|he)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,2}"
    r"(?:,?\s+(?:nr\.?|no\.?|n[º°]\.?)?\s*\d{1,4}[a-zA-Z]?\b"
    # (the floor and the door, as Portugal and Spain write them: "Rua do Norte 45, 2º esq")
    r"(?:,?[ \t]*\d{1,2}[º°ª][ \t]*(?:(?i:esq|dto|dt|dir|izq|izda|dcha|dra|andar|piso)\b\.?)?)?)?"
    # ("rue Nationale, chambre 17", "ul. Długa 5, mieszkanie 3": the flat or room after it goes too)
    rf"(?:,?[ \t]*(?i:{_UNIT}))?"
    # the street word after the name, as Hungarian orders it ("Ráday utca 14", "Andrássy út 5")
    r"|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s+(?i:utca|út|körút)\b(?:\s+\d{1,4}[a-zA-Z]?\b)?"
)

# Old streets named "-gate" (Norse "gata", a street: Briggate, Kirkgate, Micklegate) carry no street
# word; one is a street after a house number or "on"/"off"/"down", or named after a venue
# ("Cherry Blossom Sauna, Mabgate"); in lower case, as texts are typed, only after a word of being
# on it ("outside greggs on briggate"). Towns and districts that end in "-gate" stay (not after
# "from" or "in", which name where someone comes from or a town as often as a street).
_GATE_TOWNS = word_set(_GATE_TOWN_NAMES)

_GATE_STREET = re.compile(
    # ("0/1, 22 Gallowgate": a Glasgow flat, floor and door, before the house number)
    r"(?:\b(?:(?:\d/\d{1,2},\s+)?\d{1,4}[a-z]?(?:/\d{1,4})?|"
    # ("worked Lower Briggate": a word of working there, "on" left out as notes do)
    r"(?i:on|off|along|down|up|onto|top of|bottom of|near|at|by|outside|behind|worked|works|working))\s+"
    # ("off the Gallowgate": a street named with "the", as Glasgow names some)
    r"(?:(?i:the)\s+)?"
    r"|(?<=,\s)"
    # (a Chinese word of where may touch it: "住在Eastgate 15号")
    r"|(?<=[\u3400-\u9fff])"
    # ("followed me from Lower Briggate to my door": a part of the street names a street, where
    # "from Stonegate" may be a village)
    r"|(?i:from)\s+(?=(?:Lower|Upper|New|Old|North|South|East|West|Top|Bottom)\s))"
    # ("on Lower Briggate", "off New Briggate": the part of the street goes with it)
    r"(?P<street>(?:(?:Lower|Upper|New|Old|North|South|East|West|Top|Bottom)\s+)?[A-Z][a-z]+gate)\b"
    # (a capital on the next line is a form's next field: "6 Briggate\nPhone: none")
    r"(?![^\S\n]+(?:[A-Z]|(?i:station|area|district|estate)\b))"
    r"|\b(?i:on|off|along|down|up|near|outside)[ \t]+"
    r"(?P<lower>(?!(?:tail|flood|toll|lych|stair|water)gate)[a-z]{3,}gate)\b"
    r"(?![^\S\n]+(?:station|area|district|estate|market|centre|shopping)\b)"
)

# A Welsh street named without a street word, its words joined by "y", "yr" or "'r" ("9 Pen y Dre",
# "14 Bryn-y-Mor", "3 Maes yr Haf", "7 Cae'r Wern"), after a house number or "on"/"off".
_WELSH_STREET = re.compile(
    r"(?:\b\d{1,4}[a-zA-Z]?,?[ \t]+|\b(?i:on|off)[ \t]+)"
    r"(?P<street>(?P<first>[A-Z][a-z]+)(?:[ \t-](?:y|yr)[ \t-]|['’]r[ \t]+)(?P<last>[A-Z][a-z]+))"
    r"\b(?![\w'’-])"
)

_WELSH_JOINS_SET = word_set("y yr heol stryd ffordd")

# ... and a Welsh street typed in lower case, its word before its name ("a bedsit on heol y frenhines")
_LOWER_WELSH_STREET = re.compile(r"\b(?:heol|stryd|ffordd)[ \t]+(?:(?:y|yr)[ \t]+)?[a-z]{3,}\b")

_FOREIGN_STREET_HINT = re.compile(
    r"\b(?i:strada|str\.|ulic|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|pra[cç]a|bulevard|aleea|calea|"
    r"[sşș]oseaua|ulits|utca|ул\.|улиц|вул)|\bViale?\b|stra(?:ss|ß)e|"
    r"\b(?:Heol|Stryd|Ffordd|Cwrt|Clos|Lôn|Rhodfa|Teras|Maes|Bóthar|Bothar|Sráid|Sràid|Sraid|Rathad|Ascaill|Cé|Lána|Plás|"
    r"Céide)\s|(?i:đường|phố|prédio|edifício)\s"
)

_BARE_STREET_HINT = re.compile(
    rf"[A-Za-z]\s+(?:(?i:{_BARE_STREET_WORDS})|{_BARE_STREET_WORDS_TITLE})(?![^\W\u3400-\u9fff])"
)

_DISTRICT_STREET_WORD = re.compile(
    rf"\b(?:{'|'.join(w for w in STREET_WORDS_TITLE.split('|') if w not in _BUILDING_WORDS)})$"
)

# (a number said in words holds one of these, glued or not: "nofive", "thirteen", "forty-two")
_NUMBER_WORD_PART = re.compile(
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety"
)

# (a flat word may be glued to what follows it: "flatno5", "rm15")
_UNIT_WORD_PART = re.compile(
    r"flat|apt|apart|appart|unit|bedsit|suite|block|rm|room|piso|pok[oó]j|quarto|habitaci|mieszkanie|departamento|"
    r"chambre|kamra|kamer|zimmer|кв|pitch|plot"
)

# A dwelling "at" a name that is no town, street word or not: "his flat at Canary Riverside", "his
# room at Magdalen" (a block, a college, a development: where he or she lives).
_DWELLING_AT_NAME = re.compile(
    r"\b(?i:his|her|their|my|our|a|the)[ \t]+(?i:flat|room|apartment|bedsit|studio|digs)[ \t]+(?i:at)[ \t]+"
    r"(?P<name>(?!(?:The|A|An|His|Her|Their|My|Our|Christmas|Easter)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
    # (not someone's, "her room at Ruby's", nor a word broken off, "her flat at Rua... sorry")
    r"(?![\w'’-])(?![ \t]*(?:\.\.|…))"
)

_DWELLING_AT_WORDS = word_set("flat room apartment bedsit studio digs")

# A traveller site, camp or yard named after "the site at" ("from the site at Cottingley Springs",
# "the yard on Moor Bottom"): where her trailer is, as a street is where her house is (not a listed
# district or town, which may stay).
_SITE_AT = re.compile(
    r"\b(?i:site|camp|encampment)[ \t]+(?i:at|on|in|off)[ \t]+"
    r"(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})"
    r"(?![\w'’-])"
)

_BARE_STREET_END_WORDS = frozenset(_BARE_STREET_WORDS.split("|")) | {
    w.lower() for w in _BARE_STREET_WORDS_TITLE.split("|")
}

_LOWER_STREET_END_WORDS = frozenset(_LOWER_STREET_WORDS.split("|"))

_HOUSE_NUMBER_CUES = word_set("no number num")

_FOREIGN_STREET_PART = re.compile(
    r"strada|str\.|ulic|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|pra[cç]a|bulevard|aleea|calea|"
    r"[sşș]oseaua|ulits|utca|via|strasse|heol|stryd|ffordd|cwrt|clos|lôn|rhodfa|teras|maes|bóthar|bothar|sráid|"
    r"sraid|sràid|rathad|ул|вул|ascaill|cé|lána|plás|céide|đường|phố|prédio|edifício"
)


def _on_one_line(finder: Callable[[str], Iterator[Found]]) -> Callable[[str], Iterator[Found]]:
    """`finder` with its spans kept to one line: a form's fields are lines, and a span that joins
    the end of one to the start of the next ("Type: Assault\nPark Road", "Suspect: Dave\nHotel:
    none") is two fields, not one place. The part on the first line stays when it holds a
    number ("27 Granby\nPerpetrator"), and the part on the last line when it is two words or
    more ("Park Road"); one word alone ("Hotel") is a field's label."""

    def on_one_line(text: str) -> Iterator[Found]:
        for start, end, kind in finder(text):
            if "\n" not in text[start:end]:
                yield start, end, kind
                continue
            first = text.find("\n", start, end)
            last = text.rfind("\n", start, end) + 1
            head = text[start:first].rstrip(" \t,:;")
            if any(c.isdigit() for c in head) and len(head.split()) >= 2:
                yield start, start + len(head), kind  # "27 Granby\nPerpetrator: ...": the house
            if len(text[last:end].split()) >= 2:
                yield last, end, kind  # ("Flat 3\n42 Cardigan Road": both lines are the address)

    on_one_line.__doc__ = finder.__doc__
    return on_one_line


# After "street" or "road" in lower case, with an age and a comma before it: the word names a
# kind of work or life ("24, street-based sex work", "45, long-term street work"), not a street.
_STREET_AS_A_WORD = re.compile(
    r"(?:-(?:based|level|work|wise|smart|homeless|involved)\b|[^\S\n]+(?:work|workers?|working|sex|based|life|homeless|homelessness|drinking|"
    r"begging|sleeping|level|outreach|team|rage|safety|trip)\b)"
)


def _address_spans(text: str) -> Iterator[Found]:
    note = note_view(text)
    # (first: "ul. Harehills Lane 102", "14a Heol y Nant" are one address each, the street word
    # before the name)
    if _FOREIGN_STREET_PART.search(note.folded) and _FOREIGN_STREET_HINT.search(text):
        for match in _FOREIGN_STREET.finditer(text):
            yield match.start(), match.end(), Kind.ADDRESS
    yield from site_spans(text, note)
    if note.has(_WELSH_JOINS_SET) or "'r " in text or "’r " in text:
        for match in _WELSH_STREET.finditer(text):
            first, last = match.group("first").lower(), match.group("last").lower()
            if last in NOT_NAMES or last in _TIME_WORDS or last in english_words() or first.endswith("s"):
                continue  # "2 Tickets y Tuesday": an English word or a day after, a count before
            start = match.start() if match.group(0)[0].isdigit() else match.start("street")
            yield start, match.end(), Kind.ADDRESS
        for match in _LOWER_WELSH_STREET.finditer(text):
            yield match.start(), match.end(), Kind.ADDRESS
    # "the Salvation Army hostel on Lisbon Street": the venue with its street, before the street
    # passes take the street alone (the venue pass finds the venue without a street)
    on_street = (
        note.has(_LOWER_VENUE_WORD_SET) and note.has(_STREET_END_WORDS) and _LOWER_VENUE_WORD.search(text)
    )
    for start, venue_end, end in _named_lower_venues(text) if on_street else ():
        if end > venue_end:
            yield start, end, Kind.PLACE
    unit = _UNIT_WORD_PART.search(note.folded) is not None
    blocks: list[tuple[int, int]] = []
    for match in _UNIT_BUILDING.finditer(text) if unit else ():
        # ("The Anchorage, flat 11, Dock Rd": the block's name before the flat goes with it)
        blocks.append((_building_before(text, match.start()), match.end()))
        yield blocks[-1][0], match.end(), Kind.ADDRESS
    for match in _UNIT_COMMA_NAME.finditer(text) if unit and "," in text else ():
        name = match.group("name")
        words = [w.lower() for w in name.split()]
        # ("flat 2, Leeds", "room 4, Monday", "Flat 3, Police were called"; a town's name may begin
        # a block's: "Leeds Dock")
        if _landmark(name) or any(
            (w in NOT_NAMES and not is_district(w)) or w in _TIME_WORDS or w in _SERVICES for w in words
        ):
            continue
        # (in capitals every word looks like a name: the building's word says it is one, "FLAT 12,
        # KESTREL HOUSE", not "FLAT 12, TOOK MY MONEY")
        if name.isupper() and words[-1] not in _STREET_END_WORDS:
            continue
        yield match.start(), match.end(), Kind.ADDRESS
    the_unit = unit and "the" in note.words and _THE_CAPITAL.search(text)
    for match in _UNIT_THE_BUILDING.finditer(text) if the_unit else ():
        name = match.group("name")
        words = [w.lower() for w in name.split()]
        if not (_SERVICES & set(words) or all(w in NOT_NAMES for w in words) or _landmark(name)):
            yield match.start(), match.end(), Kind.ADDRESS
    for match in _FLOOR_OF_BLOCK.finditer(text) if "floor" in note.words else ():
        # ("the top floor of Sovereign House": the block goes, a floor of a block unnamed stays)
        yield match.start("block") if match.group("block") else match.start(), match.end(), Kind.ADDRESS
    numbered = note.digit or _NUMBER_WORD_PART.search(note.folded) is not None
    for match in _ADDRESS.finditer(text) if numbered and note.has(_STREET_END_WORDS) else ():
        if _NUMBER_WORD_ONLY.fullmatch(match.group(0)):  # "in one place" is not an address
            continue
        year = _YEAR.match(text, match.start())
        if year and _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "22 March 2027, Minshull Street": a date's year, then a street (found bare)
        if _clock_hour_at(text, match.start()):
            continue  # "5 to 12, Water Lane": a clock's hour, then a street (found bare)
        if _UNIT_NUMBER_THEN_COMMA.match(match.group(0)) and _UNIT_WORD_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue  # "Room 3, Crown Point Hostel": the room's number, then the building's name
        if (
            "," in match.group(0)
            and match.group(0).endswith(("street", "road"))
            and _STREET_AS_A_WORD.match(text, match.end())
        ):
            continue  # "Woman, 45, street-based", "aged 24, street work": an age, then a kind of work
        # "the basement flat at 9 Ashville Road": the dwelling before the number goes with it,
        # and so does a flat word right before it ("piso 5B del edificio ...")
        before = _DWELLING_BEFORE.search(
            text, max(0, match.start() - 50), match.start()
        ) or _UNIT_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if before is not None and _NAME_ENDS_IN_DWELLING.search(
            text, max(0, before.start() - 30), before.end()
        ):
            before = None  # "Sunnyside Guest House, 48 Esplanade": a venue's name, found by its own pass
        # ... and a named house or block before a house number ("The Oaks, 14 Glenbrook Cres")
        start = before.start() if before else _building_before(text, match.start(), house=True)
        # ("Apartment 6, Harbour Point, 3 Dock St": the block found with its flat is the same block)
        start = next((b_start for b_start, b_end in blocks if b_start < start < b_end), start)
        yield start, match.end(), Kind.ADDRESS
        code = _OUTWARD_AFTER.match(text, match.end())
        if code is not None:
            yield code.start("code"), code.end("code"), Kind.POSTCODE
    for match in _DWELLING_AT_NAME.finditer(text) if " at " in text and note.has(_DWELLING_AT_WORDS) else ():
        if not _no_place(match.group("name")) and not _BARE_SHOP.fullmatch(match.group("name")):
            yield match.start("name"), match.end("name"), Kind.ADDRESS
    for match in _SITE_AT.finditer(text) if "site" in note.words or "camp" in note.words else ():
        if not _no_place(match.group("name")) and not is_district(match.group("name")):
            yield match.start("name"), match.end("name"), Kind.ADDRESS
    for match in _HOUSE_THEN_STREET.finditer(text) if note.digit and "house" in note.folded else ():
        yield match.start(), match.end(), Kind.ADDRESS
    yield from _street_spans(text, note)
    # A room's number alone after "in", in a note that names no venue, chain, street or dwelling, is a
    # room of the service's own or of a place unnamed ("Ceiling leak in room 3 again", "got nasty in
    # room 2"): it says where no one is.
    rooms_only = unit and not (
        note.has(_PLACE_SIGNS) or note.has(_CHAIN_FIRST_WORDS) or note.has(_STREET_END_WORDS)
    )
    own_log = unit and _OWN_LOG.search(text) is not None
    for match in _UNIT_ALONE.finditer(text) if unit else ():
        if (
            _RESIDENTS_ROOM.search(text, max(0, match.start() - 24), match.start())
            or _room_for_resident(text, match.start(), match.end())
            or _room_of_the_service(text, match.start(), match.end())
        ):
            continue  # "Resident in room 4", "Room 7 asked for ...": a hostel's log naming its resident
        start = _building_before(text, match.start())
        if (
            rooms_only
            and start == match.start()
            and _ROOM_WORD.match(text, start)
            and _IN_BEFORE.search(text, max(0, start - 4), start)
        ):
            continue  # "Heating in room 2 broken again": a room of a place the note never names
        if (
            own_log
            and start == match.start()
            and _ROOM_WORD.match(text, start)
            and text[start - 1 : start] != "("  # ("Travelodge Leeds Central (rm 15)": the chain's room)
            and not _NAMED_AFTER_ROOM.match(text, match.end())
        ):
            continue  # "Maid's book: Angel room 2 with a regular": a room of the house whose log it is
        yield start, _with_street(text, match.end()), Kind.ADDRESS
    for match in _FLAT_NUMBER_ALONE.finditer(text) if note.digit and _DIGIT_THEN_LETTER.search(text) else ():
        yield match.start("n"), match.end("n"), Kind.ADDRESS
    number_cue = note.has(_HOUSE_NUMBER_CUES) and _NUMBER_WORD_HINT.search(text)
    numbers = _NUMBER_ALONE.finditer(text) if number_cue else iter(())
    for match in numbers:  # "at number nine Tennyson": the name after the number goes with it
        yield match.start("n"), _with_street(text, _with_name(text, match.end("n"))), Kind.ADDRESS
    # (last: a house number with a street word is found whole above)
    lowered = text.lower()
    home = note.digit and any(map(lowered.__contains__, _HOME_NUMBER_WORDS))
    for match in _HOME_NUMBER.finditer(text) if home else ():
        words = [w.lower() for w in match.group("a").split()[1:]]
        if not (any(w in NOT_NAMES or w in _TIME_WORDS for w in words) or _landmark(" ".join(words))):
            yield match.start("a"), match.end("a"), Kind.ADDRESS
            code = _OUTWARD_AFTER.match(text, match.end())
            if code is not None:
                yield code.start("code"), code.end("code"), Kind.POSTCODE
    for match in _CUED_BLOCK.finditer(text) if "The " in text and note.has(_CUED_BLOCK_WORDS) else ():
        group = "name" if match.group("name") else "addressed"
        words = [w.lower() for w in match.group(group).split()[1:]]
        common = all(w in NOT_NAMES for w in words) or _SERVICES & set(words) or words[-1] in _DISTRICT_LAST
        if not (common or _DISTRICT_AFTER.match(text, match.end()) or _landmark(match.group(group))):
            yield match.start(group), match.end(group), Kind.ADDRESS
    where = _WHERE_NUMBER.finditer(text) if note.digit and _NUMBER_THEN_NAME.search(text) else iter(())
    for match in where:
        # "at 3 Counselling sessions", "to 8 Missed calls": a count of what the word after says;
        # "at 11 Jade rang", "came in at 2 Ruby and Kat": a time, then a person who does something
        if not (
            _no_place(match.group("name"))
            or _clock_hour_at(text, match.start("a"))
            or _COUNTED_AFTER.match(text, match.end("name"))
            or _PERSON_DOES_AFTER.match(text, match.end("name"))
        ):
            yield match.start("a"), match.end("a"), Kind.ADDRESS


# The words of a note that names where a room is: a venue or a dwelling (see `rooms_only`).
_PLACE_SIGNS = (
    _VENUE_WORD_SET
    | _LOWER_VENUE_WORD_SET
    | word_set(
        "flat flats apartment apt unit bedsit block house hmo hall halls residences tower towers lodge inn "
        "b&b bnb guesthouse airbnb staying stays stayed booked booking outcall incall address"
    )
)

# ... and only a room something happens in ("the leak in room 3"): one she is taken or moved to,
# or her own, says where she is ("took her to room 508", "moved to room 4", "her room 8")
_IN_BEFORE = re.compile(r"\b(?i:in)[ \t]+$")

# A hostel's or refuge's log names a resident by her room ("Resident in room 4", "Guest in room 2",
# "Dionne (room 4)", "Room 7 asked for a late breakfast"): the room is the service's own, not an
# address (a hotel's room after a venue or a street is found as one).
# ("Carla (resident, room 7)": the resident and her room, a comma between)
_RESIDENTS_ROOM = re.compile(r"\b(?i:residents?|guests?)(?:,[ \t]*|\s+(?:(?i:in|from)\s+)?)$")

# ... and a room of the service itself, unnamed ("Room 3 at the refuge is free", "a room at the
# hostel, room 14"), or the room she moved from ("moved from room 12 to room 3"): a room in a
# place the note does not name, or one she has left, says where no one is.
# (and the public buildings whose rooms hold a clinic or a meeting: "Room 4 at the hospital is where
# the clinic is now", "room 101 at the council offices")
_SERVICE = (
    r"(?i:hostel|refuge|shelter|project|safe[ \t]+house|night[ \t]+shelter|supported[ \t]+housing|"
    r"hospital|clinic|surgery|council(?:[ \t]+offices?)?|offices?|library|college|church|hall)"
)

_SERVICE_ROOM_AFTER = re.compile(rf"[ \t]+(?i:at|in|of)[ \t]+(?i:the|our)[ \t]+{_SERVICE}\b")

_SERVICE_ROOM_BEFORE = re.compile(rf"\b(?i:at|in)[ \t]+(?i:the|our)[ \t]+{_SERVICE},[ \t]*$")

# ("moved from room 12 to room 3", "moved from room 14 to the women-only floor")
_TO_ROOM_AFTER = re.compile(r"[ \t]+(?i:to)[ \t]+(?:(?i:room|rm)[ \t]*\d|(?i:the|a|another)[ \t])")


def _room_of_the_service(text: str, start: int, end: int) -> bool:
    """A room of an unnamed hostel or refuge, or the one a resident moved from (see above)."""
    if not _ROOM_WORD.match(text, start):
        return False
    if _SERVICE_ROOM_AFTER.match(text, end) or _SERVICE_ROOM_BEFORE.search(text, max(0, start - 30), start):
        return True
    # (the room she left, not the one she is in now: "moved from room 12 to [room 3]")
    return text[max(0, start - 5) : start].lower() == "from " and _TO_ROOM_AFTER.match(text, end) is not None


_ROOM_WORD = re.compile(r"(?i:room|rm)\b")

# A log kept by the staff of a sauna, a hotel or a hostel ("Maid's book", "Hostel night log", "Handover
# to day team"): a room it names without a venue is one of the house's own, and says where no one lives.
_OWN_LOG = re.compile(
    r"\b(?i:maid['’]?s[ \t]+book|(?:night|shift|hostel|reception|door)[ \t]+(?:log|book)|handover)\b"
)

# (a room with the street or the venue it is in after it: "room 3 at the Ibis", "room 3, Kelso House")
_NAMED_AFTER_ROOM = re.compile(r",?[ \t]+(?:(?i:at|in|on|of)[ \t]+(?:the[ \t]+)?)?[A-Z]")

_LOG_LINE_START = re.compile(r"(?:^|[.!?:;\n]|\d[ \t])[ \t]*$")

_PERSON_AFTER_ROOM = re.compile(
    r"[ \t]*(?:\(|(?:asked|has|had|is|was|returned|came|went|back|wants|needs|reported|said|says|"
    r"rang|called|requested|left|arrived|refused|got)\b)"
)


def _room_for_resident(text: str, start: int, end: int) -> bool:
    """A room standing for its resident: in brackets after her name ("Dionne (room 4) back"), or opening
    a log's line before what she did or has ("Room 7 asked for ...", "01:40 Room 4 (Cherelle)")."""
    if not _ROOM_WORD.match(text, start):
        return False
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # ("Dionne (room 4) back at 3", not "the Travelodge (rm 15) for 3 nights")
        return bool(_PERSON_AFTER_ROOM.match(text, end + 1))
    return _LOG_LINE_START.search(text, max(0, start - 8), start) is not None and bool(
        _PERSON_AFTER_ROOM.match(text, end)
    )


# A flat's number alone, a letter after it, where she is: "working out of 14b now", "she's in
# 6c" (never a time: "at 9a.m.").
_DIGIT_THEN_LETTER = re.compile(r"\d[a-fA-F]\b")

_FLAT_NUMBER_ALONE = re.compile(
    r"\b(?i:in|at|out of|outta|from|to|into)\s+(?P<n>\d{1,3}[a-fA-F])\b(?![.’']?[mM]\b)(?!['’]s\b)"
)

# A block named with a capital "The" where she works or lives: "Incall at The Pines", "Incall:
# The Beeches", "working from The Laurels" (not "met her at The Arches": no word of working there).
_CUED_BLOCK = re.compile(
    r"\b(?i:incalls?|outcalls?|working|workin|works?|worked|living|livin|lives|staying|stayin|stays|based)"
    # (not "in": "living in The Netherlands", "works in The Gap")
    r"(?:[ \t]*[:\-–][ \t]*|\s+(?i:at|from|out of|outta)\s+)"
    # ("Family address The Old Rectory", "her address is The Laurels": a house named at its address)
    r"(?P<name>The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    r"|\b(?i:address)(?:[ \t]+(?i:is|was)|[ \t]*:)?[ \t]+"
    r"(?P<addressed>The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)

_CUED_BLOCK_WORDS = word_set(
    "incall incalls outcall outcalls working workin work works worked living livin lives staying stayin"
    " stays based address"
)

# A house number and a name after a word of where, without a street word: "was at 33
# Thornville", "outcall to 9 Lumley", "his house, 45 Highfield" (many streets carry none).
_WHERE_NUMBER = re.compile(
    # ("works out of 42 Donegall Pass")
    r"(?:\b(?i:at|to|as|from|outside|opposite|renting|rented|rents|out of|outta)\s+"
    r"|\b(?i:house|home|place|flat|address|his|hers)[,:]\s+|\b(?i:incalls?|outcalls?)[ \t]*[-:–]?[ \t]*)"
    # ("at 14/3 Hilltown": a Scottish flat, the house number and the door)
    r"(?P<a>(?i:no\.?\s*|number\s+)?\d{1,4}(?:/\d{1,2})?[a-z]?,?\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?))(?![\w'’-])"
)

_NUMBER_THEN_NAME = re.compile(r"\d,?\s+[A-Z][a-z]")

# What a person does, after the capitalised word: "at 11 Jade rang" is a time and a name (a street
# rings no one), and so is "at 2 Ruby and Kat came in" (a second name, then what they did).
_PERSON_DOES_AFTER = re.compile(
    r"(?:\s+(?:and|&|n)\s+[A-Z][a-z'’-]+)?\s+(?:rang|rings|phoned|phones|texted|texts|messaged|called|calls|"
    r"came|comes|arrived|turned up|popped|dropped in|walked|said|says|told|asked|reported|left|"
    r"got in|got back|went|showed|knocked)\b"
)

_PLURAL = re.compile(r"[a-z'’-]{2,}[^su'’]s")

_COUNTED = word_set(
    "different other more separate new old extra big small free whole full half main few several"
)

_INTERJECTIONS = word_set("hello hi hiya hey yes yeah no ok okay thanks sorry please right well so oh")

_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?![\w'’-])")

_NOT_A_PLACE = word_set("noon midnight am pm ish sharp quid mins minutes hours weeks months years times")

_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:was|has|his|this|does|goes|says|lives|gets|hers|theirs|yours|ours|always|towers|flats|"
    r"gardens|mews)\b)[a-z]{2,}[^su\W]s\b"
)


def _no_place(name: str) -> bool:
    """Capitalised words after a number that are a time, a count or a district, not a street."""
    words = [w.lower() for w in name.split()]
    ordinary = any(w in NOT_NAMES or w in _TIME_WORDS or w in _SERVICES or w in _NOT_A_PLACE for w in words)
    # one plural or a word of counting is a count ("went to 5 Appointments", "to 3 Different
    # schools"), not a street named in one word ("33 Thornville", "9 Brunswick")
    counted = len(words) == 1 and (_PLURAL.fullmatch(words[0]) is not None or words[0] in _COUNTED)
    return ordinary or counted or _landmark(name)


def _with_name(text: str, end: int) -> int:
    """`end` moved past a street's name written without a street word ("number nine Tennyson")."""
    match = _NAME_AFTER.match(text, end)
    return match.end() if match and not _no_place(match.group("name")) else end


# A block named without a street or venue word, before its flat: "Incall: The Pines, flat 6",
# "back to Greystones, apt 4", "out of Lakeside flat twenty one". Without "the" or a comma,
# only after a word of where ("moved flat 3 weeks ago" is no building).
_BUILDING_BEFORE_UNIT = re.compile(
    r"(?:(?P<where>\b(?i:at|in|to|from|of|into|outside|address|location|incall|outcall|venue)[:,]?\s+)"
    r"|(?<![\w'’&-]))"
    r"(?P<the>(?:The|the)\s+)?(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)(?P<comma>,)?\s+$"
)

_STREET_LAST = re.compile(rf"\b(?:(?i:{STREET_WORDS})|{STREET_WORDS_TITLE})$")

_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’&-]*\s+$")

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _building_before(text: str, start: int, *, house: bool = False) -> int:
    """`start` moved back over the named building before a flat, if there is one (`house`:
    before a house number and its street, where a named house may end in a building word:
    "Brae Cottage, 6 Kirk Brae")."""
    match = _BUILDING_BEFORE_UNIT.search(text, max(0, start - 40), start)
    if match is None or not (match.group("the") or match.group("comma") or match.group("where")):
        return start
    name = match.group("name")
    words = [w.lower() for w in name.split()]
    if any(w in NOT_NAMES or w in _TIME_WORDS or w in _SERVICES or w in _NOT_VENUE_START for w in words):
        return start
    # with only a comma before the flat, a greeting is prose ("she said Hello, room 4")
    if not (match.group("the") or match.group("where")) and len(words) == 1 and words[0] in _INTERJECTIONS:
        return start
    # "Hotel room 12" is the venue's, "Park Road, flat 2" the street's (found whole by their own
    # passes); "Harehills, flat 3", "the Clarence Dock, apartment 4" keep their district
    named_house = house and name.split()[-1] in _BUILDING_WORDS
    if house and not (named_house or match.group("the")):
        return start  # "saw Becky, 23 Harehills Lane", "at Miles Platting, 12 Hamerton Rd": no house's name
    if (
        words[-1] in _VENUE_WORD_SET
        or words[-1] in _DISTRICT_LAST
        or (_STREET_LAST.search(name) and not named_house)
        or _landmark(name)
    ):
        return start
    if _CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):  # "Holiday Inn Express"
        return start
    # "in hotel Queens, room 210": the venue word before the name, found whole by the venue pass
    word_before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if word_before is not None and word_before.group(1).lower() in _VENUE_WORD_BEFORE_NAME:
        return start
    return match.start("the") if match.group("the") else match.start("name")


def street_spans(text: str) -> Iterator[Found]:
    """A street where someone lives, stays or works ("lives on Cardigan Road")."""
    return _street_spans(text, note_view(text))


def _street_spans(text: str, note: _Note) -> Iterator[Found]:
    for match in _HOME_STREET.finditer(text) if note.has(_STREET_END_WORDS) else ():
        # "lives in Hyde Park", "a flat in Woodhouse Hill": a district; "lives on Hyde Park Road" is not
        if match.group("prep") == "in" and _DISTRICT_STREET_WORD.search(match.group("street")):
            continue
        if _DISTRICT_AFTER.match(text, match.end("street")):  # "on the Lincoln Green estate"
            continue
        yield match.start("street"), match.end("street"), Kind.ADDRESS
    if note.has(_LOWER_STREET_END_WORDS) and _LOWER_STREET_HINT.search(text):
        for pattern in (_LOWER_HOME_STREET, _LOWER_STREET, _LOWER_STREET_IN_BRACKETS):
            for match in pattern.finditer(text):
                yield match.start("street"), match.end("street"), Kind.ADDRESS


# A street named for a hill, a dale or a bank, or in one word ("on Spital Hill", "on Sneinton Dale",
# "on Spring bank", "on Ferensway", "at Brindleyplace"), only after a word of being on a street:
# "in Beeston Hill" is a district, and so is a listed one after "on".
_ON_NAMED_STREET = re.compile(
    r"\b(?i:on|off|along|up|down|onto|top of|bottom of|outside|end of)\s+(?P<street>"
    r"(?!(?:The|A|An|His|Her|Their|My)\b)[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?\s+(?i:hill|dale|bank|brow|side|green|pass)"
    r"|[A-Z][a-z]{3,}(?:way|place|side))\b(?![\w'’-])"
    # a street in one word with its house number after it, as many languages order it
    rf"|\b(?P<numbered>[A-Z][a-z]{{3,}}(?:way|gate)){_NUMBER_AFTER_STREET}"
)

# ... and after "at", "from" or "to", one named for a hill, a green or a pass that is not a listed
# district ("statement booked at Snig Hill", "moved from Donegall Pass", "a guy from Newall Green";
# "up to Beeston Hill", "from Wood Green" are districts and stay).
_AT_NAMED_HILL = re.compile(
    r"\b(?=[aftAFT])(?i:at|from|to)[ \t]+(?P<street>(?!(?:The|A|An|His|Her|Their|My)\b)[A-Z][a-z'’]+"
    # (and the north's street words for a river meadow, a hill's brow or edge: "from Lees Holm")
    r"(?:[ \t]+[A-Z][a-z'’]+)?[ \t]+(?:Hill|Green|Pass|Holm|Holme|Brow|Edge))\b(?![\w'’-])(?![ \t]+[A-Z])"
)

# A street named by its street word alone after "the", after a word of being on it: "flagged on The
# Broadway", "down the Strand", "works off the Parade" (only the words that name nothing but a street).
_THE_STREET_ALONE = re.compile(
    r"\b(?i:on|off|along|down|up|onto|outside|top of|bottom of|end of)[ \t]+(?P<street>(?i:the)[ \t]+"
    r"(?:Broadway|Strand|Parade|Esplanade|Promenade|Boulevard|Embankment|Quayside|Crescent|Terrace))\b(?![\w'’-])"
    r"(?![ \t]+[A-Z])"
)

# A street she is on, working: "seen on Princess Road working" (the bare-street pass leaves a
# street before "working", as in "a Kirkstall Road worker", a kind of work; after "on" it is where).
_ON_STREET_WORKING = re.compile(
    r"\b(?=[oaduOADU])(?i:on|off|along|down|up)[ \t]+(?P<street>(?!(?:The|A|An|His|Her|Their|My)\b)"
    r"(?:[A-Z][a-z'’-]+[ \t]+){1,2}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Terrace|Crescent|Grove|Parade))"
    r"[ \t]+(?=(?i:working|workin|works?)\b)"
)

_THE_STREET_WORDS = word_set(
    "broadway strand parade esplanade promenade boulevard embankment quayside crescent terrace"
)

_ON_NAMED_STREET_WORDS = word_set("on off along up down onto top bottom outside end")


# A street named in one word before a slash and another street, as a junction is written
# ("Cheapside/Ladypool Rd corner", "Briggate / Boar Lane").
_SLASH_THEN_STREET = re.compile(
    r"(?<![\w'’&/-])(?P<a>[A-Z][a-z]{3,})[ \t]*/[ \t]*"
    rf"(?=(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:(?i:{_BARE_STREET_WORDS})|{_BARE_STREET_WORDS_TITLE})\b)"
)


# A house number, flat or floor written in Chinese after a street ("Call Lane 23号二楼", "Vicar Lane
# 公寓 5楼", "Park Square 的公寓 3B"): the number and its words are the rest of the address.
_CJK_TAIL = re.compile(
    r"[ \t]*(?:的[ \t]*)?(?:(?:公寓|大厦|大廈|小区|小區)[ \t]*)?"
    r"(?:(?:\d{1,4}[A-Za-z]?|[一二三四五六七八九十两]+)[ \t]*(?:号|號|楼|樓|室|层|層|单元|單元)?[ \t]*)+"
)

_CJK = re.compile(r"[\u3400-\u9fff]")


def _with_cjk_tail(text: str, end: int) -> int:
    """`end` moved past a number and floor written in Chinese after a street, if there is one."""
    tail = _CJK_TAIL.match(text, end)
    if tail is None or not _CJK.search(tail.group(0)):
        return end
    return end + len(tail.group(0).rstrip())


# A part of a street before "of" ("Corner of Oak Road", "Top of Mill Lane"), not a word of its name.
_PART_OF = re.compile(r"([A-Za-z]+)\s+of\s+")

_PARTS = word_set(
    "corner top bottom end side back front rest most part edge middle far length half all out one "
    "south north east west near bit"
)


_THE_BEFORE_STREET = re.compile(r"(?<![\w'’-])(?i:the)[ \t]+$")


def _bare_street_spans(text: str) -> Iterator[Found]:
    """A street named without a number ("on Lindley st", "Kirkstall Rd / Viaduct Rd", "Strada
    Florilor 12"): the street alone pins down where someone works or lives."""
    note = note_view(text)
    if note.has(_BARE_STREET_END_WORDS) and _BARE_STREET_HINT.search(text):
        for match in _BARE_STREET.finditer(text):
            # in capitals every word looks like a name: "ON THE MAIN ROAD", "A BUSY STREET" are
            # what the same words in lower case are
            if match.group(0).isupper() and _NOT_A_STREET_NAME.match(match.group(0).lower()):
                continue
            start = match.start()
            part = _PART_OF.match(text, start)
            if part is not None and (part.group(1).lower() in _PARTS or part.group(1).lower() in NOT_NAMES):
                start = part.end()  # "Corner of Oak Road", "Friday of ...": the street alone
            else:
                # "on the Ormeau Rd", "up the Lisburn Road": the article is part of how the street is named
                the = _THE_BEFORE_STREET.search(text, max(0, start - 5), start)
                start = the.start() if the is not None else start
            yield start, _with_cjk_tail(text, match.end()), Kind.ADDRESS
    for match in _SLASH_THEN_STREET.finditer(text) if "/" in text else ():
        if not _no_place(match.group("a")):  # ("Monday/Oak Road", "Leeds/Hyde Park Rd": a day, a town)
            yield match.start("a"), match.end("a"), Kind.ADDRESS
    named_street = note.has(_ON_NAMED_STREET_WORDS) or (note.digit and ("way" in text or "gate" in text))
    for match in _ON_NAMED_STREET.finditer(text) if named_street else ():
        if match.group("numbered"):  # "his house Kingsway 15, M19"
            if not _landmark(match.group("numbered")):
                yield match.start("numbered"), match.end(), Kind.ADDRESS
            continue
        street = match.group("street")
        if not (_landmark(street) or _landmark(street.rsplit(None, 1)[0])):  # "on Holbeck side"
            yield match.start("street"), match.end("street"), Kind.ADDRESS
    the_alone = note.has(_THE_STREET_WORDS) and "the" in note.words
    for match in _THE_STREET_ALONE.finditer(text) if the_alone else ():
        yield match.start("street"), match.end("street"), Kind.ADDRESS
    working = "work" in text and note.has(_BARE_STREET_END_WORDS)
    for match in _ON_STREET_WORKING.finditer(text) if working else ():
        yield match.start("street"), match.end("street"), Kind.ADDRESS
    hill = any(map(text.__contains__, ("Hill", "Green", "Pass", "Holm", "Brow", "Edge")))
    for match in _AT_NAMED_HILL.finditer(text) if hill else ():
        street = match.group("street")
        if not (_landmark(street) or _landmark(street.rsplit(None, 1)[0])):  # "to Beeston Hill"
            yield match.start("street"), match.end("street"), Kind.ADDRESS
    if "gate" in text:
        for match in _GATE_STREET.finditer(text):
            if match.group("lower"):  # "on briggate"
                if match.group("lower") not in _GATE_TOWNS:
                    yield match.start("lower"), match.end("lower"), Kind.ADDRESS
                continue
            street = match.group("street")
            if street.split()[-1].lower() not in _GATE_TOWNS and not is_district(street):
                start = match.start("street") if not match.group(0)[0].isdigit() else match.start()
                if text[max(0, start - 4) : start].lower() == "the ":  # ("off the Gallowgate")
                    start -= 4
                yield start, _with_cjk_tail(text, match.end("street")), Kind.ADDRESS


# Two words in capitals running together: a note, or a part of one, written in capitals ("INCALL
# AT FLAT 3 KESTREL HOUSE", "made threats on CROWN STREET").
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}[^\S\n]+[A-Z]{2,}\b")

_CAPITALS_WORD = re.compile(r"\b[A-Z]+\b")

# Two capitals side by side, which every run holds: a pattern that starts with a class is scanned
# for in C, one that starts with `\b` is tried at every position of every note (three passes ask).
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")  # (not "[A-Z]{2}": a repeat first gets no prefix scan)


def _lowered_capitals(text: str) -> str:
    """`text` with each word in capitals lower-cased, every other character where it was."""
    return _CAPITALS_WORD.sub(lambda m: m.group(0).lower(), text)


def _in_capitals_too(finder: Callable[[str], Iterator[Found]]) -> Callable[[str], Iterator[Found]]:
    """`finder`, and where words are written in capitals, `finder` again on the text with them in
    lower case: capitals say no more than lower case does about what is a name, and the passes
    read lower case the way texts are typed ("on crown street", "at the oasis sauna"), while
    every capital would look like a name to the passes for names written with capitals."""

    def in_capitals_too(text: str) -> Iterator[Found]:
        yield from finder(text)
        if _TWO_CAPITALS.search(text) and _CAPITALS_RUN.search(text):
            yield from finder(_lowered_capitals(text))

    in_capitals_too.__doc__ = finder.__doc__
    return in_capitals_too


# A venue named with what it is ("Angels Massage", "the Velvet Club"): its name alone, said again
# in the note, is the same venue ("Angels is run by a woman").
_NAME_THEN_VENUE_WORD = re.compile(
    rf"(?:(?i:the)\s+)?(?P<name>[A-Z][a-z'’]{{3,}}(?:\s+[A-Z][a-z'’]{{2,}})?)\s+(?i:{_LOWER_VENUE_WORDS})$"
)


# ... or named in quotes ("the massage shop 'Jade Garden'"): the name alone again is the venue.
_QUOTED_NAME = re.compile(
    r"(?<![\w'’])['\"‘“](?P<name>[A-Z][a-z'’]{2,}(?:\s+[A-Z][a-z'’]{2,})?)['\"’”](?![\w])"
)


def _with_names_again(finder: Callable[[str], Iterator[Found]]) -> Callable[[str], Iterator[Found]]:
    """`finder`, and each venue's name said again alone elsewhere in the note."""

    def with_names_again(text: str) -> Iterator[Found]:
        found = list(finder(text))
        yield from found
        for start, end, kind in found:
            if kind is not Kind.PLACE:
                continue
            match = _NAME_THEN_VENUE_WORD.fullmatch(text, start, end) or _QUOTED_NAME.search(text, start, end)
            if match is None:
                continue
            name = match.group("name")
            if any(w.lower() in NOT_NAMES or w.lower() in _SERVICES for w in name.split()) or _landmark(name):
                continue
            again = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])(?![ \t]+[A-Z])")
            for other in again.finditer(text):
                if not start <= other.start() < end:
                    yield other.start(), other.end(), Kind.PLACE

    with_names_again.__doc__ = finder.__doc__
    return with_names_again


# (the passes the scrubber runs, each kept to one line)
address_spans = _on_one_line(with_spots(_in_capitals_too(_address_spans)))
bare_street_spans = _on_one_line(with_spots(_in_capitals_too(_bare_street_spans)))
postcode_spans = _on_one_line(with_spots(postcodes.postcode_spans))
venue_spans = _on_one_line(with_spots(_in_capitals_too(_with_names_again(venues.venue_spans))))
