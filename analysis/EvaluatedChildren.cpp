#include "analysis/EvaluatedChildren.h"
#include "analysis/LlvmCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::kernel {

namespace {

/// How the operands of a statement run, one kind per rule of evaluationOf().
enum class OperandRule {
  AllRun,
  NoneRun,
  /// sizeof, alignof, ...: only a size computed at run time runs.
  TraitOperand,
  TypeidOperand,
  GenericSelection,
  ChooseOperand,
  /// A builtin that never evaluates its arguments.
  BuiltinArguments,
  ConstexprIf,
  Lambda,
  PseudoObject,
  /// Casts and the like: the variable-length array sizes of the written type
  /// run too.
  WrittenVariableType,
  /// A name that may carry template arguments, which the parent map lists
  /// below it: only a member access's object runs.
  NamedEntity,
};

bool ignoresArguments(const CallExpr &Call) {
  switch (Call.getBuiltinCallee()) {
  case Builtin::BI__builtin_constant_p:
  case Builtin::BI__builtin_object_size:
  case Builtin::BI__builtin_dynamic_object_size:
    return true;
  default:
    return false;
  }
}

OperandRule ruleOf(const Stmt &S, const ASTContext &Ctx) {
  switch (S.getStmtClass()) {
  case Stmt::CXXNoexceptExprClass:
  case Stmt::RequiresExprClass:
  case Stmt::ConceptSpecializationExprClass:
  case Stmt::ConstantExprClass:
    return OperandRule::NoneRun;
  case Stmt::UnaryExprOrTypeTraitExprClass:
    return OperandRule::TraitOperand;
  case Stmt::CXXTypeidExprClass:
    return OperandRule::TypeidOperand;
  case Stmt::GenericSelectionExprClass:
    return OperandRule::GenericSelection;
  case Stmt::ChooseExprClass:
    return OperandRule::ChooseOperand;
  case Stmt::CallExprClass:
    return ignoresArguments(cast<CallExpr>(S)) ? OperandRule::BuiltinArguments
                                               : OperandRule::AllRun;
  case Stmt::IfStmtClass:
    return cast<IfStmt>(S).getNondiscardedCase(Ctx) ? OperandRule::ConstexprIf
                                                     : OperandRule::AllRun;
  case Stmt::LambdaExprClass:
    return OperandRule::Lambda;
  case Stmt::PseudoObjectExprClass:
    return OperandRule::PseudoObject;
  case Stmt::CompoundLiteralExprClass:
  case Stmt::VAArgExprClass:
    return OperandRule::WrittenVariableType;
  case Stmt::DeclRefExprClass:
  case Stmt::DependentScopeDeclRefExprClass:
  case Stmt::UnresolvedLookupExprClass:
  case Stmt::MemberExprClass:
  case Stmt::UnresolvedMemberExprClass:
  case Stmt::CXXDependentScopeMemberExprClass:
    return OperandRule::NamedEntity;
  default:
    return isa<ExplicitCastExpr>(S) ? OperandRule::WrittenVariableType
                                    : OperandRule::AllRun;
  }
}

// C11 6.5.3.4p2: the operand of sizeof is evaluated when its type is a
// variable-length array type, whose size is only known at run time.
bool sizeIsComputedAtRunTime(const UnaryExprOrTypeTraitExpr &E) {
  QualType T = E.getTypeOfArgument();
  return compat::isSizeTrait(E.getKind()) &&
         !T.isNull() && T->isVariableArrayType();
}

// [expr.typeid]p3: only a glvalue of polymorphic class type is evaluated. A
// type-dependent operand may turn out to be one in an instantiation.
bool typeidEvaluatesOperand(const CXXTypeidExpr &E) {
  return !E.isTypeOperand() && (E.getExprOperand()->isTypeDependent() ||
                                E.isPotentiallyEvaluated());
}

/// The object whose member \p S names, if it is a member access.
const Stmt *memberObject(const Stmt &S) {
  if (const auto *Member = dyn_cast<MemberExpr>(&S))
    return Member->getBase();
  if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(&S))
    return Unresolved->isImplicitAccess() ? nullptr : Unresolved->getBase();
  if (const auto *Dependent = dyn_cast<CXXDependentScopeMemberExpr>(&S))
    return Dependent->isImplicitAccess() ? nullptr : Dependent->getBase();
  return nullptr;
}

