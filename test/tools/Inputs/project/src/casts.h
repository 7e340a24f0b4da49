// Included by two files: its finding is reported once.
struct Base { virtual ~Base(); };
struct Derived : Base {};

inline Derived *fromHeader(Base *b) { return dynamic_cast<Derived *>(b); }
