// libFuzzer's entry point for programs that keep their own `main` (LLVM >= 12).
//
// SwiftPM links every executable on Linux with `--defsym main=<Module>_main`, so libFuzzer's own
// `main` is never used: each harness's `@main` calls this instead (see FuzzDriver.swift).
#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
