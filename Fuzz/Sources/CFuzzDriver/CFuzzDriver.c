// Only the declaration in include/CFuzzDriver.h matters; libFuzzer (linked by -sanitize=fuzzer) defines it.
#include "CFuzzDriver.h"
