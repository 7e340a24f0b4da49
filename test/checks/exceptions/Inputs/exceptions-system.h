// Included with -isystem: nothing here is reported.
#define SYSTEM_THROW() throw 0

struct SystemError {};
inline void systemThrow() { throw SystemError(); }
inline int systemTry() try { return 0; } catch (...) { return 1; }
void systemSpec() throw(SystemError);
inline int *systemNew() { return new int; }
