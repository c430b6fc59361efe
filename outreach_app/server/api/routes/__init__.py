"""One module per endpoint group of protocol v2 (and `legacy`: v1's 426)."""
