"""The practices briefing for headquarters: reads every feature, so it sits above them all."""
