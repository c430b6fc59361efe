"""Non-Qt composition of the vault: unlock, open, migrate; process hardening."""
