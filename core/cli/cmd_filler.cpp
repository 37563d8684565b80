// `winnow filler`: the filler judgement alone, for its trainer and evaluation
// (scripts/filler/): {"id","title","lang","paragraphs":[{"text","heading"}]} in, per paragraph
// the verdict, its reason and the model's inputs out, one line per input line, in order.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "jsonl.h"
#include "winnow/filler.h"

namespace winnow::cli {
namespace {

json answer(const json& rec) {
  std::string title = optional_string(rec, "title");
  std::string lang = require_string(rec, "lang");
  if (!rec.contains("paragraphs") || !rec["paragraphs"].is_array())
    throw RecordError("missing field 'paragraphs' (an array)");
  std::vector<std::string> texts;
  std::vector<filler::Para> paras;
  for (const auto& p : rec["paragraphs"]) {
    if (!p.is_object() || !p.contains("text") || !p["text"].is_string())
      throw RecordError("each paragraph needs a string 'text'");
    texts.push_back(p["text"].get<std::string>());
  }
  std::size_t i = 0;
  for (const auto& p : rec["paragraphs"]) paras.push_back({texts[i++], p.value("heading", false)});
  std::vector<filler::Verdict> verdicts = filler::judge(title, paras, lang);
  std::vector<filler::Features> feats = filler::features(title, paras, lang);
  json out = {{"id", rec.value("id", json(nullptr))}, {"lang", lang}, {"paragraphs", json::array()}};
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const char* code = filler::code_name(verdicts[k].code);
    json p = {{"filler", code ? json(code) : json(nullptr)}, {"reason", verdicts[k].reason}};
    if (k < feats.size())
      p.update({{"judged", feats[k].judged}, {"own_words", feats[k].own_words},
                {"new_facts", feats[k].new_facts}, {"x", feats[k].x}});
    out["paragraphs"].push_back(std::move(p));
  }
  return out;
}

}  // namespace

int run_filler(int argc, char** argv) {
  if (has_flag(argc, argv, "--help")) {
    std::puts("winnow filler\n  in:  {\"id\", \"title\", \"lang\", \"paragraphs\": [{\"text\", \"heading\"}]}\n"
              "  out: {\"id\", \"lang\", \"paragraphs\": [{\"filler\", \"reason\", \"judged\", \"new_facts\", \"x\"}]}");
    return 0;
  }
  std::ios::sync_with_stdio(false);
  for_each_record(std::cin, std::cout, answer);
  return 0;
}

}  // namespace winnow::cli
