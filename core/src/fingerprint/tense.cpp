// Tense counts of an English page (fingerprint/tense.h). An event is reported after it happened,
// in the past tense; an evergreen guide explains a topic in the present, with modals, to "you".
// The word lists are closed classes (auxiliaries, modals, pronouns) and the simple past of common
// irregular verbs.
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

constexpr std::size_t kMinEdWord = 5;  // "-ed" words of five letters or more ("named", not "red")
constexpr int kCodeSteps = 14;         // shares 0..1 as codes 1..15 (four bits)

}  // namespace

void TenseCount::add(std::string_view w) {
  if (std::find(kPresent.begin(), kPresent.end(), w) != kPresent.end()) ++present;
  else if (std::find(kPast.begin(), kPast.end(), w) != kPast.end()) ++past;
  else if (w.size() >= kMinEdWord && w.substr(w.size() - 2) == "ed") ++past;
}

std::uint8_t TenseCount::code() const {
  if (past + present == 0) return 0;
  double share = static_cast<double>(past) / (past + present + 1);
  return static_cast<std::uint8_t>(1 + std::lround(share * kCodeSteps));
}

double narrative_share(std::uint8_t code) {
  return code == 0 ? -1.0 : static_cast<double>(code - 1) / kCodeSteps;
}

}  // namespace winnow::fingerprint
