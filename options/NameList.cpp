#include "options/NameList.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

NameList::NameList(llvm::StringRef Spec) {
  std::string Normalized = Spec.str();
  for (char &C : Normalized)
    if (C == ',')
      C = ';';
  llvm::SmallVector<llvm::StringRef, 64> Items;
  llvm::StringRef(Normalized).split(Items, ';', -1, false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    if (Item.size() > 1 && Item.ends_with("*"))
      Prefixes.push_back(Item.drop_back().str());
    else if (Item.size() > 1 && Item.starts_with("*"))
      Suffixes.push_back(Item.drop_front().str());
    else
      Exact.insert(Item);
  }
}

bool NameList::matches(llvm::StringRef Name) const {
  if (Name.empty())
    return false;
  if (Exact.contains(Name))
    return true;
  for (const std::string &P : Prefixes)
    if (Name.starts_with(P))
      return true;
  for (const std::string &S : Suffixes)
    if (Name.ends_with(S))
      return true;
  return false;
}

std::string NameList::join(llvm::StringRef A, llvm::StringRef B) {
  if (A.trim().empty())
    return B.str();
  if (B.trim().empty())
    return A.str();
  return A.str() + ";" + B.str();
}

} // namespace clang::tidy::kernel
