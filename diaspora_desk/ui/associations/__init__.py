"""Association registry screens."""
