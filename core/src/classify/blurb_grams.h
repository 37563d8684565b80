// The blurb model's word input: a logistic score over the words and word pairs of a text as the
// blurb reader folds them (the site's name read as "@site", a word with a digit as "#"), learned
// by training/blurbs.py (blurb_grams.py) and read from the generated blurb_grams.inc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "classify/blurb_word.h"

namespace winnow::classify {

// What the word model reads of a word: "@site" for the site's name, "#" for a number, else its fold.
std::string_view gram_token(const Word& w);

// The model's log-odds over the text's words and adjacent pairs, each counted as often as it occurs.
double gram_score(const std::vector<Word>& ws);

// The tokens gram_score() reads, joined by spaces (training/blurbs.py builds the same pairs).
std::string gram_tokens(const std::vector<Word>& ws);

}  // namespace winnow::classify
