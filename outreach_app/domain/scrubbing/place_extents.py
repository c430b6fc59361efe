"""A named place widened to the part of it the note names: "the car park behind the Regent
pub", "the alley behind Yates's", "the garages behind 14-16 Pearson Park", "the old Kwik Save car
park", "Kirkstall Valley Retail Park car park".

A spot named by the named place next to it (a car park, an alley, a doorway, a caravan, a bus
shelter) is as identifying as the place itself and is written as one phrase with it; leaving
"the car park behind" in the text keeps the shape of the place in the note. Only a place another
pass already found is widened: "the car park behind the shop" names nothing and stays
(test_scrubber_places).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.place_lexicon import STREET_WORDS_TITLE, Found
from outreach_app.domain.scrubbing.spans import Kind, word_set

# The street words that are nothing else, for a street a place is off (see `_PART_AFTER`).
_OFF_STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|grove|gardens|gdns|parade"
)

# The spots a named place holds or has next to it, as notes name them.
_SPOT = (
    # (the north's and Scotland's passages: "ginnel", "gennel", "snicket", "pend"; "the bit behind")
    r"(?:car[ \t]?park|multi-?storey|alley(?:way)?|ginnel|gennel|snicket|pend|bit|passage|caravan|"
    r"bus[ \t]+(?:shelter|stop)|"
    r"garages?|lock-?ups?|doorway|door|entrance|underpass|subway|toilets?|loos?|scrapyard|yard|"
    r"lay-?by|arches|stairwell|fire[ \t]+escape|bins|steps|back[ \t]+room|flat|flats|rooms?|bedsit|"
    r"basement|shed|tent|lorry[ \t]+park|forecourt|petrol[ \t]+station|garden|field|"
    r"waste[ \t]*ground|wasteland|site|unit)"
)

# "the car park behind ", "the blue door next to ", "the alley round the back of ", "the car
# park of ": a spot and where it is from the place after it (up to two words before the spot:
# "the old brewery yard behind"). Only on one line, and only with an article or "her"/"his"
# before it ("a room at", "the flat on": a dwelling on its street is the street pass's).
_SPOT_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:the|a|an|her|his|their|da|tha|di)[ \t]+"
    r"(?:(?!(?i:the|a|an|and|or|in|at|on|of|to)\b)[a-z][\w'’-]*[ \t]+){0,2}?"
    rf"(?i:{_SPOT})[ \t]+"
    r"(?i:behind|opposite|next[ \t]+to|next[ \t]+door[ \t]+to|beside|by|under|underneath|below|above|over|"
    # ("the lay-by past the Esso", "the bus stop near the Co-op")
    r"outside|past|near|across[ \t]+from|in[ \t]+front[ \t]+of|(?:at|round|out)[ \t]+the[ \t]+back[ \t]+of|"
    r"(?<=park[ \t])(?:of|at)|off"
    # ("the doorway of the old Beatties building", "the stairwell of Lovell Park Towers")
    r"|(?:(?<=doorway[ \t])|(?<=stairwell[ \t])|(?<=entrance[ \t])|(?<=steps[ \t])|(?<=yard[ \t]))of)"
    r"[ \t]+$"
)

# "the old Kwik Save", "the 24hr Tesco", "da ibis", "di Dragon Inn": the article (as texts and
# Caribbean English write it) and a word of which one, before a place found without them.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:the|da|tha|di|de)[ \t]+"
    r"(?:(?i:old|former|new|24[ \t-]?(?:hr|hour)s?|all[ \t-]night|big|little|closed|derelict|empty)[ \t]+)?$"
)

# "Kirkstall Valley Retail Park car park": the car park of a named place.
_PART_AFTER = re.compile(
    r"[ \t]+(?i:car[ \t]?park|site|grounds|premises|shopping[ \t]+cent(?:re|er)|retail[ \t]+park)\b"
    # (and what a named block is, in lower case: "Room 12, Cardigan House hostel")
    r"|(?<=[a-z])[ \t]+(?:hostel|refuge|flats|halls|b&b|guest[ \t]?house)\b"
    # (and the plot or pitch of a caravan on a named park: "Sunnyside Holiday Park, plot 47")
    r"|,?[ \t]+(?i:plot|pitch|chalet|caravan|static)[ \t]+(?i:no\.?[ \t]*)?\d{1,4}[a-zA-Z]?\b(?![.:]\d)"
    # (and, after a comma, a hotel's room in the writer's language, "Tong Road, camera 21", or its
    # floor in Chinese, "Fortune Massage, 2楼": without the comma, or in English, the room is
    # found apart and the two spans leave nothing between them)
    r"|,[ \t]*(?i:camera|chambre|habitaci[oó]n|quarto|pok[oó]j|zimmer|kamer|kamra)[ \t]+"
    r"\d{1,4}[a-zA-Z]?\b(?![.:]\d)"
    r"|,?[ \t]*\d{1,3}[ \t]*(?:楼|樓|层|層|室|号|號)"
    # (and the floor of a named block, after a comma or in brackets: "Lincoln Court, 11th floor",
    # "the Kestrel Towers (9th floor)": which flat of the block, as a flat's number says)
    r"|(?:,[ \t]*|[ \t]+\([ \t]*)(?:\d{1,2}(?:st|nd|rd|th)|(?i:ground|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|top))[- ](?i:floor)\b(?:[ \t]*\))?"
    # (and a venue's rooms or flat upstairs: "the Park Hotel's rooms upstairs")
    r"|(?:(?<=[A-Za-z]['’]s)|['’]s)[ \t]+(?i:rooms?|flats?|bedsits?)(?:[ \t]+(?i:upstairs|above))?\b"
    # (and the estate a street names: "Canal Wharf Ind. Est.", "Mill Lane Trading Estate")
    # (a block's name may have taken "Ind" as its last word: "Unit 7, Aire Valley Ind. Est.")
    r"|(?<=Ind)\.?[ \t]+Est(?:ate)?\b\.?"
    r"|[ \t]+(?:Ind(?:ustrial)?\.?[ \t]+Est(?:ate)?\b\.?"
    r"|(?:Industrial|Trading|Business)[ \t]+(?:Estate|Park)\b)"
    # (and the street it is off: "flat 14, Westfield Court, off Burley Rd", "Glenbank Place off the
    # Antrim Road": which of the places of that name)
    r"|,?[ \t]+(?i:off)[ \t]+(?:(?i:the)[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    rf"(?:(?i:{_OFF_STREET_WORDS})\b\.?|(?:{STREET_WORDS_TITLE})\b)"
)

# A house known by its name before its street, a comma between, as rural and sponsors' addresses
# are written: "Holly Barn, Old Station Lane", "The Old Rectory, Church Lane", "The Oaks, 14
# Glenbrook Cres". The name ends in a word for a house, or begins with a capital "The".
_NAMED_HOUSE_BEFORE = re.compile(
    r"(?<![\w'’&-])(?:(?:[A-Z][a-z'’-]+[ \t]+){1,2}"
    r"(?:Barn|Cottage|Cottages|Farm|Farmhouse|House|Lodge|Manor|Grange|Rectory|Vicarage|Hall|Mill|"
    r"Bungalow|Villa|Croft|Chapel|Schoolhouse|Coach[ \t]+House|Stables|Oast)"
    r"|The[ \t]+[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?"
    # (a Welsh house named with its word for a house first: "Ty Coch, 9 Pen y Dre", "Plas Newydd, ...")
    r"|(?:Ty|Tŷ|Bwthyn|Plas|Fferm|Hafod)[ \t]+[A-Z][a-z'’-]+"
    # (post sent care of someone or somewhere: "c/o St Anne's, 6 Briggate")
    r"|(?P<care>(?i:c/o)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})),[ \t]*$"
)

# (a public building, not a home: "Town Hall, Oak Street" says where a service is)
_NOT_A_HOUSE = re.compile(
    r"\b(?:Police|Council|Town|City|Civic|Crown|Magistrates|Community|Court|County|Job)\b"
)

# "14b Oak Lane, above the Polski sklep", "47 Hessle Road, HU3 2AB, next to the bookies": the
# landmark right after an address says which door of it (a place found there is joined by the
# scrubber; this is for the shop no pass names). Only after a comma, with "the", a landmark that
# ends the clause, and not a vehicle or a counter ("on Oak Road, behind the wheel"); without the
# comma it is where something is ("the Bay Court car park behind the shops" keeps the shops).
_LANDMARK_AFTER = re.compile(
    r",[ \t]+(?:(?i:just|right)[ \t]+)?(?i:above|next[ \t]+to|next[ \t]+door[ \t]+to|opposite|behind|beside|"
    r"across[ \t]+from)[ \t]+(?i:the)[ \t]+"
    r"(?!(?i:wheel|van|car|taxi|cab|bar|counter|till|desk|scenes|times)\b)"
    r"(?P<what>[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,2}?)"
    r"(?=[ \t]*(?:[,.;!?\n)]|$|"
    r"(?i:and|but|with|now|since|for|so|cos|because|when|where|who|til|till|until)\b))"
)

_PLACE_LIKE = frozenset({Kind.PLACE, Kind.ADDRESS})

# (what `_PART_AFTER` can begin with: a cheap test before it)
_PART_STARTS = frozenset(" \t,.'’") | frozenset("0123456789")

# The last word before a place that each widening needs (a cheap test before its pattern: most
# places found have none of them before them).
_SPOT_LAST = word_set(
    "behind opposite to beside by under underneath below above over outside from of at past near off"
)
_ARTICLE_LAST = word_set(
    "the da tha di de old former new 24hr 24hrs 24-hr 24-hour hour hours night all-night big little closed"
    " derelict empty"
)


def _last_word(text: str, start: int) -> str:
    """The word right before `start` (after one space or tab), lower-cased, or ""."""
    if start < 2 or text[start - 1] not in " \t":
        return ""
    before = text[max(0, start - 12) : start - 1].rstrip(" \t")
    cut = max(before.rfind(" "), before.rfind("\t"), before.rfind("\n"))
    return before[cut + 1 :].lower()


def widened(text: str, start: int, end: int, kind: Kind) -> Found:
    """The span of a place found at `start`..`end` with the spot before it, the article and
    "old" before it (a venue), its car park, plot or room after it, or the house's name before
    it (an address), if the note names them."""
    if kind not in _PLACE_LIKE and kind is not Kind.POSTCODE:
        return start, end, kind
    landmark = _LANDMARK_AFTER.match(text, end) if text[end : end + 1] == "," else None
    if kind is Kind.POSTCODE:  # (a postcode with the landmark after it is an address's last part)
        return (start, landmark.end(), Kind.ADDRESS) if landmark is not None else (start, end, kind)
    if landmark is not None:
        end = landmark.end()
    if text[end : end + 1] in _PART_STARTS:
        after = _PART_AFTER.match(text, end)
        if after is not None:
            end = after.end()
    last = _last_word(text, start)
    if kind is Kind.PLACE and last in _ARTICLE_LAST:
        article = _ARTICLE_BEFORE.search(text, max(0, start - 24), start)
        if article is not None:
            start = article.start()
            last = _last_word(text, start)
    if kind is Kind.ADDRESS and text[start - 2 : start] == ", ":
        house = _NAMED_HOUSE_BEFORE.search(text, max(0, start - 40), start)
        if house is not None and (house.group("care") or not _NOT_A_HOUSE.search(house.group(0))):
            start = house.start()
            last = _last_word(text, start)
    # (after the article: "the car park of the Holbeck Working Men's Club")
    spot = _SPOT_BEFORE.search(text, max(0, start - 60), start) if last in _SPOT_LAST else None
    if spot is not None:
        return spot.start(), end, Kind.PLACE
    return start, end, kind


def with_spots(finder: Callable[[str], Iterator[Found]]) -> Callable[[str], Iterator[Found]]:
    """`finder`, each place it finds widened to the spot the note names with it (`widened`).

    The place as found comes first, then the wider one: the scrubber lets a span that holds an
    earlier one of its group whole replace it, and keeps the earlier one when the wider span
    only crosses a place found before ("Flat 6, Marlowe House" found whole, then "Marlowe House,
    3 Sidney St"), so widening never loses a place."""

    def with_spots(text: str) -> Iterator[Found]:
        for found in finder(text):
            yield found
            wider = widened(text, *found)
            if wider != found:
                yield wider

    with_spots.__doc__ = finder.__doc__
    return with_spots
