"""The Campaigns area: campaigns, their audience and messages, poll replies to review."""
