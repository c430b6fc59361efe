"""Errors of the sharing pipeline. Messages are safe to show: they never hold record text."""

from __future__ import annotations


class SharingError(Exception):
    """Base of every sharing error."""


class UnknownIncidentError(SharingError):
    """No incident with that id."""


class NoConsentError(SharingError):
    """The incident has no consent recorded, or nothing is consented now."""


class UnknownCodeError(SharingError):
    """No consent on this device carries that withdrawal code."""


class ReceiptMismatchError(SharingError):
    """A receipt does not prove delivery of this item (other id or other content hash)."""


class ReviewError(SharingError):
    """A review action on an item that is not awaiting review."""


class NeedsConsentAgainError(SharingError):
    """The incident was edited after it was shared: the new version needs consent again."""


class NotChangedError(SharingError):
    """A re-confirmation for an incident that has no unshared edit waiting."""


class PreviewChangedError(SharingError):
    """What would be sealed is no longer what the worker was shown."""


class NotInSummaryError(SharingError):
    """A suspect span to remove is not in the alert summary as written (nothing was changed)."""
