#include "EventProgramBuilder.h"
#include "ContextEntries.h"
#include "FunctionEvents.h"
#include "analysis/Annotations.h"
#include "analysis/LlvmCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/GlobalDecl.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

namespace {
const FunctionDecl *canonical(const FunctionDecl *FD) {
  return FD ? FD->getCanonicalDecl() : nullptr;
}
} // namespace

std::string displayName(const FunctionDecl *FD) {
  if (!FD)
    return "<unknown>";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->getParent()->isLambda())
      return "lambda";
  return FD->getQualifiedNameAsString();
}

static std::string sourceTextOf(SourceRange R, const ASTContext &Ctx,
                                size_t MaxLength) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange File = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(R), SM, Ctx.getLangOpts());
  // Part of a macro expansion: show the whole macro invocation.
  if (File.isInvalid())
    File = Lexer::makeFileCharRange(SM.getExpansionRange(R), SM,
                                    Ctx.getLangOpts());
  llvm::StringRef Text = Lexer::getSourceText(File, SM, Ctx.getLangOpts());
  // Keep notes on one line.
  std::string Out;
  bool Space = false;
  for (char C : Text) {
    if (C == ' ' || C == '\n' || C == '\t' || C == '\r') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  if (MaxLength && Out.size() > MaxLength)
    Out = Out.substr(0, MaxLength - 3) + "...";
  return Out;
}

std::string oneLineSourceText(SourceRange R, const ASTContext &Ctx) {
  return sourceTextOf(R, Ctx, 60);
}

std::string firstArgumentText(llvm::StringRef CallText) {
  size_t Open = CallText.find('(');
  if (Open == llvm::StringRef::npos)
    return "";
  int Depth = 0;
  for (size_t I = Open + 1; I < CallText.size(); ++I) {
    char C = CallText[I];
    if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && Depth > 0)
      --Depth;
    else if ((C == ',' || C == ')') && Depth == 0)
      return CallText.slice(Open + 1, I).trim().str();
  }
  return CallText.drop_front(Open + 1).trim().str();
}

EventProgramBuilder::EventProgramBuilder(ASTContext &Ctx, const CallGraph &CG,
                                         const ReportScope &Scope,
                                         const KernelApiModel &Api,
                                         const GfpFlagDecider &Gfp, Config Cfg,
                                         llvm::StringRef AtomicGfpReplacements)
    : Ctx(Ctx), Api(Api), Gfp(Gfp), Cfg(Cfg), Dispatch(Ctx, CG), CG(CG),
      Scope(Scope), Mangler(Ctx.createMangleContext()) {
  for (const TableEntry &E : parseTableEntries(AtomicGfpReplacements))
    if (E.Fields.size() == 1)
      AtomicReplacements[E.Pattern] = E.Fields.front();
}

const EventProgramBuilder::FlagFix *EventProgramBuilder::flagFix(SiteId At) const {
  auto It = FlagFixes.find(At);
  return It == FlagFixes.end() ? nullptr : &It->second;
}

void EventProgramBuilder::recordFlagFix(SiteId At, CharSourceRange Range,
                                        llvm::StringRef Spelling) {
  auto It = AtomicReplacements.find(Spelling);
  if (It != AtomicReplacements.end() && Range.isValid())
    FlagFixes.try_emplace(At, FlagFix{Range, It->second});
}

EventProgramBuilder::~EventProgramBuilder() = default;

std::string EventProgramBuilder::sourceText(SourceRange R) const {
  return sourceTextOf(R, Ctx, 0);
}

SiteId EventProgramBuilder::siteOf(SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation FileLoc = Loc.isValid() ? SM.getFileLoc(Loc) : Loc;
  auto [It, New] = SiteCache.try_emplace(FileLoc.getRawEncoding(), 0);
  if (!New)
    return It->second;
  uint32_t File = 0, Line = 0, Column = 0;
  if (FileLoc.isValid()) {
    FileID FID = SM.getFileID(FileLoc);
    auto [FileIt, NewFile] = FileCache.try_emplace(FID.getHashValue(), 0);
    if (NewFile) {
      llvm::SmallString<256> Path;
      if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(FID))
        Path = Entry->getName();
      else
        Path = SM.getBufferName(FileLoc);
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      FileIt->second = Program.file(Path);
    }
    File = FileIt->second;
    Line = SM.getSpellingLineNumber(FileLoc);
    Column = SM.getSpellingColumnNumber(FileLoc);
  } else {
    File = Program.file("<unknown>");
  }
  size_t Before = Program.Sites.size();
  SiteId Id = Program.site(File, Line, Column);
  if (Program.Sites.size() != Before)
    SiteLocations.push_back(FileLoc);
  It->second = Id;
  return Id;
}

uint32_t EventProgramBuilder::expansionId(SourceLocation Expansion) {
  auto [It, New] =
      Expansions.try_emplace(Expansion.getRawEncoding(), Expansions.size() + 1);
  return It->second;
}

