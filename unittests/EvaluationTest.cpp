// Operand evaluation: evaluatedChildren() down the AST and
// isInUnevaluatedOperand() up the parent map must give one answer. Each
// case is code whose calls say what they expect: a call of a function named
// yes* runs, a call of no* never does.
#include "ParsedCode.h"
#include "analysis/EvaluatedChildren.h"
#include "analysis/LlvmCompat.h"
#include "analysis/UnevaluatedOperand.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseSet.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {
namespace {

using namespace ast_matchers;

struct EvaluationCase {
  const char *Name;
  const char *Language;
  const char *Code;
  std::vector<std::string> Args = {};
};

std::ostream &operator<<(std::ostream &OS, const EvaluationCase &C) {
  return OS << C.Name;
}

/// The calls of yes* and no* functions in the TU, instantiations included.
std::vector<const CallExpr *> markedCalls(ASTContext &Ctx) {
  std::vector<const CallExpr *> Calls;
  for (const BoundNodes &N :
       match(callExpr(callee(functionDecl(matchesName("^::(yes|no)"))))
                 .bind("call"),
             Ctx))
    Calls.push_back(N.getNodeAs<CallExpr>("call"));
  return Calls;
}

bool expectedToRun(const CallExpr *Call) {
  return compat::startsWith(Call->getDirectCallee()->getName(), "yes");
}

/// Everything reached by evaluatedChildren() from the code that runs on its
/// own: function bodies and constructor initialisers, and the initialisers
/// of namespace-scope variables and of fields (which run in constructors).
llvm::DenseSet<const Stmt *> reachedDownward(ASTContext &Ctx) {
  std::vector<const Stmt *> Work;
  for (const BoundNodes &N :
       match(functionDecl(isDefinition()).bind("f"), Ctx)) {
    const auto *F = N.getNodeAs<FunctionDecl>("f");
    Work.push_back(F->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        Work.push_back(Init->getInit());
  }
  for (const BoundNodes &N :
       match(varDecl(hasGlobalStorage(), hasInitializer(expr().bind("e")),
                     unless(hasAncestor(functionDecl()))),
             Ctx))
    Work.push_back(N.getNodeAs<Expr>("e"));
  for (const BoundNodes &N : match(lambdaExpr().bind("l"), Ctx))
    Work.push_back(N.getNodeAs<LambdaExpr>("l")->getBody());
  for (const BoundNodes &N :
       match(fieldDecl(hasInClassInitializer(expr().bind("e"))), Ctx))
    Work.push_back(N.getNodeAs<Expr>("e"));

  llvm::DenseSet<const Stmt *> Reached;
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    if (!S || !Reached.insert(S).second)
      continue;
    for (const Stmt *Child : evaluatedChildren(S, Ctx))
      Work.push_back(Child);
  }
  return Reached;
}

class OperandEvaluation : public testing::TestWithParam<EvaluationCase> {};

TEST_P(OperandEvaluation, DownwardAndUpwardAgreeWithTheMarks) {
  const EvaluationCase &C = GetParam();
  test::ParsedCode Code(C.Code, C.Language, C.Args);
  ASSERT_TRUE(Code.ok());
  ASTContext &Ctx = Code.context();
  std::vector<const CallExpr *> Calls = markedCalls(Ctx);
  ASSERT_FALSE(Calls.empty()) << "no yes*/no* call in the case";
  llvm::DenseSet<const Stmt *> Reached = reachedDownward(Ctx);
  UnevaluatedOperands Shared(Ctx);
  for (const CallExpr *Call : Calls) {
    const std::string Name = Call->getDirectCallee()->getName().str();
    const unsigned Line =
        Ctx.getSourceManager().getPresumedLineNumber(Call->getBeginLoc());
    const bool Runs = expectedToRun(Call);
    EXPECT_EQ(!isInUnevaluatedOperand(*Call, Ctx), Runs)
        << "up the parent map: " << Name << "() on line " << Line;
    EXPECT_EQ(!Shared.contains(*Call), Runs)
        << "with a shared cache: " << Name << "() on line " << Line;
    EXPECT_EQ(Reached.contains(Call), Runs)
        << "down evaluatedChildren: " << Name << "() on line " << Line;
  }
}

const EvaluationCase CCases[] = {
    {"plain_calls", "c", R"c(
      int yes(void);
      int f(void) { int x = yes(); return x + yes(); })c"},
    {"sizeof_expression", "c", R"c(
      int no(void); int yes(void);
      unsigned long f(void) { return sizeof(no()) + yes(); })c"},
    {"sizeof_vla_type_evaluates_its_bound", "c", R"c(
      int yes(void); int no(void);
      unsigned long f(void) { return sizeof(char[yes()]) + sizeof(char[sizeof(no())]); })c"},
    {"sizeof_nested_vla_bounds", "c", R"c(
      int yes1(void); int yes2(void);
      unsigned long f(void) { return sizeof(int[yes1()][yes2()]); })c"},
    {"sizeof_pointer_to_vla_is_not_evaluated", "c", R"c(
      int no(void);
      unsigned long f(void) { return sizeof(int (*)[no()]); })c"},
    {"sizeof_vla_expression", "c", R"c(
      int yes(void); int no(void);
      unsigned long f(int n) {
        int a[n][n];
        return sizeof(a[yes()]) + sizeof(a[0][no()]);
      })c"},
    {"sizeof_vla_typedef_was_evaluated_at_the_typedef", "c", R"c(
      int yes(void);
      unsigned long f(void) { typedef char T[yes()]; return sizeof(T); })c"},
    {"alignof_vla_is_not_evaluated", "c", R"c(
      int no(void);
      unsigned long f(void) { return _Alignof(char[no()]); })c"},
    {"vla_declarations", "c", R"c(
      int yes(void); int yes2(void); int yes3(void);
      void g(void *);
      void f(void) {
        int a[yes()];
        int (*p)[yes2()] = 0;
        typedef int T[yes3()];
        g(a); g(p);
      })c"},
    {"typeof", "c", R"c(
      int no(void); int yes(void);
      void f(int n) {
        int b[n][n];
        __typeof__(no()) x = 0;
        __typeof__(b[yes()]) *q = 0;
        (void)x; (void)q;
      })c"},
    {"cast_to_variably_modified_type", "c", R"c(
      int yes(void);
      void *f(void *p) { return (char (*)[yes()])p; })c"},
    {"generic_selection", "c", R"c(
      int no1(void); int no2(void); int yes(void);
      int f(void) { return _Generic(no1(), int: yes(), default: no2()); })c"},
    {"choose_expr", "c", R"c(
      int no(void); int yes(void);
      int f(void) { return __builtin_choose_expr(1, yes(), no()); })c"},
    {"builtins_that_do_not_evaluate", "c", R"c(
      int no1(void); char *no2(void); int yes(void);
      int f(void) {
        return __builtin_constant_p(no1()) + __builtin_object_size(no2(), 0) +
               __builtin_expect(yes(), 1);
      })c"},
    {"statement_expression_runs", "c", R"c(
      int yes(void);
      int f(void) { return ({ int x = yes(); x; }); })c"},
    {"statement_expression_under_sizeof", "c", R"c(
      int no(void);
      unsigned long f(void) { return sizeof(({ int x = no(); x; })); })c"},
    {"static_assert_and_enumerators", "c", R"c(
      int no1(void); int no2(void); int yes(void);
      int f(void) {
        _Static_assert(sizeof(no1()) == sizeof(int), "");
        enum { E = sizeof(no2()) };
        return E + yes();
      })c"},
    {"namespace_scope_initializer", "c", R"c(
      int yes(void) { return 1; }
      int no(void);
      int (*p)(void) = yes;
      unsigned long s = sizeof(no());
      int f(void) { return yes(); })c"},
};

const EvaluationCase CxxCases[] = {
    {"noexcept_decltype", "c++", R"cc(
      int no1(); int no2(); int yes();
      int f() {
        decltype(no1()) x = yes();
        return x + noexcept(no2());
      })cc"},
    {"typeid", "c++", R"cc(
      namespace std { class type_info; }
      struct Plain {}; struct Poly { virtual ~Poly(); };
      Plain &no(); Poly &yes();
      void f() { (void)typeid(no()); (void)typeid(yes()); })cc"},
    {"typeid_dependent_operand_may_run", "c++", R"cc(
      namespace std { class type_info; }
      int yes();
      template <class T> void f(T *p) { (void)typeid((yes(), *p)); })cc"},
    {"lambda_captures_run_and_the_body_is_a_function", "c++", R"cc(
      int yes(); int yes2(); int no();
      int f() {
        auto l = [c = yes()] { return c + yes2(); };
        return l() + sizeof(no());
      })cc",
     {"-std=c++17"}},
    {"lambda_in_an_unevaluated_operand_is_still_a_function", "c++", R"cc(
      int yes();
      int f() { return sizeof([] { return yes(); }); })cc",
     {"-std=c++20"}},
    {"default_argument_runs_at_the_call", "c++", R"cc(
      int yes();
      int g(int x = yes());
      int f() { return g(); })cc"},
    {"member_initializers", "c++", R"cc(
      int yes(); int yes2(); int no();
      struct S {
        int a = yes();
        int b : sizeof(no());
        int c;
        S() : c(yes2()) {}
      };
      S s;)cc"},
    {"if_constexpr_discarded_branch", "c++", R"cc(
      int yes(); int no();
      int f() {
        if constexpr (sizeof(int) == 4) return yes(); else return no();
      })cc",
     {"-std=c++17"}},
    {"if_constexpr_in_a_template_pattern_may_run", "c++", R"cc(
      int yes();
      template <class T> int f() {
        if constexpr (sizeof(T) == 1) return yes(); else return yes();
      }
      int g() { return f<char>(); })cc",
     {"-std=c++17"}},
    {"consteval_calls_are_constants", "c++", R"cc(
      constexpr int no() { return 1; }
      consteval int twice(int x) { return 2 * x; }
      int yes();
      int f() { return twice(no()) + yes(); })cc",
     {"-std=c++20"}},
    {"requirements_and_concepts", "c++", R"cc(
      int no(); int yes();
      template <class T> concept C = requires { no(); };
      int f() { return requires { no(); } + C<int> + yes(); })cc",
     {"-std=c++20"}},
    {"template_arguments", "c++", R"cc(
      constexpr int no() { return 1; }
      int yes();
      template <int N> int g() { return N + yes(); }
      int f() { return g<no()>(); })cc",
     {"-std=c++17"}},
    {"vla_in_cxx", "c++", R"cc(
      int yes(); int no();
      unsigned long f() { return sizeof(char[yes()]) + sizeof(no()); })cc",
     {"-Wno-vla-cxx-extension"}},
    {"global_initializer_runs", "c++", R"cc(
      int yes();
      int g = yes();)cc"},
};

