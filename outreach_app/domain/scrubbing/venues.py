"""Named venues: saunas, parlours, hotels, pubs, clubs, chains with their branch, a venue in a
form's field, in quotes or with what it is in brackets ("the Oasis Sauna", "Travelodge Leeds
Central", "Venue: Cleopatras", "works at 'Secrets'", "Caprice (the sauna ...)") become
`[place]`; a kind of venue ("the strip club", "a nail bar") and a district stay."""

from __future__ import annotations

from collections.abc import Iterator

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.names import CAR_MAKES, CAR_MODELS, NOT_NAMES
from outreach_app.domain.scrubbing.place_lexicon import (
    _BARE_SHOP,
    _CHAIN_FIRST_WORDS,
    _DISTRICT_AFTER,
    _DISTRICT_LAST,
    _LETTERS,
    _LOWER_VENUE_WORD_SET,
    _LOWER_VENUE_WORDS,
    _NOT_VENUE_START,
    _ON_STREET,
    _PREPOSITION,
    _SAINT_AFTER,
    _SERVICES,
    _SHOPS,
    _STREET_END_WORDS,
    _STREET_HINT,
    _THE_CAPITAL,
    _TIME_WORDS,
    _VENUE_KINDS,
    _VENUE_WORD_BEFORE_NAME,
    _VENUE_WORD_SET,
    STREET_WORDS,
    VENUE_WORDS,
    Found,
    _landmark,
    _Note,
    _with_street,
    is_district,
    note_view,
    sentence_start,
)
from outreach_app.domain.scrubbing.spans import Kind, word_set

# A venue named after what it is: "a parlour called Angels", "a sauna called the Pink Pearl".
_CALLED_VENUE = re.compile(
    r"\b(?i:sauna|parlou?r|massage(?:\s+(?:place|shop|parlou?r))?|spa|brothel|agency|club|bar|pub|hotel|"
    r"salon|flat|building|block|hostel|shop|place|house)\s+(?i:called|named|known as)\s+"
    r"(?P<name>(?:(?i:the)\s+)?[A-Z][A-Za-z'’&-]*(?:\s+[A-Z][A-Za-z'’&-]*){0,2})"
)

_CHAIN = re.compile(
    # ("the Hotel Ibis", as other languages order it: capitalised, "Hotel" is the name's first word;
    # "the hotel Travelodge" keeps its kind word)
    r"\b(?:Hotel[^\S\n]+)?"
    r"(?i:hampton by hilton|travelodge|ibis(?:\s+(?:budget|styles))?|premier inn|"
    r"holiday inn(?:\s+express)?|novotel|"
    r"hilton|marriott|radisson(?:\s+blu)?|mercure|malmaison|crowne plaza|park plaza|doubletree|"
    r"motel one|best western|jurys inn|easyhotel|britannia hotel|days inn|"
    r"copthorne|ramada(?:\s+encore)?|campanile|yotel|hotel du vin|formule 1|z hotel|moxy|point a hotel|"
    r"hub by premier inn)\b"
    # (its branch typed in lower case, as texts are: "premier inn city north", "the ibis central")
    r"(?:[ \t]+(?:city|centre|center|central|north|south|east|west|airport|docks?|arena|station|riverside|"
    r"waterfront)\b(?![ \t]+of\b)){0,3}"
    # with its branch: "Travelodge Leeds Central", "Premier Inn City Centre"
    # ... and the street it is on: "Travelodge Leeds Central Vicar Lane", "Ibis Leeds Centre Marlborough St"
    rf"(?:\s+(?!(?:The|On|In|At|For|And|But|With|From|To|By)\b)[A-Z][a-z]+\b(?!\s+(?i:{STREET_WORDS})\b)){{0,3}}"
    rf"(?:\s+[A-Z][a-z]+\s+(?i:{STREET_WORDS})\b(?!{_SAINT_AFTER}))?"
    # a shop named with its branch pins a place down; the bare chain name is a landmark, like a
    # district ("behind Aldi, Kirkstall" stays; "Tesco Express", "the Spar on Harehills Lane" go)
    rf"|\b{_SHOPS}(?:\s+(?:Express|Extra|Metro|Local|Superstore)\b|(?=\s*,?\s+\(?"
    # (not a day: "a job interview at the Co-op on Monday")
    r"(?:on|off)\s+(?:the\s+)?"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Xmas|Boxing|New Year|Easter)[a-z]*\b)[A-Z])"
    # (or in a shopping centre named after it: "meet at Costa in the Trinity Centre")
    r"|(?=[ \t]+(?:in|at)[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:Shopping[ \t]+)?"
    r"(?:Centre|Center|Arcade|Mall)\b))"
)

# A chain's branch named by the landmark next to it: "the Travelodge near the station".
_BRANCH_BY_LANDMARK = re.compile(
    r"\s+(?:near|by|opposite|next to|behind|at)\s+the\s+(?:(?:train|bus|coach|railway)\s+)?"
    # (and the waterfront's and a town's landmarks: "the Premier Inn by the marina")
    r"(?:station|airport|arena|university|uni|hospital|motorway|services|retail park|docks?|marina|harbour|"
    r"quayside|pier|seafront|beach|cathedral|stadium|racecourse|castle|ring road|bypass)\b",
    re.IGNORECASE,
)

