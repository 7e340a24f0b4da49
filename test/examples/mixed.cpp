// A deliberately faulty kernel-style C++ file: every kernel-* check has
// something to say about it.
struct Base { virtual ~Base(); };
struct Derived : Base { int v; };

int peek(Base *b) {
  Derived *d = dynamic_cast<Derived *>(b);
  return d ? d->v : 0;
}
