// The same module as one translation unit: what the link step must equal.
#include "main.c"
#include "helpers.c"
