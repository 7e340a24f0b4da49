#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTENTRIES_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTENTRIES_H

#include "EventProgramBuilder.h"
#include "llvm/ADT/DenseMap.h"
#include <vector>

namespace clang {
class CallExpr;
class FieldDecl;
class InitListExpr;
class VarDecl;
} // namespace clang

namespace clang::tidy::kernel {

/// A field as the tables and field stores name it: `struct.field` (the
/// structure's tag, or its typedef name when anonymous; a member of an
/// anonymous union or structure is its parent's).
std::string fieldKey(const FieldDecl *Field);

/// Finds where the code the scope shows hands functions to the kernel, and
/// the context the kernel calls them in (SPEC.md, "Callback contexts"):
///  - registration calls (`request_irq(irq, handler, ...)`, also macros such
///    as `timer_setup`), and registrations of a structure that holds the
///    function (`atomic_notifier_chain_register(&chain, &nb)`: the
///    function in `nb.notifier_call`);
///  - a function stored in a listed field of a listed structure
///    (`hrtimer.function`, `net_device_ops.ndo_start_xmit`), by designated
///    or positional initializer (also from an initialiser macro such as
///    DEFINE_TIMER), by C++ aggregate initialisation, or by assignment,
///    also through a pointer (`d->timer.function = cb`).
/// Each becomes a ContextEntry of the program, process-context ones too
/// (negative knowledge: they add no atomic context). With
/// Config::FieldCallsMatter, every function stored in any field this way
/// also becomes a FieldStore (the targets of calls through that field).
class ContextEntryFinder {
public:
  ContextEntryFinder(EventProgramBuilder &B, const CallGraph &CG,
                     const ReportScope &Scope);
  void run();

private:
  /// A function stored into a field of a variable (`nb.notifier_call = f`,
  /// or in its initializer).
  struct VariableStore {
    const FunctionDecl *Fn;
    SourceLocation At;
  };

  void scan(const Stmt *Root, const VarDecl *InitializedVar);
  void registration(const CallExpr *Call);
  void initializer(const InitListExpr *IL, const VarDecl *Var);
  void store(const FieldDecl *Field, const Expr *Value, SourceLocation At,
             const VarDecl *Var);
  void add(const FunctionDecl *Fn, ContextKind Context, ContextEntry::Via How,
           std::string Through, SourceLocation At);

  EventProgramBuilder &B;
  const CallGraph &CG;
  const ReportScope &Scope;
  struct PendingRegistration {
    const CallExpr *Call;
    const VarDecl *Holder;
    std::string Field;
    std::string Registrar;
    ContextKind Context;
  };
  std::vector<PendingRegistration> Pending;
  llvm::DenseMap<std::pair<const VarDecl *, const FieldDecl *>, VariableStore>
      Stores;
  /// Initializer values written with a designator, and where it is.
  llvm::DenseMap<const Expr *, SourceLocation> Designators;
};

} // namespace clang::tidy::kernel

#endif
