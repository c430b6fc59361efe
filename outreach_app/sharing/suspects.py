"""The preview's second pass: spans of every shared free text that might still identify someone.

The scrubber takes out what it recognises; this pass marks what it cannot judge, so the worker
looks at each before sealing (issue 14, point 5): capitalised words it does not know, runs of
digits, anything with an `@`, and the words after "lives", "works", "at", "flat" (where a
place tends to follow). It decides nothing itself. The app's preview asks "keep or remove"
for each and seals only when every one is decided; `outreach preview --json` lists them as
`suspects`, each with its `field`, and `outreach share` asks about each (or takes the answers
from its flags) before sealing. Every free text that leaves is looked at: the summary
(`summary`) and each perpetrator's and vehicle's text fields (`perpetrators[0].hair`,
`vehicles[1].model`: the field allowlist of `sharing.anonymise`). Removing one rewrites that
text in the incident (`sharing.summary_edit`), so the preview and what is sealed are rebuilt
from it by the one pipeline.

What is not marked: the scrubber's placeholders (`[name]`), words every note starts a
sentence with, days and months, and the perpetrator's and vehicle's own structured details
in the same payload (the name he used, the make of car: warning others about him is the
point).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

REMOVED = "[removed]"
"""What a removed suspect becomes in the alert summary (a placeholder, as the scrubber's)."""


class SuspectReason(StrEnum):
    """Why a span is marked (a span may have several reasons)."""

    CAPITALISED = "capitalised"
    DIGITS = "digits"
    AT_SIGN = "at_sign"
    AFTER_CUE = "after_cue"


SUMMARY_FIELD = "summary"
PERPETRATOR_TEXT_FIELDS = (
    "height",
    "ethnicity_described",
    "hair",
    "distinguishing_features",
    "clothing",
    "name_used",
    "website_or_app",
)
VEHICLE_TEXT_FIELDS = ("make", "model", "colour")
_FIELD = re.compile(
    rf"(?P<summary>{SUMMARY_FIELD})"
    rf"|perpetrators\[(?P<p>\d{{1,3}})\]\.(?P<pf>{'|'.join(PERPETRATOR_TEXT_FIELDS)})"
    rf"|vehicles\[(?P<v>\d{{1,3}})\]\.(?P<vf>{'|'.join(VEHICLE_TEXT_FIELDS)})"
)


@dataclass(frozen=True)
class FieldPath:
    """Where a shared free text stands: the summary, or one text field of the `index`-th
    perpetrator or vehicle of the payload (`kind` "summary", "perpetrators" or "vehicles")."""

    kind: str
    index: int
    name: str

    def __str__(self) -> str:
        if self.kind == SUMMARY_FIELD:
            return SUMMARY_FIELD
        return f"{self.kind}[{self.index}].{self.name}"


def parse_field(field: str) -> FieldPath:
    """`field` as written in `Suspect.field`; ValueError for anything else."""
    found = _FIELD.fullmatch(field)
    if found is None:
        raise ValueError(f"not a shared free-text field: {field!r}")
    if found["summary"]:
        return FieldPath(SUMMARY_FIELD, 0, "alert_summary")
    if found["p"] is not None:
        return FieldPath("perpetrators", int(found["p"]), found["pf"])
    return FieldPath("vehicles", int(found["v"]), found["vf"])


@dataclass(frozen=True)
class Suspect:
    """A span of one shared free text: `text == <that field's text>[start:end]`.

    Attributes:
        reasons: sorted, without repeats.
        field: which text: "summary", "perpetrators[0].hair", "vehicles[1].model" ….
    """

    start: int
    end: int
    text: str
    reasons: tuple[SuspectReason, ...]
    field: str = SUMMARY_FIELD

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reasons": [reason.value for reason in self.reasons],
        }


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence in an outreach note commonly starts with: capitalised there only because
# they start it. Lower case; compared case-blind.
_SENTENCE_STARTERS = _words(
    """
    a about after again all also although an and another any anyway apparently around as at
    afterwards before being both but by came can could did didn't do does don't during each
    either even eventually every everyone finally first for from had has have having he he's
    her here hers him his how however i i'm if in instead is it it's just last later let like
    man men more most much my neither never next no none nor not nothing now of on once one
    only or other others our out over perhaps please she she's since so some somebody someone
    something sometimes soon still such suddenly than that that's the their them then there
    these they they're this those though through thus to today told tonight too two under
    until up upon us very was we were what whatever when whenever where whether which while
    who whoever why will with within without woman women would yes yesterday yet you your
    client clients customer punter punters guy guys bloke lad driver car van he'd she'd they'd
    called asked said says refused paid took tried wanted went got left came picked drove hit
    grabbed threatened pulled kept made wouldn't couldn't won't can't police seen saw
    call ring text message phone avoid watch look warn tell don't beware be careful stay
    followed pushed stole robbed rang texted messaged met waited stopped dropped
    """
)
# Capitalised wherever they stand, and identify nobody.
_ALWAYS_CAPITALISED = _words(
    """
    i i'm i'd i've i'll monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december mon tue tues
    wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ok tv cctv
    uk gp a&e nhs mr mrs ms
    """
)
_CUES = _words("lives living lived live works working worked work stays staying stayed flat at")
_FILLERS = _words(
    """
    in on at near by the a an from round around over off above behind next to her his their
    my our your its of opposite outside inside just right down up
    """
)
# After "at", these say when, not where.
_NOT_PLACES_AFTER_AT = _words(
    """
    night nights first last least all once times dawn midnight noon lunchtime about around
    least most work home weekend weekends christmas some any this that one two three four
    five six seven eight nine ten half quarter side back front end start time moment same
    """
)

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’&.-][^\W\d_]+)*")
_DIGIT_RUN = re.compile(r"\d+(?:[ .:/-]?\d+)*")
_SENTENCE_END = re.compile(r"[.!?\n:;]\s*$")
_EDGE_PUNCTUATION = "\"'“”‘’()[]{}<>,;:.!?"


