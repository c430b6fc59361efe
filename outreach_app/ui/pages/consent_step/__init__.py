"""The two sharing steps of the incident form: consent, then "what will be shared".

consent.ConsentStep asks each purpose and shows the withdrawal code once; preview.PreviewStep
shows the exact payload, in plain words (payload_words) and as JSON, with the parts that
might still identify someone to keep or remove before "Seal". Both are views: the incident
form's sharing flow runs the ops (`ops.sharing`) and feeds them.
"""

from outreach_app.ui.pages.consent_step.consent import ConsentStep
from outreach_app.ui.pages.consent_step.payload_words import (
    field_words,
    plain_words,
    plain_words_html,
    technical_words,
)
from outreach_app.ui.pages.consent_step.preview import PreviewStep, SuspectRow

__all__ = [
    "ConsentStep",
    "PreviewStep",
    "SuspectRow",
    "field_words",
    "plain_words",
    "plain_words_html",
    "technical_words",
]
