// kernel-userspace-runtime. Over 500 lines because RuntimeUseFinder, the one
// traversal of the shown code that finds every hosted-runtime use (std types
// and values, absent libc functions, static locals and globals needing
// guards or atexit), keeps its decisions together so that each spelling is
// reported once; the option parsing and the check's wording are the rest.
#include "UserspaceRuntimeCheck.h"
#include "analysis/EvaluatedChildren.h"
#include "analysis/ReportScope.h"
#include "HostedRuntimeTables.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

static std::vector<std::pair<NameList, std::string>>
parseAlternatives(StringRef Spec) {
  std::vector<std::pair<NameList, std::string>> Result;
  SmallVector<StringRef, 128> Entries;
  Spec.split(Entries, ';', -1, false);
  for (StringRef Entry : Entries) {
    auto [Name, Alternative] = Entry.split('=');
    Name = Name.trim();
    Alternative = Alternative.trim();
    if (!Name.empty() && !Alternative.empty())
      Result.emplace_back(NameList(Name), Alternative.str());
  }
  return Result;
}

UserspaceRuntimeCheck::UserspaceRuntimeCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      LibcOption(Options, "LibcFunctions", tables::LibcFunctions),
      StdNamesOption(Options, "StdNames", tables::StdNames),
      RawAtomicTemplates(
          Options.get("AtomicTemplates", tables::AtomicTemplates)),
      AlternativesOption(Options, "KernelAlternatives",
                         tables::KernelAlternatives),
      AllowGlobalConstructors(Options.get("AllowGlobalConstructors", false)),
      Scope(ReportScopeOptions::of(Context)),
      LibcFunctions(LibcOption.value()), StdNames(StdNamesOption.value()),
      AtomicTemplates(RawAtomicTemplates),
      Alternatives(parseAlternatives(AlternativesOption.valueExtraFirst())) {}

void UserspaceRuntimeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  LibcOption.store(Options, Opts);
  StdNamesOption.store(Options, Opts);
  Options.store(Opts, "AtomicTemplates", RawAtomicTemplates);
  AlternativesOption.store(Options, Opts);
  Options.store(Opts, "AllowGlobalConstructors", AllowGlobalConstructors);
}

StringRef UserspaceRuntimeCheck::alternativeFor(StringRef QualifiedName) const {
  for (const auto &[Pattern, Alternative] : Alternatives)
    if (Pattern.matches(QualifiedName))
      return Alternative;
  return {};
}

namespace {

enum class UseKind {
  LibcFunction,
  StdEntity,
  NonLockFreeAtomic,
  ThreadLocal,
  StaticLocalGuard,
  StaticLocalDestructor,
  GlobalConstructor,
  GlobalDestructor,
};

/// What a spelled type names: a listed standard-library entity, or an
/// atomic template specialised for a value too big for lock-free atomics.
struct NamedRuntimeType {
  const NamedDecl *Entity = nullptr;
  uint64_t AtomicValueBytes = 0;
};

/// Walks the user's code once (system headers are skipped whole) and reports
/// each runtime use where the user spelled it. Instantiations are walked after
/// their template for what only they can decide (a static's initialisation,
/// an atomic's size); since their nodes carry the template's locations,
/// findings are deduplicated by location and kind.
class RuntimeUseFinder : public RecursiveASTVisitor<RuntimeUseFinder> {
  using Base = RecursiveASTVisitor<RuntimeUseFinder>;

public:
  RuntimeUseFinder(UserspaceRuntimeCheck &Check, ASTContext &Ctx)
      : Check(Check), Ctx(Ctx), SM(Ctx.getSourceManager()),
        LangOpts(Ctx.getLangOpts()), Shown(Check.scope(), SM) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    // What clang-tidy would not show is not worth looking at.
    if (!D || (!isa<TranslationUnitDecl>(D) && !Shown.shows(D->getLocation())))
      return true;
    return Base::TraverseDecl(D);
  }

