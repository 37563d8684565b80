// history::visit (winnow/history.h): one reading step, the page looked up, the design.md answer
// written and the page added when it is an article; covered by [history] in tests/core.
#include <cstdio>
#include <cstdlib>

#include "winnow/history.h"

namespace winnow::history {

std::string visit(History& history, const Page& page, const Visit& v,
                  match::Sensitivity sensitivity, bool add) {
  fingerprint::Article a = history.fingerprint(page);
  std::string key = normalize_url(v.url.empty() ? page.url : v.url, page.canonical);
  Found f = history.lookup(a, key, sensitivity);
  if (std::getenv("WINNOW_DEBUG_FEATURES"))
    std::fprintf(stderr, "{\"id\":%s,\"story\":%.4f,\"res\":%.4f,\"cont\":%.4f,\"cover\":%.4f,\"years\":%d,\"recall\":%.4f,\"terms\":%d,\"narrative\":%.4f,\"histories\":%d,\"reporting\":%.0f}\n",
                 v.id_json.c_str(), f.similarity.story, f.similarity.resemblance,
                 f.similarity.containment, f.similarity.coverage, f.similarity.years,
                 f.similarity.recall, f.similarity.terms, f.similarity.narrative,
                 f.similarity.histories ? 1 : 0, f.similarity.reporting);
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
