// walkStatements(): every statement once, each before its children, in
// source order.
#include "ParsedCode.h"
#include "analysis/StatementWalk.h"
#include "clang/AST/Expr.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {
namespace {

std::vector<std::string> calledNames(const Stmt *Body) {
  std::vector<std::string> Names;
  walkStatements(Body, [&](const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        Names.push_back(FD->getName().str());
  });
  return Names;
}

TEST(StatementWalkTest, VisitsInSourceOrderParentsFirst) {
  test::ParsedCode Code(R"(
    int a(int); int b(int); int c(int); int d(int);
    void f(int x) {
      if (a(x)) { b(c(x)); }
      d(x);
    })",
                        "c");
  ASSERT_TRUE(Code.ok());
  EXPECT_EQ(calledNames(Code.function("f")->getBody()),
            (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(StatementWalkTest, VisitsEveryStatementOfADeepNesting) {
  // Kept within what clang parses in a unit test's stack; the lit test
  // deep-shapes.test goes much deeper through the whole check.
  std::string Expr = "x";
  for (int I = 0; I < 200; ++I)
    Expr = "(" + Expr + ")";
  test::ParsedCode Code("int g(int); void f(int x) { g(" + Expr + "); }", "c",
                        {"-fbracket-depth=1000"});
  ASSERT_TRUE(Code.ok());
  unsigned Parens = 0;
  walkStatements(Code.function("f")->getBody(), [&](const Stmt *S) {
    Parens += isa<ParenExpr>(S);
  });
  EXPECT_EQ(Parens, 200u);
}

} // namespace
} // namespace clang::tidy::kernel
