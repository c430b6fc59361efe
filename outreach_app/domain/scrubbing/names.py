"""Names in free text without the vault's help: lists, cues, context and non-Latin script.

Sources, strongest first:
1. a cue before a capitalised word ("called", "named", "goes by", "my friend", "Mr"):
   scrubbed whether or not the word is listed, so unusual names are caught;
2. the names lists in `resources/names/`; a listed name that is also an ordinary word
   (`ambiguous.txt`: Rose, Star, Diamond, Mark, May, Brown ...) needs context: a capital
   letter mid-sentence, a cue, a person verb after it ("Star was left ..."), a name next to it;
3. a capitalised unknown word mid-sentence right before a person verb ("... and Zola said");
4. any run of non-Latin script (Cyrillic, Greek, Arabic, Hebrew, Thai, CJK, Devanagari ...)
   that is not in the keep-list `resources/names/script_keep.tsv` and is not the prose of a
   sentence written in that script (`scrubbing.script_names`).

A capitalised word followed by a street or venue word ("Rose Street", "Diamond Sauna") is a
place, left to the places pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing.lowered import lower_case_twin
from outreach_app.domain.scrubbing.place_lexicon import is_district
from outreach_app.domain.scrubbing.spans import word_set


@dataclass(frozen=True)
class NamesList:
    """Attributes:
    names: lower-cased names scrubbed on sight when capitalised.
    word_names: names that are also ordinary words; scrubbed when capitalised mid-sentence or with context.
    context_names: names that are also months, places, colours or makes; scrubbed only with context.
    short_forms: each lower-cased name -> the names it is a short or long form of (Natasha ↔ Tasha, Tash).
    script_keep: non-Latin words that are not names (kept when a note quotes them).
    surnames: lower-cased names read from the surname lists (many are also words: Wood, Hill).
    """

    names: frozenset[str]
    word_names: frozenset[str]
    context_names: frozenset[str]
    short_forms: dict[str, frozenset[str]]
    script_keep: frozenset[str]
    surnames: frozenset[str] = frozenset()

    def kind_of(self, word: str) -> str | None:
        lower = word.lower()
        if "-" in lower and lower not in self.names:
            # a double name ("Sophie-Leigh", "Lacey-Mae") is a name when its first part is one
            first = lower.split("-", 1)[0]
            plain_name = first in self.names and first not in self.word_names | self.context_names
            return "name" if plain_name else None
        if lower in self.context_names:
            return "context"
        if lower in self.word_names:
            return "word"
        if lower in self.names:
            return "name"
        return None

    def is_ordinary_word(self, word: str) -> bool:
        """A name that is also an English word ("Ginger", "Diamond"): removing it needs context."""
        lower = word.lower()
        return lower in self.word_names or lower in self.context_names


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def load_names(directory: Path | None = None) -> NamesList:
    """Read every `*.txt` list in `directory` (default `resources/names/`), the short forms
    (`short_forms.tsv`) and the non-Latin keep-list (`script_keep.tsv`)."""
    folder = directory or resource_path("names")
    names: set[str] = set()
    surnames: set[str] = set()
    word: set[str] = set()
    context: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        for line in _lines(path):
            if path.stem.endswith("ambiguous"):  # ambiguous.txt, census_ambiguous.txt
                group, _, value = line.partition("\t")
                (context if group.strip() == "context" else word).add(value.strip().lower())
            else:
                names.update(part.lower() for part in line.split())
                if path.stem.endswith("surnames"):
                    surnames.update(part.lower() for part in line.split())
    forms: dict[str, set[str]] = {}
    shorts = folder / "short_forms.tsv"
    for line in _lines(shorts) if shorts.exists() else []:
        members = {part.strip().lower() for part in re.split(r"[\t,]", line) if part.strip()}
        for member in members:
            forms.setdefault(member, set()).update(members - {member})
        # every short or long form is a name too ("Lottie", "Babs"), unless it is also a word
        # (a single letter, "G" for Georgina, is a short form only: on sight it would take every
        # initial, grade and letter of a code)
        names.update(m for m in members if " " not in m and len(m) > 1 and m not in word and m not in context)
    keep_path = folder / "script_keep.tsv"
    script_keep = {w for line in (_lines(keep_path) if keep_path.exists() else []) for w in line.split()}
    return NamesList(
        frozenset(names),
        frozenset(word),
        frozenset(context),
        {k: frozenset(v) for k, v in forms.items()},
        frozenset(script_keep),
        frozenset(surnames),
    )


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Everyday English words (lower case): the Wikipedia and film-and-TV frequency lists that
    `zxcvbn` ships and the EFF long word list that `xkcdpass` ships. Loaded once, only when a
    vault's aliases are prepared: it tells a typo of an alias ("Kaleigh" for Kayleigh) from a
    word one letter away ("Money" for Honey)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    words = set(FREQUENCY_LISTS["english_wikipedia"]) | set(FREQUENCY_LISTS["us_tv_and_film"])
    words |= set(FREQUENCY_LISTS["passwords"])  # (its words are the ones not ranked higher elsewhere)
    eff = files("xkcdpass").joinpath("static", "eff-long")
    words.update(
        line.split()[-1].lower() for line in eff.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    return frozenset(words)


@lru_cache(maxsize=1)
def prose_words() -> frozenset[str]:
    """The words of zxcvbn's Wikipedia and film-and-TV frequency lists: words of prose, without
    its password list (which holds "kellys", "ambers": names with an "s")."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["english_wikipedia"]) | frozenset(FREQUENCY_LISTS["us_tv_and_film"])


LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
# Letters of scripts other than Latin, with their combining marks (Thai vowels, Devanagari signs).
NON_LATIN_RUN = re.compile(
    "[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u0900-\u0dff\u0e00-\u0e7f\u0e80-\u0eff\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)
PLACE_WORDS = word_set(
    """street st road rd lane ln avenue ave close park way drive dr place square gardens hill court
    terrace crescent grove row walk parade station hotel pub arms inn centre center market bank bridge
    green common estate house hall tower towers mews view rise vale wharf quay retail shopping
    college school university church chapel hospital clinic surgery kong sauna parlour parlor
    massage spa club bar lodge motel salon studio lounge united city town cars taxis taxi cabs
    motors"""
)
_CUES_SOURCE = (
    r"(?:\b(?:called (?:him|her)self|called|named(?: as)?|calls? (?:him|her)self|call(?:ed)? him|"
    r"goes by|going by|"
    # how she introduces herself: "friends call me Desi", "said to call her 'Lady'", "yo it's Tee"
    r"calls? me|call(?:ed)? me|to call (?:her|me)|"
    r"(?:^|hi|hiya|hey|hello|yo)[,!]?\s+(?:it'?s|it’s|it is|this is)|"
    r"went by|known as:?|aka|"
    r"a\.k\.a\.?|name (?:is|was|as|of)|name|names|asked for|ask for|asking for|"
    r"(?:said|says|claimed|claims|told \w+) (?:he|she) (?:was|is)(?: called)?|he is|she is|"
    # the name a man goes by, as the women call him: "a lad she calls Spider", "the man they
    # call Tiny"; not "she calls Mum", "he calls her Angel" (a pet name he uses)
    r"(?:lad|man|guy|bloke|fella|punter)\s+(?:that\s+|who\s+)?(?:she|they|everyone|the girls) calls?|"
    r"(?:my|her|his|their|our) (?:friend|mate|cousin|sister|flatmate|colleague|boss|pimp|partner|"
    r"girlfriend|boyfriend|husband|wife|daughter|niece|auntie|housemate|maid|receptionist)|"
    r"friend|cousin|flatmate|workmate|worker|girl|driver|punter|client|perpetrator|landlord|landlady|baby|"
    r"pimp|minder|boyfriend|husband|owner|boss|manager|madam|"
    r"(?:msg|message|text|txt|call|email|note|voicemail) from|"
    r"(?:received|heard) from|(?:referred|reported|sent|forwarded|introduced|accompanied) by|"
    # the same cues in the languages of the communities served: "se hace llamar Jamie", "se
    # chama Rodrigo", "nazywa się Marek", "pe nume Costel", "il s'appelle Karim"
    r"se (?:hace )?llama|llamad[oa]|se chama|chamad[oa]|nazywa si[eę]|si[eę] nazywa|na imi[eę]|"
    # (never across a line: "...by a client\nInjuries: none" is a form's next field, not a name)
    r"o imieniu|se nume[sș]te|pe nume|s'appelle|appel[ée]e?)(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)['‘\"“]?|"
    # a form's field for a person: "Alias: Wendy", "Caller: Georgia (known)"
    r"\b(?:name|alias|name/alias|alias/name|caller|client|worker|perp|perpetrator|suspect|victim|"
    r"service user|staff|volunteer|key ?worker|referrer|witness|friend(?: present)?|"
    r"(?:other )?workers? present)(?: name)?\s*:\s*['‘\"“]?|"
    # "Liam (\"Lemmy\")": a nickname in brackets and quotes
    # titles, police ranks ("DC Hartley", "Sgt Walsh") and a madam's ("Mama Bisi", "Lil B")
    r"\b(?:mr|mrs|ms|miss|dr|sgt|dc|ds|di|insp|mama|madam|auntie|aunty|lil)\.?\s+|\(\s*['‘\"“]?|"
    # a chat message's author after its timestamp: "[22:16, 30/11/2026] Kenzie: ..."
    r"\d\]\s+)$"
)
# Two forms of the cue regex that find the same matches: case-insensitive for any text, and
# case-sensitive for the note in lower case (`scrubbing.lowered`), three to four times faster.
# The look-ahead for a character that can begin a cue (a letter, a digit or a bracket)
# spares trying the whole alternation at every space and punctuation mark.
_CUES = re.compile(r"(?=[\w(])" + _CUES_SOURCE, re.IGNORECASE)
_LOWER_CUES = re.compile(r"(?=[\w(])" + _CUES_SOURCE)
# A bracket is a nickname's ("a worker (Roxy)", "Liam ("Lemmy")") unless a place verb or
# preposition stands before it ("where she lives (Gipton)") or it opens a list of places
# ("the usual loop (Holbeck, city centre, Hunslet)").
_PLACE_BEFORE_BRACKET = re.compile(
    r"\b(?:lives?|lived|living|works?|worked|working|stays?|stayed|staying|moved|from|in|at|near|"
    r"around|round|loop|area|areas|estate|district)\s*\(\s*['‘\"“]?$",
    re.IGNORECASE,
)
# A capitalised word that opens a sentence in brackets: a word of grammar comes next.
_SENTENCE_IN_BRACKET = re.compile(
    r"[^\W\d_]+\s+(?:to|of|the|a|an|for|with|in|on|at|from|about|by|as|if|that|which|into|than)\s"
)
_BRACKET_OPEN_BEFORE = re.compile(r"\(\s*['‘\"“]?$")


def _opens_a_bracketed_sentence(text: str, start: int) -> bool:
    """A capitalised word that opens a sentence in brackets ("(Linked to earlier concerns.)"),
    which the bracket cue took for a nickname's."""
    return (
        _BRACKET_OPEN_BEFORE.search(text, max(0, start - 3), start) is not None
        and _SENTENCE_IN_BRACKET.match(text, start) is not None
    )


_BRACKET_LIST = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?\s*,\s*[^\W\d_]+[^)]*\)")


