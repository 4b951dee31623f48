#ifndef CLIBM_H
#define CLIBM_H

/// A `double → double` function of the C library.
typedef double (*clibm_unary_function)(double);

/// glibc's `exp` implementation without the wrapper that the `exp` symbol
/// adds around it (an overflow/underflow check to set `errno`): the same
/// function, so the same bits, called directly. glibc still exports it under
/// its old `-ffast-math` name `__exp_finite` (a compatibility symbol since
/// glibc 2.31). NULL where the C library has no such symbol.
clibm_unary_function clibm_exp_without_errno(void);

#endif
