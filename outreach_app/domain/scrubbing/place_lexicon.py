"""The words the place passes share: street words, towns and districts, shops, services,
venue words, and the cheap view of a note (`_Note`) every pass tests before its costly patterns.

A town or district may stay (the report carries a region anyway): `_landmark` tells one from a
venue's or a street's name. Lists live in `resources/places/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

# Street words that are never anything else, matched in any case ("6 spencer place") ...
STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|close|court|ct|crescent|cres|terrace|terr|walk|way|place|pl|"
    "square|sq|gardens|gdns|drive|dr|grove|mews|row|parade|croft|garth|wharf|quay|approach|boulevard|"
    # and as addresses abbreviate them ("12 Grange Av", "3 Oak Gr", "5 Elm Cl", "7 Cross Tce")
    "circus|broadway|av|gr|gro|cl|crt|ter|tce|pde|blvd|"
    # and as Scotland and Birmingham name them ("Kelso Wynd", "the Vennel", "Ladywood Middleway")
    "wynd|vennel|middleway|parkway|"
    # and the seafront's and the riverside's, and the north's "dene" (a wooded valley: "Ash Dene")
    "esplanade|promenade|embankment|dene"
)

# ... and words that are street words only with a capital ("Park View", not "a green car").
STREET_WORDS_TITLE = (
    "Green|Park|View|Hill|Mount|Rise|Vale|Fold|Gate|Yard|Estate|Towers|House|Heights|Lodge|Mills|Mill|Works|"
    "Buildings|Chambers|Apartments|Flats|"
    # houses known by a name ("lives at Rose Cottage", "in Moor Farm")
    "Cottage|Cottages|Farm|Manor|Barn|Grange|"
    # a tower block ("Apartment 1204, Beetham Tower"), a Scots hill street ("6 Kirk Brae")
    "Tower|Brae|"
    # the rest of the street words of English addresses ("14 Linden Chase", "200 Green Lanes",
    # "3 Kings Meadow", "2 Foxglove Paddock", "9 Sandpiper Circle", "The Strand")
    "Lanes|Chase|Meadow|Meadows|Paddock|Paddocks|Circle|Hollow|Copse|Spinney|Glade|Strand|Leys|"
    # and blocks and developments as they are named ("Sovereign Point", "Regent Plaza", "Canal
    # Lofts", "Grove Mansions", "Clarendon Quays", "Deansgate Locks")
    "Point|Plaza|Lofts|Mansions|Residences|Quays|Locks|"
    # (the north's meadow and corner words: "7 Holme Lea", "3 Ash Ley", "12 Church Nook")
    "Lea|Ley|Nook|"
    # (the abbreviation of Mount, as Leeds addresses write it: "9 Nowell Mt")
    "Mt"
)

# "Park Square East", "Kirkstall Road West": a direction after the street word is part of it.
_DIRECTION = r"(?:\s+(?-i:North|South|East|West|Upper|Lower))?"

# "St" before a saint's name is Saint ("Kelly St Mary's", "Leeds St James"), not a street's end;
# before any other capital it ends the street ("on Dale St. Bloke said", "Tudor St Friday").
_SAINT_AFTER = (
    r"\.?[^\S\n]+(?!(?:She|He|It|That|There|What|Who|Where|Here|Let)['’]s)(?:[A-Z][a-z]+(?:'s|’s|s'|s’)|(?:James|John|Mary|Ann|Anne|Peter|Paul|Mark|Luke|"
    r"Matthew|George|Andrew|Patrick|David|Helen|Helens|Albans|Ives|Austell|Neots|Giles|Pancras|"
    r"Leonards|Annes|Andrews|Davids|Michael|Thomas|Stephen|Margaret|Bees|Columb|Martin|Edmunds|Chad|"
    r"Aidan|Cuthbert|Hilda|Bride|Clement|Nicholas|Lawrence|Catherine|Bartholomew|Vincent|Mungo|"
    r"Enoch|Kilda|Agnes|Barnabas|Benedict|Bernard|Joseph|Jude|Oswald|Wilfrid|Hugh|Francis|"
    r"Anthony|Lukes|Pauls|Johns|Marys|Georges|Peters|Mirren|Johnstone)\b)"
)

# A street followed by a venue's word is the venue's name ("the Ocean View B&B", "Park Lane Hotel").
_VENUE_AFTER_STREET = (
    r"(?![^\S\n]+(?:Hotel|B&B|Inn|Sauna|Spa|Club|Bar|Pub|Lodge|Guest\s+House|Massage|Parlou?r|Cafe|"
    r"Café|Restaurant|Takeaway|Hostel|Motel|Salon|Lounge)\b)"
)

# A house number after its street, as many languages order it ("Wilton Street 44", "Harehills
# Lane 102."); not a count or a time after it ("on Harehills Lane 2 men", "Oak Road 11.30").
_NUMBER_AFTER_STREET = (
    # (or after a comma, then another comma, as Portuguese and Spanish write it: "Oxford Street, 88, Londres")
    r"(?:,[^\S\n]*\d{1,4}[a-zA-Z]?(?=,[^\S\n]*[A-Z])|"
    r"[^\S\n]+\d{1,4}[a-zA-Z]?\b(?![/.:,]\d)(?![^\S\n]+(?:[a-z]+s|men|women|people|x|or|to|and|of|"
    r"mins?|hrs?|am|pm|quid|year|yrs?|till|til|until|-|–)\b)(?![^\S\n]*[-–][^\S\n]*\d))"
)

_NOT_SAINT = rf"(?:(?<![Ss][Tt])|(?!{_SAINT_AFTER}))"  # (after a street word: "St" is no "St Anne's")

_STREET_END = rf"(?:(?:{STREET_WORDS})\b{_NOT_SAINT}\.?|(?-i:(?:{STREET_WORDS_TITLE})\b)){_DIRECTION}"

# Small numbers as people say them ("flat three", "forty two Tempest Road": voice-to-text).
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)

# "one hundred and four Harehills Avenue" (voice-to-text)
_HUNDREDS = r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?"

# Towns and districts that end in "-gate" (a street named so is "Briggate", "Kirkgate").
_GATE_TOWN_NAMES = "harrogate margate ramsgate reigate southgate highgate aldgate moorgate newgate"

_GATE_TOWN_TITLES = "|".join(w.title() for w in _GATE_TOWN_NAMES.split())

# A street named after the flat or house that is on it: "flat 5 on Elm Grove",
# "room 3 off Spencer Place", "the Spar on Harehills Lane" (a named street, capitalised); "pon"
# as Caribbean English says "on" ("him yard pon Lozells Rd"); or the street alone in brackets
# after a venue ("The Fenton (Woodhouse Lane)"), its closing bracket with it.
_ON_STREET = re.compile(
    rf"\s*,?\s+(?:(?P<bracket>\()(?=[A-Z])|\(?(?:on|off|in|at|pon)\s+)(?:the\s+)?(?:(?:[A-Z][A-Za-z'’-]*\s+){{1,3}}"
    rf"(?:(?i:{STREET_WORDS})\b\.?|(?:{STREET_WORDS_TITLE})\b){_DIRECTION}"
    # or an old street named "-gate" ("Angels on Lower Briggate"); a town that ends so stays
    rf"|(?:(?:Lower|Upper|New|Old)\s+)?(?!(?:{_GATE_TOWN_TITLES})\b)"
    r"[A-Z][a-z]+gate\b"
    # or a Welsh street, its word before its name ("a flat on Heol y Nant", "the shop on Stryd Fawr")
    r"|(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Maes)\s+(?:(?:y|yr|'r)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    # with its house number ("Studio Relax on Ilford Lane number 212")
    rf"(?:,?\s+(?i:no\.?|number)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b))?"
    r"(?(bracket)\))"
)

# Street words that, after "in", name a district or a development: "in Hyde Park", "in Leeds Dock";
# not a building's ("his flat in Clarence House", "a room in Kelso Heights" is one block).
_BUILDING_WORDS = word_set(
    "House Towers Heights Lodge Mills Mill Works Buildings Chambers Apartments Flats Cottage Cottages Farm "
    "Manor Barn Grange Tower Point Plaza Lofts Mansions Residences"
)

# The last word of a district or a development, not a venue: "in the Clarence Dock", "the Calls
# Quarter", "the Olympic Village".
_DISTRICT_LAST = word_set("dock docks quarter village park estate marina waterfront triangle bay")


def _districts() -> frozenset[str]:
    lines = resource_path("places", "districts.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(line.split("#", 1)[0].split()).lower() for line in lines) - {""}


def _venue_kinds() -> frozenset[str]:
    lines = resource_path("places", "venue_kinds.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines for word in line.split("#", 1)[0].split())


# Words that say what kind a venue is (resources/places/venue_kinds.txt): "the strip club".
_VENUE_KINDS = _venue_kinds()

# Towns and districts (resources/places/districts.txt): a place that may stay, never a venue.
_DISTRICTS = _districts()


def is_district(name: str) -> bool:
    """Whether `name` (any case) is a listed town or district ("Preston", "Moss Side")."""
    return " ".join(name.lower().split()) in _DISTRICTS


# Words after a number that make it a count or a time, not a house ("lives at 3 Monday").
_TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "jan feb mar apr may jun jul aug sep sept oct nov dec april june august"
    # (and the days as a rota names them: "Youth club Tuesdays and Thursdays")
    " mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)


def _landmark(name: str) -> bool:
    """A district or town, maybe with a shop after it: "Harehills", "Chapel Allerton", "the
    Headingley Tesco" (a landmark like a district, not a venue that pins someone down)."""
    words = name.lower().removeprefix("the ").split()
    for cut in range(len(words), 0, -1):
        if " ".join(words[:cut]) in _DISTRICTS:
            rest = " ".join(name.split()[len(name.split()) - len(words) + cut :])
            return not rest or _BARE_SHOP.fullmatch(rest) is not None
    return False


