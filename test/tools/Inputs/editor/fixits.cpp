// Findings whose remedy is mechanical: the editor offers it as a code action.
struct Base { virtual ~Base(); };
struct Derived : Base {};

Base *up(Derived *d) { return dynamic_cast<Base *>(d); }

struct Error {};
void legacy() throw(Error);
