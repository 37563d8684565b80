// The word model of blurb_grams.h: the generated weights, read by token ids. Every token of a gram
// gets an id in a WordTable, and a pair is looked up by its two ids, so a word is hashed once and
// no pair's text is built.
#include "classify/blurb_grams.h"

#include <cstdint>
#include <unordered_map>

#include "common/word_table.h"

namespace winnow::classify {
namespace {

struct GramWeight {
  std::string_view gram;  // a token, or two joined by one space
  double weight;
};

#include "classify/blurb_grams.inc"

class GramTable {
 public:
  GramTable() {
    for (const GramWeight& g : kBlurbGrams) {
      const std::size_t space = g.gram.find(' ');
      if (space == std::string_view::npos) {
        unigram_[id(g.gram)] += g.weight;
      } else {
        pairs_[key(id(g.gram.substr(0, space)), id(g.gram.substr(space + 1)))] += g.weight;
      }
    }
  }

  // The token's id, 0 when no gram holds it.
  std::uint32_t find(std::string_view token) const { return ids_.find(token); }
  double unigram(std::uint32_t id) const { return unigram_[id]; }
  double pair(std::uint32_t a, std::uint32_t b) const {
    const auto it = pairs_.find(key(a, b));
    return it == pairs_.end() ? 0.0 : it->second;
  }

 private:
  std::uint32_t id(std::string_view token) {
    std::uint32_t found = ids_.find(token);
    if (found) return found;
    unigram_.push_back(0.0);
    found = static_cast<std::uint32_t>(unigram_.size() - 1);
    ids_.add(token, found);
    return found;
  }
  static std::uint64_t key(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

  WordTable<std::uint32_t> ids_;
  std::vector<double> unigram_ = {0.0};  // by id; id 0 is no token
  std::unordered_map<std::uint64_t, double> pairs_;
};

const GramTable& gram_table() {
  static const GramTable table;
  return table;
}

}  // namespace

std::string_view gram_token(const Word& w) {
  if (w.self) return "@site";
  if (w.digit) return "#";
  return w.folded;
}

double gram_score(const std::vector<Word>& ws) {
  const GramTable& table = gram_table();
  double score = kBlurbGramBias;
  std::uint32_t previous = 0;
  for (const Word& w : ws) {
    const std::uint32_t id = table.find(gram_token(w));
    if (id) {
      score += table.unigram(id);
      if (previous) score += table.pair(previous, id);
    }
    previous = id;
  }
  return score;
}

std::string gram_tokens(const std::vector<Word>& ws) {
  std::string out;
  for (const Word& w : ws) {
    if (!out.empty()) out += ' ';
    out += gram_token(w);
  }
  return out;
}

}  // namespace winnow::classify
