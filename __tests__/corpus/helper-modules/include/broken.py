"""A helper with a syntax error."""


def value(:
    return 1