def cue_before(text: str, start: int) -> bool:
    """A cue word (or a nickname's bracket) right before `start`."""
    lowered = lower_case_twin(text)
    if lowered is None:
        match = _CUES.search(text, max(0, start - 40), start)
    else:
        match = _LOWER_CUES.search(lowered, max(0, start - 40), start)
    if match is None:
        return False
    if match.group(0).lstrip().startswith("("):
        if _PLACE_BEFORE_BRACKET.search(text, max(0, start - 30), start):
            return False
        listed = _BRACKET_LIST.match(text, start)
        if listed is not None and listed.group(0).split(",")[1].strip()[:1].islower():
            return False  # "(Holbeck, city centre, ...)": a list with ordinary words in it
    return True


# Capitalised words that never start a name, even after a cue.
NOT_NAMES = word_set(
    """i a an the he she it we they his her him its their this that these those there here then
    i'll i've i'm i'd i’ll i’ve i’m i’d
    we've we're we'll we'd we’ve we’re we’ll we’d you've you're you'll you'd you’ve you’re you’ll
    you’d they've they'll they'd they’ve they’ll they’d she'll she'd she’ll she’d he'll he’ll
    it'll it’ll that's that’s there's there’s
    when where what who why how and but or not no yes so if on in at by to of for from with
    mr mrs ms miss dr one two three some any all same other another my our your me us
    polish romanian bulgarian russian ukrainian lithuanian latvian czech slovak hungarian albanian
    nigerian ghanaian senegalese african english british irish scottish welsh european eastern
    asian chinese vietnamese thai filipino indonesian malaysian brazilian colombian mexican
    portuguese spanish latin turkish kurdish arab arabic indian pakistani bangladeshi white black
    mixed police officer taxi uber driver manager man men woman women lady girl girls boy guy lad
    punter client worker workers someone somebody everyone everybody nobody anyone staff outreach
    nurse doctor mum dad mother father brother sister friend friends car warning note update
    monday tuesday wednesday thursday friday saturday sunday january february march july september
    october november december christmas easter ok okay yes no not never she's he's they're i'm
    tall short small slim fat stocky bald drop-in dropin isva idva nhs gp a&e
    unknown declined anonymous none withheld various several multiple
    also incident onlyfans feb aug sept oct nov
    whatsapp snapchat instagram insta facebook telegram tiktok twitter kik wechat viber signal
    google gmail hotmail iphone samsung leeds bradford manchester london line signal u ur r n k
    skoda fabia octavia ford fiesta focus mondeo vauxhall corsa astra insignia zafira toyota prius
    yaris auris honda civic jazz nissan micra qashqai bmw audi vw volkswagen golf polo passat kia
    hyundai peugeot renault clio citroen fiat seat leon ibiza mini volvo landrover land range
    rover lexus tesla mazda suzuki dacia sandero transit sprinter merc
    mandarin cantonese tigrinya amharic tagalog french german italian dutch greek hindi urdu
    punjabi bengali tamil gujarati somali swahili yoruba igbo hausa twi farsi persian pashto
    hebrew japanese korean nepali sinhala malay romani moldovan armenian serbian croatian
    bosnian estonian slovenian eritrean ethiopian sudanese somalian iranian iraqi syrian afghan
    jamaican caribbean american canadian australian european scouse scouser geordie mancunian
    brummie cockney londoner glaswegian yorkshire translated interpreted
    caller callers visitor guest supervisor usher liaison receptionist volunteer interpreter
    translator witness witnesses victim complainant either
    respondent respondents applicant applicants claimant defendant appellant petitioner
    panel tribunal committee trustees was were
    fine neither
    also incident incidents room madam onlyfans adultwork jag beemer pride
    tinder grindr bumble hinge badoo pof plentyoffish snap
    missed bed beds stock agent anon auto-reply
    apr jun jul aug sep sept oct nov dec op operation
    god allah cypriot cypriots maltese kosovar cornish"""
)
# Verbs after a person's name: "Star was left", "Zola said", "Ginger and Jade both say".
PERSON_VERBS = word_set(
    """was is says said sed say told tells reported reports reckons thinks thought knows knew wants
    wanted came comes come rang rings phoned texted messaged saw seen sees got gets had has have
    hurt lost left works worked lives lived stays stayed moved describes described recognised
    recognized remembers explained asked needs needed went goes walked ran escaped managed kept
    could would will did does didn't doesn't isn't wasn't can't won't and & n + also too herself
    'll 's ok fine tell showed shows gave brought were are both here wrote replied emailed posted
    arrived disclosed"""
)
# Adverbs between a name and its verb ("Angel now stays ..."): enough for a known name only.
_ADVERBS = word_set("now just still never always then later finally eventually")
# Nouns and colours that a word-name describes: "ginger beard", "diamond earring", "rose tattoo".
DESCRIBED = word_set(
    """beard hair haired stubble moustache mustache eyebrows eyes eyed skin freckles earring earrings
    stud studs ring rings necklace pendant chain bracelet watch tattoo tattoos tattooed jumper jacket
    coat shirt top hoodie tracksuit trousers jeans shoes trainers boots hat cap puffer scarf
    pattern patterned coloured colored colour color light lights car van fiesta corsa astra golf
    red green blue grey gray pink gold silver black white purple orange brown yellow dark
    floss meth clear daddy bush hedge tree windows window weather wings wing cut stone stones
    bottle glass drink smell perfume shaped print tint tinted paint wrapper wrappers cane day days
    morning mornings afternoon evening weather spell teeth tooth face door doors roof jack alarm
    warning warnings alert alerts fever tom cat cats kitten flower flowers blossom shift shifts rota
    holiday holidays hols holz term raid patrol tea biscuit biscuits cake lad lads bloke fella
    wreath wreaths tomcat beer wedding
    hours group groups session sessions party parties timetable appeal
    rice roast garden shop night nights seed seeds box"""
)
# Nouns of DESCRIBED that describe only in lower case: "Jasmine rice", "Rose garden", "Summer
# night"; with a capital they name a place ("Jade Garden Therapy", "Honey Shop").
_DESCRIBED_LOWER = word_set("rice roast garden shop night nights seed seeds box")
# Models people name a car by, alone or after the make ("silver Fabia", "black Insignia",
# "a Seat Leon", "Mercedes Vito"): a colour or an alias before one describes the car.
CAR_MODELS = word_set(
    """fiesta focus kuga mondeo transit galaxy puma ka ranger corsa astra insignia zafira vivaro
    mokka meriva golf polo passat tiguan touran caddy transporter sharan octavia fabia superb
    kodiaq yeti karoq micra qashqai juke leaf primera navara almera yaris corolla prius aygo auris
    avensis hilux civic jazz accord clio megane scenic kangoo captur twingo trafic partner expert
    berlingo picasso dispatch relay punto panda doblo ducato leon ibiza ateca cooper countryman
    sprinter vito gle gla glc xc90 evoque discovery defender freelander outlander shogun
    sportage picanto ceed rio tucson santa swift vitara sandero duster logan cayenne
    insignias fiestas corsas transits sprinters"""
)
DETERMINERS = word_set("a an the his this that some no of any every its their my your")
# A model name after its make is a car ("Honda Jazz", "Kia Picanto"), whatever alias it shares.
CAR_MAKES = word_set(
    """skoda ford vauxhall toyota honda nissan bmw audi vw volkswagen kia hyundai peugeot renault
    citroen fiat seat mini volvo land range lexus tesla mazda suzuki dacia merc mercedes jaguar
    mitsubishi subaru chevrolet chevy jeep porsche alfa"""
)
# Car slang that is never a name on its own ("in his Jag") but is one after a naming cue.
_CAR_NICKNAMES = word_set("jag beemer merc")
_SENTENCE_END = frozenset('.!?:;\n—–"“‘(')


