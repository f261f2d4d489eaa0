from include.bound_first_a import OWNER

TEAM = f"{OWNER}-team"
