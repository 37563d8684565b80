// The stopword list of each language the core knows (its most frequent function words), shared
// by the classifier (language evidence, stopword density) and the fingerprint (words left out
// of a story's terms); covered by tests/core/classify_text_stats.cpp and [fingerprint].
#pragma once

#include <string_view>
#include <vector>

namespace winnow::text {

struct StopwordList {
  const char* lang;
  const char* words;  // space separated, lower case
};
const std::vector<StopwordList>& stopword_lists();

// Index into stopword_lists() for a language code ("en", "de-AT" -> "de"), or -1.
int language_index(std::string_view code);

}  // namespace winnow::text
