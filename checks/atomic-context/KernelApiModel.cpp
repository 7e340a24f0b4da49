#include "KernelApiModel.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

KernelApiModel::KernelApiModel(const Lists &L)
    : Enter(NameList::ofTable(L.Enter)), Leave(L.Leave),
      TryEnter(NameList::ofTable(L.TryEnter)),
      Sleeping(NameList::ofTable(L.Sleeping)), NonSleeping(L.NonSleeping),
      GfpAllocators(NameList::ofTable(L.GfpAllocators)),
      ReclaimingFlags(L.ReclaimingFlags),
      NonReclaimingFlags(L.NonReclaimingFlags) {
  for (const TableEntry &E : parseTableEntries(L.Registrations)) {
    unsigned ArgIndex = 0;
    if (E.Pattern.empty() || E.Fields.empty() ||
        llvm::StringRef(E.Fields[0]).getAsInteger(10, ArgIndex))
      continue;
    std::string Context = E.Fields.size() > 1 ? E.Fields[1] : "atomic";
    Registrations[E.Pattern] = Registration{ArgIndex, Context};
  }
}

ApiEffect KernelApiModel::effectOfName(llvm::StringRef Name) const {
  // Order matters: `spin_trylock` must not be taken for a `spin_lock*`
  // family member, and `*_trylock` exempts members of sleeping families.
  if (TryEnter.matches(Name))
    return ApiEffect::TryEnter;
  if (Enter.matches(Name))
    return ApiEffect::Enter;
  if (Leave.matches(Name))
    return ApiEffect::Leave;
  if (Sleeping.matches(Name) && !NonSleeping.matches(Name))
    return ApiEffect::Sleep;
  return ApiEffect::None;
}

// Walks the macro expansions that produced \p Loc from the innermost out and
// calls \p Visit with each macro's name and expansion location.
template <typename Fn>
static void forEachEnclosingMacro(SourceLocation Loc, const SourceManager &SM,
                                  const LangOptions &LO, Fn Visit) {
  // Bounded: a pathological macro nest must not make one call expensive.
  for (unsigned Hops = 0; Loc.isMacroID() && Hops < 64; ++Hops) {
    llvm::StringRef Name = Lexer::getImmediateMacroName(Loc, SM, LO);
    SourceLocation Caller = SM.getImmediateMacroCallerLoc(Loc);
    if (!Name.empty())
      Visit(Name, SM.getImmediateExpansionRange(Loc).getBegin());
    if (Caller == Loc)
      break;
    Loc = Caller;
  }
}

KernelApiModel::Match
KernelApiModel::classify(const FunctionDecl *Callee, SourceLocation CallLoc,
                         const SourceManager &SM, const LangOptions &LO) const {
  Match M;
  if (Callee && Callee->getDeclName().isIdentifier()) {
    M.Name = Callee->getName();
    M.Effect = effectOfName(M.Name);
    if (M.Effect != ApiEffect::None)
      return M;
  }
  if (!CallLoc.isMacroID())
    return M;
  forEachEnclosingMacro(CallLoc, SM, LO,
                        [&](llvm::StringRef Name, SourceLocation Expansion) {
                          ApiEffect E = effectOfName(Name);
                          if (E == ApiEffect::None)
                            return;
                          M.Effect = E;
                          M.Name = Name;
                          M.Expansion = Expansion;
                        });
  return M;
}

std::optional<Registration>
KernelApiModel::registration(llvm::StringRef Name) const {
  auto It = Registrations.find(Name);
  if (It == Registrations.end())
    return std::nullopt;
  return It->second;
}

std::optional<std::pair<llvm::StringRef, Registration>>
KernelApiModel::registrationMacro(SourceLocation Loc, const SourceManager &SM,
                                  const LangOptions &LO) const {
  std::optional<std::pair<llvm::StringRef, Registration>> Found;
  forEachEnclosingMacro(Loc, SM, LO, [&](llvm::StringRef Name, SourceLocation) {
    if (auto R = registration(Name))
      Found.emplace(Name, *R);
  });
  return Found;
}

} // namespace clang::tidy::kernel
