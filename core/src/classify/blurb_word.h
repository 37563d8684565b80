// A word as the blurb reader (blurb.cpp) reads it: folded, with its class, its capital, its place
// in the sentence, and whether it spells the site's name (blurb_name.h).
#pragma once

#include <string_view>

namespace winnow::classify {

struct Word {
  std::string_view folded;  // in the reader's folded words (blurb.cpp), living as long as the reader
  unsigned cls = 0;
  bool capital = false;  // written with a capital first letter
  bool opens = false;    // first word of a sentence or clause
  bool fresh = false;    // opens, or follows an opening quote or bracket (capitalised by rule)
  bool digit = false;
  bool self = false;     // part of the site's name
  bool joined = false;   // a hyphen joins it to the word before ("abonnez-vous", "Newsletter-Anmeldung")
  bool ascii = false;    // `folded` is all ASCII (the site's name is matched without unaccenting it)
};

}  // namespace winnow::classify
