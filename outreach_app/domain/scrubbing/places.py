"""Where someone lives or works: addresses, flat numbers, postcodes and named venues.

A town or district may stay (the report carries a region anyway); a house number with a
street, a flat or unit number, a full or partial postcode, a street after "lives on",
and a named venue ("the Oasis Sauna", "Royal Oak Hotel", "the flat above the bookies")
become `[address]`, `[postcode]` or `[place]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing.names import CAR_MAKES, NOT_NAMES
from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

# Street words that are never anything else, matched in any case ("6 spencer place") ...
STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|close|court|ct|crescent|cres|terrace|terr|walk|way|place|pl|"
    "square|sq|gardens|gdns|drive|dr|grove|mews|row|parade|croft|garth|wharf|quay|approach|boulevard|"
    # and as addresses abbreviate them ("12 Grange Av", "3 Oak Gr", "5 Elm Cl", "7 Cross Tce")
    "circus|broadway|av|gr|gro|cl|crt|ter|tce|pde|blvd|"
    # and as Scotland and Birmingham name them ("Kelso Wynd", "the Vennel", "Ladywood Middleway")
    "wynd|vennel|middleway|parkway"
)
# ... and words that are street words only with a capital ("Park View", not "a green car").
STREET_WORDS_TITLE = (
    "Green|Park|View|Hill|Mount|Rise|Vale|Fold|Gate|Yard|Estate|Towers|House|Heights|Lodge|Mills|Mill|Works|"
    "Buildings|Chambers|Apartments|Flats|"
    # houses known by a name ("lives at Rose Cottage", "in Moor Farm")
    "Cottage|Cottages|Farm|Manor|Barn|Grange|"
    # a tower block ("Apartment 1204, Beetham Tower"), a Scots hill street ("6 Kirk Brae")
    "Tower|Brae"
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
    r"(?:[^\S\n]+\d{1,4}[a-zA-Z]?\b(?![/.:,]\d)(?![^\S\n]+(?:[a-z]+s|men|women|people|x|or|to|and|of|"
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
# Flat and room words, also in the languages of the communities served ("piso 5B", "pokój 117",
# "apartament 22", "quarto 3") and as abbreviated in notes ("rm 15").
_UNIT_WORDS = (
    # (factored by first letters: this alternation is tried at every position of every note)
    r"(?:flat|ap(?:artment|artamento|artament|t)|unit|bedsit|suite|block|r(?:oo)?m|p(?:iso|ok[oó]j)|"
    r"quarto|habitaci[oó]n|mieszkanie|departamento)"
)
_UNIT = (
    rf"{_UNIT_WORDS}\.?\s*"
    r"(?:no\.?\s*|nr\.?\s*|number\s+|num\.?\s*|#\s*)?"
    # a letter alone is a flat ("Flat B") only after a space ("the flats" is not "flat s")
    # "flat 4/2" (a floor and a door, as Glasgow writes it)
    # ("flat 2F1": the second floor's first door, as Edinburgh writes it)
    rf"(?:\d{{1,2}}[fF]\d{{1,2}}\b|\d{{1,4}}[a-z]?(?:/\d{{1,3}})?\b|{_NUMBER_WORD}\b|(?<=[\s.#])[A-Z]\b)"
)
# The words of a street's name: not the small words of prose ("30 Holly on Rose Street").
_NAME_WORD = (
    r"(?!(?:on|in|at|near|by|to|from|and|or|the|a|an|of|with|for|off|outside|behind|drives?|"
    r"drove|he|she|his|her|was|is|it|but|then|got|took|round|about|around)\b)[A-Za-z][A-Za-z'’-]*"
)
_STREET = rf"(?:(?:St\.\s+)?{_NAME_WORD}\s+){{0,3}}{_STREET_END}"  # ("4 St. James Street")
# "No. 8, Cavendish Street", "number 12 Oak Road": the word for "number" is part of the address.
_HOUSE_NUMBER_WORD = r"(?:(?:no\.?|nr\.?|number|num\.?|#)\s*)?"
_DWELLING_ONLY = (
    r"(?:(?:the|a|her|his|their)\s+)?(?:(?:basement|top|top-floor|ground[- ]floor|first[- ]floor|attic|back|"
    # ("the top flat, 9 Hyde Terrace": the dwelling and its address, a comma between)
    r"front|upstairs|downstairs)\s+)?(?:flat|room|bedsit|house|studio)(?:\s+(?:at|in|on)\s+|,\s*)"
)
_DWELLING = (
    # ("second floor, 9 Nelson St", "2nd floor flat at 14 Spencer Place": the floor goes too)
    r"(?:(?:(?:the\s+)?(?:ground|first|second|third|fourth|fifth|top|1st|2nd|3rd|4th|5th)[- ]floor"
    rf"(?:,\s*|\s+(?:of\s+|at\s+)?))(?:{_DWELLING_ONLY})?|{_DWELLING_ONLY})"
)
_DWELLING_BEFORE = re.compile(rf"{_DWELLING}$", re.IGNORECASE)
_UNIT_WORD_BEFORE = re.compile(rf"\b{_UNIT_WORDS}\.?\s*$", re.IGNORECASE)
_ADDRESS = re.compile(
    # (a lookahead on the first letters of a flat word, "no", "#", a digit or a number word: the
    # engine tries every position of the note, and most are turned away by it at once)
    r"(?=[\d#abdefhmnopqrstu])"
    # after a flat number the house number may follow with only a space ("flat 4 12 Oak Lane");
    # otherwise a number right after another is a count or a phone's tail, not a house
    # ("no.4 Oak Rd", "no4 oak rd": the word for number may touch the number)
    rf"(?:(?:{_UNIT},?\s+)+{_HOUSE_NUMBER_WORD}|(?:\b(?:no\.?|nr\.?|number|num\.?)|\#)\s*"
    # (but "2" and "4" after a word are text-speak for "to" and "for": "movd 2 42 cardigan rd")
    r"|(?:(?<![\d+] )|(?<=[a-z] [24] ))(?<![\d.,:/+])\b)"
    rf"(?:\d{{1,4}}[a-z]?/\d{{1,4}}[a-z]?|\d{{1,4}}[a-z]?-\d{{1,4}}[a-z]?|\d{{1,4}}[a-z]?|{_HUNDREDS}{_NUMBER_WORD}),?\s+{_STREET}"
    rf"(?:,?\s*{_UNIT})?",
    re.IGNORECASE,
)
# Towns and districts that end in "-gate" (a street named so is "Briggate", "Kirkgate").
_GATE_TOWN_NAMES = "harrogate margate ramsgate reigate southgate highgate aldgate moorgate newgate"
_GATE_TOWN_TITLES = "|".join(w.title() for w in _GATE_TOWN_NAMES.split())
# A street named after the flat or house that is on it: "flat 5 on Elm Grove",
# "room 3 off Spencer Place", "the Spar on Harehills Lane" (a named street, capitalised).
_ON_STREET = re.compile(
    rf"\s*,?\s+\(?(?:on|off|in|at)\s+(?:the\s+)?(?:(?:[A-Z][A-Za-z'’-]*\s+){{1,3}}"
    rf"(?:(?i:{STREET_WORDS})\b\.?|(?:{STREET_WORDS_TITLE})\b){_DIRECTION}"
    # or an old street named "-gate" ("Angels on Lower Briggate"); a town that ends so stays
    rf"|(?:(?:Lower|Upper|New|Old)\s+)?(?!(?:{_GATE_TOWN_TITLES})\b)"
    r"[A-Z][a-z]+gate\b)"
    # with its house number ("Studio Relax on Ilford Lane number 212")
    rf"(?:,?\s+(?i:no\.?|number)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b))?"
)
# "outside no 14", "(number 52, she wasn't sure which street", "Man at number thirty-seven"
_NUMBER_ALONE = re.compile(
    r"(?:\b(?:at|outside|to|from|near|opposite|lives|living|staying|house|home|flat)\s+|\(\s*)"
    rf"(?P<n>(?:no\.?|number|num\.?)\s*(?:\d{{1,4}}[a-z]?|{_NUMBER_WORD})\b)",
    re.IGNORECASE,
)
_NUMBER_WORD_ONLY = re.compile(rf"{_NUMBER_WORD},?\s+\S+", re.IGNORECASE)
_NUMBER_WORD_HINT = re.compile(r"\b(?:no|number|num)\b", re.IGNORECASE)
# ((?=...): the first letters of the flat words, a cheap test at each position)
_UNIT_FIRST = r"(?=(?i:[abdfhmpqrsu]))"
_UNIT_ALONE = re.compile(rf"{_UNIT_FIRST}\b{_UNIT}", re.IGNORECASE)
# A flat in a named block: "Flat 9 Sovereign Quay", "apartment 3B, Mill House", "Block C, Lovell
# Park Towers" (the building's name is capitalised; "flat 2 was empty" is not a building).
_UNIT_BUILDING = re.compile(
    rf"{_UNIT_FIRST}\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*,?\s+(?:[A-Z][A-Za-z'’-]*\s+){{0,3}}"
    # ("room 14, St Anne's Hostel": Saint, not a street)
    rf"(?:(?i:{STREET_WORDS})\b{_NOT_SAINT}|(?:{STREET_WORDS_TITLE})\b)"
)
# ... or a block named with "The": "Apartment 6, The Lexington", "flat 12 in The Maltings".
_UNIT_THE_BUILDING = re.compile(
    rf"{_UNIT_FIRST}\b(?i:{_UNIT})(?:,?\s+(?i:{_UNIT}))*(?:,\s*|\s+(?:in|at|of)\s+)(?P<the>The|the)\s+"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})"
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
    rf"(?:,?\s+(?i:no\.?|number)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b))?)"
)
# ... and written all in lower case, as texts are ("she lives on cardigan rd", "staying at hers
# on brudenell grove"): one or two words before a street word, none of them the small words of
# a road that is not named ("lives on the main road", "works on a busy street").
_LOWER_STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|close|court|"
    "drive|place|pl|mount|walk|square|sq|row|parade|wynd|middleway"
)
_NOT_LOWER_STREET_NAME = (
    r"(?!(?:the|a|an|this|that|these|those|same|main|ring|high|back|side|his|her|their|my|our|your|one|"
    r"its|busy|quiet|long|other|next|dual|slip|country|each|every|any|some|no|all|which|what|corner|end|"
    r"top|bottom|street|road|benefits|memory|easy|wrong|right|left|open|private|public|usual|local|"
    r"little|big|small|dark|narrow|wide|new|old|nice|rough|dodgy|bus|cycle|fast|slow|middle|inside|"
    r"outside|on|off|in|at|to|of|up|down|by|near|from|and|or|with|into|onto|viva)\b)"
)
# "at silk road sauna": a street word in a venue's name (the venue is found whole)
_NOT_VENUE_AFTER = r"(?!\s+(?:saunas?|spa|massage|parlou?r|club|nightclub|pub|bar|salon)\b)"
_LOWER_HOME_STREET = re.compile(
    _HOME_CUE + rf"(?:on|off|at)\s+(?P<street>(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*\s+){{1,2}}"
    rf"(?:{_LOWER_STREET_WORDS})\b\.?)(?![\w-])" + _NOT_VENUE_AFTER
)
# Without a word of living there, only the street words that are nothing else, after a word of
# where ("picked up on lindley st", "down harehills lane", "corner of spencer pl").
_LOWER_STREET = re.compile(
    r"\b(?:on|off|down|along|up|near|outside|of|at|onto|into|round|around|via|from|to)\s+"
    rf"(?P<street>(?:{_NOT_LOWER_STREET_NAME}[a-z][a-z'’-]*\s+){{1,2}}"
    r"(?:road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|pl|wynd|"
    r"middleway)\b\.?)"
    r"(?![\w-])" + _NOT_VENUE_AFTER
)
_LOWER_STREET_HINT = re.compile(rf"[a-z]\s(?:{_LOWER_STREET_WORDS})\b")
# A street named without a house number: "on Lindley st", "circles Beeston Rd", "corner of
# Kirkstall Rd / Viaduct Rd", "down Water Lane". One to three capitalised words and a street word;
# only the street words that are nothing else may be written in lower case ("Armley road").
_BARE_STREET_WORDS = (
    "road|rd|street|st|lane|ln|avenue|ave|terrace|terr|crescent|cres|gardens|gdns|grove|mews|boulevard|"
    "parade|quay|wharf|pl|sq|wynd|vennel|middleway|parkway"
)
# Street words that are ordinary words too ("very close", "no way"): capitalised only.
_BARE_STREET_WORDS_TITLE = (
    "Close|Court|Walk|Way|Place|Square|Drive|Row|Croft|Garth|Approach|Circus|Mount|Rise|Fold|"
    # blocks of flats, and street words as addresses abbreviate them ("Nowell Mt", "Hyde Park Cl")
    "Heights|Towers|Apartments|Mansions|Lofts|House|Mt|Cl|Gr|Gro|Av|Tce|Pde|Ct|Crt|"
    # a street named "X Gate" ("Hall Gate", "St James' Gate"), a Scots hill street ("Kirk Brae")
    "Gate|Brae|Lanes"
)
# Capitalised words that are not a street's name: the small words of prose and the starts of
# phrases that end in a street word ("No Way", "Crown Court", "Ring Road", "Street Pastors").
_NOT_STREET_NAME = (
    r"(?:the|a|an|this|that|these|those|on|in|at|by|to|of|for|from|with|off|near|and|or|but|his|her|"
    r"their|my|our|your|its|every|each|any|some|no|same|other|another|next|last|first|one|two|"
    r"give|half|milky|crown|magistrates|magistrates'|county|family|youth|high(?=\s+court)|supreme|"
    r"coroner's|coroners|food|tennis|ring|safe|meeting|she|he|they|we|i|it|went|got|was|is|"
    r"down|up|along|across|past|round|around|onto|into|outside|behind|opposite|via|towards?)"
)
_STREET_NAME_WORD = rf"(?!(?i:{_NOT_STREET_NAME})\b)(?:St\.?\s+)?[A-Z][A-Za-z'’]*(?:-[A-Za-z]+)?"
# A street word that is part of something else: "street-based", "Kelly street worker", "St Mary's"
# (Saint), "road rage", "Street Pastors".
_NOT_AFTER_STREET = (
    r"(?![\w-])(?!\s+(?:(?i:based|work|workers?|working|walking|sex|homeless|homelessness|drinking|"
    r"drinkers?|lighting|level|team|outreach|pastors|angels|life|scene|rage|safety|works|trip|kids?|"
    r"smart|cred|food|sleepers?|sleeping|begging|medics|vendors?|art|party|map|runner)\b))"
)
_BARE_STREET = re.compile(
    # (the lookahead first: a cheap test at each position of every note)
    rf"(?=[A-Z])(?<![\w'’&-])(?:{_STREET_NAME_WORD}\s+){{1,3}}"
    rf"(?:(?i:{_BARE_STREET_WORDS})(?<!(?-i:St))(?<!(?-i:ST))|(?:{_BARE_STREET_WORDS_TITLE})|St(?!{_SAINT_AFTER}))\b\.?"
    rf"{_NOT_AFTER_STREET}{_VENUE_AFTER_STREET}{_DIRECTION}"
    # "on Stanningley road number forty two": the house number said after the street goes with it
    rf"(?:,?\s+(?i:no\.?|nr\.?|number|num\.?)\s*(?:\d{{1,4}}[a-z]?\b|(?i:{_NUMBER_WORD})\b)|{_NUMBER_AFTER_STREET})?"
)
# Street words in the languages of the communities served, before the name: "Strada Mihai
# Eminescu", "ul. Długa", "Calle Mayor", "Rua Augusta", "rue de la Paix", "Via Roma".
_FOREIGN_STREET = re.compile(
    # (a house number before it, as Wales and Ireland write it: "14a Heol y Nant", "12 Bóthar na Trá")
    r"(?:\b\d{1,4}[a-zA-Z]?,?\s+)?"
    r"\b(?:(?i:strada|str\.|ulica|ulicy|ulicę|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|"
    r"praça|pra[cç]a|bulevardul|aleea|calea|soseaua|şoseaua|șoseaua|ulitsa|ulitsy|utca|strasse|straße)|"
    # "via" is English too ("via CCTV"): the Italian street only capitalised
    r"Via|Viale|"
    # Welsh, Irish and Scots Gaelic street words ("Heol y Nant", "Stryd Fawr", "Cwrt Gwyn",
    # "Bóthar na Trá", "Sráid Mhór"), capitalised: "clos" and "teras" are words elsewhere
    r"Heol|Stryd|Ffordd|Cwrt|Clos|Lôn|Rhodfa|Teras|Bóthar|Bothar|Sráid|Sraid|Rathad)\s+"
    r"(?:(?:de|del|de la|da|do|dos|das|la|le|les|des|di|della|du|y|yr|na|an|'r)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž\d][\w'’.-]*)(?:\s+(?!(?i:the|and|in|on|at|she|he)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,2}"
    r"(?:,?\s+(?:nr\.?|no\.?|n[º°]\.?)?\s*\d{1,4}[a-zA-Z]?\b)?"
)
# Old streets named "-gate" (Norse "gata", a street: Briggate, Kirkgate, Micklegate) carry no street
# word; one is a street after a house number or "on"/"off"/"down", or named after a venue
# ("Cherry Blossom Sauna, Mabgate"). Towns and districts that end in "-gate" stay.
_GATE_TOWNS = word_set(_GATE_TOWN_NAMES)
_GATE_STREET = re.compile(
    r"(?:\b(?:\d{1,4}[a-z]?(?:/\d{1,4})?|"
    r"(?i:on|off|along|down|up|onto|top of|bottom of|near|at|by|outside|behind))\s+|(?<=,\s))"
    # ("on Lower Briggate", "off New Briggate": the part of the street goes with it)
    r"(?P<street>(?:(?:Lower|Upper|New|Old|North|South|East|West|Top|Bottom)\s+)?[A-Z][a-z]+gate)\b"
    r"(?!\s+(?:[A-Z]|(?i:station|area|district|estate)\b))"
)
_FOREIGN_STREET_HINT = re.compile(
    r"\b(?i:strada|str\.|ulic|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|pra[cç]a|bulevard|aleea|calea|"
    r"[sşș]oseaua|ulits|utca)|\bViale?\b|stra(?:ss|ß)e|"
    r"\b(?:Heol|Stryd|Ffordd|Cwrt|Clos|Lôn|Rhodfa|Teras|Bóthar|Bothar|Sráid|Sraid|Rathad)\s"
)
_BARE_STREET_HINT = re.compile(rf"[A-Za-z]\s+(?:(?i:{_BARE_STREET_WORDS})|{_BARE_STREET_WORDS_TITLE})\b")
# Street words that, after "in", name a district or a development: "in Hyde Park", "in Leeds Dock";
# not a building's ("his flat in Clarence House", "a room in Kelso Heights" is one block).
_BUILDING_WORDS = word_set(
    "House Towers Heights Lodge Mills Mill Works Buildings Chambers Apartments Flats Cottage Cottages Farm "
    "Manor Barn Grange Tower"
)
_DISTRICT_STREET_WORD = re.compile(
    rf"\b(?:{'|'.join(w for w in STREET_WORDS_TITLE.split('|') if w not in _BUILDING_WORDS)})$"
)
# The last word of a district or a development, not a venue: "in the Clarence Dock", "the Calls
# Quarter", "the Olympic Village".
_DISTRICT_LAST = word_set("dock docks quarter village park estate marina waterfront")
# A venue named after what it is: "a parlour called Angels", "a sauna called the Pink Pearl".
_CALLED_VENUE = re.compile(
    r"\b(?i:sauna|parlou?r|massage(?:\s+(?:place|shop|parlou?r))?|spa|brothel|agency|club|bar|pub|hotel|"
    r"salon|flat|building|block|hostel|shop|place|house)\s+(?i:called|named|known as)\s+"
    r"(?P<name>(?:(?i:the)\s+)?[A-Z][A-Za-z'’&-]*(?:\s+[A-Z][A-Za-z'’&-]*){0,2})"
)
# Outward codes as the Royal Mail writes them: one-letter areas are B E G L M N S W only.
_OUTWARD = r"(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])\d[A-Z\d]?"
# (the inward code's letters are never C I K M O V: "b4 5pm" is "before 5pm")
_POSTCODE = re.compile(rf"\b{_OUTWARD} ?\d[ABD-HJLNP-UW-Z]{{2}}\b", re.IGNORECASE)
_OUTWARD_AFTER = re.compile(rf",?\s+(?P<code>{_OUTWARD})(?![\w-])", re.IGNORECASE)


def _postcode_areas() -> frozenset[str]:
    lines = resource_path("places", "postcode_areas.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines for word in line.split("#", 1)[0].split())


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


# Words after a number that make it a count or a time, not a house ("lives at 3 Monday").
_TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "jan feb mar apr may jun jul aug sep sept oct nov dec april june august"
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


# Two-letter areas only (one letter and a digit is a road, a vitamin or a car: "M62", "B12",
# "A4"), less MK, which is also a car's mark ("Golf MK7").
_AREAS_OF_TWO = sorted(a for a in _postcode_areas() if len(a) == 2 and a != "MK")
# An outward code alone where a place is meant: "lives in LS12", "near bd9", "the LS8 area";
# never one that begins a number plate ("in LS12 ABC" is a plate, found as one).
_OUTWARD_ALONE = re.compile(
    # (the first letters of its cue words and of a postcode area: a cheap test at each position)
    r"(?=[A-Z]|(?i:[abfilmnoprs]))"
    r"(?:\b(?i:in|near|around|round|from|lives|living|based|off|postcode|area|moved to|staying in)[,:]?\s+"
    rf"(?:(?i:the)\s+)?(?P<code>(?i:{'|'.join(_AREAS_OF_TWO)})\d{{1,2}}[A-Za-z]?)"
    r"|\b(?P<code2>(?:" + "|".join(_AREAS_OF_TWO) + r")\d{1,2}[A-Z]?)"
    r"(?=\s+(?i:area|postcode|way|side|end)\b))"
    r"(?![\w-])(?!\s+[A-Za-z]{3}\b(?<!\s(?i:now|and|but|the|for|was|way|end|she|her|his|too)))"
)
_OUTWARD_HINT = re.compile(r"[A-Za-z]{2}\d")
# An outward code of a real area (MK too here), in any case: "cv6", "G40", "bt12".
_REAL_OUTWARD = rf"(?i:(?:{'|'.join(_AREAS_OF_TWO)}|MK|[BEGLMNSW])\d[A-Z\d]?)"
# A postcode cut short written in lower case, as texts do ("cv6 5", "m4 4", "Hu3 2"): its inward
# letters are never C I K M O V (so "b4 5pm" is no postcode), and no count or time follows.
_LOWER_PARTIAL_POSTCODE = re.compile(
    rf"(?<![\w£$€#/-])(?!(?i:b4)\s){_REAL_OUTWARD}[^\S\n]\d(?:(?i:[ABD-HJLNP-UW-Z]{{2}}))?(?![\w/:.,]\w)"
    r"(?![^\S\n]*(?:am|pm|mins?|minutes|hours?|hrs?|quid|pounds?|times|o'?clock|ish|x)\b)"
)
# An outward code alone after a comma, closing an address ("Kinghorn St, G40", "Ashgrove, BD7,").
_OUTWARD_AFTER_COMMA = re.compile(rf"(?<=,)[^\S\n]*(?P<code>{_REAL_OUTWARD})(?=[^\S\n]*(?:[,.;)\n]|$))")
# "LS7 3", "BD3 9L": a postcode cut short is still most of one (upper case only: prose is not).
_PARTIAL_POSTCODE = re.compile(rf"\b{_OUTWARD} \d[A-Z]?(?![\w])")
VENUE_WORDS = (
    "Sauna|Saunas|Parlour|Parlor|Massage|Spa|Hotel|Club|Bar|Inn|Lodge|Motel|Salon|Studio|Studios|"
    "Retreat|Lounge|Suites|Apartments|Guest House|B&B|Arms|Tavern|Health Studio|Travelodge|"
    "Cafe|Café|Restaurant|Grill|Diner|Takeaway|Kebabs?|Nails|Beauty|Barbers|Pub|Gym|Hostel|Palace|"
    "Escorts|Agency|Rooms"
)
# Venue words that may follow in lower case ("Jasmine Garden massage", "Lotus sauna").
_LOWER_VENUE_WORDS = (
    "sauna|saunas|parlour|parlor|massage|spa|hotel|club|bar|salon|studio|lounge|nails|"
    # ("the Royal Park pub", "the Golden Dragon takeaway", "the Lotus cafe")
    "pub|inn|takeaway|cafe|café|restaurant|hostel|motel|casino|nightclub"
)
# Hotel chains named without a venue word ("stayed at the Ibis Budget", "the Travelodge").
_SHOPS = (
    r"(?:Tesco|Sainsbury'?s|Asda|Aldi|Lidl|Morrisons|Spar|Co-?op|Iceland|Greggs|McDonald'?s|Maccies|"
    r"KFC|Subway|Costa|Starbucks|Nando'?s|Wetherspoons?|Spoons|Boots|Superdrug|Poundland|Primark|"
    r"Londis|Budgens|Nisa|One Stop|Premier)"
)
_BARE_SHOP = re.compile(_SHOPS)
_CHAIN = re.compile(
    r"\b(?i:travelodge|ibis(?:\s+(?:budget|styles))?|premier inn|holiday inn(?:\s+express)?|novotel|"
    r"hilton|marriott|radisson(?:\s+blu)?|mercure|malmaison|crowne plaza|park plaza|doubletree|"
    r"motel one|best western|jurys inn|easyhotel|britannia hotel|days inn)\b"
    # with its branch: "Travelodge Leeds Central", "Premier Inn City Centre"
    r"(?:\s+(?!(?:The|On|In|At|For|And|But|With|From|To|By)\b)[A-Z][a-z]+){0,3}"
    # a shop named with its branch pins a place down; the bare chain name is a landmark, like a
    # district ("behind Aldi, Kirkstall" stays; "Tesco Express", "the Spar on Harehills Lane" go)
    rf"|\b{_SHOPS}(?:\s+(?:Express|Extra|Metro|Local|Superstore)\b|(?=\s*,?\s+\(?"
    r"(?:on|off)\s+(?:the\s+)?[A-Z]))"
)
# A kind of venue or a shop placed by its street is one place: "the massage place on Roundhay
# Rd", "a sauna off Kirkstall Road", "the old Co-op on Tong Road", "the bar on Lower Briggate".
_KIND_WORDS = (
    r"saunas?|spa|massage(?:\s+(?:place|shop|parlou?r|house))?|parlou?r|brothel|club|nightclub|bar|pub|"
    # (not a hostel or a hotel: "she sleeps at the hostel on [address]" says what she needs)
    r"salon|takeaway|chippy|cafe|café|restaurant|bookies|garage|offy|off-licence|"
    r"launderette|barbers?|shop|air\s?bnb"
)
_KIND_WORD_SET = word_set(
    "sauna saunas spa massage parlour parlor brothel club nightclub bar pub salon "
    "takeaway chippy cafe café restaurant bookies garage offy off launderette barber barbers shop airbnb bnb"
)
_ON_OFF = word_set("on off")
_KIND_BEFORE_STREET = re.compile(
    r"\b(?i:the|a|an|that|this)\s+(?:[A-Za-z][a-z'’-]*\s+){0,2}?"
    rf"(?:(?i:{_KIND_WORDS})|{_SHOPS})\b(?=\s*,?\s+\(?(?:on|off)\s)"
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
    r"|(?i:car[ -]?park|multi-?storey|lay-?by)|(?i:estate))\b"
)
_SITE_WORDS = word_set("estate park carpark storey multistorey lay layby")
# A chain's branch named by the landmark next to it: "the Travelodge near the station".
_BRANCH_BY_LANDMARK = re.compile(
    r"\s+(?:near|by|opposite|next to|behind|at)\s+the\s+(?:(?:train|bus|coach|railway)\s+)?"
    r"(?:station|airport|arena|university|uni|hospital|motorway|services|retail park|docks?)\b",
    re.IGNORECASE,
)
_VENUE = re.compile(
    rf"\b(?:(?!The\b)[A-Z][A-Za-z'’&-]*\s+){{1,3}}(?:{VENUE_WORDS})\b(?:\s*&\s*(?:{VENUE_WORDS})\b)?"
    rf"|\b(?:Club|Hotel|Bar|Sauna|Spa|Casa|Villa)\s+(?:[A-Z][A-Za-z'’&-]*)(?:\s+[A-Z][A-Za-z'’&-]*)?"
    # "Sauna 88", "Club 51": a venue named by a number
    r"|\b(?:Club|Bar|Sauna|Spa|Massage|Parlour|Studio|Suite)\s+\d{1,4}\b"
)
# The venue word before the name, as other languages order it ("she stay in hotel Queens", "we
# work in massage Lotus", "apartment 4 at building Sovereign"): a lower-case venue word, then a
# capitalised name that is no ordinary word, day or district.
_WORD_THEN_NAME = re.compile(
    r"\b(?:hotel|motel|hostel|sauna|spa|salon|massage|parlou?r|club|bar|pub|building|block|restaurant|"
    r"cafe|café|hotelu|hotelul|edificio|edifício|budynek|blok)\s+"
    r"(?P<name>['‘\"“]?[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2}['’\"”]?)"
)
_WORD_THEN_NAME_HINT = re.compile(
    r"\b(?:hotel|motel|hostel|sauna|spa|salon|massage|parlou?r|club|bar|pub|building|block|restaurant|cafe|"
    r"café|hotelu|hotelul|edificio|edifício|budynek|blok)\s+['‘\"“]?[A-Z]"
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
_VENUE_WORD_SET = frozenset(w.lower() for w in VENUE_WORDS.split("|")) | {"parlor", "house"}
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
_LOWER_VENUE_WORD = re.compile(rf"\b(?:{_LOWER_VENUE_WORDS})\b")
_LOWER_VENUE = re.compile(
    rf"\b(?:(?!The\b)[A-Z][A-Za-z'’&-]*\s+(?:(?:of|de|la|the)\s+)?){{1,3}}(?:{_LOWER_VENUE_WORDS})\b"
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
    r"\b(?i:at|in|inside|outside|behind|near|opposite|by|from|to|round|around|outside of|into|out of|"
    # "who's working the Blue Lagoon tonight?"
    r"working|works|worked|work)\s+"
    r"the\s+"
    r"(?P<name>[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2}"
    # a pub named for two things: "the Dog and Gun", "the Rose & Crown"
    r"(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+\b(?!\s+[a-z]+(?:ed|s)\b))?)"
)
# "the Police", "the Drop-in", "the Van": capitalised, but services and things, not venues.
_SERVICES = word_set(
    """police van bus drop-in dropin uk nhs council hospital station centre center city town a&e
    gp clinic project team service services charity office home office court courts job jobcentre
    met army navy internet web site app way end start first last same other next rest
    aw ig fb of tg wa pof magistrates magistrates' lgi infirmary sarc gum medicine"""
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
    r"\b(?i:at|in|inside|outside|behind|near|opposite|from|out of|the)\s+"
    r"(?P<name>[A-Z][A-Za-z'’&-]+(?:\s+[A-Z][A-Za-z'’&-]+){0,2})" + _ON_STREET.pattern
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
    rf"\b(?:on|off|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:(?i:{STREET_WORDS})\b|(?:{STREET_WORDS_TITLE})\b)"
)
_THE_CAPITAL = re.compile(r"\b(?i:the)\s+[A-Z]")
_ABOVE_WORD = re.compile(r"\b(?:above|over|behind|next|opposite|under|round|back|across)\b", re.IGNORECASE)
_ABOVE = re.compile(
    r"(?:\b(?:the|a|her|his|their|my|them|those|some)\s+)?"
    r"\b(?:flat|room|rooms|place|upstairs|house|home|bedsit|basement|lives|living|works|working|stays|"
    r"staying|sleeps|sleeping|based|she's|he's|shes|hes|it's|its|"
    # the buildings she lives in, placed by what is next to them: "the flats behind the co-op"
    r"(?P<block>flats|houses|bedsits|maisonettes?|block|tower block|bungalows?|terraces?))"
    r"\s+(?:is\s+|are\s+)?(?:just\s+|right\s+)?"
    r"(?:above|over|behind|next to|next door to|opposite|under|across from|round the back of|"
    r"(?:out|round|at) the back of)\s+(?:the\s+|a\s+)?"
    r"(?P<what>[^,.;!?\n]{2,40}?)"
    # the landmark ends at a stop, or at the small words that begin the rest of the sentence
    # ("the flats behind the big Tesco in Seacroft and ...", "... the Shell garage last month")
    r"(?=\s*(?:[,.;!?\n]|$|\b(?:that|where|which|and|but|with|til|till|until|now|since|for|so|"
    r"cos|because|last|this|when|in|at|from|who|he|she|they|please|after|before|then)\b))",
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
    r"(?:(?:his|her|their|my|a|the)\s+)?(?:bar|counter|desk|till|wheel|van|car|taxi|cab|lorry|truck|vehicle|motor)",
    re.IGNORECASE,
)
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
# (a number said in words holds one of these, glued or not: "nofive", "thirteen", "forty-two")
_NUMBER_WORD_PART = re.compile(
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety"
)
# (a flat word may be glued to what follows it: "flatno5", "rm15")
_UNIT_WORD_PART = re.compile(
    r"flat|apt|apart|unit|bedsit|suite|block|rm|room|piso|pok[oó]j|quarto|habitaci|mieszkanie|departamento"
)
_STREET_END_WORDS = frozenset(STREET_WORDS.split("|")) | {w.lower() for w in STREET_WORDS_TITLE.split("|")}
_BARE_STREET_END_WORDS = frozenset(_BARE_STREET_WORDS.split("|")) | {
    w.lower() for w in _BARE_STREET_WORDS_TITLE.split("|")
}
_LOWER_STREET_END_WORDS = frozenset(_LOWER_STREET_WORDS.split("|"))
_ABOVE_WORDS = word_set("above over behind next opposite under round back across")
_HOUSE_NUMBER_CUES = word_set("no number num")
_STREET_THEN_NAME_WORDS = word_set("street road avenue lane")
_LOWER_VENUE_WORD_SET = frozenset(_LOWER_VENUE_WORDS.split("|"))
# the first word of every venue word, chain and shop (any case: a superset is enough)
_VENUE_FIRST_WORDS = word_set(
    """sauna saunas parlour parlor massage spa hotel club bar inn lodge motel salon studio studios retreat
    lounge suites apartments guest b arms tavern health travelodge cafe café restaurant grill diner takeaway
    kebab kebabs nails beauty barbers pub gym hostel palace escorts agency rooms casa villa suite"""
)
_CHAIN_FIRST_WORDS = word_set(
    """travelodge ibis premier holiday novotel hilton marriott radisson mercure malmaison crowne park
    doubletree motel best jurys easyhotel britannia days tesco sainsbury sainsburys asda aldi lidl
    morrisons spar co coop iceland greggs mcdonald mcdonalds maccies kfc subway costa starbucks nando
    nandos wetherspoon wetherspoons spoons boots superdrug poundland primark londis budgens nisa one"""
)
_FOREIGN_STREET_PART = re.compile(
    r"strada|str\.|ulic|ul\.|calle|c/|rua|avenida|av\.|rue|piazza|plaza|pra[cç]a|bulevard|aleea|calea|"
    r"[sşș]oseaua|ulits|utca|via|strasse|heol|stryd|ffordd|cwrt|clos|lôn|rhodfa|teras|bóthar|bothar|sráid|"
    r"sraid|rathad"
)


