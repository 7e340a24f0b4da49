#include "SummaryDatabase.h"
#include "analysis/LlvmCompat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace clang::tidy::kernel {

namespace json = llvm::json;

namespace {

constexpr llvm::StringLiteral Magic = "kernel-tidy-summary-database";
const char *const SleepKinds[] = {"api", "gfp", "annotated", "new", "indirect",
                                  "database"};
const char *const OriginKinds[] = {"call", "guard", "trylock", "helper"};
const char *const EntryKinds[] = {"registration", "field", "annotation"};

// Chains spelled out in a kernel database's reasons stop after this many
// calls: the first ones and the one that sleeps say enough.
constexpr unsigned MaxReasonFrames = 3;

json::Array siteToJSON(const EventProgram &P, SiteId At) {
  const Site &S = P.site(At);
  return json::Array{P.Files[S.File], int64_t(S.Line), int64_t(S.Column)};
}

json::Object causeToJSON(const EventProgram &P, const SleepCause &C) {
  json::Object O{{"at", siteToJSON(P, C.At)},
                 {"through", C.Through},
                 {"why", SleepKinds[unsigned(C.Leaf)]},
                 {"name", C.Name},
                 {"depth", int64_t(C.RelDepth)}};
  if (C.Callee != NoId)
    O["callee"] = P.Functions[C.Callee].Symbol;
  if (!C.Flags.empty())
    O["flags"] = C.Flags;
  if (!C.Reason.empty())
    O["reason"] = C.Reason;
  if (C.UnlessInterrupt)
    O["unless_interrupt"] = true;
  if (C.CalleeGfpParam != NoId)
    O["callee_gfp"] = int64_t(C.CalleeGfpParam);
  if (C.InnerAt != NoId)
    O["inner"] = json::Object{{"at", siteToJSON(P, C.InnerAt)},
                              {"text", C.InnerText},
                              {"origin", OriginKinds[unsigned(C.InnerOrigin)]}};
  return O;
}

std::string leafReason(const SleepCause &Leaf) {
  switch (Leaf.Leaf) {
  case SleepKind::Gfp:
    return "'" + Leaf.Name + "' with " +
           (Leaf.Flags.empty() ? std::string("its caller's flags") : Leaf.Flags);
  case SleepKind::Database:
    return "'" + Leaf.Name + "' (" + Leaf.Reason + ")";
  default:
    return "'" + Leaf.Name + "'";
  }
}

/// The causes from \p Top down to the call that sleeps (at most 64); the
/// last is a leaf unless a callee's summary no longer says it sleeps.
std::vector<const SleepCause *> chainOf(const ModuleAnalysis &A,
                                        const SleepCause &Top) {
  std::vector<const SleepCause *> Chain{&Top};
  for (unsigned Hops = 0; Chain.back()->Through && Hops < 64; ++Hops) {
    const FunctionSummary *S = A.summary(Chain.back()->Callee);
    const SleepCause *Next =
        !S ? nullptr
           : Chain.back()->CalleeGfpParam != NoId
                 ? S->sleepsWithFlags(Chain.back()->CalleeGfpParam)
                 : (S->Sleeps ? &*S->Sleeps : nullptr);
    if (!Next)
      break;
    Chain.push_back(Next);
  }
  return Chain;
}

/// A call through a function-pointer field says so before its callee.
std::string throughField(const SleepCause &C) {
  return C.Field.empty() ? "" : "through '" + C.Field + "' ";
}

/// Why \p F may sleep, as one phrase: the calls down to the one that
/// sleeps, and where that one is.
std::string reasonOf(const EventProgram &P, const ModuleAnalysis &A,
                     const SleepCause &Top) {
  std::vector<const SleepCause *> Chain = chainOf(A, Top);
  std::string Out = "calls ";
  for (unsigned I = 0; I + 1 < Chain.size(); ++I) {
    if (I == MaxReasonFrames - 1 && Chain.size() > MaxReasonFrames + 1) {
      Out += "..., which calls ";
      I = Chain.size() - 2;
    }
    Out += throughField(*Chain[I]) + "'" + Chain[I]->Name + "', which calls ";
  }
  const SleepCause &Leaf = *Chain.back();
  const Site &S = P.site(Leaf.At);
  return Out + throughField(Leaf) + leafReason(Leaf) + " at " +
         P.Files[S.File] + ":" + std::to_string(S.Line);
}

} // namespace

