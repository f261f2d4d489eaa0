import include.cycle_c

D = MISSING_NAME
