"""Passphrase strength and suggestions for the app's forms (run on the CPU pool).

The rules live in `crypto.passphrase_policy` (the floor `init` and the app share) and
`crypto.passphrase_suggest`; this names them for the UI, which imports no crypto. Importing
this loads zxcvbn: import it where the answer is needed, not at start-up.
"""

from __future__ import annotations

from outreach_app.crypto.passphrase_policy import WeakPassphraseError, assess
from outreach_app.crypto.passphrase_suggest import suggest_passphrase

__all__ = ["WeakPassphraseError", "assess", "suggest_passphrase"]
