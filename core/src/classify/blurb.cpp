// Blurb word counts and the blurb test (blurb.h): words are read with their capitals and their
// place in the sentence, classed by blurb_lexicon.h, then weighed by the generated tree ensemble.
#include "classify/blurb.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "classify/blurb_grams.h"
#include "classify/blurb_lexicon.h"
#include "classify/blurb_mood.h"
#include "classify/blurb_name.h"
#include "classify/blurb_word.h"
#include "classify/forest.h"
#include "classify/settings.h"
#include "common/fold.h"
#include "text/stopwords.h"
#include "winnow/classify.h"
#include "winnow/text.h"

namespace winnow::classify {
namespace {

#include "classify/blurb_model.inc"

static_assert(kBlurbForest.classes == 1 && kBlurbForest.trees <= ForestByFeature::kMaxTrees &&
              forest_max_leaves(kBlurbForest) <= ForestByFeature::kMaxLeaves);

const ForestByFeature& blurb_forest() {
  static const ForestByFeature forest(kBlurbForest, kBlurbInputCount);
  return forest;
}

// Cohesion speaks only where there are words to share: a one-line note, or a short page's story,
// shares nothing and so would read as a blurb. Below these it is unknown (-1) and the model
// judges by the other inputs; chosen on training/blurbs.py's out-of-fold recall.
constexpr unsigned kCohesionMinTerms = 3;   // the block's own content words
constexpr unsigned kCohesionMinStory = 40;  // the headline's and the other story blocks'

static_assert(kBlurbModelInputs == kBlurbInputCount,
              "blurb_model.inc is out of step with blurb_inputs(): run training/blurbs.py --write");

// Bytes that end a word: ASCII that is neither a letter, a digit nor an apostrophe.
constexpr bool ascii_separator(unsigned char c) { return c < 0x80 && !ascii_alnum(c) && c != '\''; }

// Bytes a word takes as they come (kRun), so read() copies a run of them at once: all but
// separators and the leads 0xE2 and 0xC2 of the punctuation read() looks at more closely; with
// what flush() asks of the word's bytes (a digit, a byte beyond ASCII), gathered as they are copied.
constexpr std::uint8_t kRun = 1, kDigit = 2, kHigh = 4;
constexpr std::array<std::uint8_t, 256> kRunBytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (unsigned c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    const bool run = !ascii_separator(b) && c != 0xE2 && c != 0xC2;
    t[c] = static_cast<std::uint8_t>((run ? kRun : 0) | (ascii_digit(b) ? kDigit : 0) | (c >= 0x80 ? kHigh : 0));
  }
  return t;
}();


// The most words blurb_words() keeps storage for between calls (its texts are a few hundred
// characters; a longer one's list is freed).
constexpr std::size_t kSpareWords = 4096;

// Splits the text into words, marking sentence openings; '?' ends a question.
struct Reader {
  std::vector<Word> words;
  unsigned asks = 0;
  unsigned exclaims = 0;
  unsigned quotes = 0;    // quotation marks: “ ” „ « » "
  std::size_t label = 0;  // words of an opening clause a colon ends ("Read also:", "Lesetipp:")
  WordBytes raw;
  std::string folds;  // every word's folded bytes, in a row (Word::folded views into it)
  std::uint8_t raw_bits = 0;  // kDigit, kHigh: of every byte of `raw` (the rest read() adds is plain ASCII)
  bool open = true, fresh = true, in_sentence = false, hyphen = false, first_clause = true;
  bool judged = true;  // short enough for the blurb model: only then are compounds worth reading

