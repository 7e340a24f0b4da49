#include "options/NameList.h"

namespace clang::tidy::kernel {

NameList::NameList(llvm::StringRef Spec) {
  for (const TableEntry &E : parseTableEntries(Spec, /*Fields=*/false))
    Names.add(E.Pattern, Present());
}

NameList NameList::ofTable(llvm::StringRef Spec) {
  NameList L;
  for (const TableEntry &E : parseTableEntries(Spec, /*Fields=*/true))
    L.Names.add(E.Pattern, Present());
  return L;
}

std::string NameList::join(llvm::StringRef A, llvm::StringRef B) {
  if (A.trim().empty())
    return B.str();
  if (B.trim().empty())
    return A.str();
  return A.str() + ";" + B.str();
}

} // namespace clang::tidy::kernel
