// Linked last: marks where the module's .init_array ends (see cxxrt.cpp).
extern "C" {
__attribute__((section(".init_array"), used)) void (*kcxx_init_array_end[1])() = {nullptr};
}