  // Nothing in an operand that does not run (analysis/EvaluatedChildren) or
  // in a compile-time assertion is a use.
  bool TraverseStmt(Stmt *S, DataRecursionQueue *Queue = nullptr) {
    if (!S || !hasOperandsThatDoNotRun(*S, Ctx))
      return Base::TraverseStmt(S, Queue);
    for (const Stmt *Child : evaluatedChildren(S, Ctx))
      if (!TraverseStmt(const_cast<Stmt *>(Child)))
        return false;
    return true;
  }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc TL) {
    return evaluationOf(DynTypedNode::create(*TL.getUnderlyingExpr()),
                        DynTypedNode::create(TypeLoc(TL)),
                        Ctx) != Evaluation::Runs ||
           Base::TraverseTypeOfExprTypeLoc(TL);
  }
  bool TraverseStaticAssertDecl(StaticAssertDecl *) { return true; }

  // A using-declaration only brings a name into scope (or inherits the
  // constructors of a base that is reported as a base); its uses are what
  // count.
  bool TraverseUsingDecl(UsingDecl *) { return true; }

  // A spelled type is reported once, at its outermost listed name; what it
  // contains (template arguments) is then not looked at again.
  bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc TL) {
    return reportType(TL, TL.getNamedTypeLoc()) ||
           Base::TraverseElaboratedTypeLoc(TL);
  }
  bool TraverseTypedefTypeLoc(TypedefTypeLoc TL) {
    return reportType(TL, TL) || Base::TraverseTypedefTypeLoc(TL);
  }
  bool TraverseUsingTypeLoc(UsingTypeLoc TL) {
    return reportType(TL, TL) || Base::TraverseUsingTypeLoc(TL);
  }
  bool TraverseRecordTypeLoc(RecordTypeLoc TL) {
    return reportType(TL, TL) || Base::TraverseRecordTypeLoc(TL);
  }
  bool TraverseTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
    return reportType(TL, TL) ||
           Base::TraverseTemplateSpecializationTypeLoc(TL);
  }
  bool TraverseDeducedTemplateSpecializationTypeLoc(
      DeducedTemplateSpecializationTypeLoc TL) {
    return reportType(TL, TL) ||
           Base::TraverseDeducedTemplateSpecializationTypeLoc(TL);
  }

  // A qualifier names its type too (`std::string::npos`); a prefix in front
  // of a reported one may still hold a use of its own.
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc Qualifier) {
    if (!Qualifier)
      return true;
    if (reportQualifier(Qualifier))
      return TraverseNestedNameSpecifierLoc(Qualifier.getPrefix());
    return Base::TraverseNestedNameSpecifierLoc(Qualifier);
  }

  bool TraverseDeclRefExpr(DeclRefExpr *E) {
    return reportValue(E->getDecl(), E->getBeginLoc()) ||
           Base::TraverseDeclRefExpr(E);
  }
  bool TraverseMemberExpr(MemberExpr *E) {
    return reportValue(E->getMemberDecl(), E->getMemberLoc()) ||
           Base::TraverseMemberExpr(E);
  }
  bool TraverseUnresolvedLookupExpr(UnresolvedLookupExpr *E) {
    // Every candidate of a dependent call has the same name; the first one
    // decides, so a template that is never instantiated is still checked.
    const ValueDecl *Candidate = nullptr;
    if (E->getNumDecls() > 0) {
      const NamedDecl *First = (*E->decls_begin())->getUnderlyingDecl();
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(First))
        First = Template->getTemplatedDecl();
      Candidate = dyn_cast<ValueDecl>(First);
    }
    return reportValue(Candidate, E->getBeginLoc()) ||
           Base::TraverseUnresolvedLookupExpr(E);
  }

  bool VisitVarDecl(VarDecl *VD);