_ROAD = re.compile(r"[AMB]\d{1,4}(?:\([MT]\))?\b")

_FESTIVALS = word_set("christmas xmas easter eid diwali ramadan new hanukkah halloween bonfire weekend")

# ... or by a named one: "the Ibis at Birmingham Airport", "the Hilton at the NEC", "the Premier
# Inn by Meadowhall" (a town alone stays: "the Travelodge near Leeds").
_BRANCH_BY_NAMED = re.compile(
    # (or after a comma: "the Days Inn, Wetherby services")
    r"(?:[^\S\n]+(?i:near|by|opposite|next to|behind|at|in(?=[^\S\n]+the[^\S\n]))|,)[^\S\n]+"
    r"(?:(?P<the>(?i:the))[^\S\n]+)?"
    r"(?P<name>(?:(?!(?:The|A|An|He|She|They|It|I|We|His|Her|Their|My)\b)[A-Z][\w&'’-]*[^\S\n]+){1,3}"
    # a facility by its name ("Leeds Airport", "Sheffield Arena", "Junction 25", "Ferrybridge
    # services"), or one known by its letters ("the NEC", "the O2"); a name alone may be a district,
    # which stays
    r"(?:(?i:Airport|Arena|Stadium|Station|Services|Retail[^\S\n]+Park|Shopping[^\S\n]+Centre)|Centre|"
    r"Hospital|Infirmary|University|Junction[^\S\n]+\d{1,3}|Interchange|Exchange|Park|Quays|Dock|Docks)\b"
    # ... or a motorway's junction alone ("the Ibis Budget by Junction 28")
    r"|(?i:junction|jct|j)[^\S\n]*\d{1,3}\b(?![.:]\d)"
    r"|(?:[A-Z][A-Z\d]{1,4})\b(?![\w&'’-])"
    # ... or a landmark named with "the" ("the Premier Inn by the Armouries"): a district takes none
    r"|(?<=the )[A-Z][a-z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*)?(?![\w&'’-])"
    # ... or an airport known by its name alone ("the Holiday Inn near Heathrow")
    r"|(?:Heathrow|Gatwick|Stansted)\b)"
)

_VENUE = re.compile(
    # ("Nails & Beauty Bar": "&" between the words of the name)
    # (and a name in the writer's own letters before the word: "Ocakbaşı Grill", "Złota Sauna")
    rf"\b(?:(?!The\b)[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*\s+(?:&\s+)?){{1,3}}(?:{VENUE_WORDS})\b"
    rf"(?:\s*&\s*(?:{VENUE_WORDS})\b)?"
    # (a name in the writer's own letters: "Sauna Paraíso", "Hotel Málaga")
    rf"|\b(?:Club|Hotel|Bar|Sauna|Spa|Casa|Villa)\s+(?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*)?"
    # "Sauna 88", "Club 51": a venue named by a number
    r"|\b(?:Club|Bar|Sauna|Spa|Massage|Parlour|Studio|Suite)\s+\d{1,4}\b"
)

# The venue word before the name, as other languages order it ("she stay in hotel Queens", "we
# work in massage Lotus", "apartment 4 at building Sovereign"): a lower-case venue word, then a
# capitalised name that is no ordinary word, day or district.
_WORD_THEN_NAME = re.compile(
    # (French's article glued to its venue word goes with it: "à l'hôtel Ibis")
    r"(?:\b[lL]['’])?"
    r"\b(?:hotel|motel|hostel|sauna|spa|salon|massage|parlou?r|club|bar|pub|building|block|restaurant|"
    r"cafe|café|hotelu|hotelul|edificio|edifício|budynek|blok|"
    # ... and the venue words of the communities' languages, as they are declined ("v saunu Paradise",
    # "w saunie Venus", "în salonul Diva", "в сауна Venus", "в отеле Hilton", "l'hôtel Ibis")
    r"hôtel|saunu|sauně|saunie|salonie|klubie|salonul|clubul|сауна|сауне|сауну|салон|салоне|отель|отеле|"
    r"хотел|хотела"
    # ... or two words of what it is ("massage shop Golden Lotus", "Nail bar Queen Nails")
    r"|(?i:massage|sauna|nail|beauty|hair|tanning)\s+(?i:shop|place|parlou?r|house|bar|salon|studio))\s+"
    r"(?P<name>['‘\"“]?[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2}['’\"”]?)"
)

_WORD_THEN_NAME_HINT = re.compile(
    r"\b(?:hotel|motel|hostel|sauna|spa|salon|massage|parlou?r|club|bar|pub|building|block|restaurant|cafe|"
    r"café|hotelu|hotelul|edificio|edifício|budynek|blok|hôtel|saunu|sauně|saunie|salonie|klubie|salonul|"
    r"clubul|сауна|сауне|сауну|салон|салоне|отель|отеле|хотел|хотела"
    r"|(?i:massage|sauna|nail|beauty|hair|tanning)\s+(?i:shop|place|parlou?r|house|bar|salon|studio))"
    r"\s+['‘\"“]?[A-Z]"
)

