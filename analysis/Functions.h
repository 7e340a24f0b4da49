#ifndef KERNEL_TIDY_ANALYSIS_FUNCTIONS_H
#define KERNEL_TIDY_ANALYSIS_FUNCTIONS_H

#include "llvm/ADT/StringRef.h"

namespace clang {
class ASTContext;
class CFGElement;
class Decl;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace clang::tidy::kernel {

/// Whether \p FD belongs to a lambda's closure type (its call operator, of
/// any instantiation of a generic lambda): diagnostics call it "a lambda"
/// rather than `operator()`.
bool isLambda(const FunctionDecl *FD);

/// The name a knowledge table lists \p FD by: its unqualified identifier
/// (`kmalloc`, `sqrt`, `msleep`); empty for a null function and for those
/// without one (operators, constructors, destructors, conversions).
llvm::StringRef plainName(const FunctionDecl *FD);

/// The function \p S calls by itself, known at compile time: a call's
/// direct callee (also a member or an operator call), a construction's
/// constructor, an inherited constructor; null for anything else, for an
/// indirect call, and for the implicit calls of `new` and `delete`.
const FunctionDecl *calleeOf(const Stmt *S);

/// The same for an element of a CFG: a statement's callee as above, or the
/// destructor that runs where an object dies (an automatic object, a
/// temporary, a member or base in a destructor, a `delete`).
const FunctionDecl *calleeOf(const CFGElement &Element, ASTContext &Ctx);

/// The function or block whose body declares \p D (a local variable, a
/// parameter, a local function's body), or null at namespace or class scope;
/// a field's initializer runs in the constructors, so a field has none.
const Decl *functionContaining(const Decl *D);

} // namespace clang::tidy::kernel

#endif
