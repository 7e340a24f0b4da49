#ifndef KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGPOINTCHECK_H
#define KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGPOINTCHECK_H

#include "FpuRegions.h"
#include "analysis/ReportScope.h"
#include "analysis/UnevaluatedOperand.h"
#include "options/ListOption.h"
#include "options/NameList.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>

namespace clang::tidy::kernel {

/// Flags run-time floating point outside the regions where kernel code may
/// use the FPU: floating-typed declarations, and full expressions that
/// compute, convert, pass or return floating values.
class FloatingPointCheck : public ClangTidyCheck {
public:
  FloatingPointCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  friend class FloatingUseFinder;

  /// Where an expression sits in the full expression that contains it.
  struct Placement {
    const Expr *Root = nullptr;
    /// The variable or field the full expression initializes, if any.
    const Decl *Owner = nullptr;
    /// Compiler-written code (an implicit member initializer).
    bool Implicit = false;
  };

  void checkExpr(const Expr *E, ASTContext &Ctx);
  void checkVar(const VarDecl *D, ASTContext &Ctx);
  void checkField(const FieldDecl *D);
  void checkFunction(const FunctionDecl *D);
  void report(const Expr *E, const Expr *Consumer);

  Placement place(const Expr *E, ASTContext &Ctx);
  /// What never runs (analysis/UnevaluatedOperand), for this TU.
  UnevaluatedOperands &unevaluated(ASTContext &Ctx);
  const Decl *enclosingFunction(const Placement &P, ASTContext &Ctx);
  bool foldsToInteger(const Expr *Consumer, ASTContext &Ctx);
  /// False when \p Function (or a function around it) allows floating point
  /// in its body, or is code the programmer did not write.
  bool mayReport(const DeclContext *Context) const;
  FpuEffect classify(const FunctionDecl *Callee) const;
  const FpuRegions *regionsOf(const Decl *Function, ASTContext &Ctx);
  /// At most one finding per declaration and per full expression, keyed by
  /// source location so a template's instantiations share the finding of
  /// their pattern.
  bool firstDecl(SourceLocation Loc) {
    return ReportedDecls.insert(Loc).second;
  }
  bool firstFullExpr(SourceLocation Loc) {
    return ReportedFullExprs.insert(Loc).second;
  }
  void noteOpenedOnSomePaths(SourceLocation Opened);

  const ListOption FpuBeginOption;
  const ListOption FpuEndOption;
  const ListOption LibmOption;
  const NameList FpuBeginFunctions;
  const NameList FpuEndFunctions;
  const NameList LibmFunctions;
  const ReportScopeOptions Scope;

  // Per translation unit.
  llvm::DenseMap<const Expr *, Placement> Placements;
  std::optional<UnevaluatedOperands> Unevaluated;
  llvm::DenseMap<const Stmt *, const Decl *> Functions;
  llvm::DenseMap<const Expr *, bool> Folded;
  llvm::DenseMap<const Decl *, std::unique_ptr<FpuRegions>> Regions;
  llvm::DenseSet<SourceLocation> ReportedDecls;
  llvm::DenseSet<SourceLocation> ReportedFullExprs;
};

} // namespace clang::tidy::kernel

#endif
