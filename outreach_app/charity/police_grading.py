"""The 3x5x2 evaluation a police desk gives each report it discloses (docs/police_export.md).

UK police record intelligence in the national Intelligence Report (IR) with a 3x5x2
evaluation (College of Policing APP, Intelligence management): the source (1–3), the
intelligence (A–E) and a handling code (P or C). The desk chooses the grades; nothing here
guesses them from the report. A "C" code needs the conditions written out, because the
receiving force must know what they are before it can share the report further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MAX_CONDITIONS = 500
"""Characters of handling conditions (a sentence or two, printed on the IR)."""


class SourceGrade(StrEnum):
    """How far the source has proved reliable."""

    RELIABLE = "1"
    UNTESTED = "2"
    NOT_RELIABLE = "3"


class IntelligenceGrade(StrEnum):
    """How the source came to know what it reports."""

    KNOWN_DIRECTLY = "A"
    KNOWN_INDIRECTLY_CORROBORATED = "B"
    KNOWN_INDIRECTLY = "C"
    NOT_KNOWN = "D"
    SUSPECTED_FALSE = "E"


class HandlingCode(StrEnum):
    """Whether the receiving force may share it on without conditions."""

    LAWFUL_SHARING = "P"
    SHARING_WITH_CONDITIONS = "C"


SOURCE_WORDS: dict[SourceGrade, str] = {
    SourceGrade.RELIABLE: "Reliable",
    SourceGrade.UNTESTED: "Untested",
    SourceGrade.NOT_RELIABLE: "Not reliable",
}
INTELLIGENCE_WORDS: dict[IntelligenceGrade, str] = {
    IntelligenceGrade.KNOWN_DIRECTLY: "Known directly to the source",
    IntelligenceGrade.KNOWN_INDIRECTLY_CORROBORATED: "Known indirectly to the source but corroborated",
    IntelligenceGrade.KNOWN_INDIRECTLY: "Known indirectly to the source",
    IntelligenceGrade.NOT_KNOWN: "Not known",
    IntelligenceGrade.SUSPECTED_FALSE: "Suspected to be false or malicious",
}
HANDLING_WORDS: dict[HandlingCode, str] = {
    HandlingCode.LAWFUL_SHARING: "Lawful sharing permitted",
    HandlingCode.SHARING_WITH_CONDITIONS: "Lawful sharing permitted with conditions",
}

_GRADE_TEXT = re.compile(r"^\s*([123])\s*([A-Ea-e])\s*([PpCc])\s*$")


class GradeError(ValueError):
    """The grades are not a valid 3x5x2 evaluation; the message says which part."""


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The desk's 3x5x2 evaluation of one report.

    Attributes:
        source, intelligence, handling: the three grades.
        conditions: what the receiving force must observe (required with handling C,
            refused with P: a P report has no conditions to follow).
    """

    source: SourceGrade
    intelligence: IntelligenceGrade
    handling: HandlingCode
    conditions: str | None = None

    def __post_init__(self) -> None:
        text = (self.conditions or "").strip()
        if self.handling is HandlingCode.SHARING_WITH_CONDITIONS and not text:
            raise GradeError("handling code C needs the conditions written out")
        if self.handling is HandlingCode.LAWFUL_SHARING and text:
            raise GradeError("handling code P has no conditions (use C)")
        if len(text) > MAX_CONDITIONS:
            raise GradeError(f"handling conditions are at most {MAX_CONDITIONS} characters")
        if any(ord(ch) < 32 and ch not in "\n" for ch in text):
            raise GradeError("handling conditions hold control characters")
        object.__setattr__(self, "conditions", text or None)

    @property
    def code(self) -> str:
        """The evaluation as forces write it: "2B P"."""
        return f"{self.source.value}{self.intelligence.value} {self.handling.value}"


def parse_evaluation(text: str, conditions: str | None = None) -> Evaluation:
    """ "2B P" (or "2bp", "2 B C") and the conditions as an Evaluation; GradeError if not."""
    match = _GRADE_TEXT.match(text)
    if match is None:
        raise GradeError(
            f"{text!r} is not a 3x5x2 grade: source 1-3, intelligence A-E, handling P or C (e.g. 2B P)"
        )
    source, intelligence, handling = match.groups()
    return Evaluation(
        SourceGrade(source),
        IntelligenceGrade(intelligence.upper()),
        HandlingCode(handling.upper()),
        conditions,
    )