def is_title(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (len(word) == 1 and word.isupper())


class Token:
    """A Latin word of a text; whether it starts a sentence or follows a cue is worked out only
    when asked (most words are lower case and never need it), then kept. (Slots and a plain
    `None` check, not `functools.cached_property`: a note makes about 30 tokens, and that
    property's lock and dictionary cost more than the answer on most of them.)"""

    __slots__ = ("_cued", "_sentence_start", "end", "start", "text", "word")

    def __init__(self, text: str, start: int, word: str) -> None:
        self.text = text
        self.start = start
        self.end = start + len(word)
        self.word = word
        self._sentence_start: bool | None = None
        self._cued: bool | None = None

    @property
    def sentence_start(self) -> bool:
        if self._sentence_start is None:
            self._sentence_start = sentence_start_at(self.text, self.start)
        return self._sentence_start

    @property
    def cued(self) -> bool:
        if self._cued is None:
            self._cued = cue_before(self.text, self.start)
        return self._cued


def sentence_start_at(text: str, index: int) -> bool:
    """Nothing but spaces and quotes between `index` and the start of the text or a sentence end."""
    position = index - 1
    while position >= 0 and text[position] in " \t'\"‘’“”*-•":
        if text[position] == "-" and position > 0 and text[position - 1] != " ":
            return False
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


_POSSESSIVE_ENDINGS = ("'s", "’s")


class Words:
    """The Latin words of a note, found once for the vault's aliases and the names pass: their
    starts and words (a possessive's "'s" dropped: "Tasha's" -> "Tasha") in lists, and a `Token`
    for word i made only when asked for (`words[i]`): the passes look up every word in sets,
    but rate and inspect only the few that may be names."""

    __slots__ = ("_made", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        found = [(match.start(), match.group(0)) for match in LATIN_WORD.finditer(text)]
        self.text = text
        self.starts = [start for start, _ in found]
        self.words = [word[:-2] if word[-2:] in _POSSESSIVE_ENDINGS else word for _, word in found]
        self._made: list[Token | None] = [None] * len(found)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> Token:
        token = self._made[index]
        if token is None:
            token = self._made[index] = Token(self.text, self.starts[index], self.words[index])
        return token


def tokens(text: str) -> list[Token]:
    """Every word of `text` as a `Token` (see `Words`)."""
    words = Words(text)
    return [words[i] for i in range(len(words))]


def next_token(text: str, end: int) -> str:
    """The word right after `end` (past spaces and a comma), as written; "" when none."""
    match = LATIN_WORD.search(text, end, min(len(text), end + 40))
    if match is None or text[end : match.start()].strip(" ,"):
        return ""
    return match.group(0)


def next_word(text: str, end: int) -> str:
    return next_token(text, end).lower()


def previous_word(text: str, start: int) -> str:
    found = ""
    for match in LATIN_WORD.finditer(text, max(0, start - 30), start):
        found = match.group(0) if not text[match.end() : start].strip() else ""
    return found.lower()


# "Honey & lemon", "ginger and lemon": a pair of things to eat or drink, not a person and a word
# (both words things to eat: "Star and honey" is two people; two different things: "Honey and
# honey" is one name written twice; and no person verb after them: "Ginger and honey saw him")
_FOODS = word_set("lemon lime honey ginger garlic cinnamon mint")
_FOOD_PAIR = re.compile(r"\s*(?:and|&|\+|n)\s*(?P<second>lemon|lime|honey|ginger|garlic|cinnamon|mint)\b")


def _food_pair(text: str, end: int) -> bool:
    pair = _FOOD_PAIR.match(text, end)
    if pair is None:
        return False
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    first = text[start:end].lower()
    return (
        first in _FOODS
        and pair.group("second").lower() != first
        and next_word(text, pair.end()) not in PERSON_VERBS
    )


# An injury after a word-name, as a van note writes what was done to her: "black eye", "fat lip".
_INJURY_AFTER = re.compile(
    r"[ \t]+(?i:black|burst|split|fat|swollen|cut|broken|bust|bruised)"
    r"[ \t]+(?i:eyes?|lips?|nose|jaw|ribs?|wrists?|arms?)\b"
)


def _describes_next(text: str, end: int) -> bool:
    """The word-name is joined to or followed by what it describes: "rose-gold", "ginger beard"
    (or is a verb with its subject after it, opening a sentence: "Hope she gets the flat")."""
    after = text[end : end + 2]
    following = next_word(text, end)
    if after[:1] == ",":
        return False  # "(Ginger, red hair, hence)", "holly, Tea and Jo": a comma ends what it describes
    if _INJURY_AFTER.match(text, end):
        return False  # "Holly black eye again", "Star burst lip": what was done to her (the
        # vault-alias property test found that leak)
    return (
        (after[:1] == "-" and after[1:2].isalpha())
        or _food_pair(text, end)
        or (following in DESCRIBED and (following not in _DESCRIBED_LOWER or next_token(text, end).islower()))
        or following in CAR_MAKES
        or following in CAR_MODELS
    )


# Word-aliases that a note starts a sentence with as a word, known by the word after them: a
# verb before who it is about ("Hope she gets the flat", "Trust me"), and "nothing" in
# Portuguese, Spanish and Polish ("Nada a reportar", "Nada para relatar", "Nic więcej").
_SUBJECTS_AFTER = word_set(
    "she he they you u it we i so that all everything this me her him them she's he's it's to"
)
_WORD_BEFORE_WORDS = {
    "hope": _SUBJECTS_AFTER,
    "trust": _SUBJECTS_AFTER,
    "wish": _SUBJECTS_AFTER,
    "may": word_set("we i you they she he it all"),  # "May we remind everyone ..."
    "nada": word_set("a para de que mais más nuevo novo especial demais"),
    "nic": word_set("nie więcej wiecej nowego takiego się sie"),
}


def _said_as_a_verb(text: str, start: int, end: int) -> bool:
    after = _WORD_BEFORE_WORDS.get(text[start:end].lower())
    if after is None or not sentence_start_at(text, start):
        return False
    return text[end : end + 1] == " " and next_token(text, end).lower() in after


def looks_like_description(text: str, start: int, end: int) -> bool:
    """A word-name used as a description: "ginger beard", "rose-gold", "a diamond earring"."""
    if _describes_next(text, end):
        return True
    return previous_word(text, start) in DETERMINERS and not is_title(text[start:end])


_LIST_JOINERS = frozenset({"and", "&", "n"})


def word_name_in_context(text: str, start: int, end: int, *, sentence_start: bool) -> bool:
    """Whether a name that is also a word ("Star", "honey") is used as a name here."""
    if (
        looks_like_description(text, start, end)
        or _said_as_a_verb(text, start, end)
        or glossed_as_a_word(text, start, end)
    ):
        return False
    following = next_token(text, end)
    if is_title(following) and following.lower() in PLACE_WORDS:  # "Rose Street", "Diamond Sauna"
        return False
    title = is_title(text[start:end])
    if title and not sentence_start:
        return True
    if following.lower() in PERSON_VERBS | _ADVERBS or text[end : end + 2] in {"'s", "’s"}:
        return True
    if title and (text[end : end + 1] == "," or following.lower() in _LIST_JOINERS):
        return True  # a list of names: "Ginger, Jade and Rose"
    return cue_before(text, start)


# Words before a lower-case word-name that make it a noun or adjective ("at dawn", "it was misty").
_BEFORE_WORDS = DETERMINERS | word_set(
    "at in on of until till by for her like very so too was is quite bit last lost next all"
)


_QUOTES = frozenset("\"'‘’“”")
# Words before a lower-case word-alias that make it a noun even in a list ("of peaches,",
# "of brandy and"): a determiner, "of", "until", "last".
_NOUN_BEFORE = DETERMINERS | word_set("of until till last very quite bit")


_THE_BEFORE = re.compile(r"\b(?i:the)\s+(?:(?:big|new|old|little|local|same)\s+)?$")
# Words before a noun, never before a name written in lower case.
_ARTICLES = word_set("the a an some this that these those our your ur their its")
_COLOURS = word_set(
    "red green blue grey gray pink gold silver black white purple orange brown yellow dark light"
)
_CAR_BEFORE = _COLOURS | word_set("a an reg plate plated newish")


def names_a_car(text: str, start: int, end: int, written: str, following: str) -> bool:
    """A make or model of car used as one: after a colour, an article or "reg", or before a
    model or a class ("Mercedes C-class"), and not followed by what a person does or has (a
    possessive: "Ford Kuga's phone" for the alias Kuga is hers; the vault-alias property test
    found that leak)."""
    lower = written.lower()
    if lower not in CAR_MAKES and lower not in CAR_MODELS:
        return False
    if following.lower() in PERSON_VERBS or text[end : end + 2] in {"'s", "’s"}:
        return False
    before = previous_word(text, start)
    if (
        before in _CAR_BEFORE
        or following.lower() in CAR_MODELS
        or (before in CAR_MAKES and lower in CAR_MODELS)
    ):
        return True
    return re.match(r"\s+[A-Z0-9]{1,3}-?class\b", text[end : end + 12], re.IGNORECASE) is not None


# What follows a word-alias that opens a sentence as a word, not a name: "Star of the night",
# "Angel of the North", "Precious little", "Joy all round", "Storm Bert" (a named storm: only
# after "Storm" itself).
_WORD_SENSE_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+(?:the|a|an|my|our)\b|little\b|all[ \t]+(?:round|around)\b)"
    r"|(?<=Storm)[ \t]+[A-Z][a-z]+\b(?![ \t]+(?:"
    + "|".join(("said", "says", "was", "is", "rang", "told"))
    + r")\b)"
)


# A word-name that opens an English set phrase is the word, not a person: "Grace period",
# "Carol singers", "Rose water", "Pixie dust", "scarlet fever", "precious time", "a pat-down by
# security". The second word is a noun a person's name never takes (lower case only: "Carol
# Service" may be her surname), so "Grace said" or "Rose waters" stay names.
_SET_PHRASE = re.compile(
    r"(?i:grace)[ \t]+period\b"
    r"|(?i:carol)[ \t]+(?:singers?|singing|service|concert)\b"
    r"|(?i:pat)(?:-|[ \t]+)down[ \t]+(?:search\b|by[ \t]+(?:the[ \t]+)?(?:security|police|bouncers?|door)\b)"
    r"|(?i:rose)[ \t]+(?:water|gold|petals?|hip)\b"
    r"|(?i:velvet)[ \t]+(?:rope|curtains?)\b"
    r"|(?i:pixie)[ \t]+dust\b"
    r"|(?i:scarlett?)[ \t]+fever\b"
    r"|(?i:precious)[ \t]+(?:time|few|little[ \t]+(?:to|left|else|chance|point|sleep|money)\b)\b"
    r"|(?i:star)[ \t]+(?:sign|anise)\b"
    r"|(?i:crystal)[ \t]+(?:meth|clear)\b"
    r"|(?i:angel)[ \t]+(?:dust|cake)\b"
    r"|(?i:ginger)[ \t]+(?:beer|ale|biscuits?|nut)\b"
    r"|(?i:rain)[ \t]+all[ \t]+(?:day|night|evening|afternoon)\b"
    r"|(?i:snow|frost|ice)[ \t]+on[ \t]+the[ \t]+(?:ground|roads?|pavements?)\b"
    r"|(?i:grace)[ \t]+(?:before|after)[ \t]+(?:the[ \t]+)?(?:meals?|food|dinner|lunch|tea|eating)\b"
    r"|(?i:carol)[ \t]+singers?\b"
)
# The police in slang: "Old Bill parked outside", "Rob from the Bill" (a man called Bill never
# takes "the"); his possessive keeps it a person ("Old Bill's van").
_POLICE_BEFORE = re.compile(r"\b(?:Old|old|[Tt]he)[ \t]+$")


# A word-name quoted and then glossed as slang, as a note explains the street's words: "'Ginger'
# is slang for a woman who grasses", "'Mandy' = MDMA", "'Angel' is another word for ...": the
# word mentioned, not a person (never for an alias the vault holds: `vault_word_is_name`). Not
# "'Holly' means she is new" nor '"Grace" is the name for the new girl': that is how a note
# introduces a working name.
_GLOSSED = re.compile(
    r"['’\"”][ \t]*(?:=|(?:is|was)[ \t]+(?:(?:street|prison|old)[ \t]+)?slang\b"
    r"|(?:is|was)[ \t]+(?:a|another|the)[ \t]+word[ \t]+for\b)"
)


