"""One module per endpoint group of Protocol v1."""
