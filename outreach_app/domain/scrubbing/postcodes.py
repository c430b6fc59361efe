"""UK postcodes: full ("LS6 1AB"), cut short ("LS7 3", "cv6 5"), an outward code where a place is
meant ("lives in LS12", "Kinghorn St, G40"); never a road, a vitamin or a car ("M62", "B12")."""

from __future__ import annotations

from collections.abc import Iterator

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.place_lexicon import _LETTER_DIGIT, Found
from outreach_app.domain.scrubbing.plates import _NATO
from outreach_app.domain.scrubbing.spans import Kind

# Outward codes as the Royal Mail writes them: one-letter areas are B E G L M N S W only.
_OUTWARD = r"(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])\d[A-Z\d]?"

# (the inward code's letters are never C I K M O V: "b4 5pm" is "before 5pm")
_POSTCODE = re.compile(rf"\b{_OUTWARD} ?\d[ABD-HJLNP-UW-Z]{{2}}\b", re.IGNORECASE)

_OUTWARD_AFTER = re.compile(rf",?\s+(?P<code>{_OUTWARD})(?![\w-])", re.IGNORECASE)


def _postcode_areas() -> frozenset[str]:
    lines = resource_path("places", "postcode_areas.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines for word in line.split("#", 1)[0].split())


# Two-letter areas only (one letter and a digit is a road, a vitamin or a car: "M62", "B12",
# "A4"), less MK, which is also a car's mark ("Golf MK7").
_AREAS_OF_TWO = sorted(a for a in _postcode_areas() if len(a) == 2 and a != "MK")

# An outward code alone where a place is meant: "lives in LS12", "near bd9", "the LS8 area";
# never one that begins a number plate ("in LS12 ABC" is a plate, found as one).
_OUTWARD_ALONE = re.compile(
    # (the first letters of its cue words and of a postcode area: a cheap test at each position)
    r"(?=[A-Z]|(?i:[abfhilmnoprs]))"
    r"(?:\b(?i:in|near|around|round|from|lives|living|based|off|postcode|area|moved to|staying in)[,:]?\s+"
    rf"(?:(?i:the)\s+)?(?P<code>(?i:{'|'.join(_AREAS_OF_TWO)})\d{{1,2}}[A-Za-z]?)"
    r"|\b(?P<code2>(?:" + "|".join(_AREAS_OF_TWO) + r")\d{1,2}[A-Z]?)"
    r"(?=\s+(?i:area|postcode|way|side|end)\b)"
    # a one-letter area only before "area" or "postcode" ("the S2 area", "N16 postcode"): "M1"
    # and "A1" alone are roads
    r"|\b(?P<code3>[BEGLNSW]\d{1,2})(?=\s+(?i:area|postcode)\b)"
    # ... or after a word of living there, closing the clause ("her ma lives in L4.", "she now lives in
    # B12, Balsall Heath", "a house in MK6, Netherfield"): "M1" and "B12" are a road and a vitamin
    # only where nothing says someone lives there
    r"|\b(?i:lives|living|stays|moved)[ \t]+(?i:in|to)[ \t]+(?P<code4>(?:[BEGLMNSW]|MK)\d{1,2}[A-Z]?)"
    r"(?=[ \t]*(?:[,.;)\n]|$))"
    r"|\b(?i:house|flat)[ \t]+(?i:in)[ \t]+(?P<code5>(?:[BEGLMNSW]|MK)\d{1,2}[A-Z]?)(?=[ \t]*(?:[,.;)\n]|$)))"
    r"(?![\w-])(?!\s+[A-Za-z]{3}\b(?<!\s(?i:now|and|but|the|for|was|way|end|she|her|his|too)))"
)

_OUTWARD_HINT = re.compile(r"[A-Za-z]{2}\d|\b[BEGLNSW]\d")

# An outward code of a real area (MK too here), in any case: "cv6", "G40", "bt12".
_REAL_OUTWARD = rf"(?i:(?:{'|'.join(_AREAS_OF_TWO)}|MK|[BEGLMNSW])\d[A-Z\d]?)"

# The inward code's letters typed apart from its digit ("ls8 4 dn", "LS12 1 AB"): not a short
# word that may follow a postcode cut short ("ls8 4 at the back", "LS6 2 HE SAID")
_SPACED_INWARD = (
    r"[^\S\n](?!(?i:at|as|an|ah|ha|he|we|us|up|by|be|ye|ya|eh|uh|ta|er|re|pa|na|la|ex|xx|st|nd|rd|th|hr)\b)"
    r"(?i:[ABD-HJLNP-UW-Z]{2})(?!\w)"
)

# A postcode cut short written in lower case, as texts do ("cv6 5", "m4 4", "Hu3 2"): its inward
# letters are never C I K M O V (so "b4 5pm" is no postcode), and no count or time follows.
_LOWER_PARTIAL_POSTCODE = re.compile(
    # ("Ls11-6": a hyphen for the space, as some type it)
    rf"(?<![\w£$€#/-])(?!(?i:b4)\s){_REAL_OUTWARD}(?:[^\S\n]|-(?=\d\b))\d(?:(?i:[ABD-HJLNP-UW-Z]{{2}})|{_SPACED_INWARD})?"
    r"(?![\w/:.,-]\w)"
    r"(?![^\S\n]*(?:am|pm|mins?|minutes|hours?|hrs?|quid|pounds?|times|o'?clock|ish|x)\b)"
)

# An outward code alone after a comma, closing an address ("Kinghorn St, G40", "Ashgrove, BD7,").
_OUTWARD_AFTER_COMMA = re.compile(rf"(?<=,)[^\S\n]*(?P<code>{_REAL_OUTWARD})(?=[^\S\n]*(?:[,.;)\n]|$))")

# "LS7 3", "BD3 9L": a postcode cut short is still most of one (upper case only: prose is not).
_PARTIAL_POSTCODE = re.compile(rf"\b{_OUTWARD} \d(?:{_SPACED_INWARD}|[A-Z])?(?![\w])")


# A postcode said aloud after the word "postcode" ("postcode S P one one", "post code is LS
# eight", "postcode G two three"): one or two letters, then its number said or written.
_SAID_DIGIT = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# (with a pause between its parts, and the inward letters in the phonetic alphabet: "postcode is
# M eight, nine Delta Papa")
_PAUSE = r"[ \t]*,?[ \t]+"
_SAID_LETTER = rf"(?:(?i:{_NATO})\b|[A-Z])"
_SPOKEN_POSTCODE = re.compile(
    # ("her postcode for the parcel as 'BD seven one'": a few words, then "as" and a quote)
    r"\b(?i:post[ -]?code)(?:[ \t]+(?i:is|was)|[ \t]+[a-z][^.\n'\"]{0,30}?[ \t]+(?i:as|was|is)[ \t]+"
    r"['‘\"“]?)?"
    r"[ \t]*:?[ \t]*"
    rf"(?P<code>(?:[A-Z]{{1,2}}[ \t]+){{1,2}}(?i:{_SAID_DIGIT})(?:{_PAUSE}(?i:{_SAID_DIGIT}))?"
    rf"(?:{_PAUSE}{_SAID_LETTER}(?:[ \t]*{_SAID_LETTER})?)?)\b"
)


# A whole postcode typed one character at a time, in a note that speaks of a postcode ("Full postcode
# she gave T S 1 3 D T"): its area, district, sector and unit as a postcode is shaped.
_SPELLED_POSTCODE = re.compile(
    r"(?<![\w-])[A-Z](?:[ \t][A-Z])?[ \t]\d(?:[ \t][\dA-Z])?[ \t]\d[ \t][ABD-HJLNP-UW-Z][ \t][ABD-HJLNP-UW-Z]"
    r"(?![\w-])"
    r"(?![ \t][A-Z0-9]\b)"
)


def postcode_spans(text: str) -> Iterator[Found]:
    if "ost" in text or "OST" in text or "Ost" in text:  # ("postcode", "POSTCODE", "Post code")
        for match in _SPOKEN_POSTCODE.finditer(text):
            yield match.start("code"), match.end("code"), Kind.POSTCODE
        for match in _SPELLED_POSTCODE.finditer(text) if "ostcode" in text.lower() else ():
            yield match.start(), match.end(), Kind.POSTCODE
    if _LETTER_DIGIT.search(text) is None:  # (every written postcode holds a letter and a digit after it)
        return
    for pattern in (_POSTCODE, _PARTIAL_POSTCODE):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.POSTCODE
    for pattern in (_LOWER_PARTIAL_POSTCODE, _OUTWARD_AFTER_COMMA):
        for match in pattern.finditer(text):
            yield match.start(pattern.groups and "code"), match.end(pattern.groups and "code"), Kind.POSTCODE
    outward = _OUTWARD_ALONE.finditer(text) if _OUTWARD_HINT.search(text) else iter(())
    for match in outward:
        group = next(g for g in ("code", "code2", "code3", "code4", "code5") if match.group(g))
        yield match.start(group), match.end(group), Kind.POSTCODE