VENUE_WORDS = (
    "Sauna|Saunas|Parlour|Parlor|Massage|Spa|Hotel|Club|Bar|Inn|Lodge|Motel|Salon|Studio|Studios|"
    "Retreat|Lounge|Suites|Apartments|Guest House|B&B|Arms|Tavern|Health Studio|Travelodge|"
    "Cafe|Café|Restaurant|Grill|Diner|Takeaway|Kebabs?|Nails|Beauty|Barbers|Pub|Gym|Hostel|Palace|"
    "Escorts|Agency|Rooms|"
    # the shops a flat is above or a woman works in, named so ("the Radford Launderette", "Kingsway
    # Mini Mart")
    "Launderette|Laundrette|Mart|Minimart|Supermarket|Bakery|"
    # the words massage shops name themselves with ("Oasis Relaxation", "Himalaya Wellness")
    "Relaxation|Wellness"
)

# Venue words that may follow in lower case ("Jasmine Garden massage", "Lotus sauna").
_LOWER_VENUE_WORDS = (
    "sauna|saunas|parlour|parlor|massage|spa|hotel|club|bar|salon|studio|lounge|nails|"
    # ("the Royal Park pub", "the Golden Dragon takeaway", "the Lotus cafe")
    "pub|inn|takeaway|cafe|café|restaurant|hostel|motel|casino|nightclub|chippy|"
    # ("the K-Star karaoke", "the Sea View guest house")
    "karaoke|guesthouse|guest house|"
    # ("Sparkle hand car wash": a car wash, where women are housed and worked)
    "car wash"
)

