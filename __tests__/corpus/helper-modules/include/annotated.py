"""Settings a team fills in per Deployment. LIMIT is only annotated (PEP 526: no value, so nothing binds it);
TIMEOUT has a value; BATCH is annotated, then bound by a function module-level code calls (`global`)."""
LIMIT: int
TIMEOUT: int = 30
BATCH: int


def _load():
    global BATCH
    BATCH = 100


_load()
