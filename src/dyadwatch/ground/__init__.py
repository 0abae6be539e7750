"""Grounding: modality, attribution and location of each event."""
