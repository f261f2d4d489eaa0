"""Imported as include.pkg4.beyond (its package is two levels deep): three dots go above `include`."""
from ...fine import FINE

BEYOND = FINE
