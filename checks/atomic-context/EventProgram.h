#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_EVENTPROGRAM_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_EVENTPROGRAM_H

#include "ContextKind.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace clang::tidy::kernel {

/// Functions as the events that matter to kernel-atomic-context, without
/// any AST: each function a graph of blocks (its CFG's), each block the
/// events its statements produce in order (enter or leave atomic context,
/// a call that may sleep, a call of another function). The per-TU analysis
/// builds one from the AST (EventProgramBuilder); the module-wide link step
/// reads them from the summary files of every TU and runs the same analysis
/// over their union, which is why its result equals a unity build's.
///
/// Locations are sites (file, line, column); text from the source (a lock
/// expression, a flag spelling, a name) is kept as written.

using SiteId = uint32_t;
using FunctionId = uint32_t;
constexpr uint32_t NoId = ~0u;

struct Site {
  uint32_t File = 0; ///< index into EventProgram::Files
  uint32_t Line = 0;
  uint32_t Column = 0;
  bool operator==(const Site &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

/// Why a leaf call may sleep.
enum class SleepKind : uint8_t {
  Api,       ///< a sleeping kernel API (msleep, mutex_lock, ...)
  Gfp,       ///< an allocation whose GFP flags allow direct reclaim
  Annotated, ///< a function annotated kernel::might_sleep
  GlobalNew, ///< `new` through an operator new the TU does not define
  Indirect,  ///< a call whose target is unknown (AssumeIndirectCallsSleep)
  Database,  ///< a function a summary database says may sleep
};

/// How a level of atomic context began, for the note that says so.
enum class OriginKind : uint8_t {
  Call,    ///< spin_lock(&l)
  Guard,   ///< a guard object holds it for its lifetime
  Trylock, ///< a trylock that succeeded
  Helper,  ///< a function that returns with it held
};

/// What a call passes to one `gfp_t` parameter of its callee.
struct GfpArgument {
  enum Verdict : uint8_t { Reclaims, NoReclaim, FromParameter, Unknown };
  uint32_t CalleeParam = 0;
  Verdict V = Unknown;
  /// For FromParameter: the caller's own parameter passed on.
  uint32_t CallerParam = 0;
  std::string Spelling;
};

struct Event {

  // SmallVector's move constructor is not noexcept, which would make
  // std::vector copy every Event (strings, vectors) each time it grows.
  Event() = default;
  Event(const Event &) = default;
  Event(Event &&) noexcept = default;
  Event &operator=(const Event &) = default;
  Event &operator=(Event &&) noexcept = default;
  enum Kind : uint8_t {
    Enter,    ///< one level of atomic context begins
    Leave,    ///< one level ends
    Sleep,    ///< a leaf call that may sleep
    Call,     ///< a call of a function whose summary decides
    Dispatch, ///< a call of one of several functions (virtual, pointer)
    /// A call through a function-pointer field (`ops->lock(x)`): Key names
    /// the field (`struct.field`). Callees are the functions stored in it,
    /// filled in by the link step when it resolves field calls
    /// (resolveFieldCalls); it sleeps only if every one of them does.
    FieldCall,
  };
  Kind K = Call;
  SiteId At = 0;
  /// Calls expanded from one kernel API macro share this (non-zero) number,
  /// so that the macro takes effect once.
  uint32_t Expansion = 0;

  // Enter and Leave.
  ContextKind Context = ContextKind::Atomic;
  OriginKind Origin = OriginKind::Call;
  /// The lock as written (`&d->lock`), or a guard's name, so that an unlock
  /// ends the level its lock began; empty when unknown. FieldCall: the
  /// field.
  std::string Key;
  /// Enter: the code that began the level, as written.
  std::string Text;
  /// Leave: only if a level with this key is held (a guard's destructor).
  bool OnlyIfHeld = false;

  // Sleep.
  SleepKind Sleeps = SleepKind::Api;
  std::string Name;  ///< what is called, as named in messages
  std::string Flags; ///< the GFP flags as written, if any
  /// The call sleeps only where in_interrupt() is false (vfree).
  bool UnlessInterrupt = false;
  /// The flags are the function's own `gfp_t` parameter with this index:
  /// the call sleeps only when the function's callers pass reclaiming flags.
  uint32_t CallerGfpParam = NoId;

  // Call and Dispatch.
  llvm::SmallVector<FunctionId, 1> Callees;
  llvm::SmallVector<GfpArgument, 1> Gfp;
  /// What a Call means when nothing (no body, no database) says what its
  /// callee does.
  enum Fallback : uint8_t {
    Nothing,
    Allocation, ///< takes `gfp_t`: an allocation governed by the flags
    NewObject,  ///< a non-placement `new`: an allocation that may sleep
  } IfUnknown = Nothing;
};

struct Block {

  // SmallVector's move constructor is not noexcept, which would make
  // std::vector copy every Block (strings, vectors) each time it grows.
  Block() = default;
  Block(const Block &) = default;
  Block(Block &&) noexcept = default;
  Block &operator=(const Block &) = default;
  Block &operator=(Block &&) noexcept = default;
  std::vector<Event> Events;
  /// Successors in CFG order (for a two-way branch 0 is the true branch);
  /// NoId for an edge that leads nowhere (pruned as trivially false).
  llvm::SmallVector<uint32_t, 2> Successors;
  /// The block ends in a call that does not return (BUG(), panic()).
  bool NoReturn = false;
  /// A trylock decides the branch: on edge TryEdge (an index into
  /// Successors) TryEnter happens.
  uint32_t TryEdge = NoId;
  Event TryEnter;
};

/// Annotations a function carries (SPEC.md, "Annotations").
enum AnnotationBits : uint8_t {
  AnnotatedAtomic = 1,
  AnnotatedMightSleep = 2,
  AnnotatedAcquires = 4,
  AnnotatedReleases = 8,
};

struct Function {

  // SmallVector's move constructor is not noexcept, which would make
  // std::vector copy every Function (strings, vectors) each time it grows.
  Function() = default;
  Function(const Function &) = default;
  Function(Function &&) noexcept = default;
  Function &operator=(const Function &) = default;
  Function &operator=(Function &&) noexcept = default;
  /// The linkage name: the same in every TU for a function with external
  /// linkage, qualified by its TU otherwise.
  std::string Symbol;
  /// The name messages show.
  std::string Name;
  SiteId At = 0;
  bool ExternallyVisible = false;
  uint8_t Annotations = 0;
  /// The indices of its `gfp_t` parameters.
  llvm::SmallVector<uint32_t, 1> GfpParams;
  /// Its findings are shown (clang-tidy's report scope); the link step
  /// reports in every function.
  bool Shown = false;
  /// No body here: a declaration whose summary comes from elsewhere.
  bool Defined = false;
  /// The body could not be analysed (no CFG, too large): what it does is
  /// not known.
  bool Incomplete = false;
  std::vector<Block> Blocks;
  uint32_t Entry = 0;
  uint32_t Exit = 0;
};

/// A function that runs in a context because of where the code stores it:
/// a registration call, a structure field, an annotation.
struct ContextEntry {
  FunctionId Fn = NoId;
  ContextKind Context = ContextKind::Atomic;
  enum Via : uint8_t { Registration, Field, Annotation } How = Registration;
  /// The registration function, or `struct.field`.
  std::string Through;
  SiteId At = 0;
};

/// A function stored in a function-pointer field (by initializer or
/// assignment): a possible target of the FieldCall events of that field.
struct FieldStore {
  std::string Field; ///< `struct.field`
  FunctionId Fn = NoId;
  SiteId At = 0;
};

class EventProgram {
public:
  std::vector<std::string> Files;
  std::vector<Site> Sites;
  std::vector<Function> Functions;
  std::vector<ContextEntry> Entries;
  std::vector<FieldStore> FieldStores;

  /// The function with this symbol, created as an undefined declaration
  /// when there is none yet.
  FunctionId function(llvm::StringRef Symbol);
  FunctionId find(llvm::StringRef Symbol) const;
  uint32_t file(llvm::StringRef Path);
  /// The site at this position, created when new.
  SiteId site(uint32_t File, uint32_t Line, uint32_t Column);
  const Site &site(SiteId Id) const { return Sites[Id]; }
  /// Orders sites by file name, line and column: the order of findings.
  bool before(SiteId A, SiteId B) const;

  void dump(llvm::raw_ostream &OS) const;
  void dump(llvm::raw_ostream &OS, const Function &F) const;

private:
  llvm::StringMap<FunctionId> BySymbol;
  llvm::StringMap<uint32_t> FileIndex;
  /// (file, line << 32 | column) -> site: one site per position.
  llvm::DenseMap<std::pair<uint32_t, uint64_t>, SiteId> SiteIndex;
};

} // namespace clang::tidy::kernel

#endif