class _Note:
    """What the cheap tests read of a note: its case-folded text and words, and whether it has a
    digit (computed once per pass, never kept after it)."""

    __slots__ = ("digit", "folded", "words")

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()  # (casefold, not lower: "ſt" matches "st" under IGNORECASE)
        self.words = frozenset(_LETTERS.findall(self.folded))
        self.digit = _DIGIT.search(text) is not None

    def has(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)


def postcode_spans(text: str) -> Iterator[Found]:
    if _LETTER_DIGIT.search(text) is None:  # (every postcode holds a letter and a digit after it)
        return
    for pattern in (_POSTCODE, _PARTIAL_POSTCODE):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.POSTCODE
    for pattern in (_LOWER_PARTIAL_POSTCODE, _OUTWARD_AFTER_COMMA):
        for match in pattern.finditer(text):
            yield match.start(pattern.groups and "code"), match.end(pattern.groups and "code"), Kind.POSTCODE
    outward = _OUTWARD_ALONE.finditer(text) if _OUTWARD_HINT.search(text) else iter(())
    for match in outward:
        group = "code" if match.group("code") else "code2"
        yield match.start(group), match.end(group), Kind.POSTCODE


def address_spans(text: str) -> Iterator[Found]:
    note = _Note(text)
    # (first: "ul. Harehills Lane 102", "14a Heol y Nant" are one address each, the street word
    # before the name)
    if _FOREIGN_STREET_PART.search(note.folded) and _FOREIGN_STREET_HINT.search(text):
        for match in _FOREIGN_STREET.finditer(text):
            yield match.start(), match.end(), Kind.ADDRESS
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
        if _NOT_A_LANDMARK.fullmatch(what) or (
            _A_BEFORE.search(text, 0, match.start("what")) and " " not in what
        ):
            continue
        yield match.start(), _with_street(text, match.end("what")), Kind.PLACE
    kind_on = note.has(_ON_OFF) and (note.has(_KIND_WORD_SET) or note.has(_CHAIN_FIRST_WORDS))
    for match in _KIND_BEFORE_STREET.finditer(text) if kind_on else ():
        end = _with_street(text, match.end())
        if end > match.end():
            yield match.start(), end, Kind.PLACE
    for match in _SITE.finditer(text) if note.has(_SITE_WORDS) else ():
        name = match.group("name").strip()
        words = [w.lower() for w in name.split()]
        if any(w in NOT_NAMES or w in CAR_MAKES or w in _SERVICES for w in words):
            continue  # "a blue Vauxhall Astra estate", "the Council estate"
        housing = match.group("kind").lower() == "estate"
        if _landmark(name):
            continue  # "the Lincoln Green estate", "the Hunslet trading estate": a district's
        if name[-2:] in {"'s", "’s"} and _BARE_SHOP.fullmatch(name) is None:
            continue  # "Vicar's car park": whose, not which (a shop's is: "Sainsbury's car park")
        start = match.start("the") if match.group("the") else match.start("name")
        yield start, match.end(), Kind.ADDRESS if housing else Kind.PLACE
    for match in _CORNER.finditer(text) if "corner" in note.words else ():
        yield match.start("home") if match.group("home") else match.start("a"), match.end(), Kind.ADDRESS
    # "the Salvation Army hostel on Lisbon Street": the venue with its street, before the street
    # passes take the street alone (the venue pass finds the venue without a street)
    on_street = (
        note.has(_LOWER_VENUE_WORD_SET) and note.has(_STREET_END_WORDS) and _LOWER_VENUE_WORD.search(text)
    )
    for start, venue_end, end in _named_lower_venues(text) if on_street else ():
        if end > venue_end:
            yield start, end, Kind.PLACE
    unit = _UNIT_WORD_PART.search(note.folded) is not None
    for match in _UNIT_BUILDING.finditer(text) if unit else ():
        # ("The Anchorage, flat 11, Dock Rd": the block's name before the flat goes with it)
        yield _building_before(text, match.start()), match.end(), Kind.ADDRESS
    the_unit = unit and "the" in note.words and _THE_CAPITAL.search(text)
    for match in _UNIT_THE_BUILDING.finditer(text) if the_unit else ():
        name = match.group("name")
        words = [w.lower() for w in name.split()]
        if not (_SERVICES & set(words) or all(w in NOT_NAMES for w in words) or _landmark(name)):
            yield match.start(), match.end(), Kind.ADDRESS
    numbered = note.digit or _NUMBER_WORD_PART.search(note.folded) is not None
    for match in _ADDRESS.finditer(text) if numbered and note.has(_STREET_END_WORDS) else ():
        if _NUMBER_WORD_ONLY.fullmatch(match.group(0)):  # "in one place" is not an address
            continue
        # "the basement flat at 9 Ashville Road": the dwelling before the number goes with it,
        # and so does a flat word right before it ("piso 5B del edificio ...")
        before = _DWELLING_BEFORE.search(
            text, max(0, match.start() - 50), match.start()
        ) or _UNIT_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        # ... and a named house or block before a house number ("The Oaks, 14 Glenbrook Cres")
        start = before.start() if before else _building_before(text, match.start(), house=True)
        yield start, match.end(), Kind.ADDRESS
        code = _OUTWARD_AFTER.match(text, match.end())
        if code is not None:
            yield code.start("code"), code.end("code"), Kind.POSTCODE
    yield from _street_spans(text, note)
    for match in _UNIT_ALONE.finditer(text) if unit else ():
        yield _building_before(text, match.start()), _with_street(text, match.end()), Kind.ADDRESS
    for match in _FLAT_NUMBER_ALONE.finditer(text) if note.digit and _DIGIT_THEN_LETTER.search(text) else ():
        yield match.start("n"), match.end("n"), Kind.ADDRESS
    number_cue = note.has(_HOUSE_NUMBER_CUES) and _NUMBER_WORD_HINT.search(text)
    numbers = _NUMBER_ALONE.finditer(text) if number_cue else iter(())
    for match in numbers:  # "at number nine Tennyson": the name after the number goes with it
        yield match.start("n"), _with_street(text, _with_name(text, match.end("n"))), Kind.ADDRESS
    # (last: a house number with a street word is found whole above)
    lowered = text.lower()
    home = note.digit and any(word in lowered for word in _HOME_NUMBER_WORDS)
    for match in _HOME_NUMBER.finditer(text) if home else ():
        words = [w.lower() for w in match.group("a").split()[1:]]
        if not (any(w in NOT_NAMES or w in _TIME_WORDS for w in words) or _landmark(" ".join(words))):
            yield match.start("a"), match.end("a"), Kind.ADDRESS
            code = _OUTWARD_AFTER.match(text, match.end())
            if code is not None:
                yield code.start("code"), code.end("code"), Kind.POSTCODE
    for match in _CUED_BLOCK.finditer(text) if "The " in text and note.has(_CUED_BLOCK_WORDS) else ():
        words = [w.lower() for w in match.group("name").split()[1:]]
        common = all(w in NOT_NAMES for w in words) or _SERVICES & set(words) or words[-1] in _DISTRICT_LAST
        if not (common or _DISTRICT_AFTER.match(text, match.end()) or _landmark(match.group("name"))):
            yield match.start("name"), match.end("name"), Kind.ADDRESS
    where = _WHERE_NUMBER.finditer(text) if note.digit and _NUMBER_THEN_NAME.search(text) else iter(())
    for match in where:
        # "at 3 Counselling sessions", "to 8 Missed calls": a count of what the word after says;
        # "at 11 Jade rang", "came in at 2 Ruby and Kat": a time, then a person who does something
        if not (
            _no_place(match.group("name"))
            or _COUNTED_AFTER.match(text, match.end("name"))
            or _PERSON_DOES_AFTER.match(text, match.end("name"))
        ):
            yield match.start("a"), match.end("a"), Kind.ADDRESS


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
    r"(?P<name>The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)