# ... and the street word before the street's name: "it is street Roundhay, number 5".
_STREET_THEN_NAME = re.compile(
    # (on one line: "Location type: street\nArea: Holbeck" is two fields)
    r"\b(?:street|road|avenue|lane)[^\S\n]+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"(?:,?\s+(?:number|no\.?|nr\.?)\s*\d{1,4}[a-z]?\b)?"
)

_STREET_THEN_NAME_HINT = re.compile(r"\b(?:street|road|avenue|lane)\s+[A-Z]")

# "house 23 on Elm Street", "in house 4": a house by its number (not "his house 2 streets away")
# ... and "her house number is 27", "door number 14", "door no. 3"
_HOUSE_NUMBER = re.compile(
    r"\b(?i:house|door)\s+(?:(?i:no\.?|number|num\.?)\s*(?:(?i:is|was)\s+|:\s*)?)?\d{1,4}[a-z]?\b"
    r"(?!\s+[a-z]+s\b)(?![.:]\d)"
)

_KIND_OF_MASSAGE = re.compile(
    r"(?:Thai|Chinese|Swedish|Japanese|Korean|Asian|Oriental|Indian|Turkish|Balinese|Hawaiian|Sports|"
    r"Deep|Full|Body|Tantric|Nuru|Polish|Romanian|Italian|Greek|Irish|English|British|Kurdish|Afghan|"
    r"Persian|Lebanese|Caribbean|Jamaican|African|Nigerian|Mexican|Spanish|Portuguese|Brazilian|"
    r"Vietnamese|Eastern European|Halal|Vegan|Gay|Late|Night|All Night|Local|Irish Bar|Sports Bar)\s+"
    rf"(?:{_LOWER_VENUE_WORDS})"
)

# "the Fox and Hounds pub": a pub named for two things (not "the Elite Sauna and Jasmine massage")
_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])(?!(?:The|{VENUE_WORDS})\b)[A-Z][A-Za-z'’-]+\s+(?:and|&)\s+$")

_WHAT_AFTER = re.compile(rf"\s+(?:{_LOWER_VENUE_WORDS})\b")

# A capitalised name's kind in lower case after it that no venue is: an app or a site, a group of
# people, a road to a town ("the Ennis road"), a firm's warehouse, "one" ("the Southside one").
_THING_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:app|apps|website|account|page|group|chat|forum|road|warehouse|depot|one|ones|"
    r"lot|crowd|gang|boys|girls|lads|family|brothers|sisters|song|film|show|match|game|fans?|"
    # ... or a public landmark the name only qualifies: "by the Penydarren park", "the Corran narrows"
    r"park|fields|woods|rec|cemetery|canal|river|reservoir|narrows|bridge|viaduct|crossroads|"
    # ... or an organisation's doing, or a park's gates: "the Safer Leeds conference", "the Derby County
    # foundation", "the Freedom Festival planning meeting", "the Cartwright Hall gates" (not "entrance":
    # a venue's entrance is where she was, "at the Oasis entrance")
    r"foundation|trust|conference|festival|planning|meeting|appeal|campaign|committee|board|partnership|"
    r"gates|exit)\b"
)

_LOWER_VENUE_WORD = re.compile(rf"\b(?:{_LOWER_VENUE_WORDS})\b")

_LOWER_VENUE = re.compile(
    rf"\b(?:(?!The\b)[A-Z][A-Za-z'’&-]*\s+(?:(?:of|de|la|the)\s+)?){{1,3}}"
    # ("Happy Garden health spa", "Sparkle hand car wash": what kind, in lower case, before the word)
    rf"(?:(?:health|beauty|day|hand|nail|hair|tanning)\s+)?(?:{_LOWER_VENUE_WORDS})\b"
    # ("the Oasis massage parlour": two words of what it is)
    r"(?:\s+(?:parlou?r|place|shop|house|salon|club|bar)\b)?"
    r"(?:\s*&\s*[A-Za-z]+)?"
)

# A venue named all in lower case, as texts are: "works at oasis spa", "from the velvet club",
# "the red lion pub". One or two words that are not a kind of venue ("the strip club", "a nail
# bar", "full body massage": resources/places/venue_kinds.txt) after a word of where or "the".
_LOWER_CASE_VENUE = re.compile(
    r"(?:\b(?i:at|in|from|to|outside|inside|into|behind|near|opposite|venue:)\s+(?:the\s+)?|\bthe\s+)"
    r"(?P<name>(?:[a-z][a-z'’&-]*\s+){1,2}(?:saunas?|spa|massage|parlou?r|club|nightclub|pub|bar|salon))"
    r"(?![\w'’-])"
)

# A pub, club or shop named without a venue word, after where-words and "the": "in the Black
# Swan", "outside the Oasis", "at the Polski Sklep car park". Capitalised, one to three words.
_THE_VENUE = re.compile(
    # (the first letters of the words before "the": a cheap test at each word of every note)
    r"\b(?=[abfilnortwABFILNORTW])"
    r"(?i:at|in|inside|outside|behind|near|opposite|by|from|to|round|around|outside of|into|out of|"
    # "who's working the Blue Lagoon tonight?"
    r"working|works|worked|work|"
    # where she left or is leaving, and the back or front of it: "she left the Sunrise", "round
    # the back of the Europa"
    r"le(?:ft|ave|aving)|(?:back|front)\s+of)\s+"
    r"the\s+"
    # (up to four words: "the Cardiff Ibis Queen Street", "the Leeds Grand Theatre Bar")
    r"(?P<name>[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,3}"
    # a pub named for two things: "the Dog and Gun", "the Rose & Crown"
    # (not "the Strand and High St": a street after the "and")
    r"(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+\b(?!\s+[a-z]+(?:ed|s)\b)(?!\s+(?i:road|rd|street|st|lane|ln|avenue|ave)\b))?)"
)

