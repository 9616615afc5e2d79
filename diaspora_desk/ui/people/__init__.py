"""People & Skills screens."""
