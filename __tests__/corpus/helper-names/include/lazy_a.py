"""Imports lazy_b first; lazy_b imports lazy_a back only inside a function, which runs after both are done."""
from include import lazy_b

LIMIT = 10


def limit():
    return lazy_b.doubled()
