// The shared call graph (analysis/CallGraph.h): components, callers,
// recursion, references, overriders, growth from the shown code only, and
// chains deeper than any recursion could take.
#include "analysis/CallGraph.h"
#include "analysis/ReportScope.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <memory>
#include <optional>
#include <string>

namespace clang::tidy::kernel {
namespace {

using namespace ast_matchers;
using Node = CallGraph::Node;

/// A main file (shown) and a header "lib.h" (not shown), parsed, with the
/// call graph grown from the main file.
class Graph {
public:
  Graph(llvm::StringRef Main, llvm::StringRef Header = "",
        llvm::StringRef Language = "c") {
    const bool C = Language == "c";
    Unit = tooling::buildASTFromCodeWithArgs(
        Main, {"-x", C ? "c" : "c++", "-std=" + std::string(C ? "gnu11" : "c++17")},
        C ? "input.c" : "input.cc", "kernel-tidy-unittests",
        std::make_shared<PCHContainerOperations>(),
        tooling::getClangStripDependencyFileAdjuster(),
        {{"lib.h", Header.str()}});
    if (!Unit || Unit->getDiagnostics().hasErrorOccurred()) {
      ADD_FAILURE() << "the test code does not compile";
      return;
    }
    Scope.emplace(ReportScopeOptions(), Unit->getSourceManager());
    G = std::make_unique<CallGraph>(Unit->getASTContext(), *Scope);
  }

  const CallGraph &operator*() const { return *G; }
  const CallGraph *operator->() const { return G.get(); }
  explicit operator bool() const { return G != nullptr; }

