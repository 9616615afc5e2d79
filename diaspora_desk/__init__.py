"""Diaspora Desk: an offline registry of diaspora associations and nationals abroad."""

__version__ = "0.1.0"
