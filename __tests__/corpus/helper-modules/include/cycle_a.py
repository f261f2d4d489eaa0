import include.cycle_b

A = 1
