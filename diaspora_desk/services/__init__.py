"""Use cases. Each takes the database (a unit of work per call) and returns frozen records."""
