"""Imports partial_b before it binds RETRIES; partial_b asks for RETRIES back while this module is half done."""
from include import partial_b

RETRIES = 3


def retries():
    return partial_b.DOUBLED