# Where she works, named without "the" or a venue word: "works at Spearmint Rhino", "dances at
# Stringfellows" ("works in Chapeltown" is a district, so "at" only; a shop is a landmark).
_WORKS_AT = re.compile(
    r"\b(?i:works?|working|worked|dances?|dancing|danced|employed|based)\s+(?i:at)\s+"
    r"(?P<name>(?!The\b)[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2})"
)

# (words one of which the lower-cased note must hold before the pattern is tried)
_WORK_WORDS = ("work", "danc", "employ", "based")

_CALLED_WORDS = ("called", "named", "known as")

# A capitalised name with a street after it is a venue: "she works at Angels on Lower Briggate".
_NAMED_ON_STREET = re.compile(
    # ("u know the old boozer the Royal Oak on Kirkstall rd?": "the" is enough before a name on a street)
    r"\b(?=[abfinotABFINOT])(?i:at|in|inside|outside|behind|near|opposite|from|out of|to|the)\s+"
    r"(?P<name>[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2})" + _ON_STREET.pattern
)

_STREET_THEN_NAME_WORDS = word_set("street road avenue lane")

# the first word of every venue word, chain and shop (any case: a superset is enough)
_VENUE_FIRST_WORDS = word_set(
    """sauna saunas parlour parlor massage spa hotel club bar inn lodge motel salon studio studios retreat
    lounge suites apartments guest b arms tavern health travelodge cafe café restaurant grill diner takeaway
    kebab kebabs nails beauty barbers pub gym hostel palace escorts agency rooms casa villa suite
    launderette laundrette mart minimart supermarket bakery relaxation wellness"""
)


# A place of support or shelter by its name: "the Bridges Contact Centre", "St Anne's Shelter",
# "the Jubilee Refuge", "Oakwood Health Centre" (where she goes, sleeps or sees her child). A kind
# alone ("the Women's Refuge", "the Job Centre", "a Night Shelter") or a district's ("the Harehills
# Community Centre", a landmark like the district) stays.
_NAMED_SERVICE = re.compile(
    r"(?<![\w'’&-])(?P<name>(?:(?!The\b)[A-Z][\w'’&-]*[^\S\n]+){1,3}?)"
    r"(?:(?i:health|medical|contact|family|community|day|resource|wellbeing|women'?s|children'?s|drop-in|"
    r"support|advice|recovery|night)[^\S\n]+)?(?:Centre|Center|Shelter|Refuge|Foyer)\b"
)

_SERVICE_WORDS = word_set("centre center shelter refuge foyer")

# ... or named for a saint, with what it is in lower case: "St Anne's night shelter", "St George's
# Crypt", "St Luke's hostel" (not a hospital, a church or an area: "St Mary's area" stays).
_SAINTS_SHELTER = re.compile(
    r"\bSt\.?[^\S\n]+[A-Z][a-z]+(?:'s|’s|s'|s’)[^\S\n]+(?:(?i:night|day|women'?s|homeless)[^\S\n]+)?"
    r"(?i:shelter|hostel|refuge|crypt|foyer)\b"
)

# What kind of centre or shelter it is: "the Sexual Health Centre", "a Night Shelter", "the
# Women's Refuge", "the Leisure Centre" (a kind, found in every town, names none of them).
_KIND_OF_CENTRE = word_set(
    """sexual mental health medical leisure sports sport shopping job jobs city town civic community youth
    family families day drop-in walk-in resource resources advice support recovery detox rehab crisis rape
    refugee refugees asylum visitor visitors conference call skills learning testing treatment addiction
    drug drugs alcohol women's womens women men's mens children's childrens domestic abuse violence housing
    homeless homelessness employment dental maternity antenatal gum hiv counselling wellbeing wellness
    fitness contact care night emergency referral assessment custody detention immigration removal
    reception sarc safe the a an our their her his local main new old emergency garden"""
)

# "a"/"an"/"any" right before a chain's name: one of many, not a place that pins anyone down.
_ANY_ONE_OF = re.compile(r"\b(?i:an?|any|some)\s+$")

# A street named in one word after a chain's branch: "the Spar on Shalesmoor" (not a district:
# "the Tesco on Harehills" stays, as "the Harehills Tesco" does).
_ON_ONE_WORD = re.compile(
    r"[ \t]+on[ \t]+(?P<name>[A-Z][a-z]{3,})\b(?!['’])"
    # (not the first word of a street: "on Chorley new road", "on Oak Road")
    rf"(?![ \t]+(?:[A-Z]|(?i:new|old|upper|lower|north|south|east|west|great|little|high|{STREET_WORDS})\b))"
)


_DOING_VERBS = word_set(
    "do does did doing done give gives gave giving get gets got getting have has had offer offers"
)


