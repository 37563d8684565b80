// Native front door: HTML -> Gumbo -> the shared pipeline.
#include "winnow/extract.h"
#include "winnow/html.h"

namespace winnow {

Page extract_html(std::string_view html, std::string_view url, templates::Memory* memory) {
  return extract_tree(dom::from_html(html), url, memory);
}

}  // namespace winnow