def glossed_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is quoted and glossed ("'Ginger' is slang for ...")."""
    return text[start - 1 : start] in _QUOTES and _GLOSSED.match(text, end) is not None


# The weather, reported in a sentence of one word ("Quiet. 3 girls out. Rain."); months in a
# pair or a stretch ("June and July are short-staffed", "May-June").
_WEATHER = word_set("rain snow sleet hail fog frost drizzle storm storms sunshine")
_ENDS_A_SENTENCE = re.compile(r"[ \t]*(?:[.!]+(?:\s|$)|$)")
_MONTHS = word_set("january february march april may june july august september october november december")
_MONTH_JOINER = r"[ \t]*(?:-|–|/|&|,|\band\b|\bor\b|\bto\b|\btill\b|\buntil\b)[ \t]*"
_MONTH_NAMES = r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)\b"
_MONTH_AFTER = re.compile(_MONTH_JOINER + _MONTH_NAMES)
_MONTH_BEFORE = re.compile(r"\b" + _MONTH_NAMES + _MONTH_JOINER + "$")


def alone_in_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is a sentence of its own ("Who was hurt? holly."), not a
    heading in capitals ("WARNING. new number texting girls")."""
    return (
        not text[start:end].isupper()
        and sentence_start_at(text, start)
        and _ENDS_A_SENTENCE.match(text, end) is not None
    )


