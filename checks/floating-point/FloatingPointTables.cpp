#include "FloatingPointTables.h"

namespace clang::tidy::kernel::tables {

// Exact names only: prefix patterns such as `sin*` would catch kernel
// functions (`single_open`).
const char LibmFunctions[] =
    "acos;acosf;acosl;acosh;acoshf;acoshl;asin;asinf;asinl;asinh;asinhf;"
    "asinhl;atan;atanf;atanl;atan2;atan2f;atan2l;atanh;atanhf;atanhl;cbrt;"
    "cbrtf;cbrtl;ceil;ceilf;ceill;copysign;copysignf;copysignl;cos;cosf;"
    "cosl;cosh;coshf;coshl;erf;erff;erfl;erfc;erfcf;erfcl;exp;expf;expl;"
    "exp2;exp2f;exp2l;expm1;expm1f;expm1l;fabs;fabsf;fabsl;fdim;fdimf;"
    "fdiml;floor;floorf;floorl;fma;fmaf;fmal;fmax;fmaxf;fmaxl;fmin;fminf;"
    "fminl;fmod;fmodf;fmodl;frexp;frexpf;frexpl;hypot;hypotf;hypotl;ilogb;"
    "ilogbf;ilogbl;ldexp;ldexpf;ldexpl;lgamma;lgammaf;lgammal;llrint;"
    "llrintf;llrintl;llround;llroundf;llroundl;log;logf;logl;log10;log10f;"
    "log10l;log1p;log1pf;log1pl;log2;log2f;log2l;logb;logbf;logbl;lrint;"
    "lrintf;lrintl;lround;lroundf;lroundl;modf;modff;modfl;nan;nanf;nanl;"
    "nearbyint;nearbyintf;nearbyintl;nextafter;nextafterf;nextafterl;"
    "nexttoward;nexttowardf;nexttowardl;pow;powf;powl;remainder;remainderf;"
    "remainderl;remquo;remquof;remquol;rint;rintf;rintl;round;roundf;"
    "roundl;scalbln;scalblnf;scalblnl;scalbn;scalbnf;scalbnl;sin;sinf;sinl;"
    "sinh;sinhf;sinhl;sqrt;sqrtf;sqrtl;tan;tanf;tanl;tanh;tanhf;tanhl;"
    "tgamma;tgammaf;tgammal;trunc;truncf;truncl;sincos;sincosf;sincosl";

const char FpuBegin[] = "kernel_fpu_begin;kernel_fpu_begin_mask;kernel_neon_begin";
const char FpuEnd[] = "kernel_fpu_end;kernel_neon_end";

} // namespace clang::tidy::kernel::tables
