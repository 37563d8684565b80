// The filler judgement's word knowledge per language (en, de, fr): function words (left out of
// the content words a restatement is measured on), stock phrases of padding ("raises serious
// questions", "bleibt abzuwarten", "l'avenir nous le dira") and vague words (abstract
// evaluation and hedges: "crucial", "Herausforderungen", "inquiétude"). The tables themselves
// are in filler_lexicon.cpp; this is the compiled, hashed form the scan looks words up in.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace winnow::classify::filler_detail {

// FNV-1a of lower-cased word bytes: the key of every lookup.
inline std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
  return h;
}

// One word of a stock phrase: the whole word, or (`prefix`) any word starting with it.
struct PhraseWord {
  std::string_view text;
  bool prefix = false;
};

struct Phrase {
  std::string_view text;          // as written in the table (the reason quotes the page instead)
  std::vector<PhraseWord> words;  // words[0] is always whole-word
};

// The tables of one language, ready for lookup.
struct Lexicon {
  std::unordered_set<std::uint64_t> stop;                    // function words
  std::unordered_map<std::uint64_t, std::vector<int>> first; // first word -> phrases
  std::vector<Phrase> phrases;
  std::unordered_set<std::uint64_t> vague;                   // whole vague words
  std::unordered_set<std::uint64_t> vague_prefix;            // vague stems ("challeng")
  std::vector<std::uint8_t> prefix_lengths;                  // distinct stem lengths, ascending
};

// The lexicon of `lang` ("en", "de", "fr", or a regional form "en-GB"), or null when the
// judgement does not know the language (then it never flags anything).
const Lexicon* lexicon_for(std::string_view lang);

}  // namespace winnow::classify::filler_detail
