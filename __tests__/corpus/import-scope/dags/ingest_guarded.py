"""A relative import with a fallback to the top-level name, and one in a function nobody calls: both import fine."""
try:
    from .shared_limits import LIMIT
except ImportError:
    from shared_limits import LIMIT


def later():
    from .shared_limits import LIMIT as again

    return again


WINDOW = LIMIT * 2
