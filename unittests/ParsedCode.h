#ifndef KERNEL_TIDY_UNITTESTS_PARSEDCODE_H
#define KERNEL_TIDY_UNITTESTS_PARSEDCODE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Frontend/ASTUnit.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::kernel::test {

/// A translation unit parsed from a string, for tests of analyses that work
/// on the AST. Fails the current test when the code does not compile.
class ParsedCode {
public:
  /// \p Language is "c" or "c++"; \p Args are added to the command line.
  ParsedCode(llvm::StringRef Code, llvm::StringRef Language,
             std::vector<std::string> Args = {});

  bool ok() const { return Unit != nullptr; }
  ASTContext &context() const { return Unit->getASTContext(); }
  /// The definition of the function named \p Name (a lambda's call operator
  /// is `operator()`), or null.
  const FunctionDecl *function(llvm::StringRef Name) const;

private:
  std::unique_ptr<ASTUnit> Unit;
};

} // namespace clang::tidy::kernel::test

#endif
