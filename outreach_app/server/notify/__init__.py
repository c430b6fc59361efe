"""Warnings that reach sex workers directly (issue 23): subscriptions, messages, delivery."""
