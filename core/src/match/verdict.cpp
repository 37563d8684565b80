// One score and the verdicts. Thresholds are calibrated on the development reading stream
// (scripts/eval-story.sh): each new page is judged against the best of a growing history, so
// the threshold must sit above the best chance match among hundreds of pages, not between two
// balanced classes of pairs.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "winnow/match.h"

namespace winnow::match {
namespace {


// Same story retold: key-term cosine at or above this (per sensitivity).
// Normal: the lowest cut that keeps false alarms within 2 of 40 new stories on the ECB+
// development stream and within 1% on the long-news and German and French streams, chosen by
// scripts/story_cv.py (5 folds grouped by topic or event; 0.4212 on all folds). Low and high
// keep the earlier offsets.
constexpr double kStoryLow = 0.4812;
constexpr double kStoryNormal = 0.4212;
constexpr double kStoryHigh = 0.3612;

// Both pages must narrate an event for a retelling: the smaller past-tense share of the two
// (fingerprint/tense.h) at or above this, chosen by scripts/story_cv.py with kReportWordsMax
// (folds grouped by event, at the same-story cut it chose first on the scores alone).
constexpr double kNarrativeMin = 3.0 / 14;  // 0.214: three of the 14 steps a record holds

// Both pages must report an event: attribute what they tell to sources ("said", "according to")
// at least once per this many words (fingerprint/tense.h: ReportCount, words / (attributions + 1)),
// chosen by scripts/story_cv.py with the narrative cut, on the same folds. A guide or a review
// speaks for itself: two of them share a topic's words, names and years, not a source.
constexpr double kReportWordsMax = 400;

constexpr double kYearsShared = 1.15;
constexpr double kYearsDisjoint = 0.7;

}  // namespace

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::Duplicate: return "duplicate";
    case Verdict::SameStory: return "same_story";
    case Verdict::Different: return "different";
  }
  return "different";
}

bool parse_sensitivity(std::string_view s, Sensitivity* out) {
  if (s == "low") *out = Sensitivity::Low;
  else if (s == "normal" || s.empty()) *out = Sensitivity::Normal;
  else if (s == "high") *out = Sensitivity::High;
  else return false;
  return true;
}

Judgement judge(const fingerprint::Similarity& s, Sensitivity sensitivity) {
  Judgement j;
  bool dup = s.resemblance >= kDupResemblance ||
             (s.containment >= kDupContainment && s.resemblance >= kDupContainmentMinResemblance);
  // Years named on both pages: a shared year supports one event, disjoint years tell two
  // events of the same kind apart (the storm of 2005, the storm of 2008).
  double story = s.story * (s.years > 0 ? kYearsShared : s.years < 0 ? kYearsDisjoint : 1.0);
  // A page of a few words (a title alone) matches by chance more easily: less evidence.
  if (s.terms < fingerprint::kEvidenceTerms)
    story *= std::sqrt(static_cast<double>(s.terms) / fingerprint::kEvidenceTerms);
  j.score = std::clamp(std::max(story, s.resemblance), 0.0, 1.0);
  double t = sensitivity == Sensitivity::Low    ? kStoryLow
             : sensitivity == Sensitivity::High ? kStoryHigh
                                                : kStoryNormal;
  // < 0: no evidence either way. Two histories of one subject retell no event either.
  bool narrates = (s.narrative < 0 || s.narrative >= kNarrativeMin) && !s.histories &&
                  s.reporting < kReportWordsMax;
  if (dup) j.verdict = Verdict::Duplicate;
  else if (story >= t && narrates) j.verdict = Verdict::SameStory;
  else j.similar = story >= t;  // a guide or explainer: similar, not the same story
  return j;
}

const char* para_status_name(ParaStatus s) {
  switch (s) {
    case ParaStatus::Known: return "known";
    case ParaStatus::New: return "new";
    case ParaStatus::Boilerplate: return "boilerplate";
  }
  return "new";
}

std::vector<ParaStatus> paragraph_status(const fingerprint::Article& now,
                                         const fingerprint::Record* earlier, Verdict v) {
  using fingerprint::kParaSketches;
  std::vector<ParaStatus> out;
  out.reserve(now.paragraphs.size());
  for (const fingerprint::Paragraph& p : now.paragraphs) {
    if (p.boilerplate) {
      out.push_back(ParaStatus::Boilerplate);
      continue;
    }
    // Padding tells a reader of the story nothing they have not read: never new for it.
    bool known = p.filler && earlier && v != Verdict::Different;
    if (!known && earlier && v != Verdict::Different) {
      // The same paragraph (same shingle minimum) was on the earlier page...
      for (int k = 0; k < kParaSketches && earlier->sketch[k] && !known; ++k)
        known = p.sketch != 0 && earlier->sketch[k] == p.sketch;
      // ...or it retells the earlier page: several of its key terms. A copy of the same
      // article is judged by its paragraphs alone (an update's added paragraph shares the
      // story's terms but is new), unless the earlier record had no room left for sketches.
      bool sketches_full = earlier->sketch[kParaSketches - 1] != 0;
      if (!known && (v == Verdict::SameStory || sketches_full)) {
        int hits = 0;
        for (int k = 0; k < fingerprint::kEvidenceTerms && earlier->weight[k]; ++k)
          hits += std::binary_search(p.terms.begin(), p.terms.end(), earlier->term(k));
        known = hits >= 3 || (hits >= 2 && p.terms.size() < 15);
      }
    }
    out.push_back(known ? ParaStatus::Known : ParaStatus::New);
  }
  return out;
}

}  // namespace winnow::match
