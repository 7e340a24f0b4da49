/* What kbuild's include/generated/autoconf.h says of the frame limit, which
 * it also passes as -Wframe-larger-than=. */
#define CONFIG_FRAME_WARN 2048
