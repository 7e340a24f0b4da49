// Option values the check cannot use are errors that say what is allowed;
// the check then goes on with the default.
// RUN: not %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameModel: foo}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MODEL
// MODEL: error: invalid configuration value 'foo' for option 'kernel-stack-usage.FrameModel'; expected 'overlap' or 'sum' [clang-tidy-config]
// RUN: not %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameLimit: -5}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FRAME
// FRAME: error: invalid configuration value '-5' for option 'kernel-stack-usage.FrameLimit'; expected a positive integer or 'auto' [clang-tidy-config]
// RUN: not %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 0}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STACK
// STACK: error: invalid configuration value '0' for option 'kernel-stack-usage.StackLimit'; expected a positive integer [clang-tidy-config]
// RUN: not %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 8k}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SUFFIX
// SUFFIX: error: invalid configuration value '8k' for option 'kernel-stack-usage.StackLimit'; expected a positive integer [clang-tidy-config]

void consume(void *p);
void fine(void) { char buf[100]; consume(buf); }
