"""Pages of the main window. Each takes the ProfileSession (and only what else it needs)."""
