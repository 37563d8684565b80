// A word as the blurb reader (blurb.cpp) reads it: folded, with its class, its capital, its place
// in the sentence, and whether it spells the site's name (blurb_name.h); and its bytes as they are
// read (WordBytes).
#pragma once

#include <string>
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

// The bytes of the word being read: a view of the text while they are a run of it (most words),
// copied when a byte the text does not hold there is put in (’ is read as ').
class WordBytes {
 public:
  void start(std::string_view text) {
    text_ = text;
    clear();
  }
  void take(std::size_t at, std::size_t n) {  // text[at, at + n)
    if (!copied_ && (begin_ == end_ || end_ == at)) {
      if (begin_ == end_) begin_ = at;
      end_ = at + n;
      return;
    }
    copy();
    own_.append(text_, at, n);
  }
  void put(char c) {
    copy();
    own_ += c;
  }
  std::string_view view() const { return copied_ ? std::string_view(own_) : text_.substr(begin_, end_ - begin_); }
  bool empty() const { return copied_ ? own_.empty() : begin_ == end_; }
  void clear() {
    begin_ = end_ = 0;
    copied_ = false;
  }

 private:
  void copy() {
    if (copied_) return;
    own_.assign(text_, begin_, end_ - begin_);
    copied_ = true;
  }
  std::string_view text_;
  std::size_t begin_ = 0, end_ = 0;
  std::string own_;
  bool copied_ = false;
};

}  // namespace winnow::classify
