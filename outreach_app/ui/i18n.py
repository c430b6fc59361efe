"""Translation helpers. Every user-visible string goes through Qt's tr()/translate().

Plurals use Qt's numerus form (`self.tr("%n item(s)", "", n)`): a translation file gives the
right forms for each language. With no translation installed (English), Qt leaves "(s)" in
the text; `english_plural` turns it into proper English.
"""

from __future__ import annotations


def english_plural(text: str, n: int) -> str:
    """Resolve a leftover "(s)" for English when no translator supplied the numerus form."""
    return text.replace("(s)", "" if n == 1 else "s")
