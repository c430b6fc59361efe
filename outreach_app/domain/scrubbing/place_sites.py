"""Places named by what they are or what is next to them, not by a street and number: "the flat
above the bookies", "the massage place on Roundhay Rd", a named estate, car park or lay-by, and
the corner where two streets meet."""

from __future__ import annotations

from collections.abc import Iterator

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.names import CAR_MAKES, NOT_NAMES, english_words
from outreach_app.domain.scrubbing.place_lexicon import (
    _BARE_SHOP,
    _CHAIN_FIRST_WORDS,
    _DIRECTION,
    _DISTRICT_AFTER,
    _SERVICES,
    _SHOPS,
    STREET_WORDS,
    STREET_WORDS_TITLE,
    Found,
    _landmark,
    _Note,
    _with_street,
)
from outreach_app.domain.scrubbing.spans import Kind, word_set

# A kind of venue or a shop placed by its street is one place: "the massage place on Roundhay
# Rd", "a sauna off Kirkstall Road", "the old Co-op on Tong Road", "the bar on Lower Briggate".
_KIND_WORDS = (
    r"saunas?|spa|massage(?:\s+(?:place|shop|parlou?r|house))?|parlou?r|brothel|club|nightclub|bar|pub|"
    # (not a hostel or a hotel: "she sleeps at the hostel on [address]" says what she needs)
    r"salon|takeaway|chippy|cafe|café|restaurant|bookies|garage|offy|off-licence|"
    r"launderette|barbers?|shop|air\s?bnb|"
    # and every other place a street holds, where she lives, works, sleeps or was taken: "a house
    # on Tempest Road", "the multi-storey on Clarendon Road", "the Lidl doorway on Kirkstall Road",
    # "a unit on the Cross Green Industrial Estate" (not a person or a car on it: "the man on ...")
    r"house|flat|flats|unit|bedsit|maisonette|property|squat|crack\s+house|building|block|doorway|"
    r"multi-?storey|car\s+park|scrapyard|yard|warehouse|factory|site|lay-?by|car\s+wash|alley(?:way)?|"
    r"underpass|arches|church|bus\s+(?:shelter|stop|station)|coach\s+station|phone\s+box|cash\s?point|"
    r"petrol\s+station|kfc|"
    r"mcdonald'?s|greggs|chemist|pharmacy|bakery|bakers|newsagents?"
)

_KIND_WORD_SET = word_set(
    "sauna saunas spa massage parlour parlor brothel club nightclub bar pub salon "
    "takeaway chippy cafe café restaurant bookies garage offy off launderette barber barbers shop airbnb bnb "
    "house flat flats unit bedsit maisonette property squat building block doorway multi multistorey storey "
    "park scrapyard yard warehouse factory site lay layby wash alley alleyway underpass arches church bus "
    "box cash cashpoint point station kfc mcdonald mcdonalds greggs chemist pharmacy bakery bakers newsagent "
    "newsagents"
)

_ON_OFF = word_set("on off pon")

_KIND_BEFORE_STREET = re.compile(
    # (and as texts spell the article: "da flat", "tha garage"; and whose: "her flat on ...")
    # ("him yard pon Lozells Rd": whose and "on" as Caribbean English says them)
    r"\b(?i:the|a|an|that|this|da|tha|her|his|their|my|him|har|mi)\s+"
    r"(?:(?!(?i:the|a|an|to|and|or|in|at|on|off|from|into|her|his|their|my)\b)[A-Za-z][a-z'’-]*\s+){0,2}?"
    rf"(?:(?i:{_KIND_WORDS})|(?i:{_SHOPS}))\b(?=\s*,?\s+\(?(?:on|off|pon)\s)"
    # ... and a shop named without "the", as texts do: "meet me outside greggs on briggate"
    r"|(?:(?<=(?i:outside) )|(?<=(?i:near) )|(?<=(?i:behind) )|(?<=(?i:opposite) ))"
    rf"(?i:{_SHOPS})\b(?=[ \t]+(?:on|off)[ \t])"
)

# ... and with no article, as notes in a second language drop it: "close to Shell garage on
# Stratford Road", "at Lotus massage on Oak Lane" (a capitalised name before the kind).
_NAMED_KIND_BEFORE_STREET = re.compile(
    r"\b(?i:to|near|at|by|outside|behind|opposite|from|in|into)\s+(?P<name>[A-Z][\w'’-]*)\s+"
    rf"(?:(?i:{_KIND_WORDS})|(?i:{_SHOPS}))\b(?=\s*,?\s+\(?(?:on|off)\s)"
)

# Two streets that meet are one place, and so is the house on their corner: "the house on the
# corner of Ashton Road and Nowell Mount", "corner of Kirkstall Rd / Viaduct Rd".
_CAPITAL_STREET = (
    rf"(?:[A-Z][A-Za-z'’-]*\s+){{1,3}}(?:(?i:{STREET_WORDS})\b\.?|(?:{STREET_WORDS_TITLE})\b){_DIRECTION}"
)

