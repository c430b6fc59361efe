"""HTTP surface: dependencies, error handlers and one module of routes per endpoint group."""