def _ordinary_where(name: str) -> bool:
    """A word after "on" that names no street: a district, a day, an ordinary word."""
    lower = name.lower()
    return lower in NOT_NAMES or lower in _TIME_WORDS or lower in _SERVICES or _landmark(name)


def venue_spans(text: str) -> Iterator[Found]:
    note = note_view(text)
    for match in _CHAIN.finditer(text) if note.has(_CHAIN_FIRST_WORDS) else ():
        any_one = _ANY_ONE_OF.search(text, max(0, match.start() - 4), match.start()) is not None
        # (a landmark named after "a Travelodge" says where it is, not which one: "a Travelodge
        # near Junction 25" is any of those near it)
        by_name = None if any_one else _named_branch(text, match.end())
        branch = _BRANCH_BY_LANDMARK.match(text, match.end()) or by_name
        end = branch.end() if branch else _with_street(text, match.end())
        on_name = _ON_ONE_WORD.match(text, end) if end == match.end() and not any_one else None
        if on_name is not None and not _ordinary_where(on_name.group("name")):
            # "the Spar on Shalesmoor": the branch on a street named in one word (the chain alone
            # first, so a longer place found before that holds the word leaves the chain found)
            yield match.start(), end, Kind.PLACE
            end = on_name.end()
        if end == match.end() and any_one:
            continue  # "a man in a Travelodge two years ago": any one of the chain, no branch, no street
        yield match.start(), end, Kind.PLACE
    lowered = text.lower()
    called = _CALLED_VENUE.finditer(text) if any(map(lowered.__contains__, _CALLED_WORDS)) else iter(())
    for match in called:
        yield match.start("name"), _with_street(text, match.end("name")), Kind.PLACE
    for match in _VENUE.finditer(text) if note.has(_VENUE_FIRST_WORDS) else ():
        start = match.start()
        words = match.group(0).split()
        while len(words) > 1 and words[0].lower() in _NOT_VENUE_START:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            yield start, _with_street(text, match.end()), Kind.PLACE
    service = ("entre" in text or "enter" in text or "elter" in text or "efuge" in text) and note.has(
        _SERVICE_WORDS
    )
    for match in _SAINTS_SHELTER.finditer(text) if "St" in text else ():
        yield match.start(), match.end(), Kind.PLACE
    for match in _NAMED_SERVICE.finditer(text) if service else ():
        words = [w.lower() for w in match.group("name").split()]
        while words and words[0] in _NOT_VENUE_START:
            words = words[1:]
        plain = all(
            w in NOT_NAMES or w in _SERVICES or w in _TIME_WORDS or w in _KIND_OF_CENTRE for w in words
        )
        if words and not plain and not _landmark(match.group("name")):
            yield match.start("name"), _with_street(text, match.end()), Kind.PLACE
    lower_venue = note.has(_LOWER_VENUE_WORD_SET) and _LOWER_VENUE_WORD.search(text) is not None
    for start, _, end in _named_lower_venues(text) if lower_venue else ():
        yield start, end, Kind.PLACE
    for match in _LOWER_CASE_VENUE.finditer(text) if lower_venue else ():
        words = match.group("name").split()[:-1]
        # ("asked her to do massage with extras": a verb before it makes massage what she does)
        if words and words[0] in _DOING_VERBS:
            continue
        if not any(w in _VENUE_KINDS or w in NOT_NAMES or w in _TIME_WORDS for w in words):
            yield match.start("name"), _with_street(text, match.end("name")), Kind.PLACE
    at_work = " at " in text and any(map(lowered.__contains__, _WORK_WORDS))
    works = _WORKS_AT.finditer(text) if at_work else iter(())
    for match in works:
        name = match.group("name")
        words = [w.lower() for w in name.split()]
        # "works at Thai Lotus" is a venue though "Thai" alone is a word; "works at Harehills" is a district
        common = all(w in NOT_NAMES for w in words) or _SERVICES & set(words)
        if not (common or _BARE_SHOP.fullmatch(name) or _landmark(name)):
            yield match.start("name"), _with_street(text, match.end("name")), Kind.PLACE
    named = (
        _NAMED_ON_STREET.finditer(text)
        if (note.has(_STREET_END_WORDS) and _STREET_HINT.search(text)) or "gate" in text
        else iter(())
    )
    for match in named:
        name = match.group("name")
        lowered_words = {w.lower() for w in name.split()}
        if not (all(w in NOT_NAMES for w in lowered_words) or _SERVICES & lowered_words or _landmark(name)):
            # ("the Majestic Sauna in Finsbury Park": a listed district after it is not its street)
            in_district = is_district(_PREPOSITION.sub("", text[match.end("name") : match.end()]))
            yield match.start("name"), match.end("name") if in_district else match.end(), Kind.PLACE
    the_venues = _THE_VENUE.finditer(text) if "the" in note.words and _THE_CAPITAL.search(text) else iter(())
    for match in the_venues:
        words = [w.lower() for w in match.group("name").split()]
        # "the Polish girls" is not a venue; "the Black Swan" is, though "black" alone is a word
        district = _DISTRICT_AFTER.match(text, match.end("name")) is not None or words[-1] in _DISTRICT_LAST
        district = district or (
            (_BARE_SHOP.fullmatch(match.group("name")) is not None or _landmark(match.group("name")))
            and _CHAIN.match(text, match.start("name")) is None
        )
        # "the man in the Scenic": a car named by its model or make, not a venue
        car = len(words) == 1 and (words[0] in CAR_MODELS or words[0] in CAR_MAKES)
        # "the Sugar app", "the Amazon warehouse", "the Southside one": what the name is, said
        # after it, is no venue
        thing = _THING_AFTER_NAME.match(text, match.end("name")) is not None
        if (
            not (len(words) == 1 and words[0] in NOT_NAMES)
            and not _SERVICES & set(words)
            and not (district or car or thing)
        ):
            what = _WHAT_AFTER.match(text, match.end("name"))  # "the Fox and Hounds pub"
            end = what.end() if what else match.end("name")
            yield match.start("name"), _with_street(text, end), Kind.PLACE
    form = ":" in text and _FORM_VENUE_WORD.search(note.folded) is not None
    for match in _FORM_VENUE.finditer(text) if form else ():
        words = _LETTERS.findall(match.group("name").casefold())
        kind_only = all(w in NOT_NAMES or w in _VENUE_KINDS or w in _NOT_A_VENUE for w in words)
        if words and not kind_only and not _landmark(match.group("name")):
            yield match.start("name"), match.end("name"), Kind.PLACE
    kind_field = ":" in text and note.has(_KIND_FIELD_WORDS)
    for match in _KIND_FIELD_VENUE.finditer(text) if kind_field else ():
        name = match.group("name")
        words = _LETTERS.findall(name.casefold())
        kind_only = all(w in NOT_NAMES or w in _VENUE_KINDS or w in _NOT_A_VENUE or w == "the" for w in words)
        if words and not kind_only and not _landmark(name):
            yield match.start("name"), match.end("name"), Kind.PLACE
    bracketed = (
        _BRACKETED_KIND.finditer(text) if "(" in text and note.has(_BRACKETED_KIND_WORDS) else iter(())
    )
    for match in bracketed:
        if not (_ordinary(match.group("name")) or _landmark(match.group("name"))):
            yield match.start("name"), match.end("name"), Kind.PLACE
    kind_first = "(" in text and note.has(_BRACKETED_KIND_WORDS)
    for match in _KIND_THEN_BRACKETED.finditer(text) if kind_first else ():
        name = match.group("name")
        if not (_ordinary(name.removeprefix("the ").removeprefix("The ")) or _landmark(name)):
            yield match.start("name"), match.end("name"), Kind.PLACE
    quoted = _QUOTED_VENUE.finditer(text) if _QUOTE_THEN_CAPITAL.search(text) else iter(())
    for match in quoted:
        if not (_ordinary(match.group("name")) or _landmark(match.group("name"))):
            street = _with_street(text, match.end())
            yield match.start("name"), street if street > match.end() else match.end("name"), Kind.PLACE
    # (last: "the hotel Travelodge near the station" is the chain with its landmark)
    yield from _word_then_name_spans(text, note)
    for match in _HOSPITAL_WARD.finditer(text) if "ward" in note.words else ():
        yield match.start(), match.end(), Kind.PLACE
    for match in _TRADE_BY_NAME.finditer(text) if " by " in text and note.has(_TRADE_WORDS) else ():
        yield match.start(), match.end(), Kind.PLACE
    for match in _MOTORWAY_SERVICES.finditer(text) if "services" in note.words else ():
        words = [w.lower() for w in match.group("name").split()]
        if not any(
            w in NOT_NAMES or w in _SERVICES or w in _KIND_OF_CENTRE or w in _SERVICES_OF for w in words
        ):
            yield match.start("name"), match.end(), Kind.PLACE
    named_after = "," in text and note.has(_APPOSED_KIND_WORDS)
    for match in _NAMED_AFTER_KIND.finditer(text) if named_after else ():
        name = match.group("name")
        words = [w.lower() for w in name.split()]
        if not (
            words[0] in NOT_NAMES or words[0] in _TIME_WORDS or _SERVICES & set(words) or _landmark(name)
        ):
            start = match.start("the") if match.group("the") else match.start("name")
            yield start, _with_street(text, match.end("name")), Kind.PLACE


