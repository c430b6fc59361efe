"""Turn what a user typed into a safe FTS5 query.

User text is never passed to MATCH as syntax: every word becomes a quoted
string (quotes doubled), so `AND`, `NEAR(`, `col:`, `*`, `^` and unbalanced
quotes are plain words and can never raise an FTS syntax error. Words are
ANDed. Only the last word may become a prefix query (as-you-type search).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


def match_expression(text: str, *, prefix_last: bool = False) -> str | None:
    """An FTS5 expression matching every word of `text`, or None when it has no words."""
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix_last:
        quoted[-1] += " *"
    return " ".join(quoted)
