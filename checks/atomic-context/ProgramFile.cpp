#include "ProgramFile.h"
#include "analysis/LlvmCompat.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

namespace json = llvm::json;

namespace {

constexpr const char *FormatName = "kernel-tidy-tu-summary";

const char *const EventKinds[] = {"enter", "leave", "sleep", "call", "dispatch",
                                  "field"};
const char *const SleepKinds[] = {"api", "gfp", "annotated", "new", "indirect",
                                  "database"};
const char *const OriginKinds[] = {"call", "guard", "trylock", "helper"};
const char *const Verdicts[] = {"reclaims", "noreclaim", "parameter", "unknown"};
const char *const Fallbacks[] = {"nothing", "allocation", "new"};
const char *const EntryKinds[] = {"registration", "field", "annotation"};

int64_t id(uint32_t V) { return V == NoId ? -1 : int64_t(V); }

json::Object eventToJSON(const Event &E) {
  json::Object O{{"k", EventKinds[E.K]}, {"at", int64_t(E.At)}};
  if (E.Expansion)
    O["x"] = int64_t(E.Expansion);
  switch (E.K) {
  case Event::Enter:
    O["text"] = E.Text;
    O["origin"] = OriginKinds[unsigned(E.Origin)];
    O["ctx"] = contextKeyword(E.Context);
    [[fallthrough]];
  case Event::Leave:
    O["key"] = E.Key;
    if (E.OnlyIfHeld)
      O["ifheld"] = true;
    break;
  case Event::Sleep:
    O["why"] = SleepKinds[unsigned(E.Sleeps)];
    O["name"] = E.Name;
    if (!E.Flags.empty())
      O["flags"] = E.Flags;
    if (E.UnlessInterrupt)
      O["unless_interrupt"] = true;
    if (E.CallerGfpParam != NoId)
      O["caller_gfp"] = int64_t(E.CallerGfpParam);
    [[fallthrough]];
  case Event::Call:
  case Event::Dispatch: {
    json::Array Callees;
    for (FunctionId C : E.Callees)
      Callees.push_back(int64_t(C));
    O["callees"] = std::move(Callees);
    if (E.K == Event::Sleep)
      break;
    json::Array Gfp;
    for (const GfpArgument &A : E.Gfp)
      Gfp.push_back(json::Object{{"param", int64_t(A.CalleeParam)},
                                 {"v", Verdicts[A.V]},
                                 {"caller", int64_t(A.CallerParam)},
                                 {"text", A.Spelling}});
    O["gfp"] = std::move(Gfp);
    O["text"] = E.Text;
    O["name"] = E.Name;
    O["fallback"] = Fallbacks[E.IfUnknown];
    break;
  }
  case Event::FieldCall: {
    O["key"] = E.Key;
    json::Array Callees;
    for (FunctionId C : E.Callees)
      Callees.push_back(int64_t(C));
    O["callees"] = std::move(Callees);
    break;
  }
  }
  return O;
}

json::Object functionToJSON(const Function &F) {
  json::Array Gfp;
  for (uint32_t P : F.GfpParams)
    Gfp.push_back(int64_t(P));
  json::Object O{{"symbol", F.Symbol},
                 {"name", F.Name},
                 {"at", int64_t(F.At)},
                 {"external", F.ExternallyVisible},
                 {"annotations", int64_t(F.Annotations)},
                 {"gfp", std::move(Gfp)},
                 {"shown", F.Shown},
                 {"defined", F.Defined},
                 {"incomplete", F.Incomplete}};
  if (!F.Defined)
    return O;
  O["entry"] = int64_t(F.Entry);
  O["exit"] = int64_t(F.Exit);
  json::Array Blocks;
  for (const Block &B : F.Blocks) {
    json::Array Succs, Events;
    for (uint32_t S : B.Successors)
      Succs.push_back(id(S));
    for (const Event &E : B.Events)
      Events.push_back(eventToJSON(E));
    json::Object JB{{"succ", std::move(Succs)}, {"events", std::move(Events)}};
    if (B.NoReturn)
      JB["noreturn"] = true;
    if (B.TryEdge != NoId) {
      JB["try_edge"] = int64_t(B.TryEdge);
      JB["try_enter"] = eventToJSON(B.TryEnter);
    }
    Blocks.push_back(std::move(JB));
  }
  O["blocks"] = std::move(Blocks);
  return O;
}

/// Reads JSON into the program with checks at every step: the first
/// problem is kept and the read fails.
class Reader {
public:
  explicit Reader(llvm::StringRef Path) : Path(Path) {}
  std::string Problem;

  bool fail(const llvm::Twine &What) {
    if (Problem.empty())
      Problem = What.str();
    return false;
  }

