"""Names nothing defines, only in blocks that never run when the module is imported."""
import argparse

VALUE = 1


def parse_args():
    return argparse.ArgumentParser().parse_args()


if False:
    broken = undefined_in_false_block
if 0:
    undefined_in_zero_block()
if True:
    FLAG = 1
else:
    undefined_in_dead_else()
if False:
    pass
elif True:
    OTHER = 2
else:
    undefined_after_true_elif()

if __name__ == "__main__":
    args = parse_args()
    undefined_main_helper(args)
