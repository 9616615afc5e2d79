"""Command-line interface (the contract scripts and checks rely on)."""
