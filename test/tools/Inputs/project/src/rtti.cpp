#include "casts.h"

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
