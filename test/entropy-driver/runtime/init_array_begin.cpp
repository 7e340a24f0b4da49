// Linked first: marks where the module's .init_array starts (see cxxrt.cpp).
extern "C" {
__attribute__((section(".init_array"), used)) void (*kcxx_init_array_begin[1])() = {nullptr};
}
