"""Helpers a star import brings in."""

TEAM = "data"
