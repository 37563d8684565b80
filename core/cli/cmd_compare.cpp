// `winnow compare` (design.md): {"id","a":DOC,"b":DOC} -> {"id","score","verdict"}.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "story_io.h"
#include "winnow/match.h"

namespace winnow::cli {

int run_compare(int argc, char** argv) {
  match::Sensitivity sens = match::Sensitivity::Normal;
  if (!match::parse_sensitivity(flag_value(argc, argv, "--sensitivity"), &sens)) {
    std::fputs("winnow compare: --sensitivity takes low, normal or high\n", stderr);
    return 2;
  }
  std::ios::sync_with_stdio(false);
  for_each_record_text(std::cin, std::cout, [&](const json& rec) {
    auto a = rec.find("a");
    auto b = rec.find("b");
    if (a == rec.end() || a->is_null()) throw RecordError("missing field 'a'");
    if (b == rec.end() || b->is_null()) throw RecordError("missing field 'b'");
    Page pa = page_of_doc(*a, "", nullptr);
    Page pb = page_of_doc(*b, "", nullptr);
    return match::compare_json(id_json(rec), match::compare_pages(pa, pb, sens));
  });
  return 0;
}

}  // namespace winnow::cli
