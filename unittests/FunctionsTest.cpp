// The small helpers about functions (analysis/Functions.h).
#include "ParsedCode.h"
#include "analysis/Functions.h"
#include "analysis/LlvmCompat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/CFG.h"
#include "gtest/gtest.h"

namespace clang::tidy::kernel {
namespace {

using namespace ast_matchers;

const char Code[] = R"cc(
  struct Guard { Guard(); ~Guard(); int field; };
  struct Num { Num(int); Num operator+(const Num &) const; void touch(); };
  struct Derived : Num { using Num::Num; };
  void kmalloc(int);
  int global;
  void (*indirect)(int);
  void f(int param) {
    int local = param;
    kmalloc(local);
    Num a(1), b(2);
    (void)(a + b);
    a.touch();
    indirect(local);
    Derived d(3);
    auto l = [](int x) { int inner = x; return inner; };
    l(local);
    delete new int;
    { Guard g; }
  }
)cc";

class Functions : public testing::Test {
protected:
  Functions() : Parsed(Code, "c++", {"-std=c++17"}) {}

  template <typename T, typename M> const T *node(M Matcher) {
    auto Found = match(Matcher.bind("n"), Parsed.context());
    return Found.empty() ? nullptr : Found.front().template getNodeAs<T>("n");
  }
  const FunctionDecl *calleeAt(llvm::StringRef Text) {
    // The call or construction whose source starts with Text.
    const SourceManager &SM = Parsed.context().getSourceManager();
    for (const BoundNodes &N :
         match(expr(anyOf(callExpr(), cxxConstructExpr(), cxxNewExpr()))
                   .bind("e"),
               Parsed.context())) {
      const auto *E = N.getNodeAs<Expr>("e");
      const char *Start = SM.getCharacterData(E->getBeginLoc());
      if (compat::startsWith(Start, Text))
        return calleeOf(E);
    }
    ADD_FAILURE() << "no call at '" << Text.str() << "'";
    return nullptr;
  }

  test::ParsedCode Parsed;
};

TEST_F(Functions, IsLambda) {
  ASSERT_TRUE(Parsed.ok());
  const auto *Lambda = node<LambdaExpr>(lambdaExpr());
  ASSERT_TRUE(Lambda);
  EXPECT_TRUE(isLambda(Lambda->getCallOperator()));
  EXPECT_FALSE(isLambda(Parsed.function("f")));
  EXPECT_FALSE(isLambda(node<FunctionDecl>(functionDecl(hasName("touch")))));
  EXPECT_FALSE(isLambda(nullptr));
}

TEST_F(Functions, PlainName) {
  ASSERT_TRUE(Parsed.ok());
  EXPECT_EQ(plainName(node<FunctionDecl>(functionDecl(hasName("kmalloc")))),
            "kmalloc");
  EXPECT_EQ(plainName(node<FunctionDecl>(functionDecl(hasName("touch")))),
            "touch");
  EXPECT_EQ(plainName(node<FunctionDecl>(cxxMethodDecl(hasName("operator+")))),
            "");
  EXPECT_EQ(plainName(node<FunctionDecl>(cxxConstructorDecl(ofClass(hasName("Num"))))),
            "");
  EXPECT_EQ(plainName(node<FunctionDecl>(cxxDestructorDecl())), "");
  EXPECT_EQ(plainName(nullptr), "");
}

TEST_F(Functions, CalleeOfAStatement) {
  ASSERT_TRUE(Parsed.ok());
  EXPECT_EQ(plainName(calleeAt("kmalloc")), "kmalloc");
  EXPECT_EQ(plainName(calleeAt("a.touch")), "touch");
  const FunctionDecl *Plus = calleeAt("a + b");
  ASSERT_TRUE(Plus);
  EXPECT_EQ(Plus->getOverloadedOperator(), OO_Plus);
  EXPECT_TRUE(isa_and_nonnull<CXXConstructorDecl>(calleeAt("a(1)")));
  EXPECT_TRUE(isLambda(calleeAt("l(local)")));
  EXPECT_EQ(calleeAt("indirect"), nullptr);
  EXPECT_EQ(calleeAt("new int"), nullptr);
  EXPECT_EQ(calleeOf(static_cast<const Stmt *>(nullptr)), nullptr);
}

TEST_F(Functions, CalleeOfACFGElementIncludesDestructors) {
  ASSERT_TRUE(Parsed.ok());
  const FunctionDecl *F = Parsed.function("f");
  ASSERT_TRUE(F);
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  std::unique_ptr<CFG> G =
      CFG::buildCFG(F, F->getBody(), &Parsed.context(), Options);
  ASSERT_TRUE(G);
  bool SawGuardDestructor = false, SawKmalloc = false;
  for (const CFGBlock *B : *G)
    for (const CFGElement &E : *B) {
      const FunctionDecl *Callee = calleeOf(E, Parsed.context());
      if (const auto *Dtor = dyn_cast_or_null<CXXDestructorDecl>(Callee))
        SawGuardDestructor |= Dtor->getParent()->getName() == "Guard";
      SawKmalloc |= plainName(Callee) == "kmalloc";
    }
  EXPECT_TRUE(SawGuardDestructor);
  EXPECT_TRUE(SawKmalloc);
}

TEST_F(Functions, FunctionContaining) {
  ASSERT_TRUE(Parsed.ok());
  const FunctionDecl *F = Parsed.function("f");
  EXPECT_EQ(functionContaining(node<VarDecl>(varDecl(hasName("local")))), F);
  EXPECT_EQ(functionContaining(node<VarDecl>(parmVarDecl(hasName("param")))), F);
  EXPECT_EQ(functionContaining(node<VarDecl>(varDecl(hasName("global")))), nullptr);
  EXPECT_EQ(functionContaining(node<FieldDecl>(fieldDecl())), nullptr);
  const auto *Lambda = node<LambdaExpr>(lambdaExpr());
  ASSERT_TRUE(Lambda);
  EXPECT_EQ(functionContaining(node<VarDecl>(varDecl(hasName("inner")))),
            Lambda->getCallOperator());
  EXPECT_EQ(functionContaining(nullptr), nullptr);
}

} // namespace
} // namespace clang::tidy::kernel
