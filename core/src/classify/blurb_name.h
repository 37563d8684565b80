// The site's name in a blurb's words (blurb.h's site_name() is defined with these): the name
// without a leading article, and the words of a text that spell it.
#pragma once

#include <string_view>
#include <vector>

#include "classify/blurb.h"
#include "classify/blurb_word.h"

namespace winnow::classify {

// The name without a leading article, as a sentence may write it ("sulla Gazzetta del Borgo" for
// "lagazzettadelborgo"); empty when the name has none or too little is left.
std::string_view without_article(std::string_view name);

// Marks the words that spell the site's name (whole or without its article) and returns how
// many times it is named.
unsigned mark_site_name(std::vector<Word>& ws, const BlurbPage& page);

}  // namespace winnow::classify
