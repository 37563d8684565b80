// Page -> Article fingerprint (see winnow/fingerprint.h for what each part is for).
#include "winnow/fingerprint.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "common/hash.h"
#include "fingerprint/tense.h"
#include "text/stopwords.h"
#include "winnow/text.h"

namespace winnow::fingerprint {
namespace {

// Term weighting (TF-IDF with boosts). Named entities and numbers tell one event from another
// of the same type (who, where, how many, which year); the title is the writer's own summary.
constexpr double kEntityBoost = 1.0;   // added to 1 when most occurrences are capitalised
constexpr double kNumberBoost = 0.5;
constexpr double kTitleBoost = 1.0;    // added when the term is in the (cleaned) title
// Weights are raised to this power: the few strongest terms (who, where) decide, so a page
// about another event with one shared name does not ride on the topic's vocabulary.
// (Validated: contrast 1.0 or no boosts lose 0.08 to 0.2 of the retellings on every stream,
// scripts/story_cv.py, docs/story-matching.md.)
constexpr double kContrast = 0.7;
// Truncation stemming: five characters, the length reported to work across European
// languages in the IR literature (not tuned here: 4 and 6 differ by one retelling).
constexpr std::size_t kPrefixChars = 5;
constexpr int kShingle = 3;            // words per shingle
constexpr std::uint64_t kParaSeed = 0x5ca1ab1e0ddba11ull;

struct Word {
  std::string norm;
  bool capital = false;     // first letter upper-case in the page's own text
  bool after_stop = false;  // first word of a paragraph or sentence
  bool number = false;
};

bool upper_initial(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: compare with the case-folded form; a letter that folds to something else
  // is upper-case (or title-case). Cheap and script-neutral.
  std::size_t len = (c >= 0xf0) ? 4 : (c >= 0xe0) ? 3 : (c >= 0xc0) ? 2 : 1;
  std::string_view first = s.substr(0, std::min(len, s.size()));
  return text::normalize(first) != first;
}

std::vector<Word> words_of(std::string_view raw) {
  std::string clean = text::sanitize_utf8(raw);
  std::vector<text::Token> toks = text::tokenize(clean);
  std::vector<Word> out;
  out.reserve(toks.size());
  bool stop = true;
  for (const text::Token& t : toks) {
    if (t.kind == text::TokenKind::Punct || t.kind == text::TokenKind::Symbol) {
      std::string_view p(clean.data() + t.begin, t.end - t.begin);
      if (p == "." || p == "!" || p == "?" || p == ":" || p == "\"" || p == "\u201c" ||
          p == "|" || p == "-" || p == "\u2014" || p == "(")
        stop = true;
      continue;
    }
    Word w;
    w.norm = t.norm;
    w.number = t.kind == text::TokenKind::Number;
    w.capital = !w.number &&
                upper_initial(std::string_view(clean.data() + t.begin, t.end - t.begin));
    w.after_stop = stop;
    stop = false;
    out.push_back(std::move(w));
  }
  return out;
}

// A word that carries meaning on its own: not a lone Latin/Cyrillic/Greek letter.
bool is_term(const Word& w) {
  if (w.number) return true;
  if (w.norm.size() >= 2) return true;
  return static_cast<unsigned char>(w.norm[0]) >= 0x80;  // one CJK character is a word
}

std::uint64_t shingle_hash(const std::vector<Word>& ws, std::size_t i, std::size_t n) {
  std::uint64_t h = kFnvShortBasis64;
  for (std::size_t k = i; k < i + n; ++k) {
    h = fnv_short64(ws[k].norm, h);
    h = fnv_short64(" ", h);
  }
  return mix64(h);
}

struct TermAcc {
  double tf = 0;
  int n = 0;       // occurrences
  int capital = 0;
  int capital_mid = 0;  // capitalised where a sentence does not start: a name
  bool number = false;
  bool in_title = false;
};

// One occurrence of a term's word in the article.
void count_word(TermAcc& ta, const Word& w) {
  ta.tf += 1;
  ++ta.n;
  ta.number = w.number;
  if (w.capital) {
    ++ta.capital;
    if (!w.after_stop) ++ta.capital_mid;
  }
}

// How a page's words become terms in its language: its stopwords (the classifier's tables) are
// left out; English words get the light stem, words of the other languages with a stopword
// table are cut to their first kPrefixChars characters (truncation stemming: it folds German
// and French inflection and joins a compound to its head, "Feuerwehrleute" / "Feuerwehr").
struct Language {
  bool english = true;  // also a page whose language is not told
  bool tense = false;   // told to be English: its tense is counted (fingerprint/tense.h)
  std::unordered_set<std::string> stop;
};

Language language_of(std::string_view code) {
  Language l;
  int i = text::language_index(code);
  if (i < 0) return l;
  const text::StopwordList& list = text::stopword_lists()[static_cast<std::size_t>(i)];
  l.english = std::string_view(list.lang) == "en";
  l.tense = l.english;
  std::string_view w = list.words;
  while (!w.empty()) {
    std::size_t sp = w.find(' ');
    if (sp != 0) l.stop.emplace(w.substr(0, sp));
    if (sp == std::string_view::npos) break;
    w.remove_prefix(sp + 1);
  }
  return l;
}

const Language& language(std::string_view code) {
  static const std::vector<Language> cache = [] {
    std::vector<Language> v;
    for (const text::StopwordList& l : text::stopword_lists()) v.push_back(language_of(l.lang));
    return v;
  }();
  static const Language none;
  int i = text::language_index(code);
  return i < 0 ? none : cache[static_cast<std::size_t>(i)];
}

// First n UTF-8 characters of w.
std::string_view prefix_chars(std::string_view w, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t chars = 0; at < w.size() && chars < n; ++chars) {
    unsigned char c = static_cast<unsigned char>(w[at]);
    at += c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  }
  return w.substr(0, std::min(at, w.size()));
}

// The word without an elided article or pronoun ("l'incendie", "d’un", "dell'anno"): the
// tokenizer keeps them in one word, and its first five characters would then key "l'inc", not
// the word. An elided part is shorter than a term prefix; a longer one is a word of its own
// ("aujourd'hui").
std::string_view without_elision(std::string_view w) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    std::size_t at = w.find(apostrophe);
    if (at == std::string_view::npos || at == 0 || at + apostrophe.size() >= w.size()) continue;
    if (prefix_chars(w, kPrefixChars - 1).size() >= at) return w.substr(at + apostrophe.size());
  }
  return w;
}

