// The module's own header: its findings are reported.
struct Base { virtual ~Base(); };
struct Derived : Base {};
inline Derived *headerDown(Base *b) { return dynamic_cast<Derived *>(b); }
