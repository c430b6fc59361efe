"""sync layer (see docs/architecture.md)."""
