// Filler inside the article: which of an article's own paragraphs only pad the story, and why.
// A verdict is `generic` (commentary with no name, number, date or quotation of its own, in
// stock phrases and vague words), `restates` (says again what an earlier paragraph said) or
// `heading` (a subheading over a section that is all padding); None otherwise. A paragraph
// that brings a name, number or quotation the page had not given yet is never filler: the
// judgement must not cost a reader a fact. Judged in English, German and French only; any
// other language gets None throughout.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow {
struct Page;
}

namespace winnow::filler {

enum class Code : std::uint8_t { None, Generic, Restates, Heading };

// "generic", "restates", "heading"; nullptr for None.
const char* code_name(Code c);

struct Para {
  std::string_view text;
  bool heading = false;  // a subheading inside the article (h2..h6, or a short title-like line)
};

struct Verdict {
  Code code = Code::None;
  std::string reason;  // for a reader: what is missing or repeated; empty for None
};

// What the model reads about one (non-heading) paragraph; in the order of the generated
// weights (core/src/classify/filler_model.inc, scripts/filler/train.py).
enum Feature : std::uint8_t {
  kStock,       // stock phrases matched (capped)
  kVague,       // vague words / content words
  kRepeatBest,  // share of its content stems found in one earlier paragraph (or title + lede)
  kRepeatAll,   // share of its content stems found anywhere earlier on the page
  kLogWords,    // ln(words)
  kLast,        // 1 for the article's last paragraph
  kPageStock,   // stock phrases per article paragraph over the whole page (padding comes in bulk)
  kFeatureCount
};

struct Features {
  std::array<double, kFeatureCount> x{};
  bool judged = false;        // false: a heading, the lede, too short, or carries something new
  bool own_words = false;     // judged, and shows padding in its own words (a stock phrase, a
                              // vague word or a restatement): only then may the model flag it
  std::uint32_t new_facts = 0;  // new names and numbers, plus quotations
  int repeats = -1;           // the earlier paragraph it repeats most (-1: the title and lede)
};

// True for the languages the judgement has tables for ("en", "de", "fr", "en-GB"...).
bool judged_language(std::string_view lang);

// One verdict per paragraph, in order. `title`: the page's title (what it says is not new).
std::vector<Verdict> judge(std::string_view title, const std::vector<Para>& paras,
                           std::string_view lang);

// The model's inputs per paragraph (for the trainer and the tests); empty for other languages.
std::vector<Features> features(std::string_view title, const std::vector<Para>& paras,
                               std::string_view lang);

// The pipeline's hook: judges the page's article content blocks (not the headline, not
// boilerplate) and sets their `filler` and reason. `heading[i]`: block i is a subheading.
void mark_page(Page& page, const std::vector<bool>& heading);

// For a text DOC (no markup): which blocks read as subheadings, by shape: a few words and no
// sentence-ending punctuation ("Looking Ahead", "What Happens Next?").
std::vector<bool> title_like_lines(const Page& page);

}  // namespace winnow::filler
