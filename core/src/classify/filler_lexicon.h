// The filler judgement's word knowledge per language (en, de, fr): function words (left out of
// the content words a restatement is measured on), stock phrases of padding ("raises serious
// questions", "bleibt abzuwarten", "l'avenir nous le dira") and vague words (abstract
// evaluation and hedges: "crucial", "Herausforderungen", "inquiétude"). The tables themselves
// are in filler_lexicon.cpp; this is the compiled, hashed form the scan looks words up in.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/hash.h"

namespace winnow::classify::filler_detail {

// The core's short-basis FNV hash (common/hash.h) of lower-cased word bytes: the key of every lookup.
inline std::uint64_t word_hash(std::string_view w) { return fnv_short64(w); }

// A set of word hashes with open addressing: the judgement looks up every word of a page a
// few times, and std::unordered_set's node per entry cost more than the rest of the work.
class FlatSet {
 public:
  // Empties the set and makes room for `n` entries without growing.
  void reset(std::size_t n) {
    std::size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    if (slots_.size() == cap) std::fill(slots_.begin(), slots_.end(), 0);
    else slots_.assign(cap, 0);
    size_ = 0;
  }
  void insert(std::uint64_t h) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    h |= 1;  // 0 marks an empty slot
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == h) return;
      if (slots_[i] == 0) { slots_[i] = h; ++size_; return; }
    }
  }
  bool contains(std::uint64_t h) const {
    if (slots_.empty()) return false;
    h |= 1;
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
    size_ = 0;
    for (std::uint64_t h : old) if (h) insert(h);
  }
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

// One word of a stock phrase: the whole word, or (`prefix`) any word starting with it.
struct PhraseWord {
  std::string_view text;
  bool prefix = false;
};

struct Phrase {
  std::string_view text;          // as written in the table (the reason quotes the page instead)
  bool attribution = false;       // words given to a source ("according to", "sagte"): a fact
  std::vector<PhraseWord> words;  // words[0] is always whole-word
};

// The tables of one language, ready for lookup. Stock phrases and attributions share one
// phrase index (`first`), told apart by Phrase::attribution.
struct Lexicon {
  FlatSet stop;                                              // function words
  FlatSet starts;                                            // first words of phrases
  std::unordered_map<std::uint64_t, std::vector<int>> first; // first word -> phrases
  std::vector<Phrase> phrases;
  FlatSet vague;                                             // whole vague words
  FlatSet vague_prefix;                                      // vague stems ("challeng")
  std::vector<std::uint8_t> prefix_lengths;                  // distinct stem lengths, ascending
};

// The lexicon of `lang` ("en", "de", "fr", or a regional form "en-GB"), or null when the
// judgement does not know the language (then it never flags anything).
const Lexicon* lexicon_for(std::string_view lang);

}  // namespace winnow::classify::filler_detail
