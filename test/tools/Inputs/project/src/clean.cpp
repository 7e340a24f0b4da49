#include "casts.h"

Derived *downStatic(Base *b) { return static_cast<Derived *>(b); }
