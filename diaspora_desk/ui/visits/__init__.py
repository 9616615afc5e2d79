"""The Mobile Visits area: visits, planner, offline map, consulates."""
