// Included with -isystem: nothing here is reported.
struct SystemBase { virtual ~SystemBase(); };
struct SystemDerived : SystemBase {};
inline SystemDerived *systemDown(SystemBase *b) {
  return dynamic_cast<SystemDerived *>(b);
}
inline bool systemSame(SystemBase &a, SystemBase &b) {
  return typeid(a) == typeid(b);
}
