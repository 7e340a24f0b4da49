// Stands for a kernel header: a finding here is the kernel's, not the module's.
struct KernelBase { virtual ~KernelBase(); };
struct KernelDerived : KernelBase {};
inline KernelDerived *kernelDown(KernelBase *b) { return dynamic_cast<KernelDerived *>(b); }
