"""SQLAlchemy models, engine and session setup, migrations and repositories."""