llvm::Error SummaryDatabase::write(llvm::StringRef Path, Kind K,
                                   llvm::StringRef Description,
                                   const EventProgram &P,
                                   const ModuleAnalysis &A) {
  std::map<std::string, json::Object> Lines;
  auto LineOf = [&](FunctionId F) -> json::Object & {
    json::Object &O = Lines[P.Functions[F].Symbol];
    if (O.empty()) {
      O["name"] = P.Functions[F].Name;
      O["at"] = siteToJSON(P, P.Functions[F].At);
    }
    return O;
  };
  for (FunctionId F = 0; F != P.Functions.size(); ++F) {
    const Function &Fn = P.Functions[F];
    const FunctionSummary *S = A.summary(F);
    if (!Fn.Defined || !S || (K == Kind::Kernel && !Fn.ExternallyVisible))
      continue;
    // A kernel database says what may sleep, not how the kernel's own
    // functions change the depth: the lock API is hand-written knowledge,
    // and inside mm/ or the scheduler the depth a function returns with
    // comes from code the tables do not model (a kfree() whose slab paths
    // restore interrupts their callees disabled), which would take its
    // callers out of atomic context.
    const int NetDepth = K == Kind::Kernel ? 0 : S->NetDepth;
    // For the same reason a kernel function that sleeps only below its
    // entry depth (after releasing more than it took, as the analysis counts
    // the kernel's lock internals and oops paths: kfree() reaching
    // console_lock() at depth -3) is not said to sleep: that depth is an
    // artefact, and in an interrupt handler, where any sleep is reported,
    // it would make kfree() a finding. The kernel's real lock-dropping
    // waits are hand-written knowledge.
    // And a claim must have its witness: a chain of calls that ends in a
    // call that sleeps. In the kernel's largest recursive cycles (the
    // network stack's transmit and receive paths through BPF redirects)
    // the rounds the analysis can afford leave causes that point at a
    // callee whose summary no longer sleeps; such a claim (napi_gro_receive()
    // "sleeps" through __dev_queue_xmit()) is not said.
    auto Trusted = [&](const SleepCause &C) {
      if (K != Kind::Kernel)
        return true;
      if (C.RelDepth < 0)
        return false;
      const SleepCause &Leaf = *chainOf(A, C).back();
      return !Leaf.Through;
    };
    const SleepCause *Sleeps =
        S->Sleeps && Trusted(*S->Sleeps) ? &*S->Sleeps : nullptr;
    json::Array Flags;
    const SleepCause *FirstWithFlags = nullptr;
    for (const auto &[Param, Cause] : S->SleepsWithFlags) {
      if (!Trusted(Cause))
        continue;
      Flags.push_back(json::Array{int64_t(Param), causeToJSON(P, Cause)});
      if (!FirstWithFlags)
        FirstWithFlags = &Cause;
    }
    if (!Sleeps && Flags.empty() && !NetDepth && !S->NoReturn)
      continue;
    json::Object &O = LineOf(F);
    if (Sleeps) {
      O["sleeps"] = causeToJSON(P, *Sleeps);
      O["reason"] = reasonOf(P, A, *Sleeps);
    }
    if (!Flags.empty()) {
      O["with_flags"] = std::move(Flags);
      if (!Sleeps)
        O["reason"] = reasonOf(P, A, *FirstWithFlags);
    }
    if (NetDepth) {
      O["net"] = int64_t(NetDepth);
      O["net_ctx"] = contextKeyword(S->NetContext);
    }
    if (S->NoReturn)
      O["noreturn"] = true;
  }
  // Where other files register or store a function: a single file then
  // knows its handlers' contexts. (A kernel database has none.)
  if (K == Kind::Module)
    for (const ContextEntry &E : P.Entries) {
      json::Object &O = LineOf(E.Fn);
      json::Array *Entries = O.getArray("entries");
      if (!Entries) {
        O["entries"] = json::Array();
        Entries = O.getArray("entries");
      }
      Entries->push_back(json::Object{{"ctx", contextKeyword(E.Context)},
                                      {"how", EntryKinds[E.How]},
                                      {"through", E.Through},
                                      {"at", siteToJSON(P, E.At)}});
    }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  OS << Magic << ' ' << FormatVersion << ' '
     << (K == Kind::Kernel ? "kernel" : "module") << ' ' << Description << '\n';
  for (auto &[Symbol, O] : Lines)
    OS << Symbol << '\t' << json::Value(std::move(O)) << '\n';
  OS << "end " << Lines.size() << '\n';
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<SummaryDatabase>>
SummaryDatabase::open(llvm::StringRef Path) {
  auto Error = [&](const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "summary database '" + Path + "': " + What);
  };
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return Error(Buffer.getError().message());
  std::unique_ptr<SummaryDatabase> DB(new SummaryDatabase());
  llvm::StringRef Text = (*Buffer)->getBuffer();
  auto [Header, Rest] = Text.split('\n');
  llvm::SmallVector<llvm::StringRef, 4> Fields;
  Header.split(Fields, ' ', 3);
  unsigned Version = 0;
  if (Fields.size() < 3 || Fields[0] != Magic)
    return Error("not a kernel-tidy summary database");
  if (Fields[1].getAsInteger(10, Version) || Version != FormatVersion)
    return Error("format version " + Fields[1] +
                 ", but this kernel-tidy reads version " +
                 llvm::Twine(FormatVersion) + "; regenerate it");
  if (Fields[2] != "module" && Fields[2] != "kernel")
    return Error("unknown kind '" + Fields[2] + "'");
  DB->DatabaseKind = Fields[2] == "kernel" ? Kind::Kernel : Kind::Module;
  DB->Description = Fields.size() > 3 ? Fields[3].str() : "";
  // The trailer counts the lines: a truncated file has none, or another
  // count.
  llvm::StringRef Trimmed = Rest.rtrim('\n');
  size_t LastLine = Trimmed.rfind('\n');
  llvm::StringRef Trailer =
      LastLine == llvm::StringRef::npos ? Trimmed : Trimmed.drop_front(LastLine + 1);
  llvm::StringRef Body =
      LastLine == llvm::StringRef::npos ? "" : Trimmed.take_front(LastLine + 1);
  size_t Count = 0;
  if (!Trailer.consume_front("end ") || Trailer.getAsInteger(10, Count) ||
      Count != size_t(Body.count('\n')))
    return Error("truncated or corrupt (the line count at its end is missing "
                 "or wrong)");
  DB->Count = Count;
  DB->Body = Body;
  DB->Buffer = std::move(*Buffer);
  return std::move(DB);
}