  template <typename T> bool index(const json::Object &O, llvm::StringRef Key,
                                   T &Out, size_t Limit, bool Optional = false) {
    std::optional<int64_t> V = compat::toStd(O.getInteger(Key));
    if (!V) {
      if (Optional)
        return true;
      return fail("missing '" + Key + "'");
    }
    if (*V == -1) {
      Out = NoId;
      return true;
    }
    if (*V < 0 || uint64_t(*V) >= Limit)
      return fail("'" + Key + "' out of range");
    Out = static_cast<T>(*V);
    return true;
  }

  template <size_t N>
  bool keyword(const json::Object &O, llvm::StringRef Key,
               const char *const (&Names)[N], unsigned &Out) {
    std::optional<llvm::StringRef> V = compat::toStd(O.getString(Key));
    for (unsigned I = 0; V && I != N; ++I)
      if (*V == Names[I]) {
        Out = I;
        return true;
      }
    return fail("bad '" + Key + "'");
  }

  std::string string(const json::Object &O, llvm::StringRef Key) {
    std::optional<llvm::StringRef> V = compat::toStd(O.getString(Key));
    return V ? V->str() : std::string();
  }

  bool event(const json::Object &O, Event &E, size_t Sites, size_t Functions);
  bool function(const json::Object &O, Function &F, size_t Sites,
                size_t Functions);
  bool program(const json::Object &Root, TranslationUnitSummary &S);

private:
  llvm::StringRef Path;
};

bool Reader::event(const json::Object &O, Event &E, size_t Sites,
                   size_t Functions) {
  unsigned K = 0;
  if (!keyword(O, "k", EventKinds, K) || !index(O, "at", E.At, Sites))
    return false;
  E.K = static_cast<Event::Kind>(K);
  if (std::optional<int64_t> X = compat::toStd(O.getInteger("x")))
    E.Expansion = static_cast<uint32_t>(*X);
  E.Key = string(O, "key");
  E.Text = string(O, "text");
  E.Name = string(O, "name");
  E.Flags = string(O, "flags");
  E.OnlyIfHeld = O.getBoolean("ifheld").value_or(false);
  E.UnlessInterrupt = O.getBoolean("unless_interrupt").value_or(false);
  if (E.K == Event::Enter) {
    unsigned Origin = 0;
    std::optional<ContextKind> Ctx = parseContextKind(string(O, "ctx"));
    if (!keyword(O, "origin", OriginKinds, Origin) || !Ctx)
      return fail("bad enter event");
    E.Origin = static_cast<OriginKind>(Origin);
    E.Context = *Ctx;
  }
  if (E.K == Event::Sleep) {
    unsigned Why = 0;
    if (!keyword(O, "why", SleepKinds, Why) ||
        !index(O, "caller_gfp", E.CallerGfpParam, 1u << 16, /*Optional=*/true))
      return false;
    E.Sleeps = static_cast<SleepKind>(Why);
  }
  if (const json::Array *Callees = O.getArray("callees"))
    for (const json::Value &C : *Callees) {
      std::optional<int64_t> V = compat::toStd(C.getAsInteger());
      if (!V || *V < 0 || uint64_t(*V) >= Functions)
        return fail("callee out of range");
      E.Callees.push_back(static_cast<FunctionId>(*V));
    }
  if (E.K == Event::Call || E.K == Event::Dispatch) {
    unsigned Fallback = 0;
    if (!keyword(O, "fallback", Fallbacks, Fallback))
      return false;
    E.IfUnknown = static_cast<Event::Fallback>(Fallback);
    if (const json::Array *Gfp = O.getArray("gfp"))
      for (const json::Value &V : *Gfp) {
        const json::Object *A = V.getAsObject();
        GfpArgument G;
        unsigned Verdict = 0;
        if (!A || !index(*A, "param", G.CalleeParam, 1u << 16) ||
            !index(*A, "caller", G.CallerParam, 1u << 16) ||
            !keyword(*A, "v", Verdicts, Verdict))
          return fail("bad gfp argument");
        G.V = static_cast<GfpArgument::Verdict>(Verdict);
        G.Spelling = string(*A, "text");
        E.Gfp.push_back(std::move(G));
      }
  }
  return true;
}

bool Reader::function(const json::Object &O, Function &F, size_t Sites,
                      size_t Functions) {
  F.Symbol = string(O, "symbol");
  F.Name = string(O, "name");
  if (F.Symbol.empty() || !index(O, "at", F.At, Sites))
    return fail("bad function");
  F.ExternallyVisible = O.getBoolean("external").value_or(false);
  F.Annotations = static_cast<uint8_t>(O.getInteger("annotations").value_or(0));
  F.Shown = O.getBoolean("shown").value_or(false);
  F.Defined = O.getBoolean("defined").value_or(false);
  F.Incomplete = O.getBoolean("incomplete").value_or(false);
  if (const json::Array *Gfp = O.getArray("gfp"))
    for (const json::Value &V : *Gfp)
      if (std::optional<int64_t> P = compat::toStd(V.getAsInteger()))
        F.GfpParams.push_back(static_cast<uint32_t>(*P));
  if (!F.Defined)
    return true;
  const json::Array *Blocks = O.getArray("blocks");
  if (!Blocks || Blocks->empty())
    return fail("defined function '" + F.Name + "' has no blocks");
  size_t N = Blocks->size();
  if (!index(O, "entry", F.Entry, N) || !index(O, "exit", F.Exit, N))
    return false;
  for (const json::Value &V : *Blocks) {
    const json::Object *JB = V.getAsObject();
    if (!JB)
      return fail("bad block");
    Block &B = F.Blocks.emplace_back();
    B.NoReturn = JB->getBoolean("noreturn").value_or(false);
    if (const json::Array *Succs = JB->getArray("succ"))
      for (const json::Value &S : *Succs) {
        std::optional<int64_t> I = compat::toStd(S.getAsInteger());
        if (!I || *I < -1 || *I >= int64_t(N))
          return fail("successor out of range");
        B.Successors.push_back(*I == -1 ? NoId : uint32_t(*I));
      }
    if (const json::Array *Events = JB->getArray("events"))
      for (const json::Value &E : *Events) {
        const json::Object *JE = E.getAsObject();
        if (!JE || !event(*JE, B.Events.emplace_back(), Sites, Functions))
          return fail("bad event in '" + F.Name + "'");
      }
    if (const json::Object *Try = JB->getObject("try_enter")) {
      if (!index(*JB, "try_edge", B.TryEdge, B.Successors.size()) ||
          !event(*Try, B.TryEnter, Sites, Functions))
        return false;
    }
  }
  return true;
}

bool Reader::program(const json::Object &Root, TranslationUnitSummary &S) {
  EventProgram &P = S.Program;
  S.MainFile = string(Root, "main");
  if (const json::Array *Inputs = Root.getArray("inputs"))
    for (const json::Value &V : *Inputs)
      if (std::optional<llvm::StringRef> In = compat::toStd(V.getAsString()))
        S.Inputs.push_back(In->str());
  const json::Array *Files = Root.getArray("files");
  const json::Array *Sites = Root.getArray("sites");
  const json::Array *Functions = Root.getArray("functions");
  const json::Array *Entries = Root.getArray("entries");
  if (!Files || !Sites || !Functions || !Entries)
    return fail("missing files, sites, functions or entries");
  for (const json::Value &F : *Files) {
    std::optional<llvm::StringRef> Name = compat::toStd(F.getAsString());
    if (!Name)
      return fail("bad file name");
    P.file(*Name);
  }
  for (const json::Value &V : *Sites) {
    const json::Array *A = V.getAsArray();
    if (!A || A->size() != 3)
      return fail("bad site");
    std::optional<int64_t> F = compat::toStd((*A)[0].getAsInteger()),
                           L = compat::toStd((*A)[1].getAsInteger()),
                           C = compat::toStd((*A)[2].getAsInteger());
    if (!F || !L || !C || *F < 0 || uint64_t(*F) >= P.Files.size() || *L < 0 ||
        *C < 0)
      return fail("bad site");
    // Sites are read in order and are distinct: their ids stay the same.
    if (P.site(uint32_t(*F), uint32_t(*L), uint32_t(*C)) != P.Sites.size() - 1)
      return fail("repeated site");
  }
  // Callees refer to functions by index: create them all first.
  for (const json::Value &V : *Functions) {
    const json::Object *O = V.getAsObject();
    if (!O)
      return fail("bad function");
    std::string Symbol = string(*O, "symbol");
    if (Symbol.empty() || P.find(Symbol) != NoId)
      return fail("bad or repeated function symbol '" + Symbol + "'");
    P.function(Symbol);
  }
  for (unsigned I = 0; I != Functions->size(); ++I)
    if (!function(*(*Functions)[I].getAsObject(), P.Functions[I],
                  P.Sites.size(), P.Functions.size()))
      return false;
  for (const json::Value &V : *Entries) {
    const json::Object *O = V.getAsObject();
    ContextEntry E;
    unsigned How = 0;
    std::optional<ContextKind> Ctx =
        O ? parseContextKind(string(*O, "ctx")) : std::nullopt;
    if (!O || !Ctx || !index(*O, "fn", E.Fn, P.Functions.size()) ||
        !index(*O, "at", E.At, P.Sites.size()) ||
        !keyword(*O, "how", EntryKinds, How))
      return fail("bad entry");
    E.Context = *Ctx;
    E.How = static_cast<ContextEntry::Via>(How);
    E.Through = string(*O, "through");
    P.Entries.push_back(std::move(E));
  }
  if (const json::Array *Stores = Root.getArray("stores"))
    for (const json::Value &V : *Stores) {
      const json::Object *O = V.getAsObject();
      FieldStore St;
      if (!O || !index(*O, "fn", St.Fn, P.Functions.size()) ||
          !index(*O, "at", St.At, P.Sites.size()))
        return fail("bad field store");
      St.Field = string(*O, "field");
      if (St.Field.empty() || St.Fn == NoId)
        return fail("bad field store");
      P.FieldStores.push_back(std::move(St));
    }
  if (const json::Array *Reported = Root.getArray("reported"))
    for (const json::Value &V : *Reported) {
      std::optional<int64_t> At = compat::toStd(V.getAsInteger());
      if (!At || *At < 0 || uint64_t(*At) >= P.Sites.size())
        return fail("bad reported site");
      S.ReportedAt.push_back(static_cast<SiteId>(*At));
    }
  return true;
}

} // namespace

