"""Binds OWNER before the import that starts the cycle: bound_first_b finds it."""
OWNER = "data"

from include import bound_first_b  # noqa: E402

TEAM = bound_first_b.TEAM