private:
  bool isInSystemHeader(SourceLocation Loc) const {
    return Loc.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }
  /// The place to report a use at: a token that a system-header macro (assert,
  /// errno) produced is reported where the user wrote the macro, naming it.
  SourceLocation userLocation(SourceLocation Loc, StringRef &Macro) const;
  /// Reports once per location and kind; instantiations revisit patterns.
  bool firstReport(SourceLocation Loc, UseKind Kind) {
    return Reported.insert({Loc.getRawEncoding(), unsigned(Kind)}).second;
  }
  void noteMacro(SourceLocation Loc, StringRef Macro) {
    if (!Macro.empty())
      Check.diag(Loc, "used by the expansion of '%0'", DiagnosticIDs::Note)
          << Macro;
  }

  bool reportType(TypeLoc Spelled, TypeLoc Named);
  bool reportQualifier(NestedNameSpecifierLoc Qualifier);
  bool reportType(QualType Named, SourceRange Spelled,
                  llvm::function_ref<std::string()> Written);
  bool reportValue(const ValueDecl *D, SourceLocation Loc);
  NamedRuntimeType classify(QualType T);
  uint64_t nonLockFreeAtomicBytes(const TemplateDecl *Template,
                                  ArrayRef<TemplateArgument> Args);
  const std::string &qualifiedName(const NamedDecl *D);
  bool isListedStd(const NamedDecl *D);
  bool isAbsentLibcFunction(const FunctionDecl *FD);
  void reportStaticLocal(const VarDecl *VD);
  void reportGlobal(const VarDecl *VD);

  UserspaceRuntimeCheck &Check;
  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LangOpts;
  const ReportScope Shown;
  llvm::DenseMap<const Decl *, std::string> QualifiedNames;
  llvm::DenseMap<const Decl *, bool> ListedStd;
  llvm::DenseMap<const Decl *, bool> AbsentLibc;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
};

} // namespace

SourceLocation RuntimeUseFinder::userLocation(SourceLocation Loc,
                                              StringRef &Macro) const {
  while (Loc.isMacroID() && isInSystemHeader(SM.getSpellingLoc(Loc))) {
    Macro = Lexer::getImmediateMacroName(Loc, SM, LangOpts);
    Loc = SM.getImmediateExpansionRange(Loc).getBegin();
  }
  return Loc;
}

// Inline namespaces (`std::__cxx11`, `std::chrono::_V2`, libc++'s `std::__1`)
// are left out so that one name covers every standard library and ABI.
const std::string &RuntimeUseFinder::qualifiedName(const NamedDecl *D) {
  auto [It, Inserted] = QualifiedNames.try_emplace(D);
  if (!Inserted)
    return It->second;
  SmallVector<StringRef, 8> Parts;
  if (!D->getIdentifier())
    return It->second;
  Parts.push_back(D->getName());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      if (NS->isAnonymousNamespace())
        return It->second;
      Parts.push_back(NS->getName());
    } else if (const auto *Tag = dyn_cast<TagDecl>(DC)) {
      if (!Tag->getIdentifier())
        return It->second;
      Parts.push_back(Tag->getName());
    } else if (!DC->isTranslationUnit() && !isa<LinkageSpecDecl>(DC) &&
               !isa<ExportDecl>(DC)) {
      // Function-local entities are never library names.
      return It->second;
    }
  }
  std::string Name;
  for (StringRef Part : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += Part;
  }
  It->second = std::move(Name);
  return It->second;
}

bool RuntimeUseFinder::isListedStd(const NamedDecl *D) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D))
    D = Spec->getSpecializedTemplate();
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto [It, Inserted] = ListedStd.try_emplace(D, false);
  if (Inserted)
    It->second = Check.stdNames().matches(qualifiedName(D));
  return It->second;
}

