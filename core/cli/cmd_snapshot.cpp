// `winnow snapshot`: {"id","url","html"} -> {"id","snapshot"}, the page parsed by Gumbo and
// written in the content script's snapshot format (winnow/snapshot.h) by the core's own
// writer. The Node parity test feeds it to the wasm module's extractSnapshot() and compares
// the answer with `winnow extract`'s on the same page.
#include <iostream>

#include "commands.h"
#include "jsonl.h"
#include "winnow/html.h"
#include "winnow/snapshot.h"

namespace winnow::cli {

int run_snapshot(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::cout << "winnow snapshot\n  in:  {\"id\", \"url\", \"html\"} per line\n"
                 "  out: {\"id\", \"snapshot\"} (the content script's format, winnow/snapshot.h)\n";
    return 0;
  }
  std::ios::sync_with_stdio(false);
  for_each_record(std::cin, std::cout, [](const json& rec) {
    const std::string url = require_string(rec, "url");
    const std::string html = require_string(rec, "html");
    return json{{"id", rec.value("id", json(nullptr))},
                {"snapshot", dom::to_snapshot(dom::from_html(html), url)}};
  });
  std::cout.flush();
  return 0;
}

}  // namespace winnow::cli
