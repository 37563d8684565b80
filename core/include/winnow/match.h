// Verdicts and answers of the repeated-story stage: one score, three verdicts (duplicate |
// same_story | different) with thresholds calibrated on a reading stream, paragraph marks
// (known | new | boilerplate), and the JSON answers of `compare` and `history`, produced here
// once for the CLI and the wasm module alike.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "winnow/fingerprint.h"
#include "winnow/json_string.h"

namespace winnow::match {

enum class Verdict : std::uint8_t { Duplicate, SameStory, Different };

// Near-duplicates: most shingles shared, or most paragraphs found again (an updated copy).
inline constexpr double kDupResemblance = 0.45;
inline constexpr double kDupContainment = 0.6;
inline constexpr double kDupContainmentMinResemblance = 0.2;
const char* verdict_name(Verdict v);

// How readily a retold story counts as read: low asks for more evidence (fewer false alarms),
// high for less (fewer missed retellings). Duplicates are judged the same at every setting.
enum class Sensitivity : std::uint8_t { Low, Normal, High };
bool parse_sensitivity(std::string_view s, Sensitivity* out);

struct Judgement {
  double score = 0;  // 0..1, higher = more likely the same story
  Verdict verdict = Verdict::Different;
  // Scored as a retelling, but the two pages do not both narrate an event (a guide, an
  // explainer: fingerprint::Similarity::narrative): `different`, similar to the earlier page.
  bool similar = false;
};

// The single score and its verdict for a new page against one earlier page.
Judgement judge(const fingerprint::Similarity& s, Sensitivity sensitivity);

// `winnow compare`: two pages judged with the seed statistics alone (no history).
Judgement compare_pages(const Page& a, const Page& b, Sensitivity sensitivity);

enum class ParaStatus : std::uint8_t { Known, New, Boilerplate };
const char* para_status_name(ParaStatus s);

// Status of each of `now`'s paragraphs against the matched earlier page (null: no match).
// A filler paragraph of a matched page is known: padding is never news to a reader of the story.
std::vector<ParaStatus> paragraph_status(const fingerprint::Article& now,
                                         const fingerprint::Record* earlier, Verdict v);

// `{"id":...,"score":...,"verdict":...}`; id_json is the id as JSON text (e.g. "\"p1\"").
std::string compare_json(std::string_view id_json, const Judgement& j);

struct HistoryAnswer {
  std::string id_json;
  bool matched = false;
  std::string match_id_json;  // the id the earlier page was added with, as JSON text
  std::string match_url;
  Judgement judgement;
  // Not matched, but judgement.similar: the similar earlier page, answered as
  // "similar": {"id", "url"} (left out otherwise).
  std::string similar_id_json;
  std::string similar_url;
};
std::string history_json(const HistoryAnswer& a, const fingerprint::Article& now,
                         const std::vector<ParaStatus>& status);

using winnow::json_string;  // JSON string literal of UTF-8 text (winnow/json_string.h)

}  // namespace winnow::match
