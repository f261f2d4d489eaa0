"""Imported as include.pkg4.within: two dots reach `include`, so `..fine` is include.fine (imports fine)."""
from ..fine import FINE

WITHIN = FINE
