from include.partial_a import RETRIES

DOUBLED = RETRIES * 2
