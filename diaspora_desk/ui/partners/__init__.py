"""The Partners area: partners, agreements, projects."""
