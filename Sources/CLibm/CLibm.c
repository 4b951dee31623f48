#define _GNU_SOURCE
#include <dlfcn.h>
#include "CLibm.h"

clibm_unary_function clibm_exp_without_errno(void) {
#if defined(__GLIBC__) && defined(__x86_64__)
    return (clibm_unary_function)dlvsym(RTLD_DEFAULT, "__exp_finite", "GLIBC_2.15");
#elif defined(__GLIBC__) && defined(__aarch64__)
    return (clibm_unary_function)dlvsym(RTLD_DEFAULT, "__exp_finite", "GLIBC_2.17");
#else
    return 0;
#endif
}