Evaluation runsIf(bool Runs) {
  return Runs ? Evaluation::Runs : Evaluation::DoesNotRun;
}

/// An operand that is a statement, under a statement.
Evaluation ofStmtOperand(const Stmt &Parent, OperandRule Rule,
                         const Stmt *Child, const ASTContext &Ctx) {
  switch (Rule) {
  case OperandRule::AllRun:
  case OperandRule::WrittenVariableType:
    return Evaluation::Runs;
  case OperandRule::NoneRun:
    return Evaluation::DoesNotRun;
  case OperandRule::TraitOperand:
    return runsIf(sizeIsComputedAtRunTime(cast<UnaryExprOrTypeTraitExpr>(Parent)));
  case OperandRule::TypeidOperand:
    return runsIf(typeidEvaluatesOperand(cast<CXXTypeidExpr>(Parent)));
  case OperandRule::GenericSelection: {
    const auto &Generic = cast<GenericSelectionExpr>(Parent);
    if (compat::hasExprPredicate(Generic) && Child == Generic.getControllingExpr())
      return Evaluation::DoesNotRun;
    return runsIf(Generic.isResultDependent() ||
                  Child == Generic.getResultExpr());
  }
  case OperandRule::ChooseOperand: {
    const auto &Choose = cast<ChooseExpr>(Parent);
    if (Child == Choose.getCond())
      return Evaluation::DoesNotRun;
    return runsIf(Choose.isConditionDependent() ||
                  Child == Choose.getChosenSubExpr());
  }
  case OperandRule::BuiltinArguments:
    return runsIf(Child == cast<CallExpr>(Parent).getCallee());
  case OperandRule::ConstexprIf: {
    const auto &If = cast<IfStmt>(Parent);
    if (Child == If.getCond())
      return Evaluation::DoesNotRun;
    if (Child == If.getThen() || Child == If.getElse())
      return runsIf(Child == *If.getNondiscardedCase(Ctx));
    return Evaluation::Runs;
  }
  case OperandRule::Lambda:
    return Child == cast<LambdaExpr>(Parent).getBody() ? Evaluation::FunctionBody
                                                       : Evaluation::Runs;
  case OperandRule::PseudoObject:
    return runsIf(Child != cast<PseudoObjectExpr>(Parent).getSyntacticForm());
  case OperandRule::NamedEntity:
    return runsIf(Child && Child == memberObject(Parent));
  }
  return Evaluation::Runs;
}

/// Any operand under a statement.
Evaluation ofOperandOfStmt(const DynTypedNode &Operand, const Stmt &Parent,
                           const ASTContext &Ctx) {
  const OperandRule Rule = ruleOf(Parent, Ctx);
  if (const auto *Child = Operand.get<Stmt>())
    return ofStmtOperand(Parent, Rule, Child, Ctx);
  if (const auto *D = Operand.get<Decl>()) {
    // A lambda's class holds its call operator; an init-capture runs.
    if (Rule == OperandRule::Lambda &&
        D == cast<LambdaExpr>(Parent).getLambdaClass())
      return Evaluation::FunctionBody;
    return Evaluation::Runs;
  }
  if (Operand.get<TypeLoc>()) {
    switch (Rule) {
    case OperandRule::TraitOperand:
      return runsIf(sizeIsComputedAtRunTime(cast<UnaryExprOrTypeTraitExpr>(Parent)));
    case OperandRule::WrittenVariableType:
      return Evaluation::Runs;
    case OperandRule::Lambda:
      return Evaluation::FunctionBody;
    default:
      // A type spelled in an expression (a type trait's, `_Generic`'s, a
      // functional cast's) only names a type; only the kinds above
      // evaluate the variable-length arrays in it.
      return isa<Expr>(Parent) ? Evaluation::DoesNotRun : Evaluation::Runs;
    }
  }
  // Template arguments, nested name specifiers.
  return Evaluation::DoesNotRun;
}

