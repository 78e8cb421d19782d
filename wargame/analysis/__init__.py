"""Analysis over sessions: per-turn records now; forecasts and reports to come."""