# Hotel chains named without a venue word ("stayed at the Ibis Budget", "the Travelodge").
_SHOPS = (
    r"(?:Tesco|Sainsbury'?s|Asda|Aldi|Lidl|Morrisons|Spar|Co-?op|Iceland|Greggs|McDonald'?s|Maccies|"
    r"KFC|Subway|Costa|Starbucks|Nando'?s|Wetherspoons?|Spoons|Boots|Superdrug|Poundland|Primark|"
    r"Londis|Budgens|Nisa|One Stop|Premier)"
)

_BARE_SHOP = re.compile(_SHOPS)

_VENUE_WORD_SET = frozenset(w.lower() for w in VENUE_WORDS.split("|")) | {"parlor", "house"}

# "the Police", "the Drop-in", "the Van": capitalised, but services and things, not venues.
_SERVICES = word_set(
    """police van bus drop-in dropin uk nhs council hospital station centre center city town a&e
    gp clinic project team service services charity office home office court courts job jobcentre
    met army navy internet web site app way end start first last same other next rest
    aw ig fb of tg wa pof magistrates magistrates' lgi infirmary sarc gum medicine
    um ums msht cps dwp marac mash cid psni gmp havens bridewell
    su bill xmas christmas oic interchange
    foundation trust lottery rotary bri rvi mri gri hri qmc"""
)

