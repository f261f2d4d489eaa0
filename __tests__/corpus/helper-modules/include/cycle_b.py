import include.cycle_a

B = 2
