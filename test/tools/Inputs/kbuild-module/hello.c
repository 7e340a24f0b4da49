// A minimal external module: kbuild compiles it with gcc-12, and its compile
// database then carries every GCC-only flag of a real kernel build.
#include <linux/module.h>
#include <linux/kernel.h>

static int __init hello_init(void) { pr_info("hello\n"); return 0; }
static void __exit hello_exit(void) { }
module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