INSTANTIATE_TEST_SUITE_P(C, OperandEvaluation, testing::ValuesIn(CCases),
                         [](const auto &Info) { return Info.param.Name; });
INSTANTIATE_TEST_SUITE_P(Cxx, OperandEvaluation, testing::ValuesIn(CxxCases),
                         [](const auto &Info) { return Info.param.Name; });

TEST(HasOperandsThatDoNotRun, NamesTheNodesThatLeaveOperandsOut) {
  test::ParsedCode Code(R"c(
    int g(void);
    unsigned long f(int n) {
      return sizeof(g()) + sizeof(char[n]) + _Generic(n, int: 1) + g();
    })c", "c");
  ASSERT_TRUE(Code.ok());
  ASTContext &Ctx = Code.context();
  auto Count = [&](auto Matcher) {
    unsigned With = 0;
    for (const BoundNodes &N : match(Matcher.bind("s"), Ctx))
      With += hasOperandsThatDoNotRun(*N.getNodeAs<Stmt>("s"), Ctx);
    return With;
  };
  EXPECT_EQ(Count(unaryExprOrTypeTraitExpr()), 2u);
  EXPECT_EQ(Count(genericSelectionExpr()), 1u);
  EXPECT_EQ(Count(callExpr()), 0u);
  EXPECT_EQ(Count(binaryOperator()), 0u);
}

} // namespace
} // namespace clang::tidy::kernel