// A TU that defines the function itself (a shim over kmalloc, say) provides
// it; only definitions in the user's code count, glibc's inline wrappers do
// not.
bool RuntimeUseFinder::isAbsentLibcFunction(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto [It, Inserted] = AbsentLibc.try_emplace(FD, false);
  if (!Inserted)
    return It->second;
  if (!FD->getIdentifier() || !Check.libcFunctions().matches(FD->getName()))
    return false;
  // Only a function with C language linkage is the C library's: in C++ that
  // keeps std::remove (the algorithm) apart from ::remove (the file call),
  // while std::exit from <cstdlib> is ::exit itself.
  if (!FD->isExternC())
    return false;
  for (const FunctionDecl *Redecl : FD->redecls())
    if (Redecl->doesThisDeclarationHaveABody() &&
        !isInSystemHeader(Redecl->getLocation()))
      return false;
  It->second = true;
  return true;
}

// libstdc++ raises the alignment of a power-of-two-sized atomic value to its
// size, so the target's own rule for lock-free builtins decides.
uint64_t
RuntimeUseFinder::nonLockFreeAtomicBytes(const TemplateDecl *Template,
                                         ArrayRef<TemplateArgument> Args) {
  if (Args.empty() || Args[0].getKind() != TemplateArgument::Type ||
      !Check.atomicTemplates().matches(qualifiedName(Template)))
    return 0;
  QualType Value = Args[0].getAsType();
  if (Value.isNull() || Value->isDependentType() || Value->isIncompleteType() ||
      Value->isUndeducedType())
    return 0;
  TypeInfo Info = Ctx.getTypeInfo(Value);
  if (Ctx.getTargetInfo().hasBuiltinAtomic(
          Info.Width, std::max(Info.Width, uint64_t(Info.Align))))
    return 0;
  return Ctx.toCharUnitsFromBits(Info.Width).getQuantity();
}

// Follows the standard library's own typedefs and alias templates (so that
// std::string is std::basic_string) but not the user's: an alias the user
// declares is reported where it is declared, not at each use.
NamedRuntimeType RuntimeUseFinder::classify(QualType T) {
  while (!T.isNull()) {
    const Type *Ty = T.getTypePtr();
    if (const auto *Elaborated = dyn_cast<ElaboratedType>(Ty)) {
      T = Elaborated->getNamedType();
    } else if (const auto *Using = dyn_cast<UsingType>(Ty)) {
      T = Using->getUnderlyingType();
    } else if (const auto *Typedef = dyn_cast<TypedefType>(Ty)) {
      const TypedefNameDecl *D = Typedef->getDecl();
      if (isListedStd(D))
        return {D, 0};
      if (!isInSystemHeader(D->getLocation()))
        return {};
      T = D->getUnderlyingType();
    } else if (const auto *Spec = dyn_cast<TemplateSpecializationType>(Ty)) {
      const TemplateDecl *Template =
          Spec->getTemplateName().getAsTemplateDecl();
      if (!Template)
        return {};
      if (isListedStd(Template))
        return {Template, 0};
      if (uint64_t Bytes =
              nonLockFreeAtomicBytes(Template, Spec->template_arguments()))
        return {Template, Bytes};
      if (!Spec->isTypeAlias() || !isInSystemHeader(Template->getLocation()))
        return {};
      T = Spec->getAliasedType();
    } else if (const auto *Deduced =
                   dyn_cast<DeducedTemplateSpecializationType>(Ty)) {
      const TemplateDecl *Template =
          Deduced->getTemplateName().getAsTemplateDecl();
      if (Template && isListedStd(Template))
        return {Template, 0};
      return {};
    } else if (const auto *Record = dyn_cast<RecordType>(Ty)) {
      const RecordDecl *D = Record->getDecl();
      if (isListedStd(D))
        return {D, 0};
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D))
        if (uint64_t Bytes =
                nonLockFreeAtomicBytes(Spec->getSpecializedTemplate(),
                                       Spec->getTemplateArgs().asArray()))
          return {Spec->getSpecializedTemplate(), Bytes};
      return {};
    } else {
      return {};
    }
  }
  return {};
}