# A salon named for its owner, as small shops are: "the Hair by Debbie", "Nails by Kim", "Lashes
# by Jade" (the owner's first name is part of the shop's name, and placing the shop places her).
_TRADE_BY_NAME = re.compile(
    r"\b(?:Hair|Hairdressing|Nails|Beauty|Lashes|Brows|Cuts|Tanning|Tattoos?|Ink|Massage|Spa)"
    r"[^\S\n]+by[^\S\n]+[A-Z][a-z'’-]+\b"
)

# Motorway services by name, where women are dropped or picked up: "Thorpe Park services",
# "Woodall Services" (not a council's: "Children's Services", "Social Services").
_MOTORWAY_SERVICES = re.compile(
    r"(?<![\w'’&-])(?P<name>(?!(?:The|A|An|At|In|To|From|By|Near)\b)[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+){0,2})"
    r"[^\S\n]+(?i:services)\b"
)

# (the words of an organisation's services, not a motorway's: "Social Services", "Victim Services")
_SERVICES_OF = word_set(
    """social adult adults child children childrens children's student students customer legal victim
    victims probation specialist outreach protective public bereavement financial advisory"""
)

# A venue named after what it is and where, a comma between: "works nights at a cafe in Kentish
# Town, the Habesha Corner", "turning up at her work, the Jolly Sailor on the quay".
_NAMED_AFTER_KIND = re.compile(
    r"\b(?i:cafe|café|pub|bar|club|sauna|shop|restaurant|takeaway|salon|parlou?r|hotel|b&b|hostel|work|"
    r"workplace|massage[^\S\n]+place|spa)\b[^.,;:!?\n]{0,30},[^\S\n]+(?:(?P<the>the|The)[^\S\n]+)?"
    r"(?P<name>[A-Z][\w'’&-]+(?:[^\S\n]+[A-Z][\w'’&-]+){0,2})(?![\w'’&-])"
    # (without "the", only with its street after it: "a massage place, Golden Hands on Harrogate rd")
    r"(?(the)|(?=[^\S\n]+(?:on|off)[^\S\n]+[A-Z]))"
)

