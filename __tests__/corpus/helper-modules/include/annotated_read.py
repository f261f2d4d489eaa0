"""Reads a name it only annotates at module level: NameError when imported."""
RETRIES: int
DEFAULT_RETRIES = RETRIES + 1