def find_suspects(text: str, keep: Iterable[str] = (), keep_numbers: Iterable[str] = ()) -> list[Suspect]:
    """The suspect spans of `text`, in order, overlapping ones merged.

    Args:
        keep: words not to mark (any case): the payload's own structured details.
        keep_numbers: the perpetrators' phone numbers (E.164 or partial digits): a digit run
            that is one of them as people write it (07700 900123 for +447700900123) is not
            marked — the scrubber keeps it on purpose, warning others is the point.
    """
    kept = {word.casefold() for value in keep for word in _WORD.findall(value)}
    kept_numbers = [digits for value in keep_numbers if len(digits := _only_digits(value)) >= 6]
    blocked = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    found: list[tuple[int, int, SuspectReason]] = []
    found += _at_signs(text)
    found += [
        (m.start(), m.end(), SuspectReason.DIGITS)
        for m in _DIGIT_RUN.finditer(text)
        if _digits(m[0]) >= 2 and not _is_kept_number(m[0], kept_numbers)
    ]
    found += _capitalised(text, kept)
    found += _after_cues(text)
    spans = [s for s in found if not any(s[0] < end and start < s[1] for start, end in blocked)]
    return _merged(text, spans)


def _only_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _is_kept_number(run: str, kept_numbers: list[str]) -> bool:
    """`run` is a kept number written nationally (trunk 0) or internationally."""
    digits = _only_digits(run).removeprefix("0")
    return len(digits) >= 6 and any(number.endswith(digits) for number in kept_numbers)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _at_signs(text: str) -> list[tuple[int, int, SuspectReason]]:
    out = []
    for token in _TOKEN.finditer(text):
        if "@" in token[0]:
            start, end = _trimmed(text, token.start(), token.end())
            if start < end:
                out.append((start, end, SuspectReason.AT_SIGN))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or _SENTENCE_END.search(before + " ") is not None or before.endswith("]")


def _capitalised(text: str, kept: set[str]) -> list[tuple[int, int, SuspectReason]]:
    out = []
    for word in _WORD.finditer(text):
        value = word[0]
        if not value[0].isupper():
            continue
        folded = value.casefold()
        if folded in _ALWAYS_CAPITALISED or folded in kept:
            continue
        if _starts_sentence(text, word.start()) and folded in _SENTENCE_STARTERS:
            continue
        out.append((word.start(), word.end(), SuspectReason.CAPITALISED))
    return out


def _after_cues(text: str) -> list[tuple[int, int, SuspectReason]]:
    """The first word (or number) after a cue and its fillers, with the capitalised words
    and numbers right after it ("lives on Cardigan Road" → "Cardigan Road")."""
    tokens = [(m.start(), m.end(), m[0]) for m in re.finditer(r"\[[^\[\]\n]*\]|[\w'’&-]+", text)]
    out = []
    for i, (_start, _end, value) in enumerate(tokens):
        cue = value.casefold()
        if cue not in _CUES:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][2].casefold() in _FILLERS | _CUES:
            j += 1
        if j >= len(tokens) or tokens[j][2].startswith("["):
            continue
        if not all(_close(text, tokens[k][1], tokens[k + 1][0]) for k in range(i, j)):
            continue  # a sentence ended in between
        if cue == "at" and tokens[j][2].casefold() in _NOT_PLACES_AFTER_AT:
            continue
        first, last = j, j
        while last + 1 < len(tokens) and _close(text, tokens[last][1], tokens[last + 1][0]):
            following = tokens[last + 1][2]
            if not (following[0].isupper() or following[0].isdigit()):
                break
            last += 1
        out.append((tokens[first][0], tokens[last][1], SuspectReason.AFTER_CUE))
    return out