/// Any operand under a declaration.
Evaluation ofOperandOfDecl(const DynTypedNode &Operand, const Decl &Parent) {
  const auto *Child = Operand.get<Stmt>();
  if (const auto *Function = dyn_cast<FunctionDecl>(&Parent)) {
    // Constraints and `explicit(bool)` are checked by the compiler.
    if (Child && (Child == Function->getTrailingRequiresClause() ||
                  Child == ExplicitSpecifier::getFromDecl(
                               const_cast<FunctionDecl *>(Function))
                               .getExpr()))
      return Evaluation::DoesNotRun;
    return Evaluation::FunctionBody;
  }
  if (isa<BlockDecl, CapturedDecl>(Parent))
    return Evaluation::FunctionBody;
  if (const auto *Field = dyn_cast<FieldDecl>(&Parent))
    return runsIf(!Child || Child != Field->getBitWidth());
  if (isa<EnumConstantDecl, StaticAssertDecl, NonTypeTemplateParmDecl,
          TemplateTypeParmDecl, TemplateTemplateParmDecl, ConceptDecl,
          BindingDecl, FileScopeAsmDecl>(Parent))
    return Evaluation::DoesNotRun;
  return Evaluation::Runs;
}

/// Any operand under a written type.
Evaluation ofOperandOfType(const DynTypedNode &Operand, const TypeLoc &Parent) {
  if (!Operand.get<Expr>())
    // A nested type, or a parameter of a function type.
    return runsIf(Operand.get<TypeLoc>() || Operand.get<Decl>());
  const TypeLoc Bare = Parent.getUnqualifiedLoc();
  if (Bare.getAs<VariableArrayTypeLoc>())
    return Evaluation::Runs;
  // GNU typeof of a variably modified expression evaluates it.
  if (auto TypeOf = Bare.getAs<TypeOfExprTypeLoc>())
    return runsIf(TypeOf.getUnderlyingExpr()->getType()->isVariablyModifiedType());
  // decltype, constant array bounds, noexcept specifications, bit widths.
  return Evaluation::DoesNotRun;
}

/// The size expressions of the variable-length arrays that evaluating the
/// written type \p T computes (C11 6.8p3, 6.7.6.2p5): through pointers,
/// references, arrays, parentheses and attributes, up to a typedef (whose
/// sizes were computed where it was declared).
void appendVariableSizes(QualType T, llvm::SmallVectorImpl<const Stmt *> &Out) {
  const Type *Ty = T.getTypePtrOrNull();
  while (Ty) {
    if (const auto *VLA = dyn_cast<VariableArrayType>(Ty)) {
      if (VLA->getSizeExpr())
        Out.push_back(VLA->getSizeExpr());
      Ty = VLA->getElementType().getTypePtrOrNull();
    } else if (const auto *Array = dyn_cast<ArrayType>(Ty)) {
      Ty = Array->getElementType().getTypePtrOrNull();
    } else if (const auto *Pointer = dyn_cast<PointerType>(Ty)) {
      Ty = Pointer->getPointeeType().getTypePtrOrNull();
    } else if (const auto *Reference = dyn_cast<ReferenceType>(Ty)) {
      Ty = Reference->getPointeeTypeAsWritten().getTypePtrOrNull();
    } else if (const auto *Paren = dyn_cast<ParenType>(Ty)) {
      Ty = Paren->getInnerType().getTypePtrOrNull();
    } else if (const auto *Attributed = dyn_cast<AttributedType>(Ty)) {
      Ty = Attributed->getModifiedType().getTypePtrOrNull();
    } else if (const auto *Macro = dyn_cast<MacroQualifiedType>(Ty)) {
      Ty = Macro->getUnderlyingType().getTypePtrOrNull();
    } else if (const auto *TypeOf = dyn_cast<TypeOfExprType>(Ty)) {
      if (TypeOf->getUnderlyingExpr()->getType()->isVariablyModifiedType())
        Out.push_back(TypeOf->getUnderlyingExpr());
      return;
    } else {
      return;
    }
  }
}

