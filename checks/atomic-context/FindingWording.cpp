#include "FindingWording.h"
#include "analysis/CallChain.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::kernel {

namespace {

const char *originSuffix(OriginKind K) {
  switch (K) {
  case OriginKind::Trylock:
    return " succeeded";
  case OriginKind::Guard:
    return " acquires it for its lifetime";
  case OriginKind::Helper:
    return " returns with it held";
  case OriginKind::Call:
    break;
  }
  return "";
}

/// "line 18", or "file.c:18" when the site is in another file than \p Here.
std::string whereIs(SiteId At, SiteId Here, const EventProgram &P) {
  const Site &S = P.site(At);
  if (S.File == P.site(Here).File)
    return "line " + std::to_string(S.Line);
  return llvm::sys::path::filename(P.Files[S.File]).str() + ":" +
         std::to_string(S.Line);
}

/// Why the context is atomic, in a few words for the warning itself.
std::string contextClause(const Finding &F, const EventProgram &P) {
  switch (F.Why) {
  case Finding::Held:
    return F.OriginText + " at " + whereIs(F.OriginAt, F.At, P) +
           (F.Origin == OriginKind::Trylock ? " succeeded" : "");
  case Finding::Inner:
    return F.Cause.InnerText + " at " + whereIs(F.Cause.InnerAt, F.At, P) +
           (F.Cause.InnerOrigin == OriginKind::Trylock ? " succeeded" : "");
  case Finding::Entry:
    return "'" + P.Functions[F.In].Name + "' runs " +
           contextPhrase(F.Context).str();
  case Finding::Annotated:
    return "'" + P.Functions[F.In].Name + "' is annotated kernel::atomic";
  }
  return "";
}

DiagnosticText warning(const Finding &F, const EventProgram &P) {
  const SleepCause &C = F.Cause;
  DiagnosticText D;
  D.At = F.At;
  std::string Clause = contextClause(F, P);
  if (C.Through && C.Flags.empty()) {
    D.Format = "calling '%0', which may sleep, in atomic context (%1)";
    D.Args = {C.Name, Clause};
  } else if (!C.Flags.empty()) {
    D.Format = "calling '%0' with %1 may sleep in atomic context (%2)";
    D.Args = {C.Name, C.Flags, Clause};
  } else if (C.Leaf == SleepKind::GlobalNew) {
    D.Format = "allocating with 'new' may sleep in atomic context (%0)";
    D.Args = {Clause};
  } else if (C.Leaf == SleepKind::Indirect) {
    D.Format = "indirect call may sleep in atomic context (%0)";
    D.Args = {Clause};
  } else {
    D.Format = "calling '%0' may sleep in atomic context (%1)";
    D.Args = {C.Name, Clause};
  }
  return D;
}

void contextNotes(const Finding &F, const EventProgram &P,
                  std::vector<DiagnosticText> &Out) {
  auto Note = [&](SiteId At, const char *Format, std::vector<std::string> Args) {
    Out.push_back({At, true, Format, std::move(Args)});
  };
  switch (F.Why) {
  case Finding::Held:
    Note(F.OriginAt, "atomic context begins here: %0%1",
         {F.OriginText, originSuffix(F.Origin)});
    return;
  case Finding::Inner:
    Note(F.Cause.InnerAt, "atomic context begins here: %0%1",
         {F.Cause.InnerText, originSuffix(F.Cause.InnerOrigin)});
    return;
  case Finding::Entry: {
    const ContextEntry &E = P.Entries[F.EntryIndex];
    const std::string &Name = P.Functions[F.In].Name;
    if (E.How == ContextEntry::Field)
      Note(E.At, "'%0' runs %1: stored as %2 here",
           {Name, contextPhrase(E.Context).str(), E.Through});
    else
      Note(E.At, "'%0' runs %1: registered by '%2' here",
           {Name, contextPhrase(E.Context).str(), E.Through});
    return;
  }
  case Finding::Annotated:
    Note(P.Functions[F.In].At, "'%0' runs in atomic context: annotated kernel::atomic",
         {P.Functions[F.In].Name});
    return;
  }
}

/// The end of a frame's note: why the call made there sleeps.
void leafWhy(const SleepCause &Leaf, const SleepCause &Top, bool FlagsFromCaller,
             DiagnosticText &D) {
  switch (Leaf.Leaf) {
  case SleepKind::Api:
    D.Format = "frame #%0: '%1' calls '%2' here, which may sleep";
    return;
  case SleepKind::Gfp:
    if (FlagsFromCaller) {
      D.Format = "frame #%0: '%1' calls '%2' here with '%3' (%4 from the "
                 "caller), which may sleep in direct reclaim";
      D.Args.push_back(Leaf.Flags);
      D.Args.push_back(Top.Flags);
    } else {
      D.Format = "frame #%0: '%1' calls '%2' here with %3, which may sleep in "
                 "direct reclaim";
      D.Args.push_back(Leaf.Flags);
    }
    return;
  case SleepKind::Annotated:
    D.Format = "frame #%0: '%1' calls '%2' here, annotated kernel::might_sleep";
    return;
  case SleepKind::GlobalNew:
    D.Format = "frame #%0: '%1' calls '%2' here, an allocation through an "
               "'operator new' this file does not define (assumed to sleep)";
    return;
  case SleepKind::Indirect:
    D.Format = "frame #%0: '%1' calls '%2' here, an indirect call "
               "(AssumeIndirectCallsSleep)";
    return;
  case SleepKind::Database:
    D.Format = "frame #%0: '%1' calls '%2' here, which may sleep (%3)";
    D.Args.push_back(Leaf.Reason);
    return;
  }
}

/// For a call through a function-pointer field: what the analysis took it
/// to call.
void fieldNote(const SleepCause &C, std::vector<DiagnosticText> &Out) {
  if (!C.Field.empty())
    Out.push_back({C.At, true,
                   "a call through '%0': every function stored there may "
                   "sleep, '%1' the first",
                   {C.Field, C.Name}});
}

void chainNotes(const SleepCause &Top, const EventProgram &P,
                const ModuleAnalysis &A, std::vector<DiagnosticText> &Out) {
  fieldNote(Top, Out);
  if (!Top.Through) {
    if (Top.Leaf == SleepKind::Annotated && Top.Callee != NoId)
      Out.push_back({P.Functions[Top.Callee].At, true,
                     "'%0' is annotated kernel::might_sleep", {Top.Name}});
    else if (Top.Leaf == SleepKind::Indirect)
      Out.push_back({Top.At, true,
                     "the target of this call is unknown and "
                     "AssumeIndirectCallsSleep is set",
                     {}});
    else if (Top.Leaf == SleepKind::GlobalNew)
      Out.push_back({Top.At, true,
                     "this file does not define the 'operator new' it calls; "
                     "assumed to sleep like kmalloc with GFP_KERNEL",
                     {}});
    else if (Top.Leaf == SleepKind::Database)
      Out.push_back({Top.At, true, "'%0' may sleep: %1", {Top.Name, Top.Reason}});
    return;
  }
  // The chain: frame #N is the call the callee of frame #N-1 makes.
  struct ChainFrame {
    const SleepCause *Caller;
    const SleepCause *Cause;
  };
  std::vector<ChainFrame> Chain;
  llvm::SmallPtrSet<const FunctionSummary *, 8> Seen;
  for (const SleepCause *C = &Top;;) {
    const FunctionSummary *Sum = A.summary(C->Callee);
    if (!Sum || !Seen.insert(Sum).second)
      break;
    const SleepCause *Next = C->CalleeGfpParam != NoId
                                 ? Sum->sleepsWithFlags(C->CalleeGfpParam)
                                 : (Sum->Sleeps ? &*Sum->Sleeps : nullptr);
    if (!Next)
      break;
    Chain.push_back({C, Next});
    if (!Next->Through)
      break;
    C = Next;
  }
  // Long chains show their first frames, one note for the rest, and the
  // frame that sleeps (analysis/CallChain.h cuts every check's chains).
  const CallChainNotes Notes(Chain.size(), MaxCallChainNotes,
                             MaxCallChainNotes - 2);
  for (unsigned I = 0; I < Chain.size(); ++I) {
    if (!Notes.shows(I)) {
      if (I == Notes.elidedBegin())
        Out.push_back({Chain[I - 1].Cause->At, true,
                       "frames #%0 to #%1: %2 more calls",
                       {std::to_string(Notes.elidedBegin() + 1),
                        std::to_string(Notes.elidedEnd()),
                        std::to_string(Notes.elidedCount())}});
      continue;
    }
    const ChainFrame &F = Chain[I];
    DiagnosticText D{F.Cause->At, true, "frame #%0: '%1' calls '%2' here",
                     {std::to_string(I + 1), P.Functions[F.Caller->Callee].Name,
                      F.Cause->Name}};
    if (!F.Cause->Through)
      leafWhy(*F.Cause, Top, F.Caller->CalleeGfpParam != NoId, D);
    Out.push_back(std::move(D));
    fieldNote(*F.Cause, Out);
  }
}

} // namespace

std::vector<DiagnosticText> wordFinding(const Finding &F, const EventProgram &P,
                                        const ModuleAnalysis &A) {
  std::vector<DiagnosticText> Out{warning(F, P)};
  contextNotes(F, P, Out);
  chainNotes(F.Cause, P, A, Out);
  return Out;
}

DiagnosticText wordUnanalysedCall(const UnanalysedCall &C, const EventProgram &P) {
  return {C.At, false,
          "cannot tell whether calling '%0' may sleep in atomic context: its "
          "body could not be analysed (too large, or no CFG)",
          {P.Functions[C.Callee].Name}};
}

std::string formatDiagnostic(llvm::StringRef Format,
                             llvm::ArrayRef<std::string> Args) {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C == '%' && I + 1 < Format.size()) {
      char N = Format[I + 1];
      if (N == '%') {
        Out += '%';
        ++I;
        continue;
      }
      if (N >= '0' && N <= '9' && static_cast<size_t>(N - '0') < Args.size()) {
        Out += Args[N - '0'];
        ++I;
        continue;
      }
    }
    Out += C;
  }
  return Out;
}

} // namespace clang::tidy::kernel
