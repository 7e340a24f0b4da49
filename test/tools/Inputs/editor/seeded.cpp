// The file an editor opens: a kernel-rtti mistake that the edit fixes, and a
// compiler warning with a note that stays.
struct Base { virtual ~Base(); };
struct Derived : Base {};

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }

int shadow(int n) {
  {
    int n = 2;
    return n;
  }
}
