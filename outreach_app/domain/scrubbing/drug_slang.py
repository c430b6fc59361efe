"""Working names that are also street names for drugs: "charlie", "tina", "mandy", "molly", "G".

A vault may hold "Tina" or "Charlie" as a woman's alias, and the names lists hold them as names;
but outreach notes talk about drugs in the same words ("she's been on the charlie", "a lot of
Tina about", "spiked him with G", "molly and tina being sold"). Such a word is kept only where
the words around it place it as a drug: a frame that never holds a person ("on the charlie",
"charlie (coke)", "how much charlie", "a bag of mandy", "tina being sold"), or a looser frame
("with G", "some molly", "molly and tina") with a word about drugs near it ("spiked", "sold",
"chems"). Privacy first: a person verb or a possessive after it ("Tina said", "Charlie's
punter") or a cue before it keeps it a name wherever it stands.
"""

from __future__ import annotations

import re

from outreach_app.domain.scrubbing.names import PERSON_VERBS, cue_before

# The working names that are also drug slang (cocaine, crystal meth, MDMA, GHB).
DRUG_NAMES = frozenset({"charlie", "charly", "tina", "mandy", "molly", "g"})
_SLANG = r"(?:charlie|charly|tina|mandy|molly|g)"
# Frames that place the word as a drug with no other help.
_STRONG_BEFORE = re.compile(
    r"(?:\bon\s+the|\bhow\s+much|\b(?:bag|bags|gram|grams|g|wrap|wraps|bit|line|lines|score)\s+of"
    r"|\bspiked\s+(?:\w+\s+)?with|\b(?:doing|snorting|sniffing|using|dropped|dropping|necking))\s+$",
    re.IGNORECASE,
)
_DRUG = r"(?:coke|cocaine|crack|mdma|ecstasy|meth|crystal\s+meth|ghb|gbl|the\s+drug)"
_STRONG_AFTER = re.compile(
    r"\s*(?:\(\s*" + _DRUG + r"\s*\)"
    r"|(?:is|was)\s+going\s+for\b|for\s+sale\b)"
    # a glossary of street words, quoted: "'Mandy' and 'Molly' = MDMA", "'Tina' means crystal
    # meth", "'Charlie' and 'Bolivian' = coke" (a word and the drug it stands for)
    r"|['’\"”]\s*(?:(?:and|or|&|/)\s*['‘\"“][^'’\"”\n]{1,20}['’\"”]\s*)?"
    r"(?:=|means\b|is\s+(?:slang|street)\s+for\b)\s*['‘\"“]?" + _DRUG + r"\b",
    re.IGNORECASE,
)
# Sold as goods: a drug only when two drug names are sold together ("molly and tina being sold
# out of a Golf"); one alias "being sold" may be a woman trafficked.
_SOLD_AFTER = re.compile(
    r"\s*(?:being|getting|are|were)\s+(?:sold|dealt|pushed|passed\s+round)\b", re.IGNORECASE
)
# A quantity before it: only beside a word about drugs ("a lot of Tina about ... chems").
_WEAK_BEFORE = re.compile(
    r"\b(?:(?:a\s+lot|lots|loads|plenty|load)\s+of|some|any|more)\s+$",
    re.IGNORECASE,
)
# Wanted or bought, in lower case (a writer who capitalises names writes the drug without):
# "Charlie wanted charlie, we said no ... the drug service". Only beside a word about drugs.
_WANTED_BEFORE = re.compile(r"\b(?:wanted|wants|want|buying|bought|buy|after)\s+$")
# One of a pair of drug names ("molly and tina being sold"): a drug when the other one is.
_PAIR_AFTER = re.compile(r"\s*(?:and|&|\+|n)\s+(" + _SLANG + r")\b", re.IGNORECASE)
_PAIR_BEFORE = re.compile(r"\b(" + _SLANG + r")\s*(?:and|&|\+|n)\s+$", re.IGNORECASE)
_DRUG_WORDS = re.compile(
    r"\b(?:coke|cocaine|crack|mdma|ecstasy|pills?|meth|ghb|gbl|chems(?:ex)?|drugs?|gear|high|"
    r"spiked?|spiking|sold|selling|sells|dealing|dealers?|dealt|wraps?|grams?|detox|binge|"
    r"overdosed?|snort(?:ed|ing)?|sniff(?:ed|ing)?|score[ds]?|scoring|off\s+(?:her|his|their)\s+face)\b",
    re.IGNORECASE,
)
# What a person does or has right after her name: "Tina said", "Charlie's punter".
_PERSON_AFTER = re.compile(
    r"(?:'s|’s|\s+(?:said|says|sed|told|tells|rang|rings|phoned|texted|messaged|came|comes|wants|"
    r"wanted|asked|needs|needed|went|walked|ran|left|lives|works|stays|stayed|moved|disclosed|"
    r"arrived|reported|reckons|thinks|knows|owes|earns|got|gets|has|had|looked|seemed)\b)",
    re.IGNORECASE,
)
_WINDOW = 80
# What two people do after a pair of their names ("Tina and molly came", "... were at the van"),
# though not "are the same thing", which two drugs are.
_PAIR_PERSON_AFTER = re.compile(
    r"\s+(?!are\s+the\s+same\b)(?:"
    + "|".join(
        sorted(map(re.escape, PERSON_VERBS - {"&", "+", "n", "and", "'ll", "'s"}), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


def used_as_a_drug(text: str, start: int, end: int, *, vault: bool = False) -> bool:
    """Whether the drug-slang name at start:end is written as the drug, not as a person.

    For an alias the vault holds (`vault`) only a frame that makes it the drug counts ("on the
    charlie", "spiked with G", a pair being sold): a pair beside a word about drugs, or "wanted
    charlie", may be the women themselves ("tina and molly at the drug service today, both
    hit"), and privacy comes first."""
    if text[start:end].lower() not in DRUG_NAMES:
        return False
    low = max(0, start - 30)
    after = _PAIR_AFTER.match(text, end)
    before = _PAIR_BEFORE.search(text, low, start)
    partner = after or before
    # (a pair is goods only with one of them in lower case, as a drug's name is written: "Molly
    # and tina being sold"; "Tina and Molly being sold" may be two women trafficked)
    paired = partner is not None and (text[start:end].islower() or partner.group(1).islower())
    # ("Tina and molly came to the van": two women; the pair is goods only where sold)
    people = paired and _PAIR_PERSON_AFTER.match(text, after.end(1) if after else end) is not None
    if _framed(text, start, end, paired=paired, people=people, vault=vault):
        return True
    return partner is not None and _framed(
        text, partner.start(1), partner.end(1), paired=paired, people=people, vault=vault
    )


def _framed(
    text: str, start: int, end: int, *, paired: bool, people: bool = False, vault: bool = False
) -> bool:
    if _PERSON_AFTER.match(text, end) or cue_before(text, start):
        return False
    low = max(0, start - 30)
    if _STRONG_BEFORE.search(text, low, start) or _STRONG_AFTER.match(text, end):
        return True
    if paired and _SOLD_AFTER.match(text, end):
        return True
    # ("tina and G at chemsex parties", "asked if Mandy and molly are the same thing" after
    # "overdose signs": a pair with one of them written as a drug is, beside a word about drugs)
    loose = _WEAK_BEFORE.search(text, low, start) is not None or (
        not vault
        and (
            (paired and not people)
            or (text[start:end].islower() and _WANTED_BEFORE.search(text, low, start) is not None)
        )
    )
    return loose and (
        _DRUG_WORDS.search(text, max(0, start - _WINDOW), min(len(text), end + _WINDOW)) is not None
    )