// A short word's plural ending ("bébés", "jeux", "Autos"): truncation folds the plurals of longer
// words already ("pompiers" and "pompier" share "pompi"), not of words of five letters or less.
std::string_view without_plural(std::string_view w) {
  if (prefix_chars(w, 4).size() < w.size() && (w.back() == 's' || w.back() == 'x'))
    return w.substr(0, w.size() - 1);
  return w;
}

// The term hash of a word (0: a stopword, no term).
std::uint32_t term_of(const Language& l, const Word& w) {
  if (!w.number && l.stop.count(w.norm)) return 0;
  if (w.number || l.english) return term_hash(stem(w.norm));
  std::string_view word = without_elision(w.norm);
  if (word.size() != w.norm.size() && l.stop.count(std::string(word))) return 0;
  return term_hash(prefix_chars(without_plural(word), kPrefixChars));
}

}  // namespace

std::string_view stem(std::string_view w) {
  for (std::string_view suf : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (w.size() > suf.size() + 1 && w.substr(w.size() - suf.size()) == suf)
      return w.substr(0, w.size() - suf.size());
  }
  if (w.size() > 3 && w.back() == 's') {
    char p = w[w.size() - 2];
    if (p != 's' && p != 'u' && p != 'i') return w.substr(0, w.size() - 1);
  }
  return w;
}

std::uint32_t term_hash(std::string_view s) {
  std::uint32_t h = fnv1a32(s);
  h = (h ^ (h >> 24)) & 0xffffffu;
  return h ? h : 1;  // 0 marks an unused slot
}

std::string clean_title(std::string_view title) {
  // "Story headline | Site Name" / "Story headline - Site": drop a short last segment.
  for (std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
    std::size_t at = title.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view tail = title.substr(at + sep.size());
    std::size_t spaces = std::count(tail.begin(), tail.end(), ' ');
    if (spaces <= 3 && tail.size() < at) return std::string(title.substr(0, at));
  }
  return std::string(title);
}

