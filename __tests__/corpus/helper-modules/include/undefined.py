PREFIX = "p"
NAME = PREFX + "_x"
