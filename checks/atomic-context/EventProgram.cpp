#include "EventProgram.h"
#include "llvm/Support/raw_ostream.h"
#include <tuple>

namespace clang::tidy::kernel {

FunctionId EventProgram::function(llvm::StringRef Symbol) {
  auto [It, New] = BySymbol.try_emplace(Symbol, Functions.size());
  if (New) {
    Function &F = Functions.emplace_back();
    F.Symbol = Symbol.str();
    F.Name = Symbol.str();
  }
  return It->second;
}

FunctionId EventProgram::find(llvm::StringRef Symbol) const {
  auto It = BySymbol.find(Symbol);
  return It == BySymbol.end() ? NoId : It->second;
}

uint32_t EventProgram::file(llvm::StringRef Path) {
  auto [It, New] = FileIndex.try_emplace(Path, Files.size());
  if (New)
    Files.push_back(Path.str());
  return It->second;
}

SiteId EventProgram::site(uint32_t File, uint32_t Line, uint32_t Column) {
  auto [It, New] = SiteIndex.try_emplace(
      {File, (uint64_t(Line) << 32) | Column}, SiteId(Sites.size()));
  if (New)
    Sites.push_back({File, Line, Column});
  return It->second;
}

bool EventProgram::before(SiteId A, SiteId B) const {
  const Site &L = Sites[A], &R = Sites[B];
  if (L.File != R.File)
    return Files[L.File] < Files[R.File];
  return std::tie(L.Line, L.Column) < std::tie(R.Line, R.Column);
}

static const char *eventName(Event::Kind K) {
  switch (K) {
  case Event::Enter:
    return "enter";
  case Event::Leave:
    return "leave";
  case Event::Sleep:
    return "sleep";
  case Event::Call:
    return "call";
  case Event::Dispatch:
    return "dispatch";
  case Event::FieldCall:
    return "field";
  }
  return "?";
}

void EventProgram::dump(llvm::raw_ostream &OS, const Function &F) const {
  const Site &At = Sites[F.At];
  OS << F.Name << " [" << F.Symbol << "] " << Files[At.File] << ':' << At.Line
     << (F.Defined ? "" : " (declared)") << (F.Incomplete ? " (incomplete)" : "")
     << "\n";
  auto DumpEvent = [&](const Event &E) {
    const Site &S = Sites[E.At];
    OS << "    " << eventName(E.K) << " @" << S.Line << ':' << S.Column;
    if (E.K == Event::Enter || E.K == Event::Leave)
      OS << ' ' << contextKeyword(E.Context) << " key='" << E.Key << "'"
         << (E.OnlyIfHeld ? " if-held" : "");
    if (E.K == Event::Sleep)
      OS << ' ' << E.Name << (E.Flags.empty() ? "" : " " + E.Flags)
         << (E.UnlessInterrupt ? " unless-interrupt" : "");
    if (E.K == Event::FieldCall)
      OS << ' ' << E.Key << ':';
    for (FunctionId C : E.Callees)
      OS << ' ' << Functions[C].Name;
    OS << '\n';
  };
  for (unsigned B = 0; B != F.Blocks.size(); ++B) {
    const Block &Blk = F.Blocks[B];
    OS << "  B" << B << (B == F.Entry ? " (entry)" : "")
       << (B == F.Exit ? " (exit)" : "") << (Blk.NoReturn ? " (noreturn)" : "")
       << " ->";
    for (uint32_t S : Blk.Successors)
      OS << ' ' << (S == NoId ? std::string("-") : "B" + std::to_string(S));
    OS << '\n';
    for (const Event &E : Blk.Events)
      DumpEvent(E);
    if (Blk.TryEdge != NoId) {
      OS << "    on edge " << Blk.TryEdge << ":";
      DumpEvent(Blk.TryEnter);
    }
  }
}

void EventProgram::dump(llvm::raw_ostream &OS) const {
  for (const Function &F : Functions)
    if (F.Defined)
      dump(OS, F);
  for (const ContextEntry &E : Entries)
    OS << "entry " << Functions[E.Fn].Name << ' ' << contextKeyword(E.Context)
       << " through " << E.Through << '\n';
  for (const FieldStore &S : FieldStores)
    OS << "store " << S.Field << " = " << Functions[S.Fn].Name << '\n';
}

} // namespace clang::tidy::kernel