namespace {

using TermAccs = std::unordered_map<std::uint32_t, TermAcc>;

void add_shingles(const std::vector<Word>& ws, std::vector<std::uint64_t>& shingles) {
  std::size_t n = std::min<std::size_t>(kShingle, ws.size());
  for (std::size_t i = 0; n && i + n <= ws.size(); ++i) shingles.push_back(shingle_hash(ws, i, n));
}

// A paragraph's sketch (the minimum of its shingles under one seed): every paragraph of the
// article gets one (a reader who saw a padding paragraph saw it); only the facts' shingles feed
// the page's MinHash.
void sketch_paragraph(Paragraph& p, const std::vector<Word>& ws, std::vector<std::uint64_t>& doc_shingles) {
  const std::size_t first = doc_shingles.size();
  add_shingles(ws, doc_shingles);
  std::uint64_t pmin = ~0ull;
  for (std::size_t i = first; i < doc_shingles.size(); ++i) pmin = std::min(pmin, mix64(doc_shingles[i] ^ kParaSeed));
  if (p.filler) doc_shingles.resize(first);
  p.sketch = static_cast<std::uint16_t>(pmin >> 48);
  if (p.sketch == 0) p.sketch = 1;
}

// What kind of text the facts are: a report or an explainer (tense, attributions), a history
// (its years).
struct PageKind {
  TenseCount tense;
  ReportCount report;
  YearSpan years;
};

// A fact paragraph's words: its terms, and the years it names. Only years named in the article
// count as evidence: a by-line's year dates the page, not the event, and nearly every page a
// reader reads this year shares it.
void count_fact_words(Paragraph& p, const std::vector<Word>& ws, const Language& lang, TermAccs& acc,
                      std::uint64_t& years, PageKind& kind) {
  for (const Word& w : ws) {
    if (lang.tense) {
      kind.tense.add(w.norm);
      kind.report.add(w.norm);
    }
    if (!is_term(w)) continue;
    if (w.number && w.norm.size() == 4) {
      int y = std::atoi(w.norm.c_str());
      if (y >= kFirstYear && y < kFirstYear + 64) years |= 1ull << (y - kFirstYear);
      kind.years.add(y);
    }
    std::uint32_t t = term_of(lang, w);
    if (!t) continue;
    count_word(acc[t], w);
    p.terms.push_back(t);
  }
  std::sort(p.terms.begin(), p.terms.end());
  p.terms.erase(std::unique(p.terms.begin(), p.terms.end()), p.terms.end());
}

// Title: its words count once more and get the title boost (not part of the shingles).
void count_title_words(std::string_view title, const Language& lang, TermAccs& acc) {
  for (const Word& w : words_of(clean_title(title))) {
    if (!is_term(w)) continue;
    std::uint32_t t = term_of(lang, w);
    if (!t) continue;
    TermAcc& ta = acc[t];
    ta.tf += 1;
    ++ta.n;
    ta.in_title = true;
    ta.number = w.number;
  }
}

// Padding repeats the article's own subject ("the Met Police", "the call handler") in stock
// phrases shared by unrelated farm articles: it weighs the words the facts and the title
// already have, and adds none of its own (nor shingles: a re-post is found by its facts).
void weigh_padding(const std::vector<std::vector<Word>>& padding, const Language& lang, TermAccs& acc) {
  for (const std::vector<Word>& ws : padding)
    for (const Word& w : ws) {
      std::uint32_t t = is_term(w) ? term_of(lang, w) : 0;
      auto it = t ? acc.find(t) : acc.end();
      if (it != acc.end()) count_word(it->second, w);
    }
}

// Low and top 16 bits of each of the kMinHashes minima over a set of shingles (sorted and
// deduplicated here); the number of distinct shingles.
std::uint32_t minhashes(std::vector<std::uint64_t>& shingles, std::array<std::uint16_t, kMinHashes>& low,
                        std::array<std::uint16_t, kMinHashes>* top) {
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  for (int i = 0; i < kMinHashes; ++i) {
    std::uint64_t seed = mix64(0x243f6a8885a308d3ull + static_cast<std::uint64_t>(i));
    std::uint64_t m = ~0ull;
    for (std::uint64_t sh : shingles) m = std::min(m, mix64(sh ^ seed));
    // The top bits of a minimum over n values cluster near 0 for long texts; the low bits
    // are uniform, so equal values are evidence and each value can key an index.
    low[i] = shingles.empty() ? 0 : static_cast<std::uint16_t>(m);
    if (top) (*top)[i] = shingles.empty() ? 0 : static_cast<std::uint16_t>(m >> 48);
  }
  return static_cast<std::uint32_t>(shingles.size());
}

// The facts' MinHash, and the page text's when extract kept less than half of it as facts: the
// same text can be judged article on one copy and chrome on another (a re-post with new chrome
// lines, a language the classifier misreads), and a copy must still be found.
void set_minhashes(Article& a, std::vector<std::uint64_t>& doc_shingles, std::vector<std::uint64_t>& page_shingles) {
  a.shingles = minhashes(doc_shingles, a.minhash, &a.minhash_v1);
  if (page_shingles.empty()) return;
  page_shingles.insert(page_shingles.end(), doc_shingles.begin(), doc_shingles.end());
  std::sort(page_shingles.begin(), page_shingles.end());
  page_shingles.erase(std::unique(page_shingles.begin(), page_shingles.end()), page_shingles.end());
  if (page_shingles.size() > 2 * static_cast<std::size_t>(a.shingles))
    a.page_shingles = minhashes(page_shingles, a.minhash_page, nullptr);
}

// The article's key terms: tf-idf with the boosts, contrast, the kKeyTerms strongest,
// normalised to unit length; and every distinct term, sorted.
void set_key_terms(Article& a, const TermAccs& acc, const TermStats& stats) {
  std::vector<Term> terms;
  terms.reserve(acc.size());
  for (const auto& [t, ta] : acc) {
    a.distinct_terms.push_back(t);
    double boost = 1.0;
    if (ta.capital_mid * 2 > ta.n || (ta.capital * 2 > ta.n && ta.capital >= 2))
      boost += kEntityBoost;
    if (ta.number) boost += kNumberBoost;
    if (ta.in_title) boost += kTitleBoost;
    double w = std::pow((1.0 + std::log(ta.tf)) * stats.idf(t) * boost, kContrast);
    terms.push_back({t, static_cast<float>(w)});
  }
  std::sort(a.distinct_terms.begin(), a.distinct_terms.end());
  std::sort(terms.begin(), terms.end(), [](const Term& x, const Term& y) {
    return x.weight != y.weight ? x.weight > y.weight : x.hash < y.hash;
  });
  if (terms.size() > static_cast<std::size_t>(kKeyTerms)) terms.resize(static_cast<std::size_t>(kKeyTerms));
  double norm = 0;
  for (const Term& t : terms) norm += static_cast<double>(t.weight) * t.weight;
  norm = std::sqrt(norm);
  for (Term& t : terms) t.weight = norm > 0 ? static_cast<float>(t.weight / norm) : 0.f;
  a.terms = std::move(terms);
  a.terms_by_hash = a.terms;
  std::sort(a.terms_by_hash.begin(), a.terms_by_hash.end(),
            [](const Term& x, const Term& y) { return x.hash < y.hash; });
}

}  // namespace

