// match::compare_pages (winnow/match.h): two pages fingerprinted alone and judged on the better
// of both directions, which is `winnow compare`; covered by tests/core/match_verdicts.cpp.
#include <algorithm>

#include "winnow/match.h"

namespace winnow::match {

Judgement compare_pages(const Page& a, const Page& b, Sensitivity sensitivity) {
  fingerprint::Options o;  // seed statistics only: a pair has no history
  fingerprint::Article fa = fingerprint::fingerprint(a, o);
  fingerprint::Article fb = fingerprint::fingerprint(b, o);
  // Both directions: containment and the truncated key terms are not symmetric.
  fingerprint::Similarity ab = fingerprint::compare(fb, fingerprint::to_record(fa));
  fingerprint::Similarity ba = fingerprint::compare(fa, fingerprint::to_record(fb));
  fingerprint::Similarity s;
  s.resemblance = std::max(ab.resemblance, ba.resemblance);
  s.containment = std::max(ab.containment, ba.containment);
  s.story = std::max(ab.story, ba.story);
  s.coverage = std::max(ab.coverage, ba.coverage);
  s.years = ab.years;
  s.terms = ab.terms;
  s.narrative = ab.narrative;  // the smaller of the two pages' shares: the same both ways
  s.reporting = ab.reporting;  // likewise the larger words per attribution
  s.histories = ab.histories;
  return judge(s, sensitivity);
}

}  // namespace winnow::match