# "the Holbeck area", "the Dawsons Corner roundabout", "the Hunslet trading estate": a district or
# a landmark that names where, not a venue
_DISTRICT_AFTER = re.compile(
    r"\s+(?:area|district|side|end|estate|part|way|direction|region|roundabout|junction|interchange|"
    r"flyover|underpass|trading|industrial|retail|business|ring|"
    # an organisation, not a venue: "the Housing Options team"
    r"team|service|services|project|scheme)\b"
)

# Cheap tests before the costlier patterns: a capitalised street after on/off/in/at; "the" + capital.
_STREET_HINT = re.compile(
    rf"(?:\b(?:on|off|in|at|pon)\s+(?:the\s+)?|\()(?:[A-Z][\w'’-]*\s+)+(?:(?i:{STREET_WORDS})\b|(?:{STREET_WORDS_TITLE})\b)"
)

_THE_CAPITAL = re.compile(r"\b(?i:the)\s+[A-Z]")

# Venue words that begin a sentence and are not names ("Man at Crown Hotel": only "Crown Hotel").
_NOT_VENUE_START = word_set(
    "man men he she they punter client worker incall outcall booked met at in near from went"
)

# Cheap tests before the costly patterns (most notes hold no address): each pattern below runs
# only when the note holds a word that every one of its matches must contain. A test may let
# through a note the pattern then finds nothing in, never the other way round (test_scrubber_places
# checks that on every labelled note), so the spans found are the same.
_DIGIT = re.compile(r"\d")

_LETTER_DIGIT = re.compile(r"(?i:[a-z])\d")

_LETTERS = re.compile(r"[^\W\d_]+")

# (a note's words for the cheap tests: Chinese apart from the Latin letters it touches, "在oxford
# street的" being "oxford" and "street" to the tests as to the patterns)
_WORD_LETTERS = re.compile(r"[^\W\d_\u3400-\u9fff]+|[\u3400-\u9fff]+")

_STREET_END_WORDS = frozenset(STREET_WORDS.split("|")) | {w.lower() for w in STREET_WORDS_TITLE.split("|")}

# (and "guest", the word of "guest house" a note's words hold, for the cheap test before the pattern)
_LOWER_VENUE_WORD_SET = frozenset(_LOWER_VENUE_WORDS.split("|")) | {"guest", "wash"}

_CHAIN_FIRST_WORDS = word_set(
    """travelodge ibis premier holiday novotel hilton marriott radisson mercure malmaison crowne park
    doubletree motel best jurys easyhotel britannia days copthorne ramada campanile yotel hampton
    hotel formule z moxy point hub tesco sainsbury sainsburys asda aldi lidl
    morrisons spar co coop iceland greggs mcdonald mcdonalds maccies kfc subway costa starbucks nando
    nandos wetherspoon wetherspoons spoons boots superdrug poundland primark londis budgens nisa one"""
)


class _Note:
    """What the cheap tests read of a note: its case-folded text and words, and whether it has a
    digit (computed once per pass, never kept after it)."""

    __slots__ = ("digit", "folded", "words")

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()  # (casefold, not lower: "ſt" matches "st" under IGNORECASE)
        self.words = frozenset(_WORD_LETTERS.findall(self.folded))
        self.digit = _DIGIT.search(text) is not None

    def has(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)


# The notes' cheap views made inside `one_view_per_text`, by text (None outside it).
_SHARED_VIEWS: ContextVar[dict[str, _Note] | None] = ContextVar("_SHARED_VIEWS", default=None)


@contextmanager
def one_view_per_text() -> Iterator[None]:
    """Inside it, `note_view` makes each text's view once: the scrubber runs the address, street
    and venue passes on one note, and each made the same view (a third of its cost); the views go
    when it ends, so no note is kept after its scrub."""
    token = _SHARED_VIEWS.set({})
    try:
        yield
    finally:
        _SHARED_VIEWS.reset(token)


