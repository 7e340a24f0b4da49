#include "ParsedCode.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace clang::tidy::kernel::test {

using namespace ast_matchers;

ParsedCode::ParsedCode(llvm::StringRef Code, llvm::StringRef Language,
                       std::vector<std::string> Args) {
  const bool C = Language == "c";
  Args.insert(Args.begin(), {"-x", C ? "c" : "c++", "-fsyntax-only",
                             "-Werror=implicit-function-declaration"});
  Unit = tooling::buildASTFromCodeWithArgs(Code, Args, C ? "input.c" : "input.cc");
  if (!Unit || Unit->getDiagnostics().hasErrorOccurred()) {
    ADD_FAILURE() << "the test code does not compile:\n" << Code.str();
    Unit.reset();
  }
}

const FunctionDecl *ParsedCode::function(llvm::StringRef Name) const {
  auto Found = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                     context());
  return Found.empty() ? nullptr : Found.front().getNodeAs<FunctionDecl>("f");
}

} // namespace clang::tidy::kernel::test