  void flush() {
    if (raw.empty()) return;
    const std::string_view bytes = raw.view();
    Word& w = words.emplace_back();
    w.digit = raw_bits & kDigit;
    const std::size_t at = folds.size();
    if (!(raw_bits & kHigh)) {
      folds.append(bytes);  // the common case, without the general fold's setup
      lower_ascii(folds.data() + at, bytes.size());
      w.folded = std::string_view(folds).substr(at);
      w.capital = bytes[0] >= 'A' && bytes[0] <= 'Z';
      w.ascii = true;
    } else {
      fold_append(bytes, folds);
      w.folded = std::string_view(folds).substr(at);
      w.ascii = skip_ascii(folds.data(), at, folds.size()) == folds.size();
      std::size_t n = 0;
      next_code_point(bytes, n);
      w.capital = w.folded.substr(0, n) != bytes.substr(0, n);
    }
    w.opens = open;
    w.fresh = fresh || open;
    w.cls = blurb_class(w.folded);
    if (!w.cls) w.cls = verb_person(w.folded, w.capital && !w.fresh);  // a capital at an opening names no one
    if (!w.cls && judged && w.folded.size() >= kMinCompoundChars) w.cls = compound_class(w.folded);
    w.joined = hyphen && !w.opens;
    raw.clear();
    raw_bits = 0;
    open = fresh = hyphen = false;
    in_sentence = true;
  }
  void end_sentence(char mark) {
    flush();
    if (mark == '?' && in_sentence) ++asks;
    if (mark == '!' && in_sentence) ++exclaims;
    if (first_clause && mark == ':') label = words.size();
    first_clause = first_clause && !in_sentence;
    open = true;
    in_sentence = false;
  }
  void read(std::string_view text);
};

// One text per reader: its words view into `folds`, which is made large enough for all of them
// at once (a word's fold is at most its bytes and two more), so it never moves while they live.
void Reader::read(std::string_view text) {
  raw.start(text);
  folds.clear();
  folds.reserve(3 * text.size() + 4);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
    if (c == 0xE2 && at(i + 1) == 0x80) {  // general punctuation: ’ inside a word, quotes, dashes, …
      const unsigned char d = at(i + 2);
      i += 2;
      if (d == 0x99 && !raw.empty()) raw.put('\'');
      else if (d == 0xA6) end_sentence('.');
      else {
        flush();
        fresh = fresh || d == 0x9C || d == 0x9E || d == 0x98;  // “ „ ‘ open a quotation
        quotes += d == 0x9C || d == 0x9D || d == 0x9E;
      }
      continue;
    }
    if (c == 0xC2 && at(i + 1) >= 0xA0 && at(i + 1) <= 0xBF) {  // no-break space, ¡ « » ¿ and kin
      flush();
      fresh = fresh || at(i + 1) == 0xAB || at(i + 1) == 0xA1 || at(i + 1) == 0xBF;
      quotes += at(i + 1) == 0xAB || at(i + 1) == 0xBB;
      ++i;
      continue;
    }
    if (!ascii_separator(c)) {
      std::size_t end = i + 1;
      std::uint8_t bits = kRunBytes[c];
      for (std::uint8_t b; end < text.size() && ((b = kRunBytes[static_cast<unsigned char>(text[end])]) & kRun); ++end) bits |= b;
      raw_bits |= bits;
      raw.take(i, end - i);
      i = end - 1;
      continue;
    }
    if ((c == '.' || c == ',') && !raw.empty() && ascii_digit(raw.view().back()) && ascii_digit(at(i + 1))) {
      raw.take(i, 1);  // 2.300, 1,4: one number
      continue;
    }
    if (c == '.' && ascii_alnum(at(i + 1))) {  // www.site.com: inside a word run
      flush();
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') end_sentence(static_cast<char>(c));
    else {
      const bool joins = c == '-' && !raw.empty() && (at(i + 1) >= 0x80 || ascii_alnum(at(i + 1)));
      flush();
      hyphen = joins;
      fresh = fresh || c == '"' || c == '(';
      quotes += c == '"';
    }
  }
  flush();
}

// The last mark of the text, closing quotes and brackets aside, ends a sentence.
bool ends_as_sentence(std::string_view text) {
  while (!text.empty()) {
    const auto c = static_cast<unsigned char>(text.back());
    if (c == '.' || c == '!' || c == '?') return true;
    if (text.ends_with("…")) return true;
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == '\n' || c == '\t') text.remove_suffix(1);
    else if (text.ends_with("»") || text.ends_with("\u00a0")) text.remove_suffix(2);
    else if (text.ends_with("”") || text.ends_with("’") || text.ends_with("“")) text.remove_suffix(3);
    else return false;
  }
  return false;
}

// "Sie", "Ihnen", "Lei", "La" written with a capital inside a sentence speak to the reader; where
// nouns are not capitalised a capital word after it makes it part of a name ("La Spezia").
bool formal_address(const std::vector<Word>& ws, std::size_t i, bool nouns_capitalised) {
  const Word& w = ws[i];
  if (!(w.cls & kBlurbFormal) || !w.capital || w.fresh) return false;
  return nouns_capitalised || i + 1 >= ws.size() || !ws[i + 1].capital;
}

// Capitalised words inside a sentence that no class holds and that do not spell the site's name.
unsigned names_in(const std::vector<Word>& ws, bool nouns_capitalised) {
  unsigned n = 0;
  for (const Word& w : ws) n += w.capital && !w.fresh && !w.cls && !w.self && !w.digit && !nouns_capitalised;
  return n;
}

