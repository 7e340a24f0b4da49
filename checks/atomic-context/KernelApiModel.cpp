#include "KernelApiModel.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::kernel {

namespace {

/// Reads a table whose entries are `name:context` (context optional).
template <typename MakeValue>
void readContextTable(llvm::StringRef Option, llvm::StringRef Spec,
                      std::vector<TableProblem> &Problems, MakeValue Add) {
  for (const TableEntry &E : parseTableEntries(Spec)) {
    std::optional<ContextKind> Context = ContextKind::Atomic;
    if (E.Fields.size() > 1) {
      Problems.push_back({Option.str(), E.Text, "expected 'name' or 'name:context'"});
      continue;
    }
    if (!E.Fields.empty() && !(Context = parseContextKind(E.Fields[0]))) {
      Problems.push_back({Option.str(), E.Text,
                          "unknown context '" + E.Fields[0] +
                              "' (expected one of " +
                              contextKeywordList().str() + ")"});
      continue;
    }
    Add(E.Pattern, *Context);
  }
}

std::optional<unsigned> parseIndex(llvm::StringRef Text) {
  unsigned I = 0;
  if (Text.getAsInteger(10, I))
    return std::nullopt;
  return I;
}

} // namespace

KernelApiModel::KernelApiModel(const Lists &L,
                               std::vector<TableProblem> &Problems)
    : Leave(NameList::ofTable(L.Leave)), NonSleeping(L.NonSleeping),
      LockDroppingWaits(L.LockDroppingWaits),
      ReclaimingFlags(L.ReclaimingFlags),
      NonReclaimingFlags(L.NonReclaimingFlags) {
  readContextTable("AtomicEnterFunctions", L.Enter, Problems,
                   [&](llvm::StringRef Name, ContextKind K) {
                     Enter.add(Name, {ApiEffect::Enter, K, false});
                   });
  readContextTable("AtomicTryEnterFunctions", L.TryEnter, Problems,
                   [&](llvm::StringRef Name, ContextKind K) {
                     TryEnter.add(Name, {ApiEffect::TryEnter, K, false});
                   });
  for (const TableEntry &E : parseTableEntries(L.Sleeping)) {
    bool Unless = !E.Fields.empty() && E.Fields[0] == "unless-interrupt";
    if (E.Fields.size() > 1 || (!E.Fields.empty() && !Unless)) {
      Problems.push_back({"SleepingFunctions", E.Text,
                          "expected 'name' or 'name:unless-interrupt'"});
      continue;
    }
    Sleeping.add(E.Pattern, {ApiEffect::Sleep, ContextKind::Atomic, Unless});
  }
  for (const TableEntry &E : parseTableEntries(L.GfpAllocators)) {
    std::optional<unsigned> Index;
    if (E.Fields.size() > 1 ||
        (!E.Fields.empty() && !(Index = parseIndex(E.Fields[0])))) {
      Problems.push_back({"GfpAllocators", E.Text,
                          "expected 'name' or 'name:argument-index'"});
      continue;
    }
    GfpAllocators.add(E.Pattern, Index);
  }
  for (const TableEntry &E : parseTableEntries(L.Registrations)) {
    std::optional<ContextKind> Context;
    std::optional<unsigned> Index;
    llvm::StringRef Arg, Field;
    if (E.Fields.size() == 2) {
      std::tie(Arg, Field) = llvm::StringRef(E.Fields[0]).split('.');
      Index = parseIndex(Arg);
      Context = parseContextKind(E.Fields[1]);
    }
    if (!Index || !Context) {
      Problems.push_back({"AtomicRegistrations", E.Text,
                          "expected 'name:argument-index[.field]:context' with "
                          "a context among " +
                              contextKeywordList().str()});
      continue;
    }
    Registrations.add(E.Pattern, {*Index, Field.str(), *Context});
  }
  for (const TableEntry &E : parseTableEntries(L.CallbackFields)) {
    auto [Record, Field] = llvm::StringRef(E.Pattern).split('.');
    std::optional<ContextKind> Context;
    if (E.Fields.size() == 1)
      Context = parseContextKind(E.Fields[0]);
    if (Record.empty() || Field.empty() || !Context) {
      Problems.push_back({"CallbackFields", E.Text,
                          "expected 'struct.field:context' with a context "
                          "among " +
                              contextKeywordList().str()});
      continue;
    }
    CallbackFields.try_emplace((Record + "." + Field).str(), *Context);
  }
}

KernelApiModel::ApiEntry KernelApiModel::effectOfName(llvm::StringRef Name) const {
  // Order matters: `spin_trylock` must not be taken for a `spin_lock*`
  // family member, and `*_trylock` exempts members of sleeping families.
  if (const ApiEntry *E = TryEnter.find(Name))
    return *E;
  if (const ApiEntry *E = Enter.find(Name))
    return *E;
  if (Leave.matches(Name))
    return {ApiEffect::Leave, ContextKind::Atomic, false};
  if (const ApiEntry *E = Sleeping.find(Name); E && !NonSleeping.matches(Name))
    return *E;
  return {};
}

