"""What the vault knows: values that must go, and the perpetrator's identifiers that must stay.

`remove` holds every alias and name recorded anywhere in the vault (all people, not only this
incident's) and the person's own details. Each alias also removes its first token and its
common short forms ("Roxy Canary" -> "Roxy"; "Natasha" -> "Tasha", "Tash"), case-insensitively.
An alias that is also an ordinary word ("Ginger", "Diamond") is removed only where it is used
as a name, so "ginger beard" and "a diamond earring" survive.

`keep` holds the perpetrator's own structured identifiers (name used, phones, emails, handles,
plates): warning others about him is the point, so a span equal to one of them stays. When a
value is in both lists, `remove` wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import stopwordsiso

from outreach_app.domain.scrubbing.names import (
    LATIN_WORD,
    NOT_NAMES,
    NamesList,
    Words,
    alone_in_a_sentence,
    english_words,
    mostly_capitals,
    names_a_car,
    next_token,
    opens_a_set_phrase,
    person_position,
    sentence_start_at,
    uninflected,
    vault_word_is_name,
)
from outreach_app.domain.scrubbing.spans import ASCII_DIGITS, Kind, word_set

# A sentence that starts with a capital (at the note's start or after a stop): the writer
# capitalises ("2nd time this month — silver Merc van ... Girls told to stay in pairs").
_CAPITAL_AFTER_STOP = re.compile(r"(?:^|[.!?]\s+)[\"'‘“(]*[A-Z](?:[a-z]|\s)")  # ("A man ...")

Found = tuple[int, int, Kind]

# First tokens that are titles or plain adjectives of a stage name ("Baby D", "Miss Kitty"):
# the next token is the one people use on its own.
_PREFIX_WORDS = word_set("baby little lady miss mrs ms mr big sexy young old the la le dj princess queen")
_NON_DIGITS = re.compile(r"\D")
_NON_KEY = re.compile(r"[\W_]+")
_MIN_PHONE_DIGITS = 7


def identifier_key(value: str) -> str:
    """The form two spellings of one identifier share: a number's last nine digits, else the
    letters and digits case-folded ("@KingKev_515" == "kingkev515", "he12 spy" == "HE12SPY")."""
    value = _spoken_to_characters(value.translate(ASCII_DIGITS))  # (as the scrubber reads the text)
    digits = _NON_DIGITS.sub("", _LETTER_DIGITS.sub(_as_digit, value))
    if len(digits) >= _MIN_PHONE_DIGITS and len(digits) * 2 >= len(value.replace(" ", "")):
        return "#" + digits[-9:]
    if "://" in value or value[:4].lower() == "www.":  # "https://www.site.com/kev/" is "site.com/kev"
        value = _URL_DRESSING.sub("", value)
    elif _SAID_AT.search(value) and _SAID_DOT.search(value):  # "kev at gmail dot com" is kev@gmail.com
        value = _SAID_MARK.sub("", value)
    return _NON_KEY.sub("", value.casefold())


# The parts of an address that say nothing of whose it is: a web address's scheme, "www." and
# last slash; the words "at" and "dot" said for "@" and "." in an email address.
_URL_DRESSING = re.compile(r"^(?i:https?://)?(?i:www\.)?|/+$")
_SAID_AT = re.compile(r"@|(?i:[(\[]\s*at\s*[)\]]|\sat\s)")
_SAID_DOT = re.compile(r"(?i:[(\[]\s*dot\s*[)\]]|\sdot\s|\.)")
_SAID_MARK = re.compile(r"(?i:[(\[]\s*(?:at|dot)\s*[)\]]|\b(?:at|dot)\b)")


# A plate or number read out ("Bravo Foxtrot one six, X-ray Lima Kilo", "oh seven seven ..."):
# each word of the phonetic alphabet is its letter and each digit word its digit, when every word
# of the value is one of them (so "Bravo Foxtrot one six" is the kept "BF16").
_NATO_LETTERS = word_set(
    """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky yankee zulu x-ray xray"""
)
_DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN_CHARACTERS = {
    **{w: w[0] for w in _NATO_LETTERS},
    **{w: str(i) for i, w in enumerate(_DIGIT_NAMES)},
    "oh": "0",
    "nought": "0",
}
_SPOKEN_WORD = re.compile(r"[A-Za-z]+(?:-ray)?|\d+|[A-Z]")


# ("double oh", "triple seven": the next character said two or three times)
_SPOKEN_REPEATS = {"double": 2, "triple": 3}


def _spoken_to_characters(value: str) -> str:
    words = _SPOKEN_WORD.findall(value)
    if len(words) < 3 or not any(w.lower() in _SPOKEN_CHARACTERS and len(w) > 1 for w in words):
        return value
    if not all(
        w.lower() in _SPOKEN_CHARACTERS or w.lower() in _SPOKEN_REPEATS or len(w) == 1 or w.isdigit()
        for w in words
    ):
        return value
    characters: list[str] = []
    repeat = 1
    for word in words:
        if word.lower() in _SPOKEN_REPEATS:
            repeat = _SPOKEN_REPEATS[word.lower()]
            continue
        characters.append(_SPOKEN_CHARACTERS.get(word.lower(), word) * repeat)
        repeat = 1
    return "".join(characters)


# A letter O, I or l next to a digit (across a space or a mark too) stands for one: "O7 5 4 3 21O 9 8 O".
_LETTER_DIGITS = re.compile(r"(?<=[\d\s.*-])[OoIl](?=[\d\s.*-]|$)|^[Oo](?=[\d\s])")


def _as_digit(match: re.Match[str]) -> str:
    return "0" if match.group(0) in "Oo" else "1"


def name_forms(alias: str, names: NamesList) -> set[str]:
    """The alias, each of its words ("Wang Fang" -> "Fang": a given name may come last), a
    double name written with a hyphen, a space or as one word ("Ella-Mae", "Ella Mae",
    "Ellamae"), and the short and long forms of all of these."""
    alias = " ".join(alias.split())
    forms = {alias}
    parts = alias.split(" ")
    if len(parts) > 1:
        forms.add(parts[0])
        if parts[0].lower() in _PREFIX_WORDS:  # "Miss Kitty" -> "Kitty" too
            forms.add(next((p for p in parts if p.lower() not in _PREFIX_WORDS), parts[-1]))
        # later words of three letters or more ("Popescu" of "Maria Popescu"); two-letter
        # ones ("Na" of "Li Na") are too often parts of other words to stand alone
        forms.update(p for p in parts[1:] if _name_part(p, names))
    for form in list(forms):
        if "-" in form or " " in form:
            forms.add(form.replace("-", " "))
            forms.add(form.replace(" ", "-"))
            joined = form.replace("-", "").replace(" ", "")
            forms.add(joined[:1] + joined[1:].lower())
            forms.update(p for p in form.split("-") if "-" in form and _name_part(p, names))
    for form in list(forms):
        forms.update(latin_spellings(form))
    for form in list(forms):
        forms.update(names.short_forms.get(form.lower(), ()))
    # (one Chinese character may be a whole given name, "美": found only standing alone, "Mei (美)")
    return {f for f in forms if len(f) >= 2 or "\u4e00" <= f <= "\u9fff"}


def _name_part(part: str, names: NamesList) -> bool:
    """A later word of an alias that stands for her on its own: letters only, three or more,
    and a listed name or surname or no everyday English word ("Fang" of "Wang Fang", "Popescu";
    not "Canary" of "Roxy Canary", nor "alias" or a code of a test canary)."""
    lower = part.lower()
    if len(part) < 3 or not part.isalpha() or lower in _PREFIX_WORDS:
        return False
    return names.kind_of(part) is not None or lower in names.surnames or lower not in english_words()


# Cyrillic and Greek letters as English notes spell them ("Оксана" -> "Oksana", "Ελένη" ->
# "Eleni"): a vault may hold the name in her script while the note spells it in Latin letters.
_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгґдезийклмнопрстуфыэі", "abvggdeziyklmnoprstufyei", strict=True)),
        **{"ё": "yo", "є": "ye", "ж": "zh", "ї": "yi", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
        **{"щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
        **dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdezikklmnxoprsstyfo", strict=True)),
        **{"θ": "th", "χ": "ch", "ψ": "ps"},
        **dict(zip("άέήίόύώϊΐϋΰ", "aeiioyoiiyy", strict=True)),
    }
)
# Other spellings of the same sounds: "Natalya"/"Natalia", "Yulia"/"Julia", "Dmitriy"/"Dmitry".
_RESPELL = (
    ("iya", "ia"), ("ya", "ia"), ("yu", "ju"), ("kh", "h"), ("iy", "y"), ("iy", "i"), ("ye", "e"),
    ("ey", "ei"),
)  # fmt: skip


def latin_spellings(form: str) -> set[str]:
    """Latin spellings of a name written in Cyrillic or Greek (none for other scripts)."""
    lower = form.lower()
    if lower.isascii() or not any("\u0370" <= c <= "\u052f" for c in lower):
        return set()
    latin = lower.translate(_TO_LATIN)
    if not latin.isascii():
        return set()
    spellings = {latin}
    for old, new in _RESPELL:
        spellings |= {s.replace(old, new) for s in spellings}
    return {s.title() for s in spellings if len(s) >= 2}


# A perpetrator's "name used" is kept (warning others about him is the point) only when it
# reads as a name: "the man from 42 Cardigan Road" in that field must not shield an address.
_KEEPABLE_NAME = re.compile(r"[^\W\d_]+(?:['’.-]?[^\W\d_]+)*\.?(?: [^\W\d_]+(?:['’.-]?[^\W\d_]+)*\.?){0,3}")


def keepable_name(value: str) -> bool:
    """Whether a perpetrator's "name used" reads as a name, so it may be a `keep` value."""
    return _KEEPABLE_NAME.fullmatch(value.strip()) is not None


