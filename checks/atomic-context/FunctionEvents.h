#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FUNCTIONEVENTS_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FUNCTIONEVENTS_H

#include "ConstantBranches.h"
#include "EventProgramBuilder.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang {
class CFG;
class CFGBlock;
class CFGElement;
class CXXConstructExpr;
} // namespace clang

namespace clang::tidy::kernel {

/// The function-pointer field \p Call calls through (`ops->f(x)`,
/// `(*ops->f)(x)`), or null.
const FieldDecl *calledField(const CallExpr *Call);

/// The events one function's statements produce, block by block of its CFG
/// (EventProgramBuilder.h gives the order of precedence of a call's
/// classification).
class FunctionEvents {
public:
  FunctionEvents(EventProgramBuilder &B, const FunctionDecl *FD);

  /// Fills \p F's blocks; false when the body has no CFG.
  bool build(Function &F);

private:
  /// What is known about one call-like element before it is classified.
  struct CallInfo {
    const FunctionDecl *Callee = nullptr;
    SourceLocation Loc;
    SourceRange Range;
    llvm::SmallVector<const Expr *, 4> Args;
    /// Arguments before this index are not parameters (a member operator's
    /// object); `new` passes its placement arguments from parameter 1.
    unsigned ArgOffset = 0;
    int ParamShift = 0;
    /// The local variable a constructor, destructor or member call works
    /// on.
    const VarDecl *Object = nullptr;
    bool IsNew = false;
  };

  /// Whether the function tests \p Field for null anywhere: then a call
  /// through it is an optional operation, not made for every structure.
  bool testedForNull(const FieldDecl *Field);
  void collectGuards(const CFG &G);
  void collectUnevaluated();
  void collectTrylockVariables();
  void blockEvents(const CFGBlock &B, Block &Out);
  void elementEvents(const CFGElement &E, std::vector<Event> &Out);
  void stmtEvents(const Stmt *S, std::vector<Event> &Out);
  void callExprEvents(const CallExpr *Call, std::vector<Event> &Out);
  void calleeEvents(const CallInfo &I, std::vector<Event> &Out);
  bool annotationEvents(const CallInfo &I, std::vector<Event> &Out);
  bool apiEvents(const CallInfo &I, std::vector<Event> &Out);
  bool allocatorEvents(const CallInfo &I, std::vector<Event> &Out);
  void callEvent(const CallInfo &I, llvm::ArrayRef<const FunctionDecl *> Targets,
                 std::vector<Event> &Out);
  void gfpArguments(const CallInfo &I, const FunctionDecl *Callee, Event &E);
  /// The argument a listed allocator takes its flags from, or null.
  const Expr *allocatorFlags(const CallInfo &I, std::optional<unsigned> Index) const;
  Event gfpSleep(const CallInfo &I, const Expr *Flags, SleepKind Otherwise,
                 bool &Decided);
  /// Offers the fix-it for flags that reclaim, where written in the file.
  void flagFix(const CallInfo &I, const Expr *Flags, llvm::StringRef Spelling);
  void trylockEdge(const CFGBlock &B, Block &Out);
  const Expr *trylockCall(const Expr *Cond, bool &Negated) const;
  /// \p E as a call of a trylock (through parentheses and implicit casts),
  /// or null.
  const CallExpr *asTrylock(const Expr *E) const;

  Event makeEvent(Event::Kind K, const CallInfo &I) ;
  SourceRange macroAwareRange(const CallInfo &I) const;
  std::string lockKey(const CallInfo &I) const;

  EventProgramBuilder &B;
  ASTContext &Ctx;
  const FunctionDecl *FD;
  AnalysisDeclContext ADC;
  llvm::DenseMap<const CXXConstructExpr *, const VarDecl *> ConstructedVar;
  llvm::SmallPtrSet<const VarDecl *, 4> GuardVars;
  llvm::DenseSet<const Stmt *> Unevaluated;
  /// Branches the function's constant locals decide (read_poll_timeout()
  /// with no sleep).
  std::optional<ConstantBranches> Constants;
  llvm::SmallPtrSet<const FieldDecl *, 4> TestedFields;
  bool TestedFieldsCollected = false;
  /// Local variables that only ever hold a trylock's result, with the call.
  llvm::DenseMap<const VarDecl *, const CallExpr *> TrylockVars;
};

} // namespace clang::tidy::kernel

#endif
