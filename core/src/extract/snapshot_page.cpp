// Browser front door: snapshot -> the shared pipeline.
#include "winnow/extract.h"
#include "winnow/snapshot.h"

namespace winnow {

Page extract_snapshot(std::string_view snapshot, templates::Memory* memory) {
  return extract_tree(dom::from_snapshot(snapshot), dom::snapshot_url(snapshot), memory);
}

}  // namespace winnow