def _close(text: str, end: int, start: int) -> bool:
    """Only spaces (and commas) between two tokens: the same phrase."""
    return all(ch in " \t," for ch in text[end:start])


def _merged(text: str, spans: list[tuple[int, int, SuspectReason]]) -> list[Suspect]:
    out: list[tuple[int, int, set[SuspectReason]]] = []
    for start, end, reason in sorted(spans):
        # Overlapping, or one space apart ("Cardigan Road"): one span to decide on.
        if out and (start < out[-1][1] or text[out[-1][1] : start] == " "):
            last_start, last_end, reasons = out[-1]
            out[-1] = (last_start, max(last_end, end), reasons | {reason})
        else:
            out.append((start, end, {reason}))
    return [Suspect(s, e, text[s:e], tuple(sorted(reasons))) for s, e, reasons in out]


# --- on a payload --------------------------------------------------------------------------

_KEEP_FIELDS = ("name_used", "website_or_app", "make", "model", "colour", "registration")
"""The perpetrator's and vehicle's structured identifiers (not their descriptions: a word in
"hair" could be anyone's name)."""


def payload_summary(payload: dict[str, Any]) -> str | None:
    """The summary the payload shares (the same in every section that carries one)."""
    for section in ("alert", "police_intelligence"):
        body = payload.get(section)
        if isinstance(body, dict) and isinstance(body.get("summary"), str):
            return str(body["summary"])
    return None


def _kept_numbers(payload: dict[str, Any]) -> list[str]:
    """The perpetrators' phone numbers in the payload."""
    out: list[str] = []
    for section in ("alert", "police_intelligence"):
        body = payload.get(section)
        if isinstance(body, dict):
            for item in body.get("perpetrators", []):
                out += [str(v) for v in item.get("phone_numbers") or []]
    return out


def _kept_words(payload: dict[str, Any]) -> list[str]:
    """The perpetrators' and vehicles' own details in the payload: never marked."""
    out: list[str] = []
    for section in ("alert", "police_intelligence"):
        body = payload.get(section)
        if not isinstance(body, dict):
            continue
        for item in [*body.get("perpetrators", []), *body.get("vehicles", [])]:
            for key in _KEEP_FIELDS:
                if isinstance(item.get(key), str):
                    out.append(item[key])
            for key in ("online_handles", "email_addresses"):
                out += [str(v) for v in item.get(key) or []]
    return out


def _items_section(payload: dict[str, Any]) -> dict[str, Any]:
    """The section whose perpetrators and vehicles are shared (the same in every section that
    carries them: they are built from the one incident)."""
    for section in ("alert", "police_intelligence"):
        body = payload.get(section)
        if isinstance(body, dict):
            return body
    return {}


def payload_texts(payload: dict[str, Any]) -> dict[str, str]:
    """Every free text the payload shares, by field ("summary", "perpetrators[0].hair" …), in
    the order the preview lists them: the summary first."""
    texts: dict[str, str] = {}
    summary = payload_summary(payload)
    if summary is not None:
        texts[SUMMARY_FIELD] = summary
    body = _items_section(payload)
    for kind, names in (("perpetrators", PERPETRATOR_TEXT_FIELDS), ("vehicles", VEHICLE_TEXT_FIELDS)):
        for index, item in enumerate(body.get(kind, [])):
            for name in names:
                value = item.get(name)
                if isinstance(value, str) and value:
                    texts[f"{kind}[{index}].{name}"] = value
    return texts


def payload_suspects(payload_json: str) -> list[Suspect]:
    """The suspects of every free text in a preview payload: the summary's first, then each
    perpetrator's and vehicle's text fields ([] when it shares no free text)."""
    payload = json.loads(payload_json)
    keep, numbers = _kept_words(payload), _kept_numbers(payload)
    found: list[Suspect] = []
    for field, text in payload_texts(payload).items():
        found += [replace(s, field=field) for s in find_suspects(text, keep=keep, keep_numbers=numbers)]
    return found


def without_suspect(summary: str, suspect_text: str) -> str:
    """`summary` (the incident's alert summary as written) with every occurrence of
    `suspect_text` replaced by `[removed]`; unchanged when it does not occur.

    Every occurrence, not one: the text that might identify someone is the same wherever it
    stands, and the summary as written is longer than the scrubbed one, so positions differ.
    Word-like suspects match as whole words only ("Jo" does not touch "Joke").
    """
    if not suspect_text:
        return summary
    pattern = re.escape(suspect_text)
    if suspect_text[0].isalnum():
        pattern = r"(?<![\w])" + pattern
    if suspect_text[-1].isalnum():
        pattern += r"(?![\w])"
    return re.sub(pattern, REMOVED, summary)
