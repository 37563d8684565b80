// The JSON answers of `compare` and `history`: one serialiser for the CLI and the wasm module,
// so both print the same bytes. Scores are printed with 4 decimals.
#include <cstdio>

#include "winnow/json_string.h"
#include "winnow/match.h"
#include "winnow/text.h"

namespace winnow::match {
namespace {

std::string score_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", s);
  return buf;
}

}  // namespace

std::string compare_json(std::string_view id_json, const Judgement& j) {
  std::string out = "{\"id\":";
  out += id_json.empty() ? std::string_view("null") : id_json;
  out += ",\"score\":" + score_text(j.score);
  out += ",\"verdict\":\"";
  out += verdict_name(j.verdict);
  out += "\"}";
  return out;
}

std::string history_json(const HistoryAnswer& a, const fingerprint::Article& now,
                         const std::vector<ParaStatus>& status) {
  std::string out = "{\"id\":";
  out += a.id_json.empty() ? std::string_view("null") : std::string_view(a.id_json);
  out += ",\"seen_before\":";
  out += a.judgement.verdict != Verdict::Different ? "true" : "false";
  out += ",\"match_id\":";
  out += a.matched ? (a.match_id_json.empty() ? std::string("null") : a.match_id_json)
                   : std::string("null");
  out += ",\"match_url\":";
  out += a.matched ? json_string(a.match_url) : std::string("null");
  out += ",\"score\":" + score_text(a.judgement.score);
  out += ",\"verdict\":\"";
  out += verdict_name(a.judgement.verdict);
  out += '"';
  if (!a.matched && a.judgement.similar && !a.similar_id_json.empty())
    out += ",\"similar\":{\"id\":" + a.similar_id_json + ",\"url\":" + json_string(a.similar_url) + "}";
  out += ",\"paragraphs\":[";
  bool first = true;
  for (std::size_t i = 0; i < now.paragraphs.size() && i < status.size(); ++i) {
    const fingerprint::Paragraph& p = now.paragraphs[i];
    if (p.text.empty()) continue;
    if (!first) out.push_back(',');
    first = false;
    out += "{\"index\":" + std::to_string(p.index) + ",\"text\":" + json_string(p.text) +
           ",\"status\":\"" + para_status_name(status[i]) + "\"}";
  }
  out += "]}";
  return out;
}

}  // namespace winnow::match
