"""Like partial_a/partial_b, but DAG files import entry_b first: entry_a then runs whole before entry_b asks for NAME."""
from include import entry_b

NAME = "entry"


def name():
    return entry_b.LABEL
