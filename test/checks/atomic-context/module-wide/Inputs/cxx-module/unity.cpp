// The same module as one translation unit.
#include "driver.cpp"
#include "queue.cpp"
