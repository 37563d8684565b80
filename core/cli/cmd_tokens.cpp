#include <iostream>

#include "commands.h"
#include "jsonl.h"
#include "winnow/text.h"

namespace winnow::cli {

// {"id","text"} -> {"id","tokens":[[begin,end,norm,kind,script]...],"sentences":[[b,e]...]}:
// the exact segmentation, so the wasm parity test can compare it with the module's.
int run_tokens(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::cout << "winnow tokens: {\"id\",\"text\"} -> ICU tokens and sentences\n";
    return 0;
  }
  for_each_record(std::cin, std::cout, [](const json& rec) {
    std::string text = require_string(rec, "text");
    json toks = json::array();
    for (const auto& t : winnow::text::tokenize(text))
      toks.push_back({t.begin, t.end, t.norm, winnow::text::kind_name(t.kind),
                      winnow::text::script_name(t.script)});
    json sents = json::array();
    for (const auto& s : winnow::text::sentences(text)) sents.push_back({s.begin, s.end});
    return json{{"id", rec.value("id", json(nullptr))}, {"tokens", toks}, {"sentences", sents}};
  });
  return 0;
}

}  // namespace winnow::cli
