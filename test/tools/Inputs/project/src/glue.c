// C: kernel-rtti has nothing to say, and GCC's flags must not stop clang.
#include <stddef.h>

size_t glue_size(void) { return sizeof(int); }