bool RuntimeUseFinder::reportType(TypeLoc Spelled, TypeLoc Named) {
  return reportType(Named.getType(), Spelled.getSourceRange(), [&] {
    return Spelled.getType().getAsString(Ctx.getPrintingPolicy());
  });
}

bool RuntimeUseFinder::reportQualifier(NestedNameSpecifierLoc Qualifier) {
  const NestedNameSpecifier *NNS = Qualifier.getNestedNameSpecifier();
  if (!NNS->getAsType())
    return false;
  return reportType(
      Qualifier.getTypeLoc().getType(),
      {Qualifier.getBeginLoc(), Qualifier.getTypeLoc().getEndLoc()}, [&] {
        std::string Written;
        llvm::raw_string_ostream OS(Written);
        NNS->print(OS, Ctx.getPrintingPolicy());
        OS.flush();
        return StringRef(Written).drop_back(2).str();
      });
}

bool RuntimeUseFinder::reportType(QualType Named, SourceRange Spelled,
                                  llvm::function_ref<std::string()> Written) {
  NamedRuntimeType Use = classify(Named);
  if (!Use.Entity)
    return false;
  StringRef Macro;
  SourceLocation Loc = userLocation(Spelled.getBegin(), Macro);
  UseKind Kind =
      Use.AtomicValueBytes ? UseKind::NonLockFreeAtomic : UseKind::StdEntity;
  if (!firstReport(Loc, Kind))
    return true;
  if (Use.AtomicValueBytes) {
    Check.diag(Loc, "'%0' is not lock-free (%1-byte value) and needs "
                    "libatomic, which the kernel does not have; use a spinlock")
        << Written() << unsigned(Use.AtomicValueBytes) << Spelled;
  } else {
    StringRef Alternative = Check.alternativeFor(qualifiedName(Use.Entity));
    auto Diag = Check.diag(Loc, Alternative.empty()
                                    ? "standard library type '%0' is not "
                                      "available in the kernel"
                                    : "standard library type '%0' is not "
                                      "available in the kernel; use %1")
                << Written() << Spelled;
    if (!Alternative.empty())
      Diag << Alternative;
  }
  noteMacro(Loc, Macro);
  return true;
}

bool RuntimeUseFinder::reportValue(const ValueDecl *D, SourceLocation Loc) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
  bool Libc = FD && isAbsentLibcFunction(FD);
  if (!Libc && (!D || !(isa<FunctionDecl, VarDecl>(D)) || !isListedStd(D)))
    return false;
  StringRef Macro;
  Loc = userLocation(Loc, Macro);
  if (!firstReport(Loc, Libc ? UseKind::LibcFunction : UseKind::StdEntity))
    return true;
  std::string Name = Libc ? FD->getName().str() : qualifiedName(D);
  StringRef Alternative = Check.alternativeFor(Name);
  {
    auto Diag =
        Libc ? Check.diag(Loc, Alternative.empty()
                                   ? "C library function '%0' is not "
                                     "available in the kernel"
                                   : "C library function '%0' is not "
                                     "available in the kernel; use %1")
                   << Name
             : Check.diag(Loc, Alternative.empty()
                                   ? "standard library "
                                     "%select{function|object}1 '%0' is not "
                                     "available in the kernel"
                                   : "standard library "
                                     "%select{function|object}1 '%0' is not "
                                     "available in the kernel; use %2")
                   << Name << isa<VarDecl>(D);
    if (!Alternative.empty())
      Diag << Alternative;
  }
  noteMacro(Loc, Macro);
  return true;
}