const std::string &EventProgramBuilder::symbolOf(const FunctionDecl *FD) {
  FD = canonical(FD);
  auto [Cached, New] = Symbols.try_emplace(FD);
  if (!New)
    return Cached->second;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  if (FD->isInvalidDecl() || FD->isDependentContext()) {
    OS << FD->getQualifiedNameAsString() << '@'
       << FD->getLocation().getRawEncoding();
  } else if (Mangler->shouldMangleDeclName(FD)) {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
      Mangler->mangleName(GlobalDecl(Ctor, Ctor_Complete), OS);
    else if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD))
      Mangler->mangleName(GlobalDecl(Dtor, Dtor_Complete), OS);
    else
      Mangler->mangleName(GlobalDecl(FD), OS);
  } else {
    OS << FD->getName();
  }
  OS.flush();
  // A function other TUs cannot name is this TU's own.
  if (!FD->isExternallyVisible()) {
    const SourceManager &SM = Ctx.getSourceManager();
    SiteId Main = siteOf(SM.getLocForStartOfFile(SM.getMainFileID()));
    Name = Program.Files[Program.site(Main).File] + "::" + Name;
  }
  // The map may have grown: look the entry up again.
  return Symbols[FD] = std::move(Name);
}

FunctionId EventProgramBuilder::functionOf(const FunctionDecl *FD) {
  FD = canonical(FD);
  auto [It, New] = Functions.try_emplace(FD, NoId);
  if (!New)
    return It->second;
  FunctionId Id = Program.function(symbolOf(FD));
  It->second = Id;
  Function &F = Program.Functions[Id];
  F.Name = displayName(FD);
  const FunctionDecl *Def = FD->getDefinition();
  F.At = siteOf((Def ? Def : FD)->getLocation());
  F.ExternallyVisible = FD->isExternallyVisible();
  F.Shown = Def && Scope.shows(Def->getLocation());
  if (hasAnnotation(FD, Annotation::Atomic))
    F.Annotations |= AnnotatedAtomic;
  if (hasAnnotation(FD, Annotation::MightSleep))
    F.Annotations |= AnnotatedMightSleep;
  if (hasAnnotation(FD, Annotation::AcquiresAtomic))
    F.Annotations |= AnnotatedAcquires;
  if (hasAnnotation(FD, Annotation::ReleasesAtomic))
    F.Annotations |= AnnotatedReleases;
  for (const ParmVarDecl *P : FD->parameters())
    if (isGfpType(P->getType()))
      F.GfpParams.push_back(P->getFunctionScopeIndex());
  return Id;
}

bool EventProgramBuilder::isRelevant(const FunctionDecl *FD) const {
  return Relevant.contains(canonical(FD));
}

bool EventProgramBuilder::isDefinedHere(const FunctionDecl *FD) const {
  return CG.node(FD) != nullptr;
}

void EventProgramBuilder::markRelevant() {
  // Only functions that can reach a sleeping call, an atomic-context API, an
  // annotation, an allocation or a function known elsewhere are worth a
  // CFG; most header inlines are not.
  const SourceManager &SM = Ctx.getSourceManager();
  auto DirectlyRelevant = [&](const CallGraph::CallSite &Site) {
    const FunctionDecl *Callee = Site.Callee;
    if (isa_and_nonnull<CXXNewExpr>(Site.Site))
      return true;
    if (!Callee)
      return false;
    // Virtual calls may reach overriders the call graph does not link.
    if (const auto *M = dyn_cast<CXXMethodDecl>(Callee); M && M->isVirtual())
      return true;
    if (hasAnnotation(Callee, Annotation::MightSleep) ||
        hasAnnotation(Callee, Annotation::AcquiresAtomic) ||
        hasAnnotation(Callee, Annotation::ReleasesAtomic))
      return true;
    if (Api.classify(Callee, Site.Loc, SM, Ctx.getLangOpts()).Effect !=
        ApiEffect::None)
      return true;
    if (Callee->getDeclName().isIdentifier() &&
        Api.isGfpAllocator(Callee->getName()))
      return true;
    if (!CG.node(Callee) && Cfg.ExternalMatters(symbolOf(Callee)))
      return true;
    return llvm::any_of(Callee->parameters(), [](const ParmVarDecl *P) {
      return isGfpType(P->getType());
    });
  };
  for (const std::vector<const CallGraph::Node *> &SCC : CG.sccs()) {
    // The call graph lists no indirect calls; with the option every function
    // may make one.
    bool Any = Cfg.AssumeIndirectCallsSleep;
    for (const CallGraph::Node *N : SCC) {
      // A call through a field may be resolved at the link step.
      if (hasAnnotation(N->Fn, Annotation::Atomic) ||
          Dispatch.receivesFunctions(N->Fn) ||
          (Cfg.FieldCallsMatter && N->IndirectCalls))
        Any = true;
      for (const CallGraph::CallSite &Site : N->Calls)
        if (DirectlyRelevant(Site) ||
            (Site.Callee && Relevant.contains(canonical(Site.Callee))))
          Any = true;
    }
    if (Any)
      for (const CallGraph::Node *N : SCC)
        Relevant.insert(canonical(N->Fn));
  }
}

EventProgram EventProgramBuilder::build() {
  ContextEntryFinder(*this, CG, Scope).run();
  markRelevant();
  for (const CallGraph::Node &N : CG.nodes()) {
    if (!Relevant.contains(canonical(N.Fn)))
      continue;
    FunctionId Id = functionOf(N.Fn);
    Function Built;
    FunctionEvents Events(*this, N.Fn);
    bool Ok = Events.build(Built);
    Function &F = Program.Functions[Id];
    F.Defined = true;
    F.Incomplete = !Ok;
    F.Blocks = std::move(Built.Blocks);
    F.Entry = Built.Entry;
    F.Exit = Built.Exit;
  }
  return std::move(Program);
}

} // namespace clang::tidy::kernel
