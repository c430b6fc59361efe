"""Every user operation, once, without Qt: the app's pages and the CLI both call these.

An op is a plain function `(session: VaultSession, ...) -> OpResult[T]` (or returns a value
and a `Changes` some other typed way): it does the work in the vault and says what changed,
so the caller (the app's task manager, or the CLI) never guesses which views to refresh.
This layer sits above `core`, `sync` and `reports` and below `services` and `ui`.
"""