@dataclass(frozen=True)
class ScrubContext:
    """Attributes:
    remove: aliases and names recorded in the vault, and the person's own details.
    keep: the perpetrator's own identifiers, which stay (unless also in `remove`).
    """

    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()

    @classmethod
    def of(cls, remove: Iterable[str] = (), keep: Iterable[str] = ()) -> ScrubContext:
        """A context from any iterables; blanks dropped, order kept, duplicates removed."""
        return cls(_clean(remove), _clean(keep))

    @cached_property
    def keep_keys(self) -> frozenset[str]:
        return frozenset(identifier_key(p) for v in self.keep for p in keep_parts(v)) - {""}

    def kept(self, original: str) -> bool:
        keys = self.keep_keys
        return bool(keys) and identifier_key(original) in keys


def _clean(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(v.split()) for v in values if v and v.strip()))


class KeepMatcher:
    """Finds where the `keep` values of one context stand in a text, so no other pass touches them."""

    def __init__(self, keep: Iterable[str]) -> None:
        self._phones: list[re.Pattern[str]] = []
        plain: set[str] = set()
        for value in (part for whole in keep for part in keep_parts(whole)):
            digits = _NON_DIGITS.sub("", value)
            if len(digits) >= _MIN_PHONE_DIGITS:
                self._phones.append(_digits_pattern(digits))
            else:
                plain.add(value.lower())
        self._plain = _alternation(plain)

    def regions(self, text: str) -> list[tuple[int, int]]:
        patterns = [*self._phones, *([self._plain] if self._plain is not None else [])]
        return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)]