_APPOSED_KIND_WORDS = word_set(
    "cafe café pub bar club sauna shop restaurant takeaway salon parlour parlor hotel b hostel work workplace"
    " place spa"
)

_TRADE_WORDS = word_set(
    "hair hairdressing nails beauty lashes brows cuts tanning tattoo tattoos ink massage spa"
)


# A hospital's ward by its number, with the hospital named before it: "Queen Elizabeth hospital
# ward 4", "St James's, ward 44", "(LGI ward 24)". Where she lies, as a flat's number is where
# she lives. A ward without its hospital ("on ward 7", the hospital the note's own) or without a
# number ("the ward", "ward round") names none.
_HOSPITAL_WARD = re.compile(
    r"(?:(?<![\w'’-])(?:(?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?i:hospital|infirmary)"
    r"|St\.?[^\S\n]+[A-Z][a-z]+(?:'s|’s|s'|s’)(?:[^\S\n]+(?i:hospital))?"
    r"|(?<![\w'’-])[A-Z]{2,5}(?<!ICU)(?<!A&E))[,]?[^\S\n]+)"
    r"\b(?i:ward)[^\S\n]+(?:(?i:no\.?)[^\S\n]*)?\d{1,3}[A-Za-z]?\b(?![.:]\d)"
)


# A name in quotes where she is or works is a venue's: "works at 'Secrets' on Fridays", "in
# "Angels" on Briggate", "outside the 'Pink Lady'" (a word said in quotes is in lower case).
_QUOTE_THEN_CAPITAL = re.compile(r"['‘\"“][A-Z]")

_QUOTED_VENUE = re.compile(
    r"\b(?:(?i:at|in|from|outside|inside|behind|near|opposite|into|out of)\s+(?:(?i:the)\s+)?"
    # ... or after what it is: "the massage shop 'Jade Garden'", "a club called "Silk""
    r"|(?i:shop|place|parlou?r|sauna|club|bar|pub|salon|spa|massage|hotel|brothel|called|named)[^\S\n]+)"
    # (a word, not a code in capitals: "reg ended in 'KZP'" is a plate's part)
    r"(?P<q>['‘\"“])(?P<name>[A-Z][a-z][\w’&-]*(?:'s)?(?:\s+[A-Z][\w’&-]*(?:'s)?){0,2})['’\"”](?!\w)"
)