bool RuntimeUseFinder::VisitVarDecl(VarDecl *VD) {
  if (VD->isInvalidDecl() || isa<ParmVarDecl>(VD))
    return true;
  if (VD->getTLSKind() != VarDecl::TLS_None) {
    if (firstReport(VD->getLocation(), UseKind::ThreadLocal))
      Check.diag(VD->getLocation(),
                 "thread-local variable %0 needs thread-local storage, which "
                 "the kernel does not have; use per-CPU data")
          << VD;
    return true;
  }
  // C has neither dynamic initialisation nor destructors. Patterns are
  // decided per instantiation; a broken initialiser cannot be decided.
  if (!LangOpts.CPlusPlus || VD->isTemplated() ||
      VD->getType()->isDependentType() ||
      (VD->getInit() && VD->getInit()->containsErrors()))
    return true;
  if (VD->isStaticLocal())
    reportStaticLocal(VD);
  else if (VD->hasGlobalStorage() &&
           VD->isThisDeclarationADefinition() != VarDecl::DeclarationOnly)
    reportGlobal(VD);
  return true;
}

// Sema records constant initialisation only for initialisers it evaluated;
// a trivial default construction (`Trivial t;`) is static zero-filling too.
static bool hasDynamicInitialization(const VarDecl *VD, ASTContext &Ctx) {
  const Expr *Init = VD->getInit();
  return Init && !Init->isValueDependent() &&
         !VD->hasConstantInitialization() &&
         !Init->isConstantInitializer(Ctx, VD->getType()->isReferenceType());
}

static bool hasNonTrivialDestruction(const VarDecl *VD, ASTContext &Ctx) {
  return VD->needsDestruction(Ctx) == QualType::DK_cxx_destructor;
}

// With -fno-threadsafe-statics the guard is a plain flag and needs nothing
// from the runtime; the destructor still goes through __cxa_atexit.
void RuntimeUseFinder::reportStaticLocal(const VarDecl *VD) {
  SourceLocation Loc = VD->getLocation();
  if (LangOpts.ThreadsafeStatics && hasDynamicInitialization(VD, Ctx)) {
    if (!firstReport(Loc, UseKind::StaticLocalGuard))
      return;
    Check.diag(Loc, "static local %0 needs a thread-safe initialisation guard "
                    "(__cxa_guard_acquire), which the kernel does not have")
        << VD;
    Check.diag(VD->getInit()->getExprLoc(),
               "initialised on first call because this is not a constant "
               "expression",
               DiagnosticIDs::Note);
    return;
  }
  if (!Check.allowGlobalConstructors() && hasNonTrivialDestruction(VD, Ctx) &&
      firstReport(Loc, UseKind::StaticLocalDestructor))
    Check.diag(Loc, "static local %0 registers its destructor with "
                    "__cxa_atexit, which the kernel does not have")
        << VD;
}

void RuntimeUseFinder::reportGlobal(const VarDecl *VD) {
  if (Check.allowGlobalConstructors())
    return;
  SourceLocation Loc = VD->getLocation();
  bool Constructor = hasDynamicInitialization(VD, Ctx);
  if (!Constructor && !hasNonTrivialDestruction(VD, Ctx))
    return;
  if (!firstReport(Loc, Constructor ? UseKind::GlobalConstructor
                                    : UseKind::GlobalDestructor))
    return;
  Check.diag(Loc,
             "variable %0 needs a global %select{destructor|constructor}1, "
             "which a Linux module does not run")
      << VD << Constructor;
  Check.diag(Constructor ? VD->getInit()->getExprLoc() : Loc,
             "%select{the destructor is registered by a global constructor; "
             "|the initialiser is not a constant expression; }0the module "
             "loader runs global constructors only in kernels built with "
             "CONFIG_CONSTRUCTORS",
             DiagnosticIDs::Note)
      << Constructor;
}

void UserspaceRuntimeCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void UserspaceRuntimeCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *TU = Result.Nodes.getNodeAs<TranslationUnitDecl>("tu");
  if (!TU)
    return;
  RuntimeUseFinder(*this, *Result.Context)
      .TraverseDecl(const_cast<TranslationUnitDecl *>(TU));
}

} // namespace clang::tidy::kernel
