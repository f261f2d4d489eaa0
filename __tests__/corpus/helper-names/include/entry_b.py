from include.entry_a import NAME

LABEL = NAME.upper()
