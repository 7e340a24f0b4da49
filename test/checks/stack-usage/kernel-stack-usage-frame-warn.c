// FrameLimit follows the TU: kbuild passes CONFIG_FRAME_WARN as
// -Wframe-larger-than=N (2048 on x86-64) and defines it in every TU; the
// check uses it unless the option is set. Without it the limit is 1024.
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- \
// RUN:   -include %S/Inputs/autoconf-frame-warn.h -Wframe-larger-than=2048 2>&1 \
// RUN:   | FileCheck %s --check-prefix=KBUILD -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameLimit: auto}}" -- -DCONFIG_FRAME_WARN=2048 2>&1 \
// RUN:   | FileCheck %s --check-prefix=KBUILD -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=DEFAULT,ALL -implicit-check-not='{{warning|error|note}}:'
// A kernel built without the warning (CONFIG_FRAME_WARN=0) leaves the default.
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- -DCONFIG_FRAME_WARN=0 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=DEFAULT,ALL -implicit-check-not='{{warning|error|note}}:'
// An explicit FrameLimit wins over the TU's.
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameLimit: 1500}}" -- \
// RUN:   -include %S/Inputs/autoconf-frame-warn.h -Wframe-larger-than=2048 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=EXPLICIT,ALL -implicit-check-not='{{warning|error|note}}:'

void consume(void *p);

void under_2048(void) { char buf[1800]; consume(buf); }
// DEFAULT: :[[@LINE-1]]:6: warning: function 'under_2048' has an estimated stack frame of 1880 bytes, over the frame limit of 1024 [kernel-stack-usage]
// EXPLICIT: :[[@LINE-2]]:6: warning: function 'under_2048' has an estimated stack frame of 1880 bytes, over the frame limit of 1500 [kernel-stack-usage]
// ALL: :[[@LINE-3]]:30: note: 'buf' takes 1800 bytes

void over_2048(void) { char buf[2100]; consume(buf); }
// KBUILD: :[[@LINE-1]]:6: warning: function 'over_2048' has an estimated stack frame of 2184 bytes, over the frame limit of 2048 [kernel-stack-usage]
// DEFAULT: :[[@LINE-2]]:6: warning: function 'over_2048' has an estimated stack frame of 2184 bytes, over the frame limit of 1024 [kernel-stack-usage]
// EXPLICIT: :[[@LINE-3]]:6: warning: function 'over_2048' has an estimated stack frame of 2184 bytes, over the frame limit of 1500 [kernel-stack-usage]
// KBUILD: :[[@LINE-4]]:29: note: 'buf' takes 2100 bytes
// ALL: :[[@LINE-5]]:29: note: 'buf' takes 2100 bytes