_CORNER = re.compile(
    r"(?P<home>\b(?:(?i:the|a|her|his|their)\s+)?(?i:house|flat|place|shop|building|bedsit|maisonette)\s+"
    r"(?i:on|at)\s+(?i:the\s+)?)?"
    rf"\b(?i:corner)\s+(?i:of)\s+(?P<a>{_CAPITAL_STREET})\s*(?:(?i:and)|&|/|\+)\s*{_CAPITAL_STREET}"
)

# A named site where she sleeps, works or was taken: a housing estate ("the Gurnos estate", "on
# the Woodberry Down estate"), an industrial estate, a car park, a lay-by or a multi-storey ("the
# Asda car park", "the Bluebell lay-by", "Frenchgate car park"). Unnamed ones ("the car park",
# "the industrial estate") and estates named after a district ("the Lincoln Green estate") stay.
_SITE = re.compile(
    r"(?P<the>\b(?i:the)\s+)?(?<![\w'’-])(?P<name>(?:(?!(?:The|In|On|At|By|To|Of|A|An|And|Or|From|Near|Behind|"
    r"Outside|Past|His|Her|Their|My|Our|Your)\b)[A-Z][\w'’&-]*\s+){1,3})"
    r"(?P<kind>(?i:industrial|trading|business|retail)\s+(?i:estate|park)"
    r"|(?i:car[ -]?park|multi-?storey|lay-?by)|(?i:estate)"
    # a caravan or holiday park, a truck stop: where she lives or works, named like an estate
    r"|(?i:holiday|caravan|leisure|mobile[ -]home|park[ -]home|residential)\s+(?i:park|village)|"
    r"(?i:caravan|travell?ers'?)\s+(?i:site)|(?i:truck|lorry)\s+(?i:stop|park))\b"
)

_SITE_WORDS = word_set("estate park carpark storey multistorey lay layby")
# (a caravan site, a truck stop, a holiday village: "site", "stop" and "village" alone are common
# words, so the pattern runs for them only beside a word of what kind)
_SITE_KIND_WORDS = word_set(
    "caravan travellers travelers traveller traveler truck lorry holiday leisure residential"
)
_FLATS_WORDS = word_set("flats maisonettes towers")
# A block of flats named for what it is called, after a word of where: "working from the rosebery
# flats", "she's in the Rosebery flats" ("the Lovell Park flats" is named for a district).
_NAMED_FLATS = re.compile(
    r"\b(?i:from|in|at|to|outside|behind|near|into|outta)\s+(?i:the)\s+"
    r"(?P<name>[A-Za-z][a-z'’-]{2,}(?:\s+[A-Z][a-z'’-]+)?)\s+(?i:flats|maisonettes|towers)\b"
)

_ABOVE_WORD = re.compile(
    r"\b(?:above|over|behind|next|opposite|under|below|beneath|underneath|beside|round|back|across)\b",
    re.IGNORECASE,
)

_ABOVE = re.compile(
    # (with up to two words between: "the new massage place above the nail bar")
    r"(?:\b(?:the|a|her|his|their|my|them|those|some|da|tha)\s+(?:(?!(?:the|a|an|and|or|in|at|on)\b)[a-z][\w'’-]*\s+){0,2}?)?"
    r"\b(?:flat|room|rooms|place|upstairs|house|home|bedsit|basement|maisonette|lives|living|works|working|stays|"
    r"staying|sleeps|sleeping|based|she's|he's|shes|hes|it's|its|"
    # ("her flat is the one above the launderette": not a venue's, "Lotus Spa (the one next to ...)")
    r"(?<=(?i:is the) )one|"
    # the buildings she lives in, placed by what is next to them: "the flats behind the co-op"
    r"(?P<block>flats|houses|bedsits|maisonettes?|block|tower block|bungalows?|terraces?))"
    r"\s+(?:is\s+|are\s+)?(?:just\s+|right\s+)?"
    r"(?:(?:above|over|behind|next to|next door to|opposite|under|across from|round the back of|"
    r"(?:out|round|at) the back of)\s+(?:the\s+|a\s+)?"
    # (these are adverbs as often: "the flat below is empty", "lives below her"; with an article only)
    r"|(?:below|beneath|underneath|beside)\s+(?:the|a|an)\s+)"
    r"(?P<what>[^,.;!?\n]{2,40}?)"
    # the landmark ends at a stop, or at the small words that begin the rest of the sentence
    # ("the flats behind the big Tesco in Seacroft and ...", "... the Shell garage last month")
    r"(?=\s*(?:[,.;!?\n]|$|\b(?:that|where|which|and|but|with|til|till|until|now|since|for|so|"
    r"cos|because|last|this|when|in|at|from|who|he|she|they|please|after|before|then|"
    # (and as texts write "and": "the flat above the chippy on Tong Rd an her fella ...")
    # (and the words of a text that begin the rest of it: "above Kebab King on Stryd Fawr u gave me")
    r"an|n|nd|u|ur|coz|cuz|wen|wiv)\b))",
    re.IGNORECASE,
)