def in_a_pair_of_months(text: str, start: int, end: int) -> bool:
    """Whether the month-name at start:end is joined to another month ("June and July")."""
    if text[start:end].lower() not in _MONTHS:
        return False
    return (
        _MONTH_AFTER.match(text, end) is not None
        or _MONTH_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def opens_a_set_phrase(text: str, start: int, end: int, *, vault: bool = False) -> bool:
    """Whether the word-name at start:end is the first word of a set phrase, "the Bill", or,
    for a word the vault does not hold as an alias, the weather in a sentence of its own
    ("Rain.") or one of a pair of months. (An alias of the vault's in those shapes is as likely
    her: "Who was hurt? Storm.", "June and May were both hit".)"""
    if text[end : end + 2] in {"'s", "’s"}:
        return False
    if text[start:end] == "Bill":
        return _POLICE_BEFORE.search(text, max(0, start - 8), start) is not None
    lower = text[start:end].lower()
    if (
        not vault
        and lower in _WEATHER
        and sentence_start_at(text, start)
        and _ENDS_A_SENTENCE.match(text, end)
    ):
        return True
    if not vault and lower in _MONTHS and in_a_pair_of_months(text, start, end):
        return True
    return _SET_PHRASE.match(text, start) is not None


# A verb of saying a little before a quoted word: the word is what someone said ("calls
# everyone 'angel'", "kept saying 'baby'").
_SAID_BEFORE = re.compile(
    r"\b(?i:calls?|called|calling|says?|said|saying|shouts?|shouted|yells?|yelled|texts?|texted"
    r"|whispers?|whispered|goes)\b[^.!?\n]{0,30}$"
)


# A madam's title (as Nigerian and Ghanaian women name the woman who controls them) before a
# word the vault holds as an alias: the madam is called so, not the woman.
_MADAM_BEFORE = re.compile(r"\b(?:Mama|Madam|Aunty|Auntie|Mummy)[ \t]+$")


def vault_word_is_name(
    text: str,
    start: int,
    end: int,
    names: NamesList | None = None,
    is_alias: Callable[[str], bool] | None = None,
) -> bool:
    """Whether a vault alias that is also a word is used as a name here. Privacy comes first: it
    is a name unless the text shows a description ("ginger beard", "rose-gold", "at dawn").
    `names` and `is_alias` (the vault's own forms) tell a person next to it from a thing."""

    def a_person(word: str) -> bool:
        lower = word.lower()
        if lower in _PRONOUNS or (names is not None and names.kind_of(lower) == "name"):
            return True
        return is_alias is not None and is_alias(lower)

    if _describes_next(text, end) or _said_as_a_verb(text, start, end):
        return False
    if _MADAM_BEFORE.search(text, max(0, start - 8), start):
        return False  # "Mama Joy", "Aunty Grace": a madam's name, not the woman's alias Joy
    following = next_token(text, end)
    if (
        text[start].islower()
        and previous_word(text, start) in _ARTICLES
        and text[end : end + 1] != ","
        and following.lower() not in _JOINER_WORDS | {"&", "+"}
        # (a person verb or a possessive after it keeps it a name: "the holly was hurt" is hers;
        # the vault-alias property test found that leak)
        and following.lower() not in PERSON_VERBS
        and text[end : end + 2] not in {"'s", "’s"}
    ):
        return False  # "the rota", "a new spa", "the nurse on leave" (not "a holly and bafe")
    if (
        is_title(text[start:end])
        and (names is None or names.kind_of(text[start:end]) is None)
        and _THE_BEFORE.search(text, max(0, start - 20), start)
        and following.lower() not in PERSON_VERBS
        and text[end : end + 2] not in {"'s", "’s"}
    ):
        return False  # "near the big Tesco", "the Ugly Mugs app": an unlisted word alias as a thing
    if is_title(following) and following.lower() in PLACE_WORDS:  # "Rose Street", "Diamond Sauna"
        return False
    written = text[start:end]
    possessive = text[end : end + 2] in {"'s", "’s"}
    if names_a_car(text, start, end, written, following):
        return False  # "a black Mercedes", "Mercedes Vito", "the W reg golf": a car, not Mercedes
    if (
        previous_word(text, start) in CAR_MAKES
        and not possessive
        and following.lower() not in PERSON_VERBS
        and not a_person(following)
    ):
        return False  # "a Honda Jazz, silver" for the alias Jasmine: a car ("Ford HOLLY was hurt": her)
    if (
        is_title(written)
        and not possessive
        and text[end : end + 1] == " "
        and is_title(following)
        and not a_person(following)
        and following.lower() in english_words()
        and (names is None or following.lower() not in names.surnames)
    ):
        return False  # "a North Face jacket", "Stone Island", "the Ugly Mugs app": a brand's name
    if (
        is_title(written)
        and not possessive
        and _WORD_SENSE_AFTER.match(text, end)
        and (sentence_start_at(text, start) or written.lower() == "storm")
    ):
        return False  # "Star of the night was ...", "Precious little left", "Storm Bert"
    if opens_a_set_phrase(text, start, end, vault=True):
        return False  # "Grace period", "Carol singers", "Old Bill parked outside"
    if is_title(written) or written.isupper() or possessive:
        return True  # "Ginger", "GINGER" and "ginger's" are people
    if (
        text[start - 1 : start] in _QUOTES
        and text[end : end + 1] in _QUOTES
        and _SAID_BEFORE.search(text, max(0, start - 40), start - 1) is not None
    ):
        return False  # a word he said: calls everyone "angel" (not "'holly' means she is new")
    if following.lower() == "of":
        return False  # "star of david", "rose of sharon"
    if _used_as_a_word(text, end, written, a_person):
        return False
    if (
        previous_word(text, start) in _NOUN_BEFORE
        and following.lower() not in PERSON_VERBS
        and not a_person(following)
    ):
        return False  # "smelled of peaches, mid 30s", "since last summer, short", "until dawn, ..."
    if following.lower() in PERSON_VERBS | _ADVERBS or cue_before(text, start):
        return True  # "and" is a person verb here: "holly and jo saw it"
    if text[end : end + 1] == ",":  # one of a list of people: "was holly, jo and kim"
        return True
    return previous_word(text, start) not in _BEFORE_WORDS


def _spaces(text: str, index: int) -> int:
    """How many spaces stand at `index`."""
    return len(text[index : index + 8]) - len(text[index : index + 8].lstrip(" "))


def person_position(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the word at start:end stands where a person does: a person verb after it
    ("holly said"), "and" and a person ("ruby and jo"), a possessive, a cue before it, a verb
    done to a person before it ("told ruby", "picked up ruby"), or a person and a comma before
    it ("jo, ruby"). `is_name` says whether a word is a name or a pronoun."""
    following = next_word(text, end)
    if following in _JOINER_WORDS | {"&", "+"}:
        joiner_end = text.find(following, end) + len(following)
        if NON_LATIN_RUN.match(text, joiner_end + _spaces(text, joiner_end)):
            return True  # "star and 王芳 saw it": a name in another script after "and"
        after = LATIN_WORD.search(text, end + len(following) + 1, min(len(text), end + 40))
        return after is not None and is_name(after.group(0))
    if following in PERSON_VERBS | _ADVERBS or text[end : end + 2] in {"'s", "’s"}:
        return True
    if text[end : end + 1] == "," and (
        is_name(next_token(text, end)) or NON_LATIN_RUN.match(text, end + 1 + _spaces(text, end + 1))
    ):
        return True  # "ruby, jo and kim", "star, 王芳 and Star"
    if cue_before(text, start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        comma = re.search(r"([^\W\d_]+),\s*$", text[max(0, start - 30) : start])
        return comma is not None and is_name(comma.group(1))
    verb, pair = before.group(2).lower(), before.group(0).strip().lower()
    if verb in _GIVEN_TO:  # "gave ruby a lift", not "bought candy for the kids"
        return following in DETERMINERS
    if verb in _TAKEN:
        return following in _TAKEN_WHERE
    return verb in _DONE_TO_A_PERSON or pair in _DONE_TO_A_PERSON_PAIRS


# "diamond or titanium studs", "ginger or brown hair": a word-alias joined to another word
# that, with it, describes what follows. Only that: "grace in hosp", "joy in the van", "ruby
# and the girls", "took ruby or kim to hosp" are people (privacy first; an earlier round found
# the same with "faith in" and "or" as a rule, docs/sharing.md).
_PAIR_JOINER = re.compile(r"\s*(?:and|&|\+|or|/)\s*")
_PRONOUNS = word_set("me her him i she he we they us them you")


def _used_as_a_word(text: str, end: int, written: str, a_person: Callable[[str], bool]) -> bool:
    """A lower-case word-alias in a pair of words that describes what follows them."""
    if not written.islower():
        return False
    joiner = _PAIR_JOINER.match(text, end, end + 8)
    if joiner is None:
        return False
    other = LATIN_WORD.match(text, joiner.end())
    if other is None or not other.group(0).islower() or a_person(other.group(0)):
        return False
    return next_word(text, other.end()) in DESCRIBED


# Polish, Russian and Ukrainian decline names ("z Asią", "Joanny", "z Markiem", "Tomkowi"):
# notes written in those languages, or mixing them with English, carry a name in its case
# form. Endings of the feminine -a names and of the masculine names ending in a consonant.
_FEMININE_ENDINGS = ("ą", "ę", "y", "i", "o", "u", "ie", "ej")
_MASCULINE_ENDINGS = ("a", "owi", "em", "iem", "u", "ie", "ów")
_CONSONANTS = frozenset("bcdfghjklłmnprstwzżźśćń")


@lru_cache(maxsize=4096)
def inflected_forms(name: str) -> frozenset[str]:
    """The case forms of a name in Polish (and Latin-letter Russian/Ukrainian): "Asia" ->
    "Asią", "Asię", "Asi" ...; "Marek" -> "Marka", "Markiem" ... (lower case)."""
    lower = name.lower()
    if len(lower) < 3 or not lower.isalpha():
        return frozenset()
    if lower.endswith("a"):
        stem = lower[:-1]
        forms = {stem + e for e in _FEMININE_ENDINGS}
        if stem.endswith("i"):  # "Asia" -> "Asi", not "Asii"
            forms = {f.replace("ii", "i") for f in forms}
        return frozenset(forms - {lower})
    if lower[-1] in _CONSONANTS:
        # the e of -ek / -eł falls out when the name is declined: Marek -> Marka, Tomek -> Tomka
        stems = {lower}
        if len(lower) > 4 and lower[-2] == "e" and lower[-1] in "kł":
            stems.add(lower[:-2] + lower[-1])
        return frozenset(s + e for s in stems for e in _MASCULINE_ENDINGS)
    return frozenset()


@lru_cache(maxsize=8192)
def uninflected(word: str) -> frozenset[str]:
    """The names `word` may be a case form of (lower case): "Asią" -> {"asia", ...}."""
    lower = word.lower()
    out: set[str] = set()
    for ending in (*_FEMININE_ENDINGS, *_MASCULINE_ENDINGS):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            out.update({stem + "a", stem})
            if stem.endswith("i"):  # "Asi", "Asią" -> "Asia"
                out.add(stem[:-1] + "ia")
            elif ending in {"i", "ą", "ę", "u"}:
                out.add(stem + "ia")  # "Kasi", "Kasią" -> "Kasia"
            if stem[-1] in "kł" and stem[-2] in _CONSONANTS:  # "Markiem" -> "Marek"
                out.add(stem[:-1] + "e" + stem[-1])
    return frozenset(out)


# A word before a colon among the first words of a line is a form's field label ("Description:
# white, tall", "Client Description: bald"); a chat message's author after its timestamp
# ("[22:16] Kenzie: ...") has a colon before it on its line.
_FIELD_LABEL = re.compile(r"[ \t]*:(?:\s|$)")
_LABEL_PREFIX = re.compile(r"[ \t*•-]*(?:[A-Za-z][\w'’/&-]*[ \t]+){0,3}")


def _label_position(text: str, token: Token) -> bool:
    """Whether `token` (a word before a colon) is a field's label: a word of more than one
    letter ("Helen M:" is a name and an initial) among the first three words of its line."""
    line_start = text.rfind("\n", 0, token.start) + 1
    prefix = _LABEL_PREFIX.match(text, line_start, token.start)
    return len(token.word) > 1 and prefix is not None and prefix.end() == token.start


# A person's role before a word and a colon: the word is who speaks or writes, not a field's label
# ("Peer worker Sal: met ...", "Forwarded by Cass: ...", "Parlour manager Trudy: ...").
_ROLE_BEFORE = word_set(
    "worker keyworker manager volunteer nurse interpreter officer by from sister mum friend mate caller"
)


def _role_then_name(text: str, token: Token) -> bool:
    """Whether `token`, before a colon, follows a person's role and is no English word."""
    return (
        previous_word(text, token.start).lower() in _ROLE_BEFORE and token.word.lower() not in english_words()
    )


# The ratings `NameFinder._latin` makes a name when the same word is a name elsewhere.
_UPGRADABLE = frozenset({"neighbour", "list"})
# The ratings `NameFinder._latin` may turn into a name next to a strong one.
_JOINABLE = frozenset({"weak", "neighbour", "list"})


class NameFinder:
    """Finds names with the lists, cues and context rules above (no vault needed)."""

    def __init__(self, names: NamesList) -> None:
        self.names = names

    def spans(
        self, text: str, words: Words | None = None, *, shouting: bool | None = None
    ) -> list[tuple[int, int]]:
        """Name spans of `text` (`words`: its `Words`, `shouting`: its `mostly_capitals`, when
        already worked out)."""
        found = self._latin(
            text,
            words if words is not None else Words(text),
            _shouting(text) if shouting is None else shouting,
        )
        if NON_LATIN_RUN.search(text):
            # imported here: script_names imports this module
            from outreach_app.domain.scrubbing.script_names import script_name_spans

            found.extend(script_name_spans(text, self.names.script_keep))
        return found

    def _latin(self, text: str, toks: Words, shouting: bool) -> list[tuple[int, int]]:
        # where a strong cue ends (found once per text, not once per lower-case word)
        lowered = lower_case_twin(text)
        if lowered is None:
            cue_ends = {m.end() for m in _STRONG_CUE.finditer(text)}
        else:
            cue_ends = {m.end() for m in _LOWER_STRONG_CUE.finditer(lowered)}
        title_ends = {m.end() for m in _LOWER_TITLE.finditer(text)}  # "mr patel"
        listed = self.names.names
        # A word in lower case is a name only when listed or right after a strong cue or a title
        # (see `_strength`): most words of a note are rated "no" without the call.
        strength = [
            self._strength(text, toks, i, shouting=shouting, cue_ends=cue_ends, title_ends=title_ends)
            if shouting
            or not word.islower()
            or word in listed
            or start in cue_ends
            or start in title_ends
            or text.startswith(" here", start + len(word))
            or (word[-1:] == "s" and word[:-1] in listed)  # ("jesss flat": see _lower_possessive_name)
            else "no"
            for i, (start, word) in enumerate(zip(toks.starts, toks.words, strict=True))
        ]
        # A weak candidate next to a strong name is part of that name ("Mark Kowalski").
        chosen = [s == "strong" for s in strength]
        if not any(chosen):
            return []
        # One name, one sense through a note: a word no list holds, found as a name once, is a
        # name wherever else it stands as a candidate ("Derya friend Gül ... Gül is now in
        # Istanbul"); where it was rated "no" (a place, a set phrase) it stays so, and a
        # word-name ("Blessing of a day") keeps the reading its own context gives it.
        strong_words = {toks.words[i] for i, c in enumerate(chosen) if c and is_title(toks.words[i])}
        for i, s in enumerate(strength):
            if (
                s in _UPGRADABLE
                and toks.words[i] in strong_words
                and self.names.kind_of(toks.words[i]) is None
            ):
                chosen[i] = True
        joinable = [i for i, s in enumerate(strength) if s in _JOINABLE]
        changed = True
        while changed:
            changed = False
            for i in joinable:
                if chosen[i]:
                    continue
                for j in _neighbours(text, toks, i):
                    if not chosen[j]:
                        continue
                    a, b = min(i, j), max(i, j)
                    if strength[i] == "list" or (strength[i] == "neighbour" and j > i):
                        joined = _listed_together(text, toks, a, b)  # "Misty, Ioana and Shaz"
                    elif strength[i] == "neighbour" and (
                        _AND_GAP.fullmatch(text, toks[a].end, toks[b].start)
                        or _SLASH_GAP.fullmatch(text, toks[a].end, toks[b].start)
                    ):
                        joined = True  # "Lisa and Trace", "Wendy / Wen": one more name after it
                    else:
                        joined = _adjacent(text, toks, a, b)
                    if joined:
                        chosen[i] = True
                        changed = True
                        break
        return [
            (start, start + len(word))
            for start, word, keep in zip(toks.starts, toks.words, chosen, strict=True)
            if keep
        ]

    def _strength(
        self,
        text: str,
        toks: Words,
        i: int,
        *,
        shouting: bool = False,
        cue_ends: set[int] | None = None,
        title_ends: set[int] | None = None,
    ) -> str:
        """'strong' (scrub), 'weak' (scrub next to a name), 'neighbour' (an unlisted capitalised
        word that may be a surname, or one more name in a list), 'list' (an unlisted word at a
        sentence start: a name only in a list of names), or 'no'."""
        token = toks[i]
        word = token.word
        if word.lower() in NOT_NAMES or _glued_to_a_digit(text, token) or _nationalities(word):
            if cue_ends is not None and token.start in cue_ends and word.lower() in _CAR_NICKNAMES:
                return "strong"  # "a man named Jag": after a naming cue it is what he is called
            return "no"
        if shouting:
            # ALL CAPS: every word looks like a name; only a listed name or a cued one is
            # ("SAYS HIS NAME IS PAUL")
            usable = len(word) > 1 and word.lower() not in _NOT_LOWER_NAMES
            if usable and (self.names.kind_of(word) == "name" or token.cued):
                return "strong"
            return "no"
        if not is_title(word):
            # spoken or typed in lower case: "the punter is called rich"
            if (
                cue_ends is not None
                and token.start in cue_ends
                and word.islower()
                and word not in _NOT_LOWER_NAMES
                and not _a_state_after_name_was(text, token)
            ):
                return "strong"
            if self._lower_possessive_name(text, token):
                return (
                    "strong"  # "im at jesss flat", "gingers phone is deid": her name, the apostrophe left out
                )
            if word in self.names.names and word.islower() and self._lower_case_given_name(text, token):
                return "strong"
            if word.islower() and title_ends is not None and token.start in title_ends:
                return "strong" if word not in _NOT_LOWER_NAMES else "no"  # "mr patel owns the flat"
            if _SIGNS_IN.match(text, token.end) and token.sentence_start and self._unknown_lower(word):
                return "strong"  # "zuzi here. new place is ...": a text that starts by saying who writes it
            return "no"
        if self._is_place(toks, i) or (word.lower() in PLACE_WORDS and i > 0 and is_title(toks[i - 1].word)):
            return "no"
        if opens_a_set_phrase(text, token.start, token.end):
            return "no"  # "Carol singers outside", "Rob from the Bill"
        if (word in {"F", "M"} and _SEX_MARKER.match(text, token.end)) or word == "Pt":
            return "no"  # "(F, 33)", "caller F, gave name", "Pt, 34": her sex and age, a patient
        listed = self.names.kind_of(word)
        if _names_a_district(text, toks, i, listed=listed == "name"):
            return "no"  # "from Sheffield", "Fishergate, Preston.", "the Holbeck managed area"
        if listed is None and _names_a_town(text, token):
            return "no"  # "Client Destiny (Brixton)", "Caller Natasha from Ipswich"
        if word.lower() in CAR_MODELS and (
            listed is None or previous_word(text, token.start) in CAR_MAKES | _CAR_BEFORE
        ):
            return "no"  # "a blue Berlingo", "Ford Kuga", "Mini Cooper" (but "Cooper said": a name)
        if (
            listed is None
            and _FIELD_LABEL.match(text, token.end)
            and _label_position(text, token)
            and not _role_then_name(text, token)
        ):
            return "no"  # a form's field ("Location: Harehills", "Injuries: none"), not a person
        if listed in {"word", "context"} and looks_like_description(text, token.start, token.end):
            return "no"
        if listed is None and word.lower() in _NOT_PEOPLE:
            return "no"  # "Greggs gave pasties", "rang Crisis", "referred by Basis"
        if _said_as_a_verb(text, token.start, token.end):
            return "no"  # "Nada a reportar", "Nic więcej", "Hope she's ok"
        if _ALERT_AFTER.match(text, token.end) and _ALERT_BEFORE.search(
            text, max(0, token.start - 20), token.start
        ):
            return "no"  # "the Wayne alert", "the Pete/Paul alert": an alert named for the man
        if (
            word.lower() in _LANGUAGES
            and text[token.end : token.end + 2] not in {"'s", "’s"}
            and _LANGUAGE_BEFORE.search(text, max(0, token.start - 24), token.start)
        ):
            return "no"  # "translated from Shona", "Interpreter (Sorani)": a language, not Shona herself
        if _OPERATION_BEFORE.search(text, max(0, token.start - 11), token.start):
            return "no"  # "Op Nightjar", "Operation Sceptre": a police operation's name
        if word.lower() in _CLUBS and next_word(text, token.end) in _KIT:
            return "no"  # "Everton top", "Chelsea shirt", "Hibs fans": a football club
        # (a listed name needs no cue: the cue regex, the costliest test here, runs only when asked)
        if (
            listed == "name"
            or (token.cued and not _opens_a_bracketed_sentence(text, token.start))
            or (i > 0 and self._continues_cue(text, toks, i) and toks[i - 1].cued)
        ):
            return "strong"
        if listed == "word":
            if word_name_in_context(text, token.start, token.end, sentence_start=token.sentence_start):
                return "strong"
            return "weak"
        if listed == "context":
            following = next_word(text, token.end)
            if following in _SPEECH_VERBS and text[token.end : token.end + 1] == " ":
                return "strong"  # "Chelsea rang the van", "Leigh said": a place-name that speaks is someone
            return "weak"
        if (
            _SIGN_OFF_BEFORE.search(text, max(0, token.start - 8), token.start)
            and _ENDS_THE_TEXT.match(text, token.end)
            and word.lower() not in english_words()
        ):
            return "strong"  # "cu at the van at 10 xx Rubes": a text signed off with her name
        if self._known_by_context(text, toks, i):
            return "strong"
        if token.sentence_start:
            # "Tink here he rang me": a text that starts by saying who writes it; "Kasia rang":
            # an unknown word that rings, texts or says something is someone
            following = next_word(text, token.end)
            spoken = following in _SPEECH_VERBS and text[token.end : token.end + 1] == " "
            signs_in = following == "here" and word.lower() not in english_words()  # (not "While here")
            if signs_in or (spoken and word.lower() not in _NOT_SPEAKERS):
                return "strong"
            return "list"
        if next_word(text, token.end) in PERSON_VERBS - {"and", "&", "n", "+", "also", "too"}:
            # ("Tegan in Penzance was picked up": the verb is the person's before "in", the
            # word after it a place)
            if previous_word(text, token.start) in _IN_A_PLACE:
                return "neighbour"
            return "strong"
        if not self.names.is_ordinary_word(word) and self._declines_a_name(word):
            return "strong"  # "nie ma problemów z Markiem"
        return "neighbour"

    def _known_by_context(self, text: str, toks: Words, i: int) -> bool:
        """An unlisted capitalised word that the sentence shows is a person: her age after it
        ("Shazia (23)", "Mary, 54,"), a possessive before a person or her things ("Nancy's
        punter"), "me and X" / "X and me", or a verb done to a person before it ("told
        Ruksana", "punched Loretta", "sat with Nasreen"), when no capitalised word that is not
        a name follows (so "told West Yorkshire Police" stays)."""
        token = toks[i]
        lower = token.word.lower()
        if lower in _NOT_SPEAKERS or lower in PLACE_WORDS or lower in _NOT_PEOPLE:
            return False
        end = token.end
        if _AGE_AFTER.match(text, end):
            return True
        if text[end : end + 2] in {"'s", "’s"}:
            return next_word(text, end + 2) in _PERSON_NOUNS
        following = next_token(text, end)
        if is_title(following) and self.names.kind_of(following) is None:
            return False
        if following.lower() == "and" and next_word(text, end + 4) in {"me", "i"}:
            return True
        if _FROM_THE.match(text, end) and lower not in english_words():  # (not "Notes from the trial")
            return True  # "Asif from the takeaway", "Tony from the garage"
        if token.sentence_start or i == 0:
            return False
        before = toks[i - 1]
        if text[before.end : token.start] != " ":
            return False
        previous = before.word.lower()
        if previous in _DONE_TO_A_PERSON:
            return next_word(text, end) not in _GROUP_NOUNS  # not "with Harehills people"
        if previous in _GIVEN_TO:  # "gave Marcy a lift", not "gave Nurofen"
            return next_word(text, end) in DETERMINERS
        if previous in _TAKEN:  # "took Dunya to the clinic", "drove Marcy home"
            return next_word(text, end) in _TAKEN_WHERE
        if i >= 2 and text[toks[i - 2].end : before.start] == " ":
            pair = f"{toks[i - 2].word.lower()} {previous}"
            return pair in _DONE_TO_A_PERSON_PAIRS
        return False

    def _lower_case_given_name(self, text: str, token: Token) -> bool:
        """Text-speak and dictation drop capitals: "kayla says he took it", "her mate jodie saw".
        Only a listed given name (not a surname, not a word) with a person verb after it at a
        sentence start, or right after "her mate" / "my friend"."""
        word = token.word
        if word not in self.names.names:  # (most lower-case words: one set lookup)
            return False
        if (
            len(word) < 3
            or self.names.kind_of(word) != "name"
            or word in self.names.surnames
            or word in _NOT_LOWER_NAMES
        ):
            return False
        if _RELATION_BEFORE.search(text, max(0, token.start - 25), token.start):
            return True
        following = next_word(text, token.end)
        if token.sentence_start and following in _LOWER_NAME_VERBS:
            return True
        if word in english_words():
            return False
        # mid-sentence, not a word: a person verb after it or a verb done to a person before
        # it ("then kayla got in", "picked up jodie")
        if following in _LOWER_NAME_VERBS and text[token.end : token.end + 1] == " ":
            return True
        before = _WORD_BEFORE.search(text, max(0, token.start - 20), token.start)
        if before is None:
            return False
        verb, pair = before.group(2).lower(), before.group(0).strip().lower()
        if verb in _DONE_TO_A_PERSON or pair in _DONE_TO_A_PERSON_PAIRS:
            return True
        if verb in _GIVEN_TO:  # "gave chantelle a lift"
            return following in DETERMINERS
        # one more name in a list: "met bex n lou"
        other = before.group(1)
        return verb in _JOINER_WORDS and other is not None and self._plain_given_name(other)

    def _lower_possessive_name(self, text: str, token: Token) -> bool:
        """A listed given name in lower case with the possessive's "s" and no apostrophe, before
        what is hers ("jesss flat", "kellys phone", "gingers phone")."""
        word = token.word
        if len(word) < 4 or word[-1] != "s" or not word.islower():
            return False
        stem = word[:-1]
        if self.names.kind_of(stem) not in {"name", "word"} or stem in _NOT_LOWER_NAMES:
            return False
        if word in prose_words():  # ("her trans friend", "the lads phone"; not "kellys", a password)
            return False
        return next_word(text, token.end) in _PERSON_NOUNS

    def _unknown_lower(self, word: str) -> bool:
        """A lower-case word of three letters or more that is no everyday word or listed word."""
        return (
            len(word) >= 3
            and word.isalpha()
            and word not in _NOT_LOWER_NAMES
            and word not in english_words()
            and self.names.kind_of(word) in {None, "name"}
        )

    def _plain_given_name(self, word: str) -> bool:
        """A listed given name that is neither a surname nor an everyday word."""
        return (
            self.names.kind_of(word) == "name"
            and word not in self.names.surnames
            and word not in _NOT_LOWER_NAMES
            and word not in english_words()
        )

    def _declines_a_name(self, word: str) -> bool:
        lower = word.lower()
        return any(
            form in self.names.names and form not in self.names.word_names and form not in NOT_NAMES
            for form in uninflected(word)
            if form != lower and len(form) >= 4  # ("Viva" is not a case of "Viv")
        )

    def _continues_cue(self, text: str, toks: Words, i: int) -> bool:
        """The second word of a cued name ("called Big Mike", "named Chris Barker")."""
        previous = toks[i - 1]
        return (
            text[previous.end : toks[i].start] == " "
            and is_title(previous.word)
            and previous.word.lower() not in NOT_NAMES
        )

    def _is_place(self, toks: Words, i: int) -> bool:
        if i > 0 and toks[i - 1].word.lower() in {"st", "saint"}:
            return True
        if i > 0 and _TOWN_PREFIX.search(toks.text, max(0, toks.starts[i] - 12), toks.starts[i]):
            return True  # "Fort William", "King's Lynn", "Mountain Ash": a town named so
        if i > 0 and toks[i - 1].word == "Storm" and toks.text[toks[i - 1].end : toks.starts[i]] == " ":
            return True  # "Storm Bert": a storm the Met Office named, no person
        if i > 0 and toks[i - 1].word.lower() in _SAINT_WORDS:
            # "São Paulo", "San Diego": a saint's town ("Santa Maria said": a person)
            return next_word(toks.text, toks[i].end) not in PERSON_VERBS
        for j in range(i + 1, min(i + 4, len(toks))):
            between = toks.text[toks.starts[j - 1] : toks.starts[j]]
            if "\n" in between or "(" in between or "," in between:
                # "Suspect: Dave\nHotel: none": the next line is another field; "manager Trudy
                # (Secrets, 41 Kirkstall Road)": a bracket or a comma ends her name
                return False
            word = toks[j].word
            if word.lower() in PLACE_WORDS and is_title(word):
                return True
            if not is_title(word):
                return False
        return False


_SAINT_WORDS = word_set("são sao san santa santo")
# The first word of a town's name that makes the next word, a name's though it may be, a town's:
# "Fort William", "Port Talbot", "King's Lynn", "Bishop's Stortford", "Mountain Ash", "Market
# Harborough", "Chipping Norton".
_TOWN_PREFIX = re.compile(
    r"(?<![\w'’])(?:Fort|Port|Mount|Mountain|King['’]?s|Bishop['’]?s|Market|Chipping)\s+$"
)
# A preposition of where before a capitalised word: a person verb after it is someone else's.
_IN_A_PLACE = word_set("in near around outside")
# After a sex letter in a clinical or call log: her age, or the comma before what she said.
_SEX_MARKER = re.compile(r"\s*[,/]\s*(?:\d{2}\b|(?:gave|said|says|aged|age|reports|called)\b)|\s*\d{2}\b")

# Words before a town or district that say it is where ("from Sheffield", "a flat in Splott"),
# and after one ("the Moss Side area").
_WHERE_BEFORE = word_set("from in near around outside of across")
_WHERE_AFTER = word_set("area areas side estate district way end centre center town")
_FROM_OF = word_set("from of")


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Towns and districts that are never a person's name (`resources/names/places_not_names.tsv`)."""
    path = resource_path("names") / "places_not_names.tsv"
    return frozenset(word.lower() for line in _lines(path) for word in line.split())


def _names_a_town(text: str, token: Token) -> bool:
    """An unlisted town or district ("Client Destiny (Brixton)", "Caller from Ipswich"), unless a
    person verb or a possessive right after it makes it someone ("Stockwell said"; but "a flat
    in Splott said": the caller said it)."""
    if token.word.lower() not in _towns():
        return False
    end = token.end
    if text[end : end + 2] in {"'s", "’s"}:
        return False
    if previous_word(text, token.start) in _WHERE_BEFORE:
        return True
    return not (text[end : end + 1] == " " and next_word(text, end) in PERSON_VERBS)


_MESSAGE_WORDS = (
    r"(?i:msg|message|messages|text|texts|txt|call|calls|email|emails|note|notes|voicemail|letter|"
    r"referral|reply|update|word|news|heard|hear|post|dm|fwd|forwarded)"
)
_MANAGED_AREA = re.compile(r"[ \t]+managed[ \t]+(?:area|zone)\b")
# A person, then "from" and a town that is also a given name: where the person is from. Not a
# message's or a call's "from" ("a text from Preston", "heard from Lewis"), which names a person.
_SOMEONE_FROM = re.compile(
    r"(?:\b(?:man|men|woman|women|lad|lads|girl|girls|bloke|fella|guy|punter|client|builder|driver|"
    r"fisherman|worker|family|people|one|someone|somebody|couple|group)"
    r"|\b(?!" + _MESSAGE_WORDS + r"\b)[A-Z][a-zà-ÿ]+)"
    r"[ \t]+(?:(?:is|was|comes|came)[ \t]+)?from[ \t]+$"
)


def _names_a_district(text: str, toks: Words, i: int, *, listed: bool) -> bool:
    """A listed town or district (one word, or two: "Moss Side") used as a place: after "from",
    "in", "near", after a comma that ends a street or venue line ("Fishergate, Preston."), or
    before "area"; not a person's name that a town shares ("Chelsea said", "Chelsea's car"; and
    for a `listed` given name, "a text from Chelsea")."""
    token = toks[i]
    word = token.word
    two = i + 1 < len(toks) and text[token.end : toks.starts[i + 1]] == " " and is_title(toks[i + 1].word)
    span_end = token.end
    if two and is_district(f"{word} {toks[i + 1].word}"):
        span_end = toks[i + 1].end
    elif not is_district(word):
        return False
    if _MANAGED_AREA.match(text, span_end):
        return True  # "the Holbeck managed area": the zone where street work is tolerated
    following = next_word(text, span_end)
    if following in PERSON_VERBS and text[span_end : span_end + 1] == " ":
        return False  # ("Chelsea said", but "from Sheffield, has worked")
    if text[span_end : span_end + 2] in {"'s", "’s"}:
        return False
    before = previous_word(text, token.start)
    if (before in _WHERE_BEFORE and not (listed and before in _FROM_OF)) or following in _WHERE_AFTER:
        return True
    if listed and before in _FROM_OF and _SOMEONE_FROM.search(text, max(0, token.start - 30), token.start):
        return True  # "a builder from Preston", "Catriona from Lewis" (not "a text from Preston")
    if not listed and text[token.start - 1 : token.start] == "(" and text[span_end : span_end + 1] == ")":
        return True  # "Client Jade (Peckham)": where she is from (a listed given name may be her alias)
    # ("Park Road, Clifton)": the district closing an address in brackets)
    closing = text[span_end : span_end + 1] in {".", ",", ")", ""}
    return text[token.start - 2 : token.start] == ", " and closing


# "Name was hurt", "her name is withheld": after "name was/is" a word that tells what
# happened to her or how she is, never what she is called (the cue took "hurt" for a name).
_NAME_WAS = re.compile(r"\bname[ \t]+(?:was|is)[ \t]+$", re.IGNORECASE)
_STATES = word_set(
    """hurt injured beaten attacked assaulted raped robbed hit cut bruised upset scared frightened
    fine ok okay safe missing arrested withheld changed taken"""
)


def _a_state_after_name_was(text: str, token: Token) -> bool:
    """Whether the lower-case word after "name was/is" is a state, not a name."""
    return token.word in _STATES and _NAME_WAS.search(text, max(0, token.start - 12), token.start) is not None


# An alert or warning the team named after the man it is about ("the Wayne alert", "same as
# the Pete/Paul alert"): the name he uses, not a woman's.
_ALERT_AFTER = re.compile(r"(?:/[A-Z][a-z]+)?[ \t]+(?:alert|alerts|warning)\b")
_ALERT_BEFORE = re.compile(r"\b(?i:the)[ \t]+(?:[A-Z][a-z]+/)?$")
# Languages of the communities served whose names are also given names or are in no list
# (Shona, Sorani), after the words that name a language: "translated from Shona", "speaks
# Sorani", "Interpreter (Lingala)", "in Twi".
_LANGUAGES = word_set(
    """shona ndebele sorani kurmanji badini lingala wolof krio pidgin patois creole oromo dari
    sylheti mirpuri potwari pahari malayalam telugu kannada marathi sinhalese tigre bambara fula
    fulani ewe ga fante akan luganda kinyarwanda kirundi chichewa xhosa zulu sesotho"""
)
_LANGUAGE_BEFORE = re.compile(
    r"(?:\b(?:in|into|speaks?|speaking|spoke|(?:translated|translation|interpreted)[ \t]+from|interpreter|"
    r"interpreting)"
    r"|\((?i:interpreter|interpreting|via[ \t]+interpreter)?)[ \t,:(]*$",
    re.IGNORECASE,
)
# Before a police operation's name.
_OPERATION_BEFORE = re.compile(r"\b(?:Op|Operation)\.?[ \t]+$")
# Football clubs whose names are also people's or places', before what a fan wears or is.
_CLUBS = word_set(
    """everton chelsea arsenal villa spurs celtic rangers hibs hibernian hearts wolves millwall
    fulham burnley liverpool newcastle sunderland boro toon leeds"""
)
_KIT = word_set("shirt shirts top tops kit scarf strip jersey fan fans supporter supporters tattoo badge")


def _nationalities(word: str) -> bool:
    """A word of nationalities joined by a hyphen ("Somali-Welsh", "British-Nigerian")."""
    if "-" not in word:
        return False
    return all(part.lower() in NOT_NAMES or part.lower() in _NOT_PEOPLE for part in word.split("-"))


def _glued_to_a_digit(text: str, token: Token) -> bool:
    """Letters written against a digit ("45G7", "LI3") are part of a code, a plate or a handle,
    and a letter after "&" is part of an abbreviation ("A&E"): never a name on their own."""
    before = text[token.start - 1 : token.start]
    if before == "&" and text[token.start - 2 : token.start - 1].isalpha():
        return True  # "A&E", "B&Q", "M&S": one abbreviation
    if (
        before == "("
        and text[token.start - 2 : token.start - 1].isdigit()
        and text[token.end : token.end + 1] == ")"
    ):
        return True  # "A1(M)", "A3(M)": a motorway stretch of a road
    return before.isdigit() or text[token.end : token.end + 1].isdigit()


def _shouting(text: str) -> bool:
    """Written in capitals ("WARNING ALL GIRLS ..."): most letters upper case."""
    letters = sum(map(str.isalpha, text))  # (map and sum run in C: this is called for every note)
    return letters >= 12 and sum(map(str.isupper, text)) >= 0.8 * letters


# Cues strong enough to name a word written in lower case.
_STRONG_CUE_SOURCE = (
    r"(?=[iwngckahyt'’])"  # (a character that can begin a cue, tested first: see _CUES)
    r"(?:\b(?:is|was|'s|’s)\s+called|\bnamed(?:\s+as)?|\bgoes by|\bgoing by|\bname(?:'s|’s|\s+is|\s+was)|"
    r"\bcalls?\s+(?:him|her)self|\bcalled\s+(?:him|her)self|\bknown as|\baka|"
    # a text that starts by saying who writes it: "its jade", "hiya it's kerry"
    r"(?:^|\bhi|\bhiya|\bhey|\byo)[,!]?\s*(?:it'?s|it’s|its|this is))\s+"
)
_STRONG_CUE = re.compile(_STRONG_CUE_SOURCE, re.IGNORECASE)
_LOWER_STRONG_CUE = re.compile(_STRONG_CUE_SOURCE)  # (for the note in lower case: see _CUES)
_NOT_LOWER_NAMES = NOT_NAMES | word_set(
    """as something nothing like what unknown dunno idk not sure same different weird funny something
    mate babe bro boss daddy sir big little old young fake is was are be been has had does did
    himself herself person individual male female man woman party above below
    uh um umm erm er ah hmm
    clients individuals cases persons people punters women men girls workers perpetrators suspects
    victims names details"""
)
_SPEECH_VERBS = word_set("rang phoned texted messaged said says told reported")
# A text signed off: kisses, then a name, then nothing but kisses, stops or emoji.
_SIGN_OFF_BEFORE = re.compile(r"(?<![\w'’])x{1,4}[ \t]+$")
_ENDS_THE_TEXT = re.compile(r"[^\w]*(?:[xX]{1,4}[^\w]*)?$")
# "zuzi here", "its me kerry here": who writes a text, at its start
_SIGNS_IN = re.compile(r" here\b(?![ \t]+(?:is|are|was|were|for|to|and|in|at|on|with)\b)")
# A person's age after her name: "Shazia (23)", "Mary, 54,", "Kiki, 19yo".
_AGE_AFTER = re.compile(
    r"(?:\s*,\s*|\s*\(\s*)(?:aged?\s*)?(?:1[6-9]|[2-8]\d)\s*(?:yo|y/o|yrs?|years?(?: old)?)?"
    r"\s*(?:[,);]|\.(?!\d)|$)"
)
# People and what is theirs after a possessive: "Nancy's punter", "Tammy's flat".
_PERSON_NOUNS = word_set(
    """punter punters client clients pimp boyfriend bf partner husband hubby ex mate mates friend
    friends sister brother cousin mum mother dad father kids kid son daughter baby children fella
    bloke landlord flatmate phone number flat room house snapchat snap insta instagram facebook
    whatsapp account profile page ad advert messages texts"""
)
# Verbs done to a person, before her name: "told Ruksana", "punched Loretta".
_DONE_TO_A_PERSON = word_set(
    """with told tell asked ask met meet rang ring phoned texted messaged emailed hugged punched hit
    slapped kicked raped robbed attacked assaulted threatened followed grabbed pushed strangled
    choked stabbed harassed stalked warned reassured supported accompanied introduced thanked
    helped saw seen"""
)
# Verbs with two objects, a person's name first: "gave Marcy a lift", "paid Jo the rent".
# What follows a district or a place used as a description of people: "the Harehills lot".
_GROUP_NOUNS = word_set("people girls lot women lads men crowd crew gang ones side area way end lads")
_GIVEN_TO = word_set("gave give gives handed lent paid pays bought sent showed")
_TAKEN = word_set("took take takes brought bring drove drive walked walk")
_TAKEN_WHERE = word_set("to home back into round over")
_FROM_THE = re.compile(r" (?:from|off) (?:the|that) [a-z]")
# Services, charities and shops that notes name after "rang", "told", "with": not people; nor
# countries, nationalities and the sites people work or are found on ("Mercy (Ivorian)", "her
# Fansly", "(Libya)"). (Not those that are also first names: Jordan, Georgia, Paris, Chanel.)
_NOT_PEOPLE = word_set(
    """crisis shelter basis genesis samaritans refuge mind changes housing options probation
    council nacro barnardos barnardo mesmac forward connect together unity women womens army
    asda tesco boots greggs primark aldi lidl morrisons sainsburys iceland spar costa mcdonalds
    nandos subway uber bolt amazon vodafone lyca giffgaff deliveroo netflix paypal monzo
    nurofen naloxone methadone subutex buvidal narcan covid flu
    vietnam china thailand romania bulgaria poland albania nigeria ghana brazil colombia venezuela
    ukraine russia lithuania latvia hungary slovakia czechia moldova kosovo eritrea ethiopia
    somalia sudan iran iraq syria afghanistan pakistan india bangladesh philippines malaysia
    indonesia england scotland wales ireland spain portugal italy france germany
    cameroon cameroun guinea guinée guinee senegal sénégal congo mali togo benin bénin gabon chad
    tchad niger burkina liberia gambia kenya uganda tanzania rwanda burundi zimbabwe zambia malawi
    angola mozambique jamaica haiti haïti algeria algérie morocco maroc tunisia tunisie egypt
    ivoirien ivoirienne camerounais camerounaise guinéen guinéenne sénégalais sénégalaise
    congolais congolaise malien malienne togolais togolaise béninois béninoise gabonais gabonaise
    nigériane nigérian ghanéen ghanéenne
    libya libye eswatini botswana namibia peru ecuador bolivia paraguay uruguay chile argentina
    mexico honduras guatemala nicaragua turkey türkiye armenia azerbaijan belarus serbia croatia
    bosnia montenegro macedonia greece cyprus lebanon yemen kuwait qatar oman nepal myanmar burma
    cambodia laos korea japan taiwan
    romanian bulgarian polish albanian nigerian ghanaian brazilian colombian venezuelan ukrainian
    russian lithuanian latvian hungarian slovak slovakian czech moldovan kosovan eritrean ethiopian
    somali sudanese iranian iraqi syrian afghan pakistani indian bangladeshi filipino filipina
    malaysian indonesian vietnamese chinese thai libyan ivorian cameroonian senegalese congolese
    guinean malian jamaican haitian moroccan algerian tunisian egyptian kenyan ugandan zimbabwean
    brasileira brasileiro brasileiras colombiana colombiano venezolana venezolano dominicana
    rumana rumuncă română româncă polka ucraniana ukrainka nigeriana
    onlyfans fansly tryst chaturbate stripchat bongacams myfreecams livejasmin manyvids adultwork
    vivastreet grindr tinder snapchat instagram whatsapp telegram facebook tiktok viber wechat
    badoo bumble skype discord hinge feeld scruff fetlife gumtree locanto skokka leolist slixa"""
)
_DONE_TO_A_PERSON_PAIRS = frozenset(
    {
        "picked up", "dropped off", "chat with", "chatted with", "sat with", "spoke with",
        "talked with", "talking with", "stayed with", "staying with", "lives with",
        "living with", "went with", "left with", "out with", "me and",
        "asked for", "ask for", "asking for", "looking for", "waiting for", "waited for",
    }
)  # fmt: skip
# A title in lower case before a name ("mr patel").
_LOWER_TITLE_SOURCE = r"(?<![^\W\d_])(?:mr|mrs|ms|miss|mx|dr)\.? (?=[a-z])"
_LOWER_TITLE = re.compile(r"(?=[md])" + _LOWER_TITLE_SOURCE)  # (its first letter tested first)


# What a person at the start of a lower-case sentence does ("kayla says", "jodie got in").
_LOWER_NAME_VERBS = PERSON_VERBS - word_set("and & n + also too here both 'll 's ok fine") | word_set(
    "got flagged rang phoned texted came went called asked"
)
_RELATION_BEFORE = re.compile(
    r"(?:\b(?:her|my|his|their|our) (?:mate|friend|pal|cousin|sister|flatmate|housemate|workmate|"
    r"bf|gf|boyfriend|girlfriend|fella|partner|ex)|\bme (?:n|and|&|\+))\s+$",
    re.IGNORECASE,
)
# Capitalised words that may start a sentence and then say something without being a name.
_NOT_SPEAKERS = word_set(
    """security reception management staff nobody everyone everybody someone somebody both all
    none each either neither caller callers neighbours neighbour landlord landlady hospital
    council housing probation paramedics ambulance victim witness witnesses pharmacy service
    services team manager he she they it we i you who which this that mum dad nan sister brother
    girls women men people others other another nurse doctor perp perpetrator suspect offender male
    female customer caller driver punter client someone she'd he'd
    visitor visitors usher supervisor host hostess guest guests resident residents volunteer
    volunteers colleague interpreter translator receptionist agent boss garage office clinic
    officer staffer keyworker caseworker advocate solicitor barrister judge clerk jury
    husband wife hubby uncle aunt auntie cousin son daughter boyfriend girlfriend partner fiance
    fiancé fiancee fiancée stepdad stepmum grandad grandma gran
    aunty nanna granny grandmother grandfather niece nephew
    pharmacist chemist paramedic paramedics midwife dentist optician physio therapist counsellor
    cleaner bouncer doorman doormen porter warden concierge caretaker janitor dispatcher
    coordinator"""
)
_WORD_BEFORE = re.compile(r"(?:([a-zA-Z]+) )?([a-zA-Z]+) $")
_SLASH_GAP = re.compile(r"\s*/\s*")
_AND_GAP = re.compile(r"\s+(?:and|&|n|\+)\s+")
_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:and|&|n)\s+|\s*/\s*")


_JOINER_WORDS = frozenset({"and", "n"})


def _neighbours(text: str, toks: Words, i: int) -> Iterator[int]:
    """The tokens next to token i, and the token past an "and" between them ("Tegan and
    Shelby": "and" is a token of its own)."""
    for step in (-1, 1):
        j = i + step
        if not 0 <= j < len(toks):
            continue
        yield j
        k = j + step
        if (
            toks[j].word in _JOINER_WORDS
            and 0 <= k < len(toks)
            and _AND_GAP.fullmatch(text, toks[min(i, k)].end, toks[max(i, k)].start)
        ):
            yield k


def _listed_together(text: str, toks: Words, a: int, b: int) -> bool:
    """Tokens a < b are next to each other in a list: "Jo and Shaz", or a comma with the list
    going on ("Misty, Ioana, Shaz", "Misty, Ioana and Shaz"; not "Focus, Candy's old car")."""
    gap = _LIST_GAP.fullmatch(text[toks[a].end : toks[b].start])
    if gap is None:
        return False
    if "," not in gap.group(0):
        return True
    c = b + 1
    if c >= len(toks):
        return False
    if toks[c].word in _JOINER_WORDS and text[toks[b].end : toks[c].start] == " ":
        return True
    return bool(_LIST_GAP.fullmatch(text[toks[b].end : toks[c].start]))


def _adjacent(text: str, toks: Words, a: int, b: int) -> bool:
    """Tokens a < b are separated by one space (or a hyphen) only."""
    return text[toks[a].end : toks[b].start] in {" ", "-"}


# A name's title before it ("Mr Khan": the title goes too) and, after it, an initial or a
# surname in capitals as police and case notes write them ("Gemma R.", "Craig DOWNES").
# (a madam's "Mama", "Lil" are part of the name she goes by: "Mama Bisi", "Lil B")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mama|Madam|Auntie|Aunty|Lil)\.?\s+$")
_AFTER_NAME = re.compile(r"\s+(?:(?P<initial>[A-HJ-Z]\.)(?!\w)|(?P<caps>[A-Z]{3,}(?:[-'’][A-Z]+)?)(?![\w&]))")
# Capitals after a name that are not a surname: services, abbreviations of case work.
_NOT_CAPS_SURNAMES = word_set(
    """NFA CCTV ISVA IDVA SARC NHS MARAC PPU CID ASB ABH GBH PCSO ETA AKA DOB STI HIV ASAP RIP
    AND THE WAS SAID SAYS HAS HAD NOT WITH FROM FOR BUT ALSO THEN HER HIS SHE HIM ARE YES OUT"""
)


def widen_name(text: str, start: int, end: int, *, shouting: bool) -> tuple[int, int]:
    """A name span with its title before it and its initial or capitalised surname after it."""
    title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
    if title is not None:
        start = title.start()
    after = _AFTER_NAME.match(text, end)
    if after is not None:
        caps = after.group("caps")
        if after.group("initial") or (
            not shouting and caps not in _NOT_CAPS_SURNAMES and any(c in "AEIOUY" for c in caps)
        ):
            end = after.end()
    return start, end


# Her initials beside her name in brackets: "S.K. (Sophie)", "Pt J. (aka Jolene)" before it, and
# "Candice-Jade (CJ)" after it (only the initials of the name it follows: "Sophie (GP)" stays).
_INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?P<i>[A-Z]\.(?:[ ]?[A-Z]\.){0,2})[ \t]*\([ \t]*(?:(?i:aka|a\.k\.a\.?)[ \t]+)?$"
)
_INITIALS_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<i>[A-Z]{2,3})[ \t]*\)")


def initials_beside(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The initials written in brackets beside the name at start:end (see above)."""
    before = _INITIALS_BEFORE.search(text, max(0, start - 16), start)
    if before is not None:
        yield before.start("i"), before.end("i")
    after = _INITIALS_AFTER.match(text, end)
    if after is not None:
        parts = [p for p in re.split(r"[\s-]+", text[start:end]) if p]
        if "".join(p[0].upper() for p in parts) == after.group("i"):
            yield after.start("i"), after.end("i")


def mostly_capitals(text: str) -> bool:
    """Whether `text` is written in capitals (every word then looks like a surname)."""
    return _shouting(text)
