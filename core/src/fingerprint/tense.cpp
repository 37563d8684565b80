// Tense counts of an English page (fingerprint/tense.h). An event is reported after it happened,
// in the past tense, from sources, on a day; an evergreen guide or review explains a topic in the
// present, with modals, to "you", in its writer's voice ("we tested"). The word lists are closed
// classes (auxiliaries, modals, pronouns, weekdays) and the simple past of common irregular verbs.
#include "fingerprint/tense.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace winnow::fingerprint {
namespace {

// tense-past:
constexpr std::array<std::string_view, 51> kPast = {
    "became", "began", "bought", "broke", "brought", "built", "came", "caught", "chose", "did",
    "died", "fell", "felt", "fought", "found", "gave", "got", "had", "heard", "held",
    "kept", "knew", "led", "left", "lost", "made", "met", "paid", "ran", "rose",
    "said", "saw", "sent", "sold", "sought", "spent", "spoke", "stood", "struck", "thought",
    "told", "took", "was", "went", "were", "won", "wore", "wrote", "drove", "flew", "grew"};
// tense-present:
constexpr std::array<std::string_view, 13> kPresent = {
    "am", "are", "can", "do", "does", "is", "may", "might", "must", "should", "will", "you", "your"};
// A report also gives its sources and its day: reported speech in the present ("says",
// "according to") and the day an event happened, counted with the past.
constexpr std::array<std::string_view, 12> kReport = {
    "says", "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight"};
// An explainer or a review speaks as its writer ("we tested", "I found", "our pick"), counted with
// the present. Not "us": lower-cased, it is also the country.
constexpr std::array<std::string_view, 5> kWriter = {"i", "me", "my", "we", "our"};

// Reporting verbs and phrases that attribute a statement to a source (a closed class).
constexpr std::array<std::string_view, 10> kAttribution = {
    "said", "says", "told", "according", "reportedly", "announced", "reported", "stated", "added", "confirmed"};

constexpr std::size_t kMinEdWord = 5;  // "-ed" words of five letters or more ("named", not "red")
constexpr int kCodeSteps = 14;         // shares 0..1 as codes 1..15 (four bits)
constexpr int kOldestYear = 1000, kNewestYear = 2099;  // a four-digit number read as a year
constexpr int kHistoryYears = 100;  // a century: no single event is told across one

}  // namespace

void TenseCount::add(std::string_view w) {
  auto in = [w](const auto& list) { return std::find(list.begin(), list.end(), w) != list.end(); };
  if (in(kPresent) || in(kWriter)) ++present;
  else if (in(kPast) || in(kReport)) ++past;
  else if (w.size() >= kMinEdWord && w.substr(w.size() - 2) == "ed") ++past;
}

std::uint8_t TenseCount::code() const {
  if (past + present == 0) return 0;
  double share = static_cast<double>(past) / (past + present + 1);
  return static_cast<std::uint8_t>(1 + std::lround(share * kCodeSteps));
}

void ReportCount::add(std::string_view w) {
  ++words;
  if (std::find(kAttribution.begin(), kAttribution.end(), w) != kAttribution.end()) ++attributions;
}

std::uint8_t ReportCount::code() const {
  if (words == 0) return 0;
  long steps = words / (attributions + 1) / kReportWordsStep;
  return static_cast<std::uint8_t>(1 + std::min<long>(steps, 254));
}

double words_per_attribution(std::uint8_t code) {
  return code == 0 ? -1.0 : static_cast<double>(code - 1) * kReportWordsStep;
}

void YearSpan::add(int year) {
  if (year < kOldestYear || year > kNewestYear) return;
  oldest = oldest ? std::min(oldest, year) : year;
  newest = std::max(newest, year);
}

bool YearSpan::centuries() const { return oldest && newest - oldest >= kHistoryYears; }

double narrative_share(std::uint8_t code) {
  return code == 0 ? -1.0 : static_cast<double>(code - 1) / kCodeSteps;
}

}  // namespace winnow::fingerprint