  /// The function definition named \p Name, whether or not it is a node.
  const FunctionDecl *function(llvm::StringRef Name) const {
    auto Found = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                       Unit->getASTContext());
    return Found.empty() ? nullptr : Found.front().getNodeAs<FunctionDecl>("f");
  }
  const Node *node(llvm::StringRef Name) const {
    return G->node(function(Name));
  }
  unsigned line(SourceLocation Loc) const {
    return Unit->getSourceManager().getSpellingLineNumber(Loc);
  }

private:
  std::unique_ptr<ASTUnit> Unit;
  std::optional<ReportScope> Scope;
  std::unique_ptr<CallGraph> G;
};

std::string nameOf(const Node *N) { return N->Fn->getNameAsString(); }

std::vector<std::string> names(llvm::ArrayRef<const Node *> Nodes) {
  std::vector<std::string> Result;
  for (const Node *N : Nodes)
    Result.push_back(nameOf(N));
  return Result;
}

TEST(CallGraphTest, ComponentsComeCalleesFirst) {
  Graph G("void leaf(void) {}\n"
          "void b(int);\n"
          "void a(int n) { if (n) b(n - 1); leaf(); }\n"
          "void b(int n) { a(n); }\n"
          "void self(int n) { if (n) self(n - 1); }\n"
          "void top(void) { a(3); self(2); }\n");
  ASSERT_TRUE(G);
  std::vector<std::vector<std::string>> SCCs;
  for (const std::vector<const Node *> &SCC : G->sccs())
    SCCs.push_back(names(SCC));
  using V = std::vector<std::string>;
  EXPECT_EQ(SCCs, (std::vector<V>{V{"leaf"}, V{"a", "b"}, V{"self"}, V{"top"}}));
  EXPECT_EQ(G->componentOf(*G.node("a")), G->componentOf(*G.node("b")));
  EXPECT_NE(G->componentOf(*G.node("a")), G->componentOf(*G.node("top")));
  EXPECT_FALSE(CallGraph::isRecursive(G->sccs()[0]));
  EXPECT_TRUE(CallGraph::isRecursive(G->sccs()[1]));
  EXPECT_TRUE(CallGraph::isRecursive(G->sccs()[2]));
  EXPECT_FALSE(CallGraph::isRecursive(G->sccs()[3]));
}

TEST(CallGraphTest, CallersAreEveryCallSite) {
  Graph G("void f(void) {}\n"
          "void g(void) { f(); f(); }\n"
          "void h(void) {\n"
          "  f();\n"
          "}\n");
  ASSERT_TRUE(G);
  const Node *F = G.node("f");
  ASSERT_TRUE(F);
  llvm::ArrayRef<CallGraph::CallEdge> Callers = G->callers(*F);
  ASSERT_EQ(Callers.size(), 3u);
  EXPECT_EQ(nameOf(Callers[0].Caller), "g");
  EXPECT_EQ(nameOf(Callers[1].Caller), "g");
  EXPECT_NE(Callers[0].Call, Callers[1].Call);
  EXPECT_EQ(nameOf(Callers[2].Caller), "h");
  EXPECT_EQ(G.line(Callers[2].Call->Loc), 4u);
  EXPECT_EQ(Callers[2].Call->Callee, F->Fn);
  EXPECT_TRUE(G->callers(*G.node("g")).empty());
  EXPECT_EQ(G->node(F->Fn->getCanonicalDecl()), F);
}

TEST(CallGraphTest, GrowsOnlyFromTheShownCode) {
  Graph G("#include \"lib.h\"\n"
          "void shown(void) { used(); }\n",
          "static inline void deeper(void) {}\n"
          "static inline void used(void) { deeper(); }\n"
          "static inline void from_unused(void) {}\n"
          "static inline void unused(void) { from_unused(); }\n");
  ASSERT_TRUE(G);
  EXPECT_TRUE(G.node("shown"));
  EXPECT_TRUE(G.node("used"));
  EXPECT_TRUE(G.node("deeper"));
  EXPECT_FALSE(G.node("unused"));
  EXPECT_FALSE(G.node("from_unused"));
  EXPECT_EQ(G->nodes().size(), 3u);
}

TEST(CallGraphTest, ReferencesAreRecordedAndFollowed) {
  Graph G("#include \"lib.h\"\n"
          "void take(void (*)(void));\n"
          "void (*table[])(void) = { in_table };\n"
          "void user(void) {\n"
          "  take(passed);\n"
          "  void (*p)(void) = &passed;\n"
          "  p();\n"
          "}\n",
          "static void passed(void) {}\n"
          "static void in_table(void) {}\n"
          "static void never(void) {}\n");
  ASSERT_TRUE(G);
  const Node *User = G.node("user");
  ASSERT_TRUE(User);
  // The call of take() is a call; the two namings of passed() are not.
  ASSERT_EQ(User->References.size(), 2u);
  for (const CallGraph::Reference &R : User->References) {
    EXPECT_EQ(R.Target, G.function("passed"));
    EXPECT_TRUE(isa<DeclRefExpr>(R.Ref));
  }
  EXPECT_EQ(G.line(User->References[0].Loc), 5u);
  EXPECT_EQ(G.line(User->References[1].Loc), 6u);
  EXPECT_TRUE(G->callers(*G.node("passed")).empty());
  // Named only in a shown variable's initialiser: a node, and the
  // variable's reference.
  ASSERT_TRUE(G.node("in_table"));
  ASSERT_EQ(G->variables().size(), 1u);
  EXPECT_EQ(G->variables()[0].Var->getName(), "table");
  ASSERT_EQ(G->variables()[0].References.size(), 1u);
  EXPECT_EQ(G->variables()[0].References[0].Target, G.function("in_table"));
  EXPECT_FALSE(G.node("never"));
}

TEST(CallGraphTest, LambdasAndOverridersAreReached) {
  Graph G("#include \"lib.h\"\n"
          "void call(Base &b) { b.run(); }\n"
          "int lambda() {\n"
          "  auto l = [](int x) { return helper(x); };\n"
          "  return l(1);\n"
          "}\n",
          "struct Base { virtual void run(); };\n"
          "struct Derived : Base { void run() override { more(); } void more() {} };\n"
          "struct Unrelated { virtual void run() {} };\n"
          "void Base::run() {}\n"
          "inline int helper(int x) { return x; }\n",
          "c++");
  ASSERT_TRUE(G);
  // Base::run is called, Derived::run may run instead, and what it calls.
  const Node *Call = G.node("call");
  ASSERT_TRUE(Call);
  ASSERT_EQ(Call->Calls.size(), 1u);
  const auto *BaseRun = cast<CXXMethodDecl>(Call->Calls[0].Callee);
  llvm::SmallVector<const FunctionDecl *, 4> Overriders =
      G->overriders(BaseRun);
  ASSERT_EQ(Overriders.size(), 1u);
  EXPECT_EQ(Overriders[0]->getQualifiedNameAsString(), "Derived::run");
  EXPECT_TRUE(G->node(Overriders[0]));
  EXPECT_TRUE(G.node("more"));
  EXPECT_TRUE(G.node("Base::run"));
  EXPECT_FALSE(G.node("Unrelated::run"));
  // The lambda's call operator is named where the lambda is made, and called.
  const Node *Lambda = G.node("lambda");
  ASSERT_TRUE(Lambda);
  ASSERT_EQ(Lambda->References.size(), 1u);
  EXPECT_TRUE(isa<LambdaExpr>(Lambda->References[0].Ref));
  const Node *Operator = G->node(Lambda->References[0].Target);
  ASSERT_TRUE(Operator);
  EXPECT_EQ(G->callers(*Operator).size(), 1u);
  EXPECT_TRUE(G.node("helper"));
}

TEST(CallGraphTest, DeepChainsAndLargeCyclesNeedNoRecursion) {
  constexpr unsigned N = 100000;
  std::string Code;
  for (unsigned I = 0; I != N; ++I)
    Code += "void f" + std::to_string(I) + "(void);\nvoid g" +
            std::to_string(I) + "(void);\n";
  for (unsigned I = 0; I != N; ++I) {
    Code += "void f" + std::to_string(I) + "(void) { " +
            (I + 1 < N ? "f" + std::to_string(I + 1) + "();" : "") + " }\n";
    Code += "void g" + std::to_string(I) + "(void) { g" +
            std::to_string((I + 1) % N) + "(); }\n";
  }
  Graph G(Code);
  ASSERT_TRUE(G);
  ASSERT_EQ(G->nodes().size(), 2 * N);
  // The chain: one component per function, the deepest first; the ring: one.
  ASSERT_EQ(G->sccs().size(), N + 1);
  unsigned Chain = 0;
  for (const std::vector<const Node *> &SCC : G->sccs()) {
    if (SCC.size() == N) {
      EXPECT_TRUE(CallGraph::isRecursive(SCC));
      continue;
    }
    ASSERT_EQ(SCC.size(), 1u);
    EXPECT_FALSE(CallGraph::isRecursive(SCC));
    ++Chain;
  }
  EXPECT_EQ(Chain, N);
  EXPECT_LT(G->componentOf(*G.node("f" + std::to_string(N - 1))),
            G->componentOf(*G.node("f0")));
  llvm::BitVector Reached = G->reachableFrom(
      [&](const Node &Root) { return nameOf(&Root) == "f0"; });
  EXPECT_EQ(Reached.count(), N);
}

TEST(CallGraphTest, DumpNamesNodesCallsAndComponents) {
  Graph G("void f(void) {}\nvoid g(void) { f(); }\n");
  ASSERT_TRUE(G);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  G->dump(OS);
  EXPECT_NE(Out.find("node #0 f (component #0)"), std::string::npos) << Out;
  EXPECT_NE(Out.find("node #1 g (component #1)"), std::string::npos) << Out;
  EXPECT_NE(Out.find("  calls f\n"), std::string::npos) << Out;
  EXPECT_NE(Out.find("component #0: f"), std::string::npos) << Out;
}

} // namespace
} // namespace clang::tidy::kernel
