#include "ModuleLinker.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>

namespace clang::tidy::kernel {

void ModuleLinker::add(TranslationUnitSummary S) {
  Summaries.push_back(std::move(S));
}

EventProgram ModuleLinker::link() {
  llvm::sort(Summaries, [](const TranslationUnitSummary &A,
                           const TranslationUnitSummary &B) {
    return A.MainFile < B.MainFile;
  });
  EventProgram Out;
  for (TranslationUnitSummary &S : Summaries)
    merge(S, Out);
  return Out;
}

void ModuleLinker::merge(TranslationUnitSummary &S, EventProgram &Out) {
  EventProgram &In = S.Program;
  std::vector<SiteId> SiteMap(In.Sites.size());
  for (SiteId I = 0; I != In.Sites.size(); ++I) {
    const Site &St = In.Sites[I];
    SiteMap[I] = Out.site(Out.file(In.Files[St.File]), St.Line, St.Column);
  }
  // Sites meet by position: the same line in two TUs (a header) is one.
  std::vector<FunctionId> FnMap(In.Functions.size());
  for (FunctionId F = 0; F != In.Functions.size(); ++F)
    FnMap[F] = Out.function(In.Functions[F].Symbol);
  auto RemapEvent = [&](Event &E) {
    E.At = SiteMap[E.At];
    for (FunctionId &C : E.Callees)
      C = FnMap[C];
  };
  for (FunctionId F = 0; F != In.Functions.size(); ++F) {
    Function &Src = In.Functions[F];
    Function &Dst = Out.Functions[FnMap[F]];
    if (Src.Defined && Dst.Defined) {
      // Header inlines are defined in every TU that includes them, alike;
      // only a function with external linkage defined twice is a clash.
      if (Src.ExternallyVisible && !Src.Symbol.empty() &&
          !llvm::is_contained(Duplicates, Src.Symbol))
        Duplicates.push_back(Src.Symbol);
      continue;
    }
    if (!Src.Defined && Dst.Defined)
      continue;
    Dst.Name = Src.Name;
    Dst.At = SiteMap[Src.At];
    Dst.ExternallyVisible = Src.ExternallyVisible;
    Dst.Annotations |= Src.Annotations;
    Dst.GfpParams = Src.GfpParams;
    Dst.Shown = Dst.Shown || Src.Shown;
    if (!Src.Defined)
      continue;
    Dst.Defined = true;
    Dst.Incomplete = Src.Incomplete;
    Dst.Entry = Src.Entry;
    Dst.Exit = Src.Exit;
    Dst.Blocks = std::move(Src.Blocks);
    for (Block &B : Dst.Blocks) {
      for (Event &E : B.Events)
        RemapEvent(E);
      if (B.TryEdge != NoId)
        RemapEvent(B.TryEnter);
    }
  }
  for (ContextEntry E : In.Entries) {
    E.Fn = FnMap[E.Fn];
    E.At = SiteMap[E.At];
    Out.Entries.push_back(std::move(E));
  }
  for (FieldStore St : In.FieldStores) {
    St.Fn = FnMap[St.Fn];
    St.At = SiteMap[St.At];
    Out.FieldStores.push_back(std::move(St));
  }
  for (SiteId At : S.ReportedAt)
    Reported.insert(SiteMap[At]);
}

void resolveFieldCalls(EventProgram &P) {
  llvm::StringMap<llvm::SmallVector<FunctionId, 2>> Stored;
  for (const FieldStore &St : P.FieldStores)
    Stored[St.Field].push_back(St.Fn);
  for (auto &Entry : Stored) {
    llvm::sort(Entry.second);
    Entry.second.erase(std::unique(Entry.second.begin(), Entry.second.end()),
                       Entry.second.end());
  }
  auto Resolve = [&](Event &E) {
    if (E.K != Event::FieldCall)
      return;
    auto It = Stored.find(E.Key);
    E.Callees.clear();
    if (It != Stored.end())
      E.Callees.assign(It->second.begin(), It->second.end());
  };
  for (Function &F : P.Functions)
    for (Block &B : F.Blocks) {
      for (Event &E : B.Events)
        Resolve(E);
      Resolve(B.TryEnter);
    }
}

} // namespace clang::tidy::kernel
