// Whether an English page narrates (what happened: past tense) or explains (how things are:
// present tense, modals, the reader addressed), as a share kept in a record's flags; whether it
// attributes what it tells to sources (a report: "said", "according to"), as words per
// attribution in the flags' high byte; and whether a page's years span centuries (a history,
// not a report of an event), as one flag bit.
#pragma once

#include <cstdint>
#include <string_view>

namespace winnow::fingerprint {

struct TenseCount {
  int past = 0;     // simple past forms, reporting, days: "was", "said", "-ed" words, "says", "Monday"
  int present = 0;  // present auxiliaries, modals, the reader and the writer: "is", "can", "you", "we"
  void add(std::string_view normalised_word);
  // 0: no evidence (no tense word); else 1 + the past share quantised to 1..15.
  std::uint8_t code() const;
};

// How often an English page attributes what it tells: a report says who said it ("said",
// "told", "according to", "announced"); a guide or a review speaks for itself. Kept as words per
// attribution, words / (attributions + 1): a short page without one gives little evidence, a long
// page without one (or with one in a thousand words) reports nothing.
struct ReportCount {
  int words = 0;
  int attributions = 0;
  void add(std::string_view normalised_word);
  // 0: no evidence (no word counted); else 1 + words per attribution in steps of
  // kReportWordsStep, capped at 255.
  std::uint8_t code() const;
};
inline constexpr int kReportWordsStep = 10;

// Words per attribution a code stands for (its lower bound), or -1 for code 0 (no evidence).
double words_per_attribution(std::uint8_t code);

// The years a page names (four-digit numbers 1000..2099): a report of an event names the
// years around it; a history of its subject ("coffee reached Venice in 1615 ... 1911") spans
// a century or more.
struct YearSpan {
  int oldest = 0, newest = 0;  // 0: none named
  void add(int year);
  bool centuries() const;
};

// The past share a code stands for (0..1), or -1 for code 0 (no evidence).
double narrative_share(std::uint8_t code);

}  // namespace winnow::fingerprint
