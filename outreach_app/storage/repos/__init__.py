"""Repositories: functions that take the connection first and return domain models.

Writes run in `transaction(conn)` (a SAVEPOINT when the caller already holds one),
so a repository call is all-or-nothing on its own and composes into larger units.
"""
