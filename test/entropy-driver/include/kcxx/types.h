// Fixed-width types with the kernel's names, from compiler builtins only, so
// the same header serves the module (no libc) and the user-space unit tests.
#ifndef KCXX_TYPES_H
#define KCXX_TYPES_H

typedef __UINT8_TYPE__ u8;
typedef __UINT16_TYPE__ u16;
typedef __UINT32_TYPE__ u32;
typedef __UINT64_TYPE__ u64;
typedef __INT32_TYPE__ s32;
typedef __INT64_TYPE__ s64;
typedef __SIZE_TYPE__ size_t;

#endif
