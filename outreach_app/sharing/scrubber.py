"""The free-text scrubber, as the app's sharing code uses it.

The scrubber itself is `outreach_app.domain.scrubbing` (pure, so the charity's server can use
the same function); this module keeps the name every caller in the app imports.
"""

from __future__ import annotations

from outreach_app.domain.scrubbing.scrubber import (
    PLACE_KINDS,
    STRUCTURED_KINDS,
    WHEN_KINDS,
    Kind,
    NamesList,
    PreparedContext,
    Scrubber,
    ScrubContext,
    ScrubResult,
    Span,
    default_scrubber,
    load_names,
    placeholder,
    scrub,
)

__all__ = [
    "PLACE_KINDS",
    "STRUCTURED_KINDS",
    "WHEN_KINDS",
    "Kind",
    "NamesList",
    "PreparedContext",
    "ScrubContext",
    "ScrubResult",
    "Scrubber",
    "Span",
    "default_scrubber",
    "load_names",
    "placeholder",
    "scrub",
]
