"""Plain types, code lists and value objects. No I/O, no database, no Qt."""