# A name with what it is in brackets after it: "Caprice (the sauna behind the bus station)", "the
# Wellington (pub)", "Hestia House (the refuge)".
_BRACKETED_KIND = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})\s*\(\s*(?:(?i:the|a|an)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?i:pub|sauna|club|nightclub|bar|hotel|parlou?r|massage|spa|brothel|b&b|hostel|"
    r"refuge|shelter|flat|flats|house|salon|venue|incall)\b"
)

# ... and the other way round, what it is and then its name in brackets: "the club (the Pink
# Flamingo)", "a sauna (Angels)" (a town or a day in brackets stays: "the club (Leeds)").
_KIND_THEN_BRACKETED = re.compile(
    r"\b(?i:pub|sauna|club|nightclub|bar|hotel|parlou?r|massage(?:\s+(?:shop|parlou?r|place))?|spa|brothel|"
    r"hostel|salon|venue|b&b)[^\S\n]*\([^\S\n]*"
    r"(?P<name>(?:(?i:the)[^\S\n]+)?[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,2})[^\S\n]*\)"
)

_BRACKETED_KIND_WORDS = word_set(
    "pub sauna club nightclub bar hotel parlour parlor massage spa brothel b hostel refuge shelter flat "
    "flats house salon venue incall"
)

# The venue written in a form's field: "Venue: Cleopatras", "Workplace: the Oasis, Kirkstall Rd"
# (a kind of place stays: "Venue: street", "Premises: private flat").
_FORM_VENUE_WORD = re.compile(r"venue|workplace|place of work|premises|works at")

_FORM_VENUE = re.compile(
    r"(?m)^[ \t]*(?i:venue|venue name|workplace|place of work|premises|works at)[ \t]*:[ \t]*"
    r"(?P<name>[^\n]*[^\s.,;:])"
)

# ... or in a field named for the kind of venue, as a hotel's or a sauna's log heads a note: "Hotel:
# the Metropole. Woman in 209 ...", "Sauna: Velvet Rooms" (the capitalised name only, so the
# field's prose after it stays).
_KIND_FIELD_VENUE = re.compile(
    r"(?m)^[ \t]*(?i:hotel|motel|hostel|sauna|parlou?r|club|pub|bar|salon|b&b|guest[ \t]?house)[ \t]*:[ \t]*"
    r"(?P<name>(?:(?i:the)[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})"
)

_KIND_FIELD_WORDS = word_set(
    "hotel motel hostel sauna parlour parlor club pub bar salon b&b guesthouse guest"
)

_NOT_A_VENUE = word_set(
    """street streets outdoors outdoor outside indoors indoor car vehicle van home online internet
    unknown none
    n a na yes no flat flats hotel hotels sauna parlour incall outcall private residence residential house
    his her their own punter's client's workers worker's various different other not known stated sure"""
)


def _named_lower_venues(text: str) -> Iterator[tuple[int, int, int]]:
    """A name and a lower-case venue word ("Salvation Army hostel", "Lotus sauna"): the start,
    the end of the venue word, and the end with a street after it."""
    for match in _LOWER_VENUE.finditer(text):
        if _KIND_OF_MASSAGE.fullmatch(match.group(0)):  # "two Thai massage shops": a kind, not a name
            continue
        if _landmark(match.group(0).rsplit(None, 1)[0]):  # "a Leeds sauna": a sauna in Leeds
            continue
        if not sentence_start(text, match.start()):
            # "the Fox and Hounds pub": the first of the pair goes with it
            pair = _PAIR_BEFORE.search(text, max(0, match.start() - 30), match.start())
            yield pair.start() if pair else match.start(), match.end(), _with_street(text, match.end())


def _named_branch(text: str, end: int) -> re.Match[str] | None:
    """The landmark named after a chain's name that says which branch it is, if there is one."""
    match = _BRANCH_BY_NAMED.match(text, end)
    if match is None:
        return None
    name = match.group("name")
    words = [w.lower() for w in name.split()]
    # a time ("at Christmas", "at 9pm"), a service, one ordinary word or a town is no branch
    when = words[0] in _TIME_WORDS or words[0] in _FESTIVALS or words[0] in _SERVICES
    # (a road is a landmark like a town: "the Premier Inn near the M62", "by the A64")
    if when or (len(words) == 1 and words[0] in NOT_NAMES) or _landmark(name) or _ROAD.match(name):
        return None
    return match


def _ordinary(name: str) -> bool:
    """A capitalised word that names no place: "Monday", "Police", "She"."""
    first = name.strip("'‘\"“’”").split()[0].lower()
    return first in NOT_NAMES or first in _TIME_WORDS or first in _SERVICES or first in _VENUE_WORD_SET


# The rest of a French venue's name after its own name: "l'hôtel Ibis de la gare", "l'hôtel Kyriad
# du centre" (which one of the chain, as a branch's landmark is in English).
_FRENCH_NAME_TAIL = re.compile(r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]*[^\W\d_][\w'’-]*")


# The venue words of Chinese before a name in Latin letters: "一个按摩店 Oriental Touch", "酒店 Lotus".
_CJK_WORD_THEN_NAME = re.compile(
    r"(?:按摩店|按摩院|桑拿|酒店|宾馆|賓館|旅馆|旅館|发廊|髮廊|会所|會所|足浴店|美容院)[ \t]*"
    r"(?P<name>[A-Z][A-Za-z'’&-]+(?:[ \t]+[A-Z][A-Za-z'’&-]+){0,2})"
)

_CJK_VENUE_HINT = re.compile(r"[按桑酒宾賓旅发髮会會足美]")


def _word_then_name_spans(text: str, note: _Note) -> Iterator[Found]:
    if not text.isascii() and _CJK_VENUE_HINT.search(text):
        for match in _CJK_WORD_THEN_NAME.finditer(text):
            if not (_ordinary(match.group("name")) or _landmark(match.group("name"))):
                yield match.start("name"), _with_street(text, match.end("name")), Kind.PLACE
    if note.has(_VENUE_WORD_BEFORE_NAME) and _WORD_THEN_NAME_HINT.search(text):
        for match in _WORD_THEN_NAME.finditer(text):
            name = match.group("name")
            if not (_ordinary(name) or _landmark(name.strip("'‘\"“’”"))):
                # ("nail bar Queen Nails": a name that is a venue on its own goes, the word before stays)
                start = match.start("name") if _VENUE.fullmatch(name) else match.start()
                end = match.end()
                if match.group(0)[:2].lower() in ("l'", "l’") or match.group(0).lower().startswith("hôtel"):
                    tail = _FRENCH_NAME_TAIL.match(text, end)  # "l'hôtel Ibis de la gare"
                    end = tail.end() if tail else end
                yield start, _with_street(text, end), Kind.PLACE
    if note.has(_STREET_THEN_NAME_WORDS) and _STREET_THEN_NAME_HINT.search(text):
        for match in _STREET_THEN_NAME.finditer(text):
            if not _ordinary(match.group("name")):
                yield match.start(), match.end(), Kind.ADDRESS
    if "ouse" in text or "oor" in text:
        for match in _HOUSE_NUMBER.finditer(text):
            yield match.start(), _with_street(text, match.end(), lower=False), Kind.ADDRESS
