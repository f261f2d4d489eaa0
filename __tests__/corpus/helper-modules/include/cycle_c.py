import include.cycle_d

C = 1
