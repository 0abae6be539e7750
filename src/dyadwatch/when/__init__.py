"""When: temporal expressions resolved against the publication date, attached to events."""
