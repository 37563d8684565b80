// `winnow tokens`: {"id","text"} in, the core's ICU tokens and sentences out (the native/wasm
// parity test compares them).
#include <iostream>

#include "commands.h"
#include "jsonl.h"
#include "winnow/tokens_json.h"

namespace winnow::cli {

// {"id","text"} -> {"id","sentences":[[b,e]...],"tokens":[[begin,end,norm,kind,script]...]}:
// the exact segmentation, so the wasm parity test can compare it with the module's. The JSON
// comes from the core's one serialiser (winnow/tokens_json.h), which the wasm module's
// tokensJson() calls too; it is written in nlohmann's own format, so the parse below and the
// plumbing's dump reproduce it byte for byte.
int run_tokens(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::cout << "winnow tokens: {\"id\",\"text\"} -> ICU tokens and sentences\n";
    return 0;
  }
  for_each_record(std::cin, std::cout, [](const json& rec) {
    const std::string text = require_string(rec, "text");
    const std::string id = rec.value("id", json(nullptr)).dump();
    return json::parse(winnow::text::tokens_json(text, id));
  });
  return 0;
}

}  // namespace winnow::cli