_CUED_BLOCK_WORDS = word_set(
    "incall incalls outcall outcalls working workin work works worked living livin lives staying stayin"
    " stays based"
)
# A house number and a name after a word of where, without a street word: "was at 33
# Thornville", "outcall to 9 Lumley", "his house, 45 Highfield" (many streets carry none).
_WHERE_NUMBER = re.compile(
    r"(?:\b(?i:at|to|as|from|outside|opposite|renting|rented|rents)\s+"
    r"|\b(?i:house|home|place|flat|address|his|hers)[,:]\s+|\b(?i:incalls?|outcalls?)[ \t]*[-:–]?[ \t]*)"
    r"(?P<a>(?i:no\.?\s*|number\s+)?\d{1,4}[a-z]?,?\s+"
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
_VENUE_WORD_BEFORE_NAME = word_set(
    "hotel motel hostel sauna spa salon massage parlour parlor club bar pub building block restaurant "
    "cafe café hotelu hotelul edificio edifício budynek blok"
)


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
    return _street_spans(text, _Note(text))


def _street_spans(text: str, note: _Note) -> Iterator[Found]:
    for match in _HOME_STREET.finditer(text) if note.has(_STREET_END_WORDS) else ():
        # "lives in Hyde Park", "a flat in Woodhouse Hill": a district; "lives on Hyde Park Road" is not
        if match.group("prep") == "in" and _DISTRICT_STREET_WORD.search(match.group("street")):
            continue
        if _DISTRICT_AFTER.match(text, match.end("street")):  # "on the Lincoln Green estate"
            continue
        yield match.start("street"), match.end("street"), Kind.ADDRESS
    if note.has(_LOWER_STREET_END_WORDS) and _LOWER_STREET_HINT.search(text):
        for pattern in (_LOWER_HOME_STREET, _LOWER_STREET):
            for match in pattern.finditer(text):
                yield match.start("street"), match.end("street"), Kind.ADDRESS


# A street named for a hill, a dale or a bank, or in one word ("on Spital Hill", "on Sneinton Dale",
# "on Spring bank", "on Ferensway", "at Brindleyplace"), only after a word of being on a street:
# "in Beeston Hill" is a district, and so is a listed one after "on".
_ON_NAMED_STREET = re.compile(
    r"\b(?i:on|off|along|up|down|onto|top of|bottom of|outside|end of)\s+(?P<street>"
    r"(?!(?:The|A|An|His|Her|Their|My)\b)[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?\s+(?i:hill|dale|bank|brow|side)"
    r"|[A-Z][a-z]{3,}(?:way|place|side))\b(?![\w'’-])"
)
_ON_NAMED_STREET_WORDS = word_set("on off along up down onto top bottom outside end")


def bare_street_spans(text: str) -> Iterator[Found]:
    """A street named without a number ("on Lindley st", "Kirkstall Rd / Viaduct Rd", "Strada
    Florilor 12"): the street alone pins down where someone works or lives."""
    note = _Note(text)
    if note.has(_BARE_STREET_END_WORDS) and _BARE_STREET_HINT.search(text):
        for match in _BARE_STREET.finditer(text):
            yield match.start(), match.end(), Kind.ADDRESS
    for match in _ON_NAMED_STREET.finditer(text) if note.has(_ON_NAMED_STREET_WORDS) else ():
        street = match.group("street")
        if not (_landmark(street) or _landmark(street.rsplit(None, 1)[0])):  # "on Holbeck side"
            yield match.start("street"), match.end("street"), Kind.ADDRESS
    if "gate" in text:
        for match in _GATE_STREET.finditer(text):
            if match.group("street").split()[-1].lower() not in _GATE_TOWNS:
                start = match.start("street") if not match.group(0)[0].isdigit() else match.start()
                yield start, match.end("street"), Kind.ADDRESS


def venue_spans(text: str) -> Iterator[Found]:
    note = _Note(text)
    for match in _CHAIN.finditer(text) if note.has(_CHAIN_FIRST_WORDS) else ():
        branch = _BRANCH_BY_LANDMARK.match(text, match.end())
        yield match.start(), branch.end() if branch else _with_street(text, match.end()), Kind.PLACE
    lowered = text.lower()
    called = _CALLED_VENUE.finditer(text) if any(w in lowered for w in _CALLED_WORDS) else iter(())
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
    lower_venue = note.has(_LOWER_VENUE_WORD_SET) and _LOWER_VENUE_WORD.search(text) is not None
    for start, _, end in _named_lower_venues(text) if lower_venue else ():
        yield start, end, Kind.PLACE
    for match in _LOWER_CASE_VENUE.finditer(text) if lower_venue else ():
        words = match.group("name").split()[:-1]
        if not any(w in _VENUE_KINDS or w in NOT_NAMES or w in _TIME_WORDS for w in words):
            yield match.start("name"), _with_street(text, match.end("name")), Kind.PLACE
    at_work = " at " in text and any(w in lowered for w in _WORK_WORDS)
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
        words = {w.lower() for w in name.split()}
        if not (all(w in NOT_NAMES for w in words) or _SERVICES & words or _landmark(name)):
            yield match.start("name"), match.end(), Kind.PLACE
    the_venues = _THE_VENUE.finditer(text) if "the" in note.words and _THE_CAPITAL.search(text) else iter(())
    for match in the_venues:
        words = [w.lower() for w in match.group("name").split()]
        # "the Polish girls" is not a venue; "the Black Swan" is, though "black" alone is a word
        district = _DISTRICT_AFTER.match(text, match.end("name")) is not None or words[-1] in _DISTRICT_LAST
        district = district or (
            (_BARE_SHOP.fullmatch(match.group("name")) is not None or _landmark(match.group("name")))
            and _CHAIN.match(text, match.start("name")) is None
        )
        if not (len(words) == 1 and words[0] in NOT_NAMES) and not _SERVICES & set(words) and not district:
            what = _WHAT_AFTER.match(text, match.end("name"))  # "the Fox and Hounds pub"
            end = what.end() if what else match.end("name")
            yield match.start("name"), _with_street(text, end), Kind.PLACE
    form = ":" in text and _FORM_VENUE_WORD.search(note.folded) is not None
    for match in _FORM_VENUE.finditer(text) if form else ():
        words = _LETTERS.findall(match.group("name").casefold())
        kind_only = all(w in NOT_NAMES or w in _VENUE_KINDS or w in _NOT_A_VENUE for w in words)
        if words and not kind_only and not _landmark(match.group("name")):
            yield match.start("name"), match.end("name"), Kind.PLACE
    bracketed = (
        _BRACKETED_KIND.finditer(text) if "(" in text and note.has(_BRACKETED_KIND_WORDS) else iter(())
    )
    for match in bracketed:
        if not (_ordinary(match.group("name")) or _landmark(match.group("name"))):
            yield match.start("name"), match.end("name"), Kind.PLACE
    quoted = _QUOTED_VENUE.finditer(text) if _QUOTE_THEN_CAPITAL.search(text) else iter(())
    for match in quoted:
        if not (_ordinary(match.group("name")) or _landmark(match.group("name"))):
            street = _with_street(text, match.end())
            yield match.start("name"), street if street > match.end() else match.end("name"), Kind.PLACE
    # (last: "the hotel Travelodge near the station" is the chain with its landmark)
    yield from _word_then_name_spans(text, note)


# A name in quotes where she is or works is a venue's: "works at 'Secrets' on Fridays", "in
# "Angels" on Briggate", "outside the 'Pink Lady'" (a word said in quotes is in lower case).
_QUOTE_THEN_CAPITAL = re.compile(r"['‘\"“][A-Z]")
_QUOTED_VENUE = re.compile(
    r"\b(?i:at|in|from|outside|inside|behind|near|opposite|into|out of)\s+(?:(?i:the)\s+)?"
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


def _ordinary(name: str) -> bool:
    """A capitalised word that names no place: "Monday", "Police", "She"."""
    first = name.strip("'‘\"“’”").split()[0].lower()
    return first in NOT_NAMES or first in _TIME_WORDS or first in _SERVICES or first in _VENUE_WORD_SET


def _word_then_name_spans(text: str, note: _Note) -> Iterator[Found]:
    if note.has(_VENUE_WORD_BEFORE_NAME) and _WORD_THEN_NAME_HINT.search(text):
        for match in _WORD_THEN_NAME.finditer(text):
            name = match.group("name")
            if not (_ordinary(name) or _landmark(name.strip("'‘\"“’”"))):
                yield match.start(), _with_street(text, match.end()), Kind.PLACE
    if note.has(_STREET_THEN_NAME_WORDS) and _STREET_THEN_NAME_HINT.search(text):
        for match in _STREET_THEN_NAME.finditer(text):
            if not _ordinary(match.group("name")):
                yield match.start(), match.end(), Kind.ADDRESS
    if "ouse" in text or "oor" in text:
        for match in _HOUSE_NUMBER.finditer(text):
            yield match.start(), _with_street(text, match.end()), Kind.ADDRESS


def _with_street(text: str, end: int) -> int:
    """`end` moved past a street named right after a venue ("the Spar on Harehills Lane")."""
    match = _ON_STREET.match(text, end)
    return match.end() if match else end


def sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'‘“")
    return not before or before[-1] in ".!?:;\n"