Article fingerprint(const Page& page, const Options& options) {
  Article a;
  std::vector<std::uint64_t> doc_shingles, page_shingles;
  TermAccs acc;
  std::vector<std::vector<Word>> padding;  // the words of paragraphs judged filler
  PageKind kind;

  const Language& lang = language(page.lang);
  std::uint32_t index = 0;
  for (const Block& b : page.blocks) {
    Paragraph p;
    p.index = index++;
    p.text = b.text;
    p.boilerplate = b.label == Label::Boilerplate;
    p.filler = !p.boilerplate && b.filler != filler::Code::None;
    std::vector<Word> ws = words_of(b.text);
    if (!ws.empty()) {
      std::uint64_t h = kFnvShortBasis64;
      for (const Word& w : ws) h = fnv_short64(" ", fnv_short64(w.norm, h));
      p.exact = mix64(h) | 1;
    }
    bool recurs = !p.boilerplate && p.exact && options.recurring &&
                  options.recurring(options.recurring_ctx, p.exact);
    if (recurs) p.boilerplate = true;
    if (!p.boilerplate && !ws.empty()) sketch_paragraph(p, ws, doc_shingles);
    // Judged chrome by extract alone: not known to recur (the history's memory, or the site's
    // template memory that marked it `template`).
    else if (!recurs && options.page_text && b.kind != Kind::Template) add_shingles(ws, page_shingles);
    if (!p.boilerplate && !p.filler && !ws.empty()) count_fact_words(p, ws, lang, acc, a.years, kind);
    if (p.filler) padding.push_back(std::move(ws));
    a.paragraphs.push_back(std::move(p));
  }
  count_title_words(page.title, lang, acc);
  weigh_padding(padding, lang, acc);
  set_minhashes(a, doc_shingles, page_shingles);
  a.tense = kind.tense.code();
  a.report = kind.report.code();
  a.history = kind.years.centuries();
  TermStats seed_only;
  set_key_terms(a, acc, options.stats ? *options.stats : seed_only);
  return a;
}

}  // namespace winnow::fingerprint
