"""Server plumbing with no HTTP routes: settings, clocks, tokens, limits."""
