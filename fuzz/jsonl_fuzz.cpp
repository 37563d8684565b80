// libFuzzer target: the CLI's JSON Lines reader (core/cli/jsonl.h). Any bytes as input lines;
// every non-blank line gets exactly one answer line, and every answer line is a JSON object.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "jsonl.h"

using winnow::cli::json;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out;
  winnow::cli::for_each_record(in, out, [](const json& rec) {
    json a;
    a["id"] = rec.contains("id") ? rec["id"] : json(nullptr);
    a["url"] = winnow::cli::optional_string(rec, "url");
    a["html"] = winnow::cli::require_string(rec, "html").size();
    return a;
  });
  std::size_t lines = 0;
  std::istringstream count(input);
  for (std::string l; std::getline(count, l);) lines += l.find_first_not_of(" \t\r") != std::string::npos;
  std::istringstream answers(out.str());
  std::size_t answered = 0;
  for (std::string l; std::getline(answers, l); ++answered)
    if (!json::parse(l, nullptr, false).is_object()) std::abort();
  if (answered != lines) std::abort();
  return 0;
}