llvm::Error writeSummary(const TranslationUnitSummary &S, llvm::StringRef Path) {
  const EventProgram &P = S.Program;
  json::Array Files, Sites, Functions, Entries, Stores, Reported, Inputs;
  for (const std::string &F : P.Files)
    Files.push_back(F);
  for (const Site &St : P.Sites)
    Sites.push_back(json::Array{int64_t(St.File), int64_t(St.Line),
                                int64_t(St.Column)});
  for (const Function &F : P.Functions)
    Functions.push_back(functionToJSON(F));
  for (const ContextEntry &E : P.Entries)
    Entries.push_back(json::Object{{"fn", int64_t(E.Fn)},
                                   {"ctx", contextKeyword(E.Context)},
                                   {"how", EntryKinds[E.How]},
                                   {"through", E.Through},
                                   {"at", int64_t(E.At)}});
  for (const FieldStore &St : P.FieldStores)
    Stores.push_back(json::Object{{"field", St.Field},
                                  {"fn", int64_t(St.Fn)},
                                  {"at", int64_t(St.At)}});
  for (SiteId At : S.ReportedAt)
    Reported.push_back(int64_t(At));
  for (const std::string &In : S.Inputs)
    Inputs.push_back(In);
  json::Object Root{{"format", FormatName},
                    {"version", int64_t(TranslationUnitSummary::FormatVersion)},
                    {"main", S.MainFile},
                    {"inputs", std::move(Inputs)},
                    {"files", std::move(Files)},
                    {"sites", std::move(Sites)},
                    {"functions", std::move(Functions)},
                    {"entries", std::move(Entries)},
                    {"stores", std::move(Stores)},
                    {"reported", std::move(Reported)}};
  // Written beside the target and renamed into place: parallel runs and
  // readers never see half a file.
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Path + ".tmp-%%%%%%", FD, Temp))
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << json::Value(std::move(Root)) << '\n';
    if (OS.has_error()) {
      llvm::sys::fs::remove(Temp);
      return llvm::createStringError(OS.error(), "cannot write '%s'",
                                     Path.str().c_str());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return llvm::createStringError(EC, "cannot write '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  }
  return llvm::Error::success();
}

llvm::Expected<TranslationUnitSummary> readSummary(llvm::StringRef Path) {
  auto Error = [&](const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "summary '" + Path + "': " + What);
  };
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return Error(Buffer.getError().message());
  llvm::Expected<json::Value> Root = json::parse((*Buffer)->getBuffer());
  if (!Root)
    return Error("not a kernel-tidy summary (" + llvm::toString(Root.takeError()) +
                 "; truncated or corrupt?)");
  const json::Object *O = Root->getAsObject();
  if (!O || O->getString("format") != llvm::StringRef(FormatName))
    return Error("not a kernel-tidy summary");
  std::optional<int64_t> Version = compat::toStd(O->getInteger("version"));
  if (Version != int64_t(TranslationUnitSummary::FormatVersion))
    return Error("format version " + llvm::Twine(Version.value_or(0)) +
                 ", but this kernel-tidy reads version " +
                 llvm::Twine(TranslationUnitSummary::FormatVersion) +
                 "; regenerate it");
  TranslationUnitSummary S;
  Reader R(Path);
  if (!R.program(*O, S))
    return Error("corrupt: " + R.Problem);
  return std::move(S);
}

} // namespace clang::tidy::kernel
