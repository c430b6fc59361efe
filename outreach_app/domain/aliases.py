"""The exact-match key of an alias: how "Sam", " sam " and "ＳＡＭ" are known to be one name.

People are looked up by this key (an indexed column, `people.alias_key`), never by
full-text search: a search ranks and limits its hits, so a person can be missed and
silently duplicated. The key folds case and Unicode compatibility forms and collapses
white space; it keeps accents ("Sam" and "Sám" may be two people).
"""

from __future__ import annotations

import unicodedata


def alias_key(alias: str) -> str:
    """NFKC, case-folded, white space collapsed to single spaces and trimmed."""
    return " ".join(unicodedata.normalize("NFKC", alias).casefold().split())
