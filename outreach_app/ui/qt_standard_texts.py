"""Qt's own words the app shows (standard dialog buttons), listed for the app's catalogs.

Qt ships translations of its own widgets (qtbase_<lang>.qm) for most of the app's languages
but not for Romanian, Thai, Vietnamese or Albanian. Listing the few standard-button texts the
app's dialogs use here puts them in every outreach_<lang>.ts (lupdate reads
QT_TRANSLATE_NOOP), so those buttons are translated too; Qt looks them up in the
"QPlatformTheme" context, and the app's translator is asked before Qt's.
"""

from __future__ import annotations

from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
