// Article -> the fixed-width Record the history stores, and the comparison of a page read now
// with a stored record (winnow/fingerprint.h: Record, Similarity).
#include <algorithm>
#include <cmath>

#include "winnow/fingerprint.h"

#include "fingerprint/tense.h"

namespace winnow::fingerprint {

Record to_record(const Article& a) {
  Record r{};
  // A page without facts (extract judged all of it chrome) is kept by its text.
  bool text = a.shingles == 0 && a.page_shingles;
  for (int i = 0; i < kMinHashes; ++i) r.minhash[i] = text ? a.minhash_page[i] : a.minhash[i];
  float top = a.terms.empty() ? 0.f : a.terms.front().weight;
  for (std::size_t i = 0; i < a.terms.size() && i < static_cast<std::size_t>(kKeyTerms); ++i) {
    r.set_term(static_cast<int>(i), a.terms[i].hash);
    int q = top > 0 ? static_cast<int>(std::lround(a.terms[i].weight / top * 255.0)) : 0;
    r.weight[i] = static_cast<std::uint8_t>(std::clamp(q, 1, 255));
  }
  // The facts' sketches first, then the padding's, while there is room.
  int k = 0;
  for (bool padding : {false, true})
    for (const Paragraph& p : a.paragraphs) {
      if (p.boilerplate || p.sketch == 0 || p.filler != padding) continue;
      if (k == kParaSketches) break;
      r.sketch[k++] = p.sketch;
    }
  r.years = a.years;
  r.shingles = static_cast<std::uint16_t>(std::min<std::uint32_t>(text ? a.page_shingles : a.shingles, 0xffff));
  r.flags = kRecordLive | (a.history ? kRecordHistory : 0) |
            static_cast<std::uint16_t>((a.tense & 0xf) << kRecordTenseShift) |
            static_cast<std::uint16_t>(a.report << kRecordReportShift);
  return r;
}

Similarity compare(const Article& now, const Record& earlier) {
  Similarity s;
  if (now.shingles && earlier.shingles) {
    const std::uint16_t* mh = minhash_for(now, earlier);
    int same = 0;
    for (int i = 0; i < kMinHashes; ++i) same += mh[i] == earlier.minhash[i];
    s.resemblance = static_cast<double>(same) / kMinHashes;
  }
  if (now.page_shingles && earlier.shingles && !(earlier.flags & kRecordMinHashV1)) {
    int same = 0;
    for (int i = 0; i < kMinHashes; ++i) same += now.minhash_page[i] == earlier.minhash[i];
    s.resemblance = std::max(s.resemblance, static_cast<double>(same) / kMinHashes);
  }
  int n = 0, found = 0;
  for (const Paragraph& p : now.paragraphs) {
    if (p.boilerplate || p.filler || p.sketch == 0) continue;
    ++n;
    for (int k = 0; k < kParaSketches && earlier.sketch[k]; ++k)
      if (earlier.sketch[k] == p.sketch) {
        ++found;
        break;
      }
  }
  s.containment = n ? static_cast<double>(found) / n : 0.0;
  double dot = 0, rn = 0, rn_strong = 0;
  int rk = 0;
  while (rk < kKeyTerms && earlier.weight[rk]) ++rk;
  s.terms = std::min<int>(rk, static_cast<int>(now.terms.size()));
  for (int k = 0; k < rk; ++k) {
    double rw = earlier.weight[k];
    rn += rw * rw;
    std::uint32_t h = earlier.term(k);
    auto it = std::lower_bound(now.terms_by_hash.begin(), now.terms_by_hash.end(), h,
                               [](const Term& t, std::uint32_t v) { return t.hash < v; });
    bool kept = it != now.terms_by_hash.end() && it->hash == h;
    if (kept) {
      dot += rw * it->weight;
      s.coverage += static_cast<double>(it->weight) * it->weight;
    }
    // Recall reads the strongest terms only: a search of every distinct term per candidate
    // costs more than the rest of the comparison.
    if (k < kEvidenceTerms) {
      rn_strong += rw * rw;
      if (kept || std::binary_search(now.distinct_terms.begin(), now.distinct_terms.end(), h)) s.recall += rw * rw;
    }
  }
  s.story = rn > 0 ? dot / std::sqrt(rn) : 0.0;
  s.recall = rn_strong > 0 ? s.recall / rn_strong : 0.0;
  if (now.years && earlier.years) s.years = (now.years & earlier.years) ? 1 : -1;
  double a = narrative_share(now.tense);
  double b = narrative_share(static_cast<std::uint8_t>((earlier.flags & kRecordTenseMask) >> kRecordTenseShift));
  if (a >= 0 && b >= 0) s.narrative = std::min(a, b);
  s.histories = now.history && (earlier.flags & kRecordHistory);
  double ra = words_per_attribution(now.report);
  double rb = words_per_attribution(static_cast<std::uint8_t>((earlier.flags & kRecordReportMask) >> kRecordReportShift));
  if (ra >= 0 && rb >= 0) s.reporting = std::max(ra, rb);
  return s;
}

}  // namespace winnow::fingerprint
