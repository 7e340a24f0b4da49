#include "GfpFlags.h"
#include "analysis/Macros.h"
#include "options/NameList.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

bool isGfpType(QualType T) {
  // Bounded walk down the typedef chain (`gfp_t` may sit under other names).
  for (unsigned Hops = 0; !T.isNull() && Hops < 16; ++Hops) {
    const auto *TT = T->getAs<TypedefType>();
    if (!TT)
      return false;
    if (TT->getDecl()->getName() == "gfp_t")
      return true;
    T = TT->desugar();
  }
  return false;
}

void GfpFlagDecider::learnFromPreprocessor(const Preprocessor &PP,
                                           llvm::StringRef MacroName) {
  // Follows a chain like `__GFP_DIRECT_RECLAIM -> ((__force gfp_t)
  // ___GFP_DIRECT_RECLAIM) -> 0x400u`: the value is the one numeric literal
  // reached, through at most a few macros; anything else is not understood.
  llvm::SmallVector<const MacroInfo *, 4> Work;
  auto Push = [&](llvm::StringRef Name) {
    if (const MacroInfo *MI = definedMacro(PP, Name))
      if (!MI->isFunctionLike())
        Work.push_back(MI);
  };
  Push(MacroName);
  std::optional<uint64_t> Value;
  for (unsigned Steps = 0; !Work.empty() && Steps < 8; ++Steps) {
    const MacroInfo *MI = Work.pop_back_val();
    for (const Token &Tok : MI->tokens()) {
      if (Tok.is(tok::numeric_constant)) {
        // A macro read from a precompiled header has no spelling at hand.
        if (!Tok.getLiteralData())
          return;
        llvm::StringRef Text(Tok.getLiteralData(), Tok.getLength());
        Text = Text.rtrim("uUlL");
        uint64_t V = 0;
        if (Text.getAsInteger(0, V) || Value)
          return;
        Value = V;
      } else if (Tok.is(tok::identifier)) {
        Push(Tok.getIdentifierInfo()->getName());
      } else if (!Tok.isOneOf(tok::l_paren, tok::r_paren)) {
        return;
      }
    }
  }
  if (Value && *Value != 0)
    DirectReclaimBit = Value;
}

// The name of a macro whose whole expansion is \p E (`GFP_KERNEL` written as
// an argument), looking through macros that merely forward it.
static std::optional<llvm::StringRef> macroSpelling(const Expr *E,
                                                    const SourceManager &SM,
                                                    const LangOptions &LO) {
  SourceLocation B = E->getBeginLoc(), End = E->getEndLoc();
  for (unsigned Hops = 0; B.isMacroID() && Hops < 32; ++Hops) {
    if (!SM.isMacroArgExpansion(B)) {
      SourceLocation ExpansionBegin;
      if (Lexer::isAtStartOfMacroExpansion(B, SM, LO, &ExpansionBegin) &&
          Lexer::isAtEndOfMacroExpansion(End, SM, LO))
        return Lexer::getImmediateMacroName(B, SM, LO);
    }
    SourceLocation Caller = SM.getImmediateMacroCallerLoc(B);
    SourceLocation EndCaller = SM.getImmediateMacroCallerLoc(End);
    if (Caller == B)
      break;
    B = Caller;
    End = EndCaller;
  }
  return std::nullopt;
}

// The flags as the user wrote them: also through a macro that passes its
// argument on (`__get_free_page(GFP_KERNEL)` -> `__get_free_pages((gfp), 0)`).
static std::string spelling(const Expr *Flags, const SourceManager &SM,
                            const LangOptions &LO) {
  const Expr *E = Flags->IgnoreParens();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, LO);
  if (Range.isInvalid()) {
    SourceLocation B = SM.getFileLoc(E->getBeginLoc());
    SourceLocation End = SM.getFileLoc(E->getEndLoc());
    if (SM.getFileID(B) == SM.getFileID(End) && !SM.isBeforeInTranslationUnit(End, B))
      Range = CharSourceRange::getTokenRange(B, End);
  }
  return Lexer::getSourceText(Range, SM, LO).str();
}

GfpVerdict GfpFlagDecider::decide(const Expr *Flags, ASTContext &Ctx) const {
  GfpVerdict V;
  if (!Flags || Flags->isValueDependent() || Flags->containsErrors())
    return V;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  V.Spelling = spelling(Flags, SM, LO);
  if (V.Spelling.empty() || V.Spelling.size() > 60)
    V.Spelling = "these GFP flags";

  const Expr *Stripped = Flags->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Stripped))
    if (const auto *P = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
      V.K = GfpVerdict::FromParameter;
      V.Param = P;
      return V;
    }

  if (DirectReclaimBit) {
    Expr::EvalResult R;
    if (Stripped->EvaluateAsInt(R, Ctx)) {
      uint64_t Mask = R.Val.getInt().getZExtValue();
      V.K = (Mask & *DirectReclaimBit) ? GfpVerdict::Reclaims
                                        : GfpVerdict::NoReclaim;
      return V;
    }
  }

  // By spelling: a mask is `A | B | ...`; one reclaiming flag makes it
  // reclaim, all flags known not to reclaim make it safe.
  llvm::SmallVector<const Expr *, 8> Work{Flags};
  bool AllSafe = true;
  while (!Work.empty()) {
    const Expr *E = Work.pop_back_val();
    if (auto Name = macroSpelling(E, SM, LO)) {
      if (Reclaiming.matches(*Name)) {
        V.K = GfpVerdict::Reclaims;
        return V;
      }
      if (NonReclaiming.matches(*Name))
        continue;
    }
    const Expr *Inner = E->IgnoreParenCasts();
    if (const auto *BO = dyn_cast<BinaryOperator>(Inner);
        BO && BO->getOpcode() == BO_Or) {
      Work.push_back(BO->getLHS());
      Work.push_back(BO->getRHS());
      continue;
    }
    if (Inner != E) {
      Work.push_back(Inner);
      continue;
    }
    if (const auto *Lit = dyn_cast<IntegerLiteral>(Inner);
        Lit && Lit->getValue() == 0)
      continue;
    AllSafe = false;
  }
  V.K = AllSafe ? GfpVerdict::NoReclaim : GfpVerdict::Unknown;
  return V;
}

} // namespace clang::tidy::kernel
