// Whether an English page narrates (what happened: past tense) or explains (how things are:
// present tense, modals, the reader addressed), as a share kept in a record's flags.
#pragma once

#include <cstdint>
#include <string_view>

namespace winnow::fingerprint {

struct TenseCount {
  int past = 0;     // simple past forms: "was", "said", "-ed" words
  int present = 0;  // present auxiliaries, modals, second person: "is", "can", "you"
  void add(std::string_view normalised_word);
  // 0: no evidence (no tense word); else 1 + the past share quantised to 1..15.
  std::uint8_t code() const;
};

// The past share a code stands for (0..1), or -1 for code 0 (no evidence).
double narrative_share(std::uint8_t code);

}  // namespace winnow::fingerprint
