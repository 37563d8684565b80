// history::visit (winnow/history.h): one reading step, the page looked up, the design.md answer
// written and the page added when it is an article; covered by [history] in tests/core.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "winnow/history.h"

namespace winnow::history {
namespace {

// Candidates under this score reach no same-story cut scripts/story_cv.py considers.
constexpr double kDebugMinScore = 0.3;

// WINNOW_DEBUG_FEATURES: one JSON line per page on stderr, the best earlier page's similarities
// and, in "cands", [score, duplicate, narrative, histories, reporting] of every candidate that
// could pass a cut (scripts/story_cv.py: which page wins depends on the cuts it tries).
void print_features(const std::string& id_json, const Found& f, const std::vector<Candidate>& candidates) {
  const fingerprint::Similarity& s = f.similarity;
  std::fprintf(stderr, "{\"id\":%s,\"story\":%.4f,\"res\":%.4f,\"cont\":%.4f,\"cover\":%.4f,\"years\":%d,\"recall\":%.4f,\"terms\":%d,\"narrative\":%.4f,\"histories\":%d,\"reporting\":%.0f,\"cands\":[",
               id_json.c_str(), s.story, s.resemblance, s.containment, s.coverage, s.years, s.recall, s.terms,
               s.narrative, s.histories ? 1 : 0, s.reporting);
  const char* sep = "";
  for (const Candidate& c : candidates) {
    if (c.score < kDebugMinScore && !c.duplicate) continue;
    std::fprintf(stderr, "%s[%.4f,%d,%.4f,%d,%.0f]", sep, c.score, c.duplicate ? 1 : 0, c.similarity.narrative,
                 c.similarity.histories ? 1 : 0, c.similarity.reporting);
    sep = ",";
  }
  std::fprintf(stderr, "]}\n");
}

}  // namespace

std::string visit(History& history, const Page& page, const Visit& v,
                  match::Sensitivity sensitivity, bool add) {
  fingerprint::Article a = history.fingerprint(page);
  std::string key = normalize_url(v.url.empty() ? page.url : v.url, page.canonical);
  bool debug = std::getenv("WINNOW_DEBUG_FEATURES") != nullptr;
  std::vector<Candidate> candidates;
  Found f = history.lookup(a, key, sensitivity, debug ? &candidates : nullptr);
  if (debug) print_features(v.id_json, f, candidates);
  match::HistoryAnswer ans;
  ans.id_json = v.id_json;
  ans.judgement = f.judgement;
  ans.matched = f.matched;
  const fingerprint::Record* earlier = nullptr;
  if (f.matched) {
    const Entry& e = history.entry(static_cast<std::size_t>(f.slot));
    ans.match_id_json = e.id_json;
    ans.match_url = e.url;
    earlier = &history.record(static_cast<std::size_t>(f.slot));
  } else if (f.judgement.similar && f.slot >= 0) {
    const Entry& e = history.entry(static_cast<std::size_t>(f.slot));
    ans.similar_id_json = e.id_json;
    ans.similar_url = e.url;
  }
  std::string out = match::history_json(ans, a, match::paragraph_status(a, earlier, f.judgement.verdict));
  if (add && (page.type == PageType::Article || v.text_doc) && !a.terms.empty()) {
    Entry e;
    e.id_json = v.id_json;
    e.url = v.url.empty() ? page.url : v.url;
    e.url_key = key;
    e.title = page.title;
    e.time = v.time;
    history.add(std::move(e), a, !f.matched);
  }
  return out;
}

}  // namespace winnow::history