def note_view(text: str) -> _Note:
    """The cheap view of `text` (made once per text inside `one_view_per_text`)."""
    shared = _SHARED_VIEWS.get()
    if shared is None:
        return _Note(text)
    view = shared.get(text)
    if view is None:
        view = shared[text] = _Note(text)
    return view


_VENUE_WORD_BEFORE_NAME = word_set(
    "hotel motel hostel sauna spa salon massage parlour parlor club bar pub building block restaurant "
    "cafe café hotelu hotelul edificio edifício budynek blok nail beauty hair tanning "
    # (as the communities' languages write and decline them: "v saunu", "в сауна", "l'hôtel")
    "hôtel saunu sauně saunie salonie klubie salonul clubul "
    "сауна сауне сауну салон салоне отель отеле хотел хотела"
)


# The small words that name no street before a street word in lower case ("lives on the main
# road", "works on a busy street"): a street in lower case is named by other words.
_NOT_LOWER_STREET_NAME = (
    r"(?!(?:the|a|an|this|that|these|those|same|main|ring|high|back|side|his|her|their|my|our|your|one|"
    r"its|busy|quiet|long|other|next|dual|slip|country|each|every|any|some|no|all|which|what|corner|end|"
    r"top|bottom|street|road|benefits|memory|easy|wrong|right|left|open|private|public|usual|local|"
    r"little|big|small|dark|narrow|wide|new|old|nice|rough|dodgy|bus|cycle|fast|slow|middle|inside|"
    r"outside|on|off|in|at|to|of|up|down|by|near|from|and|or|with|into|onto|viva)\b)"
)

# A street in lower case right after a venue, with "on" or without, as texts name a branch:
# "premier inn wharf rd", "the ibis lower mosley st", "da kfc on kirkstall rd".
_LOWER_STREET_AFTER = re.compile(
    rf"(?:[ \t]+(?:on|off))?[ \t]+(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*[ \t]+){{1,2}}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|terrace|crescent|cres|grove|parade|way|walk|drive|place|pl)\b\.?(?![\w-])"
    # ... or an old street named "-gate" after "on" ("the spoons on briggate"; not a town: "on harrogate")
    rf"|[ \t]+(?:on|off)[ \t]+(?!(?:tail|flood|toll|lych|stair|water|{_GATE_TOWN_NAMES.replace(' ', '|')})\b)"
    r"[a-z]{3,}gate\b(?![\w'’-])"
)


_LAST_WORD = re.compile(r"([A-Za-z]+)\.?$")

_NUMBER_AFTER_COMMA = re.compile(r",[^\S\n]*(?i:no\.?|nr\.?|number|num\.?)[^\S\n]*\d{1,4}[a-z]?\b(?![.:]\d)")


# (what comes before a street's name in `_ON_STREET`: "on the ", ", in ", " (off ")
_PREPOSITION = re.compile(r"^\s*,?\s+\(?(?:(?:on|off|in|at|pon)\s+)?(?:the\s+)?")


def _with_street(text: str, end: int, *, lower: bool = True) -> int:
    """`end` moved past a street named right after a venue ("the Spar on Harehills Lane"), or
    (`lower`) after a venue's name, in lower case and without "on" ("premier inn wharf rd")."""
    match = _ON_STREET.match(text, end)
    if match is not None and is_district(_PREPOSITION.sub("", match.group(0))):
        match = None  # "the Majestic Sauna in Finsbury Park": a listed district, not its street
    if match is None:
        after = _LOWER_STREET_AFTER.match(text, end) if lower else None
        if after is not None:
            return after.end()
        # (a place that ends in its street already: "the flat above the nail bar on Chapeltown Road")
        last = _LAST_WORD.search(text, max(0, end - 16), end)
        number = (
            _NUMBER_AFTER_COMMA.match(text, end)
            if last and last.group(1).lower() in _STREET_END_WORDS
            else None
        )
        return number.end() if number else end
    # "on Chapeltown Road, No. 204": the house number after a comma goes with its street
    number = _NUMBER_AFTER_COMMA.match(text, match.end())
    return number.end() if number else match.end()


def sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'‘“")
    return not before or before[-1] in ".!?:;\n"
