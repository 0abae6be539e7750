"""Actors: countries, roles, organisations and officeholders found in text."""
