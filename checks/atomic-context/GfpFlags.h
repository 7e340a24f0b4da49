#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_GFPFLAGS_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_GFPFLAGS_H

#include "clang/Basic/SourceLocation.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class Expr;
class ParmVarDecl;
class Preprocessor;
class QualType;
} // namespace clang

namespace clang::tidy::kernel {

class NameList;

/// Whether `gfp_t` is spelled somewhere in the sugar of \p T.
bool isGfpType(QualType T);

/// What a GFP mask argument says about sleeping.
struct GfpVerdict {
  enum Kind {
    Reclaims,       ///< allows direct reclaim: the allocation may sleep
    NoReclaim,      ///< never sleeps
    FromParameter,  ///< the enclosing function's own gfp parameter
    Unknown,        ///< cannot be decided: stay quiet
  } K = Unknown;
  const ParmVarDecl *Param = nullptr; ///< for FromParameter
  std::string Spelling;               ///< the flag as written, for messages
};

/// Decides GFP masks: by value where the TU defines `__GFP_DIRECT_RECLAIM`
/// (the bit that allows sleeping in direct reclaim), by the spelling of the
/// flag macros otherwise.
class GfpFlagDecider {
public:
  GfpFlagDecider(const NameList &Reclaiming, const NameList &NonReclaiming)
      : Reclaiming(Reclaiming), NonReclaiming(NonReclaiming) {}

  /// Reads the value of the direct-reclaim bit from the TU's macros, if it
  /// defines one with a literal value (possibly through other macros).
  void learnFromPreprocessor(const Preprocessor &PP, llvm::StringRef MacroName);

  GfpVerdict decide(const Expr *Flags, ASTContext &Ctx) const;

private:
  const NameList &Reclaiming;
  const NameList &NonReclaiming;
  std::optional<uint64_t> DirectReclaimBit;
};

} // namespace clang::tidy::kernel

#endif