_PERSON_PRONOUNS = word_set("me her him i she he we they us them you")
_STRETCHED = re.compile(r"(\w)\1{2,}")
_SIMPLE_FORM = re.compile(rf"{LATIN_WORD.pattern}(?: {LATIN_WORD.pattern})*")


class RemoveMatcher:
    """Finds the `remove` values of one context in texts (built once per vault and cached).

    Names written in Latin letters are looked up word by word in sets (a vault of thousands of
    aliases costs a dictionary lookup per word, not a regex alternation of thousands); other
    forms (non-Latin script, digits, punctuation) go through one regex.
    """

    def __init__(self, remove: Iterable[str], names: NamesList) -> None:
        self._names = names
        self._phones: list[re.Pattern[str]] = []
        self._plain: set[str] = set()
        self._wordy: set[str] = set()
        self._phrases: dict[str, list[tuple[str, ...]]] = {}
        other: set[str] = set()
        stopwords = _english_stopwords()
        for value in remove:
            digits = _NON_DIGITS.sub("", value)
            if len(digits) >= _MIN_PHONE_DIGITS:
                self._phones.append(_digits_pattern(digits))
                continue
            for form in {g for f in name_forms(value, names) for g in (f.lower(), fold(f.lower()))}:
                if not _SIMPLE_FORM.fullmatch(form):
                    other.add(form)
                elif " " in form:
                    words = tuple(form.split(" "))
                    self._phrases.setdefault(words[0], []).append(words)
                else:
                    # an everyday word that no names list holds ("Door", "Wall", "Blue" as a
                    # working name) is a name only where used as one, like "Ginger"
                    everyday = names.kind_of(form) is None and form in english_words()
                    if names.is_ordinary_word(form) or form in _PREFIX_WORDS or form in stopwords or everyday:
                        self._wordy.add(form)
                    else:
                        self._plain.add(form)
        for phrases in self._phrases.values():
            phrases.sort(key=len, reverse=True)  # longest first: "Roxy Canary Jones" before "Roxy Canary"
        self._other = _alternation(other)
        self._variants = _Variants(self._plain)

    def find(self, text: str, words_of_text: Words | None = None) -> Iterator[Found]:
        """The spans of `text` to remove (`words_of_text`: its `Words`, when already found)."""
        for pattern in self._phones:
            for match in pattern.finditer(text):
                yield match.start(), match.end(), Kind.PHONE
        if self._other is not None:
            for match in self._other.finditer(text):
                yield match.start(), match.end(), Kind.NAME
        found = words_of_text if words_of_text is not None else Words(text)
        words = [
            (start, start + len(word), lower if lower.isascii() else fold(lower))
            for start, word in zip(found.starts, found.words, strict=True)
            for lower in (word.lower(),)
        ]
        stretched = _STRETCHED.search(text) is not None  # (once per text, not once per word)
        plain, wordy, phrases = self._plain, self._wordy, self._phrases
        # word-aliases the note writes with a capital somewhere (only looked at when a
        # lower-case one turns up)
        capitalised = {w for (s, _, w) in words if w in wordy and text[s].isupper()} if wordy else set()
        # a writer who starts the note with a capital writes a name with one ("silver Merc", "tea
        # at the van" are words); in text-speak all in lower case a name may be too
        writes_capitals = bool(wordy) and _CAPITAL_AFTER_STOP.search(text) is not None
        shouting = bool(wordy) and mostly_capitals(text)
        for index, (start, end, word) in enumerate(words):
            capital = text[start].isupper()
            phrase_end = self._phrase_at(text, words, index) if word in phrases else None
            if phrase_end is not None:
                yield start, phrase_end, Kind.NAME
            elif word in plain:
                # (not "a white Seat Leon" for the alias Leon, nor "Carol singers", "Scarlett fever")
                if not (
                    names_a_car(text, start, end, text[start:end], next_token(text, end))
                    or opens_a_set_phrase(text, start, end, vault=True)
                ):
                    yield start, end, Kind.NAME
            elif word in wordy:
                # An alias standing alone is her: in brackets, "a worker (Roxy)", "(holly)"; or as a
                # sentence, whatever its case, "Who was hurt? holly." (the vault-alias property test
                # found that leak)
                alone = (
                    text[start - 1 : start] == "(" and text[end : end + 1] == ")"
                ) or alone_in_a_sentence(text, start, end)
                if (
                    not alone
                    and text[start].islower()
                    and word in capitalised
                    and not person_position(text, start, end, self._a_person)
                ):
                    continue  # "Misty had a bad one ... misty in the morning": the writer
                    # capitalises her name, so the lower-case one is the word
                if not alone and self._everyday_out_of_place(text, start, end, word):
                    continue
                if not (alone or self._stands_as_a_name(text, start, end, word, writes_capitals, shouting)):
                    continue
                if vault_word_is_name(text, start, end, self._names, self._is_form):
                    yield start, end, Kind.NAME
            elif capital and self._declines_an_alias(text, start, word):
                yield start, end, Kind.NAME
            elif "-" in word:  # "Holly-Ann" holds the alias Holly ("ginger-haired" is a description)
                position = start
                for part in word.split("-"):
                    if part in plain:
                        yield position, position + len(part), Kind.NAME
                    position += len(part) + 1
            elif (capital or stretched or word[-1:] == "s") and self._spelled_otherwise(
                word, capital=capital
            ):
                yield start, end, Kind.NAME

    def _stands_as_a_name(
        self, text: str, start: int, end: int, word: str, writes_capitals: bool, shouting: bool
    ) -> bool:
        """Whether an everyday word the vault holds as an alias may be a name where it stands:
        in lower case in a note that writes capitals, or in a note all in capitals, only where
        a person stands (`person_position`: "told rain", "rain said", "rain's punter"). With a
        capital, even at a sentence start, it is her ("Precious very low", "Destiny kicked")."""
        # (in capitals only an everyday word needs it: "STELLA HIT IN FACE" is her)
        if not ((text[start].islower() and writes_capitals) or (shouting and word in english_words())):
            return True
        return person_position(text, start, end, self._a_person)

    def _everyday_out_of_place(self, text: str, start: int, end: int, word: str) -> bool:
        """An alias that no names list holds and that is an everyday word ("Rain", "Tea",
        "Bins", "Alert") written in lower case, or in capitals in a note that is not, and not
        where a person stands: the word ("rain all night", "the van's heater", "ALERT. Text
        scam"). With a capital, even at a sentence start, it stays her (privacy first: the
        word list holds many names, "Saffron reporting", "Harley at the Grand")."""
        if self._names.kind_of(word) is not None or word not in english_words():
            return False
        written = text[start:end]
        if not (written.islower() or (len(written) > 1 and written.isupper() and not mostly_capitals(text))):
            return False
        return not person_position(text, start, end, self._a_person)

    def _spelled_otherwise(self, word: str, *, capital: bool) -> bool:
        """A typo, short form or text-speak of an alias: see `_Variants` (capitalised words
        only); a letter typed three or more times ("Kaylaaa", "HOLLYYY") or the possessive's
        apostrophe left out ("roxys phone")."""
        if capital and self._variants.holds(word):
            return True
        if word[-1:] == "s" and word[:-1] in self._plain:
            return True
        if _STRETCHED.search(word) is None:
            return False
        cut = {_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)}
        return any(w in self._plain or (capital and w in self._wordy) for w in cut)

    def _declines_an_alias(self, text: str, start: int, word: str) -> bool:
        """A case form of an alias ("z Asią", "u Joanny" for Asia, Joanna), written with a
        capital; an English word at a sentence start ("Tiny" is not Tina's) is not one."""
        forms = uninflected(word)
        if (forms.isdisjoint(self._plain) and forms.isdisjoint(self._wordy)) or word in _english_stopwords():
            return False
        return not word.isascii() or not sentence_start_at(text, start)

    def _a_person(self, word: str) -> bool:
        """A name, a pronoun or one of the vault's own forms (written as it is)."""
        lower = word.lower()
        return (
            lower in _PERSON_PRONOUNS
            or self._is_form(lower)
            or self._names.kind_of(word) == "name"
            or (word[:1].isupper() and lower not in NOT_NAMES)
        )

    def _is_form(self, word: str) -> bool:
        """Whether a lower-case word is one of the vault's own forms."""
        return word in self._plain or word in self._wordy or word in self._phrases

    def _phrase_at(self, text: str, words: list[tuple[int, int, str]], index: int) -> int | None:
        for phrase in self._phrases.get(words[index][2], ()):
            following = words[index : index + len(phrase)]
            if len(following) == len(phrase) and all(
                w[2] == p and (i == 0 or not text[following[i - 1][1] : w[0]].strip())
                for i, (w, p) in enumerate(zip(following, phrase, strict=True))
            ):
                return following[-1][1]
        return None


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    """Short forms that are everyday words ("will", "may"): removed only where used as names."""
    return frozenset(stopwordsiso.stopwords("en"))


