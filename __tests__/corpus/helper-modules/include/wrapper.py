from include.broken import value

WRAPPED = "w"
