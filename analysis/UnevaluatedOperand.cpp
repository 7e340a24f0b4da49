#include "analysis/UnevaluatedOperand.h"
#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

bool isInUnevaluatedOperand(const DynTypedNode &Node, ASTContext &Ctx) {
  return UnevaluatedOperands(Ctx).contains(Node);
}

bool UnevaluatedOperands::contains(const DynTypedNode &Node) {
  // A depth-first walk up the parent map with an explicit stack (ASTs can
  // be as deep as the code is long). A node is unevaluated when every
  // parent leaves it out, or runs it but is itself unevaluated; the top of
  // the AST and a function body run.
  struct Frame {
    DynTypedNode Node;
    DynTypedNodeList Parents;
    unsigned Next = 0;
    bool Unevaluated;
  };
  auto Open = [&](const DynTypedNode &N) {
    DynTypedNodeList Parents = Ctx.getParents(N);
    return Frame{N, Parents, 0, !Parents.empty()};
  };
  if (const void *Id = Node.getMemoizationData())
    if (auto It = Known.find(Id); It != Known.end())
      return It->second;
  llvm::SmallVector<Frame, 32> Stack{Open(Node)};
  while (true) {
    Frame &Top = Stack.back();
    if (Top.Unevaluated && Top.Next < Top.Parents.size()) {
      const DynTypedNode &Parent = Top.Parents[Top.Next++];
      switch (evaluationOf(Top.Node, Parent, Ctx)) {
      case Evaluation::DoesNotRun:
        break;
      case Evaluation::FunctionBody:
        Top.Unevaluated = false;
        break;
      case Evaluation::Runs:
        if (const void *Id = Parent.getMemoizationData()) {
          if (auto It = Known.find(Id); It != Known.end()) {
            Top.Unevaluated = It->second;
            break;
          }
        }
        Stack.push_back(Open(Parent));
        break;
      }
      continue;
    }
    const bool Result = Top.Unevaluated;
    if (const void *Id = Top.Node.getMemoizationData())
      Known[Id] = Result;
    Stack.pop_back();
    if (Stack.empty())
      return Result;
    Stack.back().Unevaluated = Stack.back().Unevaluated && Result;
  }
}

} // namespace clang::tidy::kernel