def _alternation(values: set[str]) -> re.Pattern[str] | None:
    if not values:
        return None
    ordered = sorted(values, key=len, reverse=True)  # longest first: "Roxy Canary" before "Roxy"
    body = "|".join(r"\s+".join(map(re.escape, v.split())) for v in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# A digit as it may be typed to slip a filter: the letter O for 0, I or l for 1 ("O77OO 9OO I23").
_DIGIT_LOOKS = {"0": "[0Oo]", "1": "[1Il]"}


def _digits_pattern(digits: str) -> re.Pattern[str]:
    """A number with any separators (the marks typed to slip a filter too: "07700*900*123"), with
    or without its country code or trunk 0, with a letter O or I for a digit."""
    digits = digits.translate(ASCII_DIGITS)  # (the text is read with plain digits: `Scrubber.find`)
    tail = digits[-10:] if len(digits) > 10 else digits.lstrip("0") or digits
    prefix = r"(?:(?:\+|00)\d{1,3}[\s.-]*(?:\(0\)[\s.-]*)?|[0Oo][\s.-]*)?"
    between = r"[\s().\-*~|•·_/\\]*"
    return re.compile(
        r"(?<![\d+])" + prefix + between.join(_DIGIT_LOOKS.get(d, d) for d in tail) + r"(?![\dOo])"
    )


# A keep value that holds two numbers ("07404 118 260 / 07404 118 271", "0113 496 0000 or 07700
# 900 123"): each is kept on its own, wherever the text writes it.
_NUMBER_JOINER = re.compile(r"\s*(?:/|;|,|&|\bor\b|\band\b)\s*")


def keep_parts(value: str) -> list[str]:
    """`value` and, when it joins two numbers or more, each of them."""
    parts = [p for p in _NUMBER_JOINER.split(value) if p]
    if len(parts) > 1 and all(len(_NON_DIGITS.sub("", p)) >= _MIN_PHONE_DIGITS for p in parts):
        return [value, *parts]
    return [value]


def fold(word: str) -> str:
    """`word` without its accents ("Sinéad" -> "Sinead", "Siobhán" -> "Siobhan"): notes and
    vault records often differ only there."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Abbreviations of months and days, written with a capital like a short name ("Mar", "Sat").
_CALENDAR = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)
_DIMINUTIVE_ENDINGS = ("ie", "y", "i", "s", "z")
_MIN_VARIANT = 5  # aliases shorter than this have too many neighbours one letter away


class _Variants:
    """Spellings of the vault's aliases that no list holds: a typo or a spelling by ear one
    letter away ("Kaleigh", "Kayliegh" for Kayleigh; "Jazmin" for Jasmine) and the start of
    the name as a short form, alone or with a pet ending ("Nat" for Natalie, "Roxi" for
    Roxanne). Only for a word written with a capital that is not an everyday English word
    ("Money" is not Honey, "Car" is not Carla), a month or day ("Mar"), or a stopword."""

    def __init__(self, aliases: Iterable[str]) -> None:
        usable = [a for a in aliases if len(a) >= _MIN_VARIANT and a.isalpha()]
        # one letter deleted, both sides: two words meet there when one letter was left out,
        # added, changed or two letters swapped
        self._deletes: set[str] = {d for a in usable for d in _deletes(a)} | set(usable)
        self._prefixes: frozenset[str] = frozenset(a[:n] for a in usable for n in range(3, len(a) - 1))

    def holds(self, word: str) -> bool:
        if not self._prefixes or len(word) < 3 or not word.isalpha():
            return False
        if word in _CALENDAR or word in NOT_NAMES or word in _english_stopwords() or word in english_words():
            return False
        if word in self._prefixes or any(
            word.endswith(e) and word[: -len(e)] in self._prefixes for e in _DIMINUTIVE_ENDINGS
        ):
            return True
        return len(word) >= _MIN_VARIANT and (
            word in self._deletes or any(d in self._deletes for d in _deletes(word))
        )


def _deletes(word: str) -> Iterator[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))