llvm::StringRef SummaryDatabase::line(llvm::StringRef Symbol) const {
  // Binary search over the sorted lines of the mapped file.
  size_t Low = 0, High = Body.size();
  while (Low < High) {
    size_t Mid = Low + (High - Low) / 2;
    size_t Start = Body.rfind('\n', Mid);
    Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
    if (Start < Low)
      Start = Low;
    size_t End = Body.find('\n', Start);
    if (End == llvm::StringRef::npos)
      End = Body.size();
    llvm::StringRef Line = Body.slice(Start, End);
    llvm::StringRef Key = Line.split('\t').first;
    int Cmp = Key.compare(Symbol);
    if (Cmp == 0)
      return Line.split('\t').second;
    if (Cmp < 0)
      Low = End + 1;
    else
      High = Start;
  }
  return "";
}

bool SummaryDatabase::knows(llvm::StringRef Symbol) const {
  return !line(Symbol).empty();
}

namespace {

/// Reads a database line into the terms of one program.
class LineReader {
public:
  LineReader(EventProgram &P, bool Kernel) : P(P), Kernel(Kernel) {}
  bool Ok = true;

  SiteId site(const json::Value *V) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    std::optional<llvm::StringRef> File =
        A && A->size() == 3 ? compat::toStd((*A)[0].getAsString()) : std::nullopt;
    std::optional<int64_t> L = File ? compat::toStd((*A)[1].getAsInteger()) : std::nullopt;
    std::optional<int64_t> C = File ? compat::toStd((*A)[2].getAsInteger()) : std::nullopt;
    if (!L || !C) {
      Ok = false;
      return 0;
    }
    return P.site(P.file(*File), uint32_t(*L), uint32_t(*C));
  }

  std::optional<SleepCause> cause(const json::Object *O) {
    if (!O) {
      Ok = false;
      return std::nullopt;
    }
    SleepCause C;
    C.At = site(O->get("at"));
    C.Through = O->getBoolean("through").value_or(false);
    std::optional<llvm::StringRef> Why = compat::toStd(O->getString("why"));
    for (unsigned I = 0; Why && I != std::size(SleepKinds); ++I)
      if (*Why == SleepKinds[I])
        C.Leaf = static_cast<SleepKind>(I);
    C.Name = O->getString("name").value_or("").str();
    C.Flags = O->getString("flags").value_or("").str();
    C.Reason = O->getString("reason").value_or("").str();
    C.RelDepth = static_cast<int>(O->getInteger("depth").value_or(0));
    C.UnlessInterrupt = O->getBoolean("unless_interrupt").value_or(false);
    if (std::optional<int64_t> G = compat::toStd(O->getInteger("callee_gfp")))
      C.CalleeGfpParam = static_cast<uint32_t>(*G);
    // A kernel database's chains are not followed: its reason says it all.
    if (std::optional<llvm::StringRef> Callee = compat::toStd(O->getString("callee")); Callee && !Kernel)
      C.Callee = P.function(*Callee);
    else if (C.Through)
      C.Through = false;
    if (const json::Object *In = O->getObject("inner")) {
      C.InnerAt = site(In->get("at"));
      C.InnerText = In->getString("text").value_or("").str();
      std::optional<llvm::StringRef> Origin = compat::toStd(In->getString("origin"));
      for (unsigned I = 0; Origin && I != std::size(OriginKinds); ++I)
        if (*Origin == OriginKinds[I])
          C.InnerOrigin = static_cast<OriginKind>(I);
    }
    return C;
  }

private:
  EventProgram &P;
  bool Kernel;
};

} // namespace