// Walks the macro expansions that produced \p Loc from the innermost out and
// calls \p Visit with each macro's name and expansion location; stops when
// Visit returns false.
template <typename Fn>
static void forEachEnclosingMacro(SourceLocation Loc, const SourceManager &SM,
                                  const LangOptions &LO, Fn Visit) {
  // Bounded: a pathological macro nest must not make one call expensive.
  for (unsigned Hops = 0; Loc.isMacroID() && Hops < 64; ++Hops) {
    llvm::StringRef Name = Lexer::getImmediateMacroName(Loc, SM, LO);
    SourceLocation Caller = SM.getImmediateMacroCallerLoc(Loc);
    if (!Name.empty() &&
        !Visit(Name, SM.getImmediateExpansionRange(Loc).getBegin()))
      return;
    if (Caller == Loc)
      return;
    Loc = Caller;
  }
}

// The location in the body of the innermost macro that produced the token at
// \p Loc, following macro arguments to where they were written; invalid when
// the token was written in the file (as an argument of the macros around it).
static SourceLocation macroBodyOrigin(SourceLocation Loc,
                                      const SourceManager &SM) {
  for (unsigned Hops = 0; Loc.isMacroID() && Hops < 64; ++Hops) {
    if (!SM.isMacroArgExpansion(Loc))
      return Loc;
    Loc = SM.getImmediateSpellingLoc(Loc);
  }
  return SourceLocation();
}

KernelApiModel::Match
KernelApiModel::classify(const FunctionDecl *Callee, SourceLocation CallLoc,
                         const SourceManager &SM, const LangOptions &LO) const {
  Match M;
  llvm::StringRef DroppingWait;
  if (SourceLocation Body = macroBodyOrigin(CallLoc, SM); Body.isValid())
    forEachEnclosingMacro(Body, SM, LO,
                          [&](llvm::StringRef Name, SourceLocation Expansion) {
                            // Calls inside a lock-dropping wait count one by
                            // one: no macro around it owns them.
                            if (LockDroppingWaits.matches(Name)) {
                              DroppingWait = Name;
                              return false;
                            }
                            ApiEntry E = effectOfName(Name);
                            if (E.Effect != ApiEffect::None) {
                              M = {E.Effect, Name, Expansion, E.Context,
                                   E.UnlessInterrupt};
                            }
                            return true;
                          });
  if (M.Effect != ApiEffect::None)
    return M;
  if (Callee && Callee->getDeclName().isIdentifier()) {
    ApiEntry E = effectOfName(Callee->getName());
    M = {E.Effect, Callee->getName(), SourceLocation(), E.Context,
         E.UnlessInterrupt};
  }
  // The sleep inside a lock-dropping wait is the wait's, for the message.
  if (M.Effect == ApiEffect::Sleep && !DroppingWait.empty())
    M.Name = DroppingWait;
  return M;
}

std::optional<llvm::StringRef>
KernelApiModel::allocatorMacro(SourceLocation CallLoc, const SourceManager &SM,
                               const LangOptions &LO) const {
  std::optional<llvm::StringRef> Found;
  if (SourceLocation Body = macroBodyOrigin(CallLoc, SM); Body.isValid())
    forEachEnclosingMacro(Body, SM, LO, [&](llvm::StringRef Name, SourceLocation) {
      if (isGfpAllocator(Name))
        Found = Name;
      return true;
    });
  return Found;
}

const CallbackSite *KernelApiModel::registration(llvm::StringRef Name) const {
  return Registrations.find(Name);
}

std::optional<std::pair<llvm::StringRef, const CallbackSite *>>
KernelApiModel::registrationMacro(SourceLocation Loc, const SourceManager &SM,
                                  const LangOptions &LO) const {
  std::optional<std::pair<llvm::StringRef, const CallbackSite *>> Found;
  forEachEnclosingMacro(Loc, SM, LO, [&](llvm::StringRef Name, SourceLocation) {
    if (const CallbackSite *R = registration(Name))
      Found.emplace(Name, R);
    return true;
  });
  return Found;
}

std::optional<ContextKind>
KernelApiModel::callbackField(llvm::StringRef Record,
                              llvm::StringRef Field) const {
  auto It = CallbackFields.find((Record + "." + Field).str());
  if (It == CallbackFields.end())
    return std::nullopt;
  return It->second;
}

bool KernelApiModel::isGfpAllocator(llvm::StringRef Name,
                                    std::optional<unsigned> *ArgIndex) const {
  const std::optional<unsigned> *E = GfpAllocators.find(Name);
  if (E && ArgIndex)
    *ArgIndex = *E;
  return E != nullptr;
}

bool KernelApiModel::lists(llvm::StringRef Name) const {
  return Enter.contains(Name) || TryEnter.contains(Name) ||
         Sleeping.contains(Name) || Leave.matches(Name) ||
         NonSleeping.matches(Name) || LockDroppingWaits.matches(Name) ||
         GfpAllocators.contains(Name);
}

} // namespace clang::tidy::kernel