QualType writtenType(const Stmt &S) {
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&S))
    return Cast->getTypeAsWritten();
  if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(&S))
    return Literal->getTypeSourceInfo()->getType();
  if (const auto *VAArg = dyn_cast<VAArgExpr>(&S))
    return VAArg->getWrittenTypeInfo()->getType();
  return QualType();
}

void appendDeclarations(const DeclStmt &DS,
                        llvm::SmallVectorImpl<const Stmt *> &Out) {
  for (const Decl *D : DS.decls()) {
    if (const auto *Var = dyn_cast<VarDecl>(D)) {
      appendVariableSizes(Var->getType(), Out);
      if (Var->getInit())
        Out.push_back(Var->getInit());
    } else if (const auto *Typedef = dyn_cast<TypedefNameDecl>(D)) {
      appendVariableSizes(Typedef->getUnderlyingType(), Out);
    }
  }
}

} // namespace

Evaluation evaluationOf(const DynTypedNode &Operand, const DynTypedNode &Parent,
                        const ASTContext &Ctx) {
  if (Operand.get<TemplateArgumentLoc>() || Operand.get<TemplateArgument>())
    return Evaluation::DoesNotRun;
  if (const auto *S = Parent.get<Stmt>())
    return ofOperandOfStmt(Operand, *S, Ctx);
  if (const auto *D = Parent.get<Decl>())
    return ofOperandOfDecl(Operand, *D);
  if (const auto *TL = Parent.get<TypeLoc>())
    return ofOperandOfType(Operand, *TL);
  if (Parent.get<CXXCtorInitializer>())
    return Evaluation::Runs;
  // Template arguments, nested name specifiers, attributes.
  return Evaluation::DoesNotRun;
}

bool hasOperandsThatDoNotRun(const Stmt &S, const ASTContext &Ctx) {
  switch (ruleOf(S, Ctx)) {
  case OperandRule::AllRun:
  case OperandRule::WrittenVariableType:
  case OperandRule::Lambda:
  case OperandRule::PseudoObject:
  case OperandRule::NamedEntity:
    return false;
  default:
    return true;
  }
}

llvm::SmallVector<const Stmt *, 8> evaluatedChildren(const Stmt *S,
                                                     const ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 8> Children;
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    appendDeclarations(*DS, Children);
  } else if (const auto *Trait = dyn_cast<UnaryExprOrTypeTraitExpr>(S)) {
    if (sizeIsComputedAtRunTime(*Trait)) {
      if (Trait->isArgumentType())
        appendVariableSizes(Trait->getArgumentType(), Children);
      else
        Children.push_back(Trait->getArgumentExpr());
    }
  } else if (const auto *Arg = dyn_cast<CXXDefaultArgExpr>(S)) {
    Children.push_back(Arg->getExpr());
  } else if (const auto *Init = dyn_cast<CXXDefaultInitExpr>(S)) {
    Children.push_back(Init->getExpr());
  } else if (const auto *Pseudo = dyn_cast<PseudoObjectExpr>(S)) {
    Children.append(Pseudo->semantics_begin(), Pseudo->semantics_end());
  } else {
    appendVariableSizes(writtenType(*S), Children);
    const OperandRule Rule = ruleOf(*S, Ctx);
    for (const Stmt *Child : S->children())
      if (Child && (Rule == OperandRule::AllRun ||
                    ofStmtOperand(*S, Rule, Child, Ctx) == Evaluation::Runs))
        Children.push_back(Child);
  }
  llvm::erase_if(Children, [](const Stmt *S) { return !S; });
  return Children;
}

} // namespace clang::tidy::kernel