// The per-word counts of a word's classes; `opening` tells whether it is in an opening label or
// the first word (where a pointer counts).
void count_classes(unsigned cls, bool opening, BlurbWords& b) {
  b.we += (cls & kBlurbWe) != 0;
  b.site += (cls & kBlurbSite) != 0;
  b.act += (cls & kBlurbAct) != 0;
  b.report += (cls & kBlurbReport) != 0;
  b.page += (cls & kBlurbPage) != 0;
  b.pointer += (cls & kBlurbPointer) && opening;
  b.notice += (cls & kBlurbNotice) != 0;
  b.soon += (cls & kBlurbSoon) != 0;
  b.credit += (cls & kBlurbCredit) != 0;
  b.standing += (cls & kBlurbStanding) != 0;
}

// A currency sign: $, £, €, ¥ (the reader drops them between words).
bool currency_sign(std::string_view text) {
  return text.find_first_of('$') != std::string_view::npos || text.find("£") != std::string_view::npos ||
         text.find("€") != std::string_view::npos || text.find("¥") != std::string_view::npos;
}

// The quotation marks around a headline a sign-off quotes («Title», "Title").
constexpr unsigned kHeadlineQuotes = 2;

// The headline quoted in a longer text: its words in a row among the text's.
bool quotes_headline(std::string_view text, const std::vector<Word>& ws, const BlurbPage& page) {
  const std::size_t n = page.headline_chars, k = page.headline.size();
  if (n < settings::kBlurbMinChars || text.size() <= n + settings::kBlurbMinChars || k == 0) return false;
  for (std::size_t i = 0; i + k <= ws.size(); ++i) {
    std::size_t j = 0;
    while (j < k && ws[i + j].folded == page.headline[j]) ++j;
    if (j == k) return true;
  }
  return false;
}

}  // namespace

BlurbWords blurb_words(std::string_view text, const BlurbPage& page) {
  const bool nouns_capitalised = page.nouns_capitalised;
  thread_local std::vector<Word> spare;  // the last call's word list and folds, kept for their storage
  thread_local std::string spare_folds;
  Reader r;
  r.words.swap(spare);
  r.folds.swap(spare_folds);
  r.words.clear();
  r.judged = text.size() <= settings::kBlurbMaxChars || text::code_points(text) <= settings::kBlurbMaxChars;
  r.words.reserve(text.size() / 5 + 1);
  r.read(text);
  std::vector<Word>& ws = r.words;
  BlurbWords b;
  b.words = static_cast<unsigned>(ws.size());
  b.asks = r.asks;
  b.exclaims = r.exclaims;
  b.label = r.label > 0 && r.label <= settings::kBlurbLabelMaxWords;
  if (!b.label) r.label = 0;
  b.self = mark_site_name(ws, page);
  // only a text blurb_sized() may pass is scored (the bytes bound its characters from above)
  if (r.judged && text.size() >= settings::kBlurbMinChars && ws.size() >= settings::kBlurbMinWords)
    b.lexical = gram_score(ws);
  bool talks = false;  // the current sentence speaks as the site or to the reader
  unsigned priced = 0;  // kBlurbPeriod and kBlurbMoney, as the words have them
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const Word& w = ws[i];
    if (w.opens) {
      b.talking += talks;
      talks = false;
    }
    const bool address =
        (w.cls & kBlurbYou) || formal_address(ws, i, nouns_capitalised) || clitic_imperative(w.folded, w.opens);
    b.you += address;
    bool deixis = false;
    if (w.cls) {  // most words have no class
      count_classes(w.cls, i < r.label || i == 0, b);
      priced |= w.cls & (kBlurbPeriod | kBlurbMoney);
      // "this page", "diese Website", "ce site": the site speaks of itself (not "this article": its author)
      deixis = i > 0 && !w.opens && (ws[i - 1].cls & kBlurbThis) &&
               (w.cls & (kBlurbSite | kBlurbPage | kBlurbPlace)) && !(w.cls & kBlurbArticle);
    }
    b.deixis += deixis;
    talks = talks || address || w.self || deixis || (w.cls & (kBlurbWe | kBlurbSite | kBlurbAct | kBlurbPage));
    b.digits += w.digit && !w.self;
    if (!w.opens) continue;
    ++b.sentences;
    // a call opens the sentence, or a verb does with the reader as its subject ("Haben Sie", "Meld u")
    const bool second_addresses = i + 1 < ws.size() && !ws[i + 1].opens && !(w.cls & (kBlurbYou | kBlurbWe)) &&
                                  ((ws[i + 1].cls & kBlurbYou) || formal_address(ws, i + 1, nouns_capitalised));
    // ... or an imperative carrying its pronoun ("Condividilo", "Abonnez-vous", "Siga-nos")
    const bool clitic = clitic_imperative(w.folded, true) || enclitic_call(w.folded) ||
                        (i + 1 < ws.size() && ws[i + 1].joined && hyphen_pronoun(ws[i + 1].folded));
    const bool call = (w.cls & (kBlurbAct | kBlurbCall)) || clitic || second_addresses;
    b.calls += call;
    talks = talks || call;
  }
  b.talking += talks;
  b.prose = ends_as_sentence(text);
  b.price = (priced & kBlurbPeriod) && b.digits > 0 && ((priced & kBlurbMoney) || currency_sign(text));
  b.names = names_in(ws, nouns_capitalised);
  b.quoted = r.quotes;
  if (quotes_headline(text, ws, page)) {  // the names and quotes it brings are the title's, not an event's
    ++b.self;
    b.quoted -= std::min(b.quoted, kHeadlineQuotes);
    b.names -= std::min(b.names, page.headline_names);
  }
  if (r.words.capacity() <= kSpareWords) spare.swap(r.words);  // a huge text's list is let go
  if (r.folds.capacity() <= kSpareWords * 4) spare_folds.swap(r.folds);
  return b;
}

