#include <linux/kernel-cast.h>
#include "driver.h"

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
