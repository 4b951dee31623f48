#ifndef LESSON_FUZZER_DRIVER_H
#define LESSON_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 12 and later), declared here so that
/// Swift can call it. It is only referenced when LessonFuzzer is built with
/// `-sanitize=fuzzer -DLESSON_FUZZER`, which links libFuzzer; a plain build
/// never references it, so nothing needs to define it there.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