BlurbPage blurb_page(std::string_view name, std::string_view headline, bool nouns_capitalised) {
  BlurbPage page{std::string(name), std::string(without_article(name)), {}, headline.size(), 0, nouns_capitalised};
  Reader r;
  r.read(headline);
  for (const Word& w : r.words) page.headline.emplace_back(w.folded);
  for (Word& w : r.words) w.fresh = false;  // quoted inside a sentence, its first word counts too
  page.headline_names = names_in(r.words, nouns_capitalised);
  return page;
}

std::string blurb_gram_tokens(std::string_view text, std::string_view url) {
  const BlurbPage page = blurb_page(site_name(url), {}, false);
  Reader r;
  r.read(text);
  mark_site_name(r.words, page);
  return gram_tokens(r.words);
}

bool nouns_capitalised(int lang_index) {
  const auto& lists = text::stopword_lists();
  return lang_index >= 0 && static_cast<std::size_t>(lang_index) < lists.size() &&
         std::string_view(lists[static_cast<std::size_t>(lang_index)].lang) == "de";
}

// blurb_input_names(), then "judged" (blurb_sized): the columns of FeatureRows::blurb.
const std::vector<std::string_view>& blurb_feature_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> n(blurb_input_names().begin(), blurb_input_names().end());
    n.push_back("judged");
    return n;
  }();
  return names;
}

const std::array<std::string_view, kBlurbInputCount>& blurb_input_names() {
  static const std::array<std::string_view, kBlurbInputCount> names = {
      "we",     "you",     "site",   "act",  "self",  "calls", "asks",    "digits",
      "names",  "report",  "talking", "prose", "page", "label", "pointer", "words",
      "deixis", "notice",  "soon",    "exclaims", "cohesion", "shared", "headlined", "story", "credit",
      "standing", "price", "lexical"};
  return names;
}

std::array<double, kBlurbInputCount> blurb_inputs(const BlurbWords& w) {
  const double words = w.words ? w.words : 1, sentences = w.sentences ? w.sentences : 1;
  const Cohesion& c = w.cohesion;
  const bool known = w.about_site() && c.terms >= kCohesionMinTerms && c.story >= kCohesionMinStory;
  const double terms = c.terms ? c.terms : 1;
  return {w.we / words,       w.you / words,     w.site / words,   w.act / words,
          w.self > 0 ? 1.0 : 0.0, w.calls / sentences, w.asks / sentences, w.digits / words,
          w.names / words,    w.report / words, w.talking / sentences, w.prose ? 1.0 : 0.0,
          w.page / words,     w.label ? 1.0 : 0.0, w.pointer > 0 ? 1.0 : 0.0, static_cast<double>(w.words),
          w.deixis > 0 ? 1.0 : 0.0, w.notice / words, w.soon / words, w.exclaims / sentences,
          known ? c.shared / terms : -1.0, known ? static_cast<double>(c.shared) : -1.0,
          known ? c.headline / terms : -1.0, static_cast<double>(c.story), w.credit / words,
          w.standing / words, w.price ? 1.0 : 0.0, w.lexical};
}

double blurb_score(const BlurbWords& w) {
  const auto x = blurb_inputs(w);
  return blurb_forest().score(x.data());
}

bool blurb_sized(const BlurbWords& w, unsigned chars) {
  namespace S = settings;
  return chars >= S::kBlurbMinChars && chars <= S::kBlurbMaxChars && w.words >= S::kBlurbMinWords;
}

// A speaker quoted and reported ("... it," Cook said) is an event told, whatever else it says.
bool is_blurb(const BlurbWords& w, unsigned chars) {
  return blurb_sized(w, chars) && !(w.report > 0 && w.quoted > 0) && blurb_score(w) > kBlurbCut;
}

}  // namespace winnow::classify
