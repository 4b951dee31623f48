// Declarations only (include/LessonFuzzerDriver.h); SwiftPM wants a source file.
#include "LessonFuzzerDriver.h"