std::optional<FunctionSummary> SummaryDatabase::lookup(EventProgram &P,
                                                       FunctionId F) {
  if (!Problem.empty())
    return std::nullopt;
  std::string Symbol = P.Functions[F].Symbol;
  llvm::StringRef Line = line(Symbol);
  if (Line.empty())
    return std::nullopt;
  llvm::Expected<json::Value> V = json::parse(Line);
  const json::Object *O = V ? V->getAsObject() : nullptr;
  if (!V)
    llvm::consumeError(V.takeError());
  if (!O) {
    Problem = "the line of '" + Symbol + "' is corrupt";
    return std::nullopt;
  }
  bool Kernel = DatabaseKind == Kind::Kernel;
  LineReader R(P, Kernel);
  FunctionSummary S;
  if (const json::Object *Sleeps = O->getObject("sleeps"))
    S.Sleeps = R.cause(Sleeps);
  if (const json::Array *Flags = O->getArray("with_flags"))
    for (const json::Value &Item : *Flags) {
      const json::Array *Pair = Item.getAsArray();
      std::optional<int64_t> Param =
          Pair && Pair->size() == 2 ? compat::toStd((*Pair)[0].getAsInteger()) : std::nullopt;
      std::optional<SleepCause> C =
          Param ? R.cause((*Pair)[1].getAsObject()) : std::nullopt;
      if (!C) {
        R.Ok = false;
        break;
      }
      S.SleepsWithFlags.push_back({uint32_t(*Param), std::move(*C)});
    }
  // Older kernel databases carried depth changes; they are not used (see
  // write()).
  S.NetDepth = Kernel ? 0 : static_cast<int>(O->getInteger("net").value_or(0));
  if (std::optional<ContextKind> K = parseContextKind(O->getString("net_ctx").value_or("")))
    S.NetContext = *K;
  S.NoReturn = O->getBoolean("noreturn").value_or(false);
  if (Kernel)
    S.DatabaseReason = O->getString("reason").value_or("").str() +
                       (Description.empty() ? "" : " in " + Description);
  if (!R.Ok) {
    Problem = "the line of '" + Symbol + "' is corrupt";
    return std::nullopt;
  }
  return S;
}

void SummaryDatabase::addEntries(EventProgram &P) {
  for (FunctionId F = 0; F != P.Functions.size() && Problem.empty(); ++F) {
    if (!P.Functions[F].Defined)
      continue;
    llvm::StringRef Line = line(P.Functions[F].Symbol);
    if (Line.empty() || !Line.contains("\"entries\""))
      continue;
    llvm::Expected<json::Value> V = json::parse(Line);
    const json::Object *O = V ? V->getAsObject() : nullptr;
    if (!V)
      llvm::consumeError(V.takeError());
    const json::Array *Entries = O ? O->getArray("entries") : nullptr;
    if (!Entries) {
      Problem = "the line of '" + P.Functions[F].Symbol + "' is corrupt";
      return;
    }
    LineReader R(P, false);
    for (const json::Value &Item : *Entries) {
      const json::Object *E = Item.getAsObject();
      std::optional<ContextKind> K =
          E ? parseContextKind(E->getString("ctx").value_or("")) : std::nullopt;
      if (!K)
        continue;
      ContextEntry Entry;
      Entry.Fn = F;
      Entry.Context = *K;
      std::optional<llvm::StringRef> How = compat::toStd(E->getString("how"));
      for (unsigned I = 0; How && I != std::size(EntryKinds); ++I)
        if (*How == EntryKinds[I])
          Entry.How = static_cast<ContextEntry::Via>(I);
      Entry.Through = E->getString("through").value_or("").str();
      Entry.At = R.site(E->get("at"));
      if (R.Ok)
        P.Entries.push_back(std::move(Entry));
    }
  }
}

} // namespace clang::tidy::kernel
