// C++ shapes for the kernel-stack-usage accuracy measurement
// (scripts/measure-stack-usage.py). Not a lit test.
#include <stddef.h>

extern "C" void consume(void *p, size_t n);

struct Guard {
  Guard();
  ~Guard();
  char state[64];
};
struct Buffer {
  char data[600];
  Buffer() { consume(data, sizeof(data)); }
  ~Buffer() { consume(data, 1); }
};
struct Message {
  char body[1100];
};
Message build(int kind);
void send(const Message &m);
void sendCopy(Message m);

void raiiGuard() {
  Guard g;
  char buf[200];
  consume(buf, sizeof(buf));
}

void temporaryBuffer() { consume(Buffer().data, 1); }

void twoTemporaries() {
  consume(Buffer().data, 1);
  consume(Buffer().data, 1);
}

void boundTemporary() { send(build(1)); }

void byValueCall(const Message &m) { sendCopy(m); }

void lambdaCapture(int n) {
  char table[500];
  consume(table, sizeof(table));
  auto f = [&table, n] { consume(table, n); };
  f();
}

void lambdaByCopy() {
  char table[700];
  consume(table, sizeof(table));
  auto f = [table]() mutable { consume(table, sizeof(table)); };
  f();
}

template <int N> void arrayOf() {
  char a[N];
  consume(a, sizeof(a));
}
template void arrayOf<256>();
template void arrayOf<1500>();

struct Device {
  char regs[400];
  void probe() {
    char scratch[800];
    consume(scratch, sizeof(scratch));
    consume(regs, sizeof(regs));
  }
};
void probeAll(Device *d) { d->probe(); }
