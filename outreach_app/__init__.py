"""Outreach: encrypted, offline-first outreach and incident reporting."""

__version__ = "0.1.0"
