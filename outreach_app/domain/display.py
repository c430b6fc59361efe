"""Numbers and plates as people read them (on screen and on paper).

Stored values are normalised for matching (`domain.normalise`: `+447700900123`, `AB12CDE`);
a worker or a reader of the handout knows them as `07700 900123` and `AB12 CDE`. Display
only: nothing here is stored or compared.
"""

from __future__ import annotations

import re

import phonenumbers

from outreach_app.domain.normalise import DEFAULT_PHONE_REGION

# Current British plates: two letters, two digits, three letters (written AB12 CDE).
_CURRENT_UK_PLATE = re.compile(r"^([A-Z]{2}[0-9]{2})([A-Z]{3})$")


def national_phone(number: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """`+447700900123` → `07700 900123`; a foreign number keeps its international form
    (`+33 6 12 34 56 78`); a partial number or anything unparseable is shown as stored."""
    if not number.startswith("+"):
        return number  # the normaliser keeps partial numbers as bare digits
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number
    # Possible, not valid: the 07700 900xxx range kept for fiction and tests is not "valid".
    if not phonenumbers.is_possible_number(parsed):
        return number
    if parsed.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def spaced_plate(plate: str) -> str:
    """`AB12CDE` → `AB12 CDE`; older and foreign plates, and partial ones, as stored."""
    match = _CURRENT_UK_PLATE.match(plate.replace(" ", "").upper())
    return f"{match.group(1)} {match.group(2)}" if match else plate


def integer_tick_step(top: int, most_ticks: int = 5) -> int:
    """A whole-number tick spacing (1, 2, 5, 10, 20, 50 …) giving at most `most_ticks`
    intervals from 0 to `top`."""
    step = 1
    while top / step > most_ticks:
        for factor in (2, 5, 10):
            if top / (step * factor) <= most_ticks or factor == 10:
                step *= factor
                break
    return step
