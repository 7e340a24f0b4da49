#include "options/NameTable.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::kernel {

std::vector<TableEntry> parseTableEntries(llvm::StringRef Spec,
                                          bool Fields) {
  std::vector<TableEntry> Entries;
  llvm::SmallVector<llvm::StringRef, 64> Items;
  std::string Normalized = Spec.str();
  for (char &C : Normalized)
    if (C == ',')
      C = ';';
  llvm::StringRef(Normalized).split(Items, ';', -1, false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    TableEntry E;
    E.Text = Item.str();
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    if (Fields)
      Item.split(Parts, ':');
    else
      Parts.push_back(Item);
    E.Pattern = Parts.front().trim().str();
    for (llvm::StringRef Field : llvm::ArrayRef<llvm::StringRef>(Parts).drop_front())
      E.Fields.push_back(Field.trim().str());
    Entries.push_back(std::move(E));
  }
  return Entries;
}

} // namespace clang::tidy::kernel