# "the flats behind the co-op" is where she lives only after a word of living there ("she's
# staying in", "moved into"); otherwise it is a landmark where something happened.
_LIVES_IN_BEFORE = re.compile(
    r"\b(?:liv(?:es?|ing|in)|stay(?:s|ing|in)?|stopping|sleep(?:s|ing|in)?|moved|moving|rent(?:s|ing|in)?|"
    r"i'?m|i am|she'?s|he'?s|is|are|address)\s+(?:(?:now|still)\s+)?(?:in|at|into|to)\s+$",
    re.IGNORECASE,
)

_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)

# What a worker is behind or at the back of that places no one: a counter, a vehicle.
_NOT_A_LANDMARK = re.compile(
    r"(?:(?:his|her|their|my|a|the)\s+)?(?:bar|counter|desk|till|wheel|van|car|taxi|cab|lorry|truck|vehicle|motor)"
    # (nor a pronoun, which names nothing the note has not named: "runs the car wash and the flat above it")
    r"|it|them|that|this|there|those|these|him|her|us|me",
    re.IGNORECASE,
)

# A room booked under a name is booked in that name, not placed under anything ("booked the room
# under a false name", "the room under the name J. Morgan").
_UNDER_A_NAME = re.compile(r"\b(?i:names?|alias)\b")

_ABOVE_WORDS = word_set(
    "above over behind next opposite under below beneath underneath beside round back across"
)


def site_spans(text: str, note: _Note) -> Iterator[Found]:
    """A place named by what is next to it or what it is: "the flat above the bookies", "the
    massage place on Roundhay Rd", "the Gurnos estate", "the corner of Ashton Road and Nowell
    Mount" (`note`: the note's cheap view, `place_lexicon._Note`)."""
    # (first: "above the nail bar on roundhay rd" is one place, not a street and a stray "the nail bar")
    above = _ABOVE.finditer(text) if note.has(_ABOVE_WORDS) and _ABOVE_WORD.search(text) else iter(())
    for match in above:
        if match.group("block") and not _LIVES_IN_BEFORE.search(
            text, max(0, match.start() - 24), match.start()
        ):
            continue
        # "works behind the bar", "round the back of a van" (a counter or a vehicle), and "her flat
        # is above a shop" (one word after "a" places nothing)
        what = match.group("what")
        if (
            _NOT_A_LANDMARK.fullmatch(what)
            or (_A_BEFORE.search(text, 0, match.start("what")) and " " not in what)
            or _UNDER_A_NAME.search(what)
        ):
            continue
        yield match.start(), _with_street(text, match.end("what")), Kind.PLACE
    kind_on = note.has(_ON_OFF) and (note.has(_KIND_WORD_SET) or note.has(_CHAIN_FIRST_WORDS))
    for match in _KIND_BEFORE_STREET.finditer(text) if kind_on else ():
        end = _with_street(text, match.end())
        # ("the flats on the Rose Hill estate": the estate is named whole by the site pass below)
        if end > match.end() and not _DISTRICT_AFTER.match(text, end):
            yield match.start(), end, Kind.PLACE
    for match in _NAMED_KIND_BEFORE_STREET.finditer(text) if kind_on else ():
        end = _with_street(text, match.end())
        name = match.group("name").lower()
        if end > match.end() and name not in NOT_NAMES and name not in _SERVICES:
            yield match.start("name"), end, Kind.PLACE
    for match in _SITE.finditer(text) if note.has(_SITE_WORDS) or note.has(_SITE_KIND_WORDS) else ():
        name = match.group("name").strip()
        words = [w.lower() for w in name.split()]
        if any(w in NOT_NAMES or w in CAR_MAKES for w in words) or words[0] in _SERVICES:
            continue  # "a blue Vauxhall Astra estate", "the Council estate"
        housing = match.group("kind").lower() == "estate"
        if _landmark(name):
            continue  # "the Lincoln Green estate", "the Hunslet trading estate": a district's
        if name[-2:] in {"'s", "’s"} and _BARE_SHOP.fullmatch(name) is None:
            continue  # "Vicar's car park": whose, not which (a shop's is: "Sainsbury's car park")
        start = match.start("the") if match.group("the") else match.start("name")
        yield start, match.end(), Kind.ADDRESS if housing else Kind.PLACE
    for match in _NAMED_FLATS.finditer(text) if note.has(_FLATS_WORDS) else ():
        name = match.group("name")
        lower = name.lower()
        words = lower.split()
        ordinary = name[0].islower() and lower in english_words()
        if not (ordinary or any(w in NOT_NAMES for w in words) or words[0] in _SERVICES or _landmark(name)):
            yield match.start("name") - 4, match.end(), Kind.PLACE
    for match in _CORNER.finditer(text) if "corner" in note.words else ():
        yield match.start("home") if match.group("home") else match.start("a"), match.end(), Kind.ADDRESS
