// The filler judgement (winnow/filler.h): each paragraph is scanned once (filler_scan.h); what
// it says that the title and the paragraphs before it had not said decides whether it may be
// judged at all; the generated model (filler_model.inc) weighs stock phrases, vague words and
// repetition; subheadings follow their section.
#include "winnow/filler.h"

#include <algorithm>
#include <cmath>

#include "classify/filler_lexicon.h"
#include "classify/filler_scan.h"
#include "classify/filler_settings.h"
#include "winnow/extract.h"
#include "winnow/fingerprint.h"

namespace winnow::filler {
namespace {

#include "classify/filler_model.inc"
static_assert(std::size(kFillerWeights) == kFeatureCount, "filler_model.inc is out of date");

using classify::filler_detail::FlatSet;
using classify::filler_detail::Lexicon;
using classify::filler_detail::Scan;
namespace S = classify::filler_settings;

struct Analysis {
  Features f;
  bool heading = false;
  std::uint32_t stock_begin = 0, stock_end = 0;
  int article_index = -1;  // position among the article's paragraphs (headings excluded)
};

// Share of `a` (sorted, unique) found in `b` (sorted, unique).
double contained(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty()) return 0.0;
  std::size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++both, ++i, ++j;
  }
  return static_cast<double>(both) / a.size();
}

std::vector<std::uint64_t> merged(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::vector<std::uint64_t> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

struct PageState {
  const Lexicon& lx;
  bool german;
  FlatSet seen;       // every word of the title and earlier blocks
  FlatSet all_stems;  // content stems of everything earlier
  std::vector<std::uint64_t> lede;               // stems of the title and the first paragraph
  std::vector<std::vector<std::uint64_t>> earlier;  // stems of each earlier paragraph
  Scan scan;
};

// What a reader would lose: names and numbers not given before, quotations, attributions.
std::uint32_t new_facts(const PageState& p) {
  std::uint32_t n = p.scan.quotes + p.scan.sources;
  for (std::size_t i = 0; i < p.scan.specs.size(); ++i) {
    std::uint64_t h = p.scan.specs[i];
    bool repeat = std::find(p.scan.specs.begin(), p.scan.specs.begin() + i, h) != p.scan.specs.begin() + i;
    n += !repeat && !p.seen.contains(h);
  }
  return n;
}

void repetition(const PageState& p, Features& f) {
  const auto& stems = p.scan.stems;
  f.x[kRepeatBest] = contained(stems, p.lede);
  std::size_t from = p.earlier.size() > S::kRepeatWindow ? p.earlier.size() - S::kRepeatWindow : 1;
  for (std::size_t j = std::max<std::size_t>(from, 1); j < p.earlier.size(); ++j) {
    double c = contained(stems, p.earlier[j]);
    if (c > f.x[kRepeatBest]) f.x[kRepeatBest] = c, f.repeats = static_cast<int>(j);
  }
  std::size_t known = 0;
  for (std::uint64_t h : stems) known += p.all_stems.contains(h);
  f.x[kRepeatAll] = stems.empty() ? 0.0 : static_cast<double>(known) / stems.size();
}

void remember(PageState& p, int article_index) {
  for (std::uint64_t h : p.scan.seen) p.seen.insert(h);
  for (std::uint64_t h : p.scan.stems) p.all_stems.insert(h);
  if (article_index < 0) return;
  if (article_index == 0) p.lede = merged(p.lede, p.scan.stems);
  p.earlier.push_back(p.scan.stems);
}

// Padding shows in the paragraph's own words: a stock phrase, a vague word, or most of its
// content said before. One with none of them (plain concrete words: "small beads may come loose
// and be swallowed") is never padding, whatever the model makes of the page around it: the
// page-wide features (stock phrases elsewhere, position, length) describe the page, not what
// this paragraph would cost a reader. No labelled padding paragraph lacks all three.
bool pads_in_own_words(const Features& f) {
  return f.x[kStock] > 0 || f.x[kVague] > 0 || f.x[kRepeatBest] >= S::kRestatesShare;
}

std::vector<Analysis> analyse(std::string_view title, const std::vector<Para>& paras, const Lexicon& lx,
                              bool german) {
  PageState p{lx, german, {}, {}, {}, {}, {}};
  std::size_t bytes = title.size();
  for (const auto& para : paras) bytes += para.text.size();
  // about one word in six bytes: no growing while an ordinary page is read
  p.seen.reset(std::min<std::size_t>(bytes / 6, S::kPresizeWords));
  p.all_stems.reset(std::min<std::size_t>(bytes / 12, S::kPresizeWords));
  classify::filler_detail::scan(title, lx, german, true, p.scan);
  p.lede = p.scan.stems;
  remember(p, -1);
  std::vector<Analysis> out(paras.size());
  int article = 0, total = 0;
  for (const auto& para : paras) total += !para.heading;
  for (std::size_t i = 0; i < paras.size(); ++i) {
    Analysis& a = out[i];
    a.heading = paras[i].heading;
    classify::filler_detail::scan(paras[i].text, lx, german, a.heading, p.scan);
    a.f.new_facts = new_facts(p);
    if (!a.heading) {
      a.article_index = article++;
      a.stock_begin = p.scan.stock_begin;
      a.stock_end = p.scan.stock_end;
      const Scan& s = p.scan;
      a.f.x[kStock] = std::min<double>(s.stock, S::kStockCap);
      a.f.x[kVague] = s.content ? static_cast<double>(s.vague) / s.content : 0.0;
      a.f.x[kLogWords] = std::log(static_cast<double>(std::max<std::uint32_t>(s.words, 1)));
      a.f.x[kLast] = a.article_index == total - 1 ? 1.0 : 0.0;
      a.f.judged = a.article_index > 0 && s.words >= S::kMinWords && a.f.new_facts == 0;
      if (a.f.judged) repetition(p, a.f);  // only what may be judged: the rest never reaches the model
      a.f.own_words = a.f.judged && pads_in_own_words(a.f);
    }
    remember(p, a.article_index);
  }
  double stock = 0;
  for (const auto& a : out) stock += a.heading ? 0.0 : a.f.x[kStock];
  for (auto& a : out) a.f.x[kPageStock] = article ? stock / article : 0.0;
  return out;
}

double score(const Features& f) {
  double z = kFillerBias;
  for (std::size_t k = 0; k < kFeatureCount; ++k) z += kFillerWeights[k] * f.x[k];
  return z;
}

std::string reason_for(const Analysis& a, std::string_view text, Code code) {
  std::string r = "no name, number or quote of its own";
  if (code == Code::Restates) {
    r += a.f.repeats < 0 ? "; repeats the title and opening paragraph"
                         : "; repeats paragraph " + std::to_string(a.f.repeats + 1);
  } else if (a.stock_end > a.stock_begin) {
    r += "; stock phrase \u201C";
    r += text.substr(a.stock_begin, a.stock_end - a.stock_begin);
    r += "\u201D";
  } else {
    r += "; general commentary";
  }
  return r;
}

// A subheading pads when it adds no number and every paragraph of its section is padding.
void judge_headings(const std::vector<Analysis>& an, std::vector<Verdict>& out) {
  for (std::size_t i = 0; i < an.size(); ++i) {
    if (!an[i].heading || an[i].f.new_facts) continue;
    std::size_t j = i + 1, section = 0;
    bool all = true;
    for (; j < an.size() && !an[j].heading; ++j, ++section) all &= out[j].code != Code::None;
    if (section && all) out[i] = {Code::Heading, "a generic subheading over padding"};
  }
}

}  // namespace

const char* code_name(Code c) {
  switch (c) {
    case Code::Generic: return "generic";
    case Code::Restates: return "restates";
    case Code::Heading: return "heading";
    case Code::None: break;
  }
  return nullptr;
}

bool judged_language(std::string_view lang) { return classify::filler_detail::lexicon_for(lang) != nullptr; }

std::vector<Features> features(std::string_view title, const std::vector<Para>& paras, std::string_view lang) {
  const Lexicon* lx = classify::filler_detail::lexicon_for(lang);
  if (!lx) return {};
  std::vector<Features> out;
  for (auto& a : analyse(title, paras, *lx, lang.substr(0, 2) == "de")) out.push_back(a.f);
  return out;
}

std::vector<Verdict> judge(std::string_view title, const std::vector<Para>& paras, std::string_view lang) {
  std::vector<Verdict> out(paras.size());
  const Lexicon* lx = classify::filler_detail::lexicon_for(lang);
  if (!lx) return out;
  std::vector<Analysis> an = analyse(title, paras, *lx, lang.substr(0, 2) == "de");
  for (std::size_t i = 0; i < an.size(); ++i) {
    if (!an[i].f.own_words || score(an[i].f) <= 0.0) continue;
    Code code = an[i].f.x[kRepeatBest] >= S::kRestatesShare ? Code::Restates : Code::Generic;
    out[i] = {code, reason_for(an[i], paras[i].text, code)};
  }
  judge_headings(an, out);
  return out;
}

void mark_page(winnow::Page& page, const std::vector<bool>& heading) {
  if (page.type != PageType::Article || !judged_language(page.lang)) return;
  std::vector<Para> paras;
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const Block& b = page.blocks[i];
    if (b.label != Label::Content || b.headline) continue;
    paras.push_back({b.text, i < heading.size() && heading[i]});
    at.push_back(i);
  }
  if (paras.size() > S::kMaxParagraphs) return;  // no article pads this long: not judged
  // The site's name after the headline ("... | Metro Wire") is chrome, not something the article
  // said: an outlet's own name in its text ("Metro Wire has approached the police") is an actor.
  std::vector<Verdict> v = judge(fingerprint::clean_title(page.title), paras, page.lang);
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (v[k].code == Code::None) continue;
    page.blocks[at[k]].filler = v[k].code;
    page.blocks[at[k]].reason = std::move(v[k].reason);
  }
}

std::vector<bool> title_like_lines(const winnow::Page& page) {
  std::vector<bool> out(page.blocks.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::string_view t = page.blocks[i].text;
    if (t.empty()) continue;
    std::size_t words = 1 + static_cast<std::size_t>(std::count(t.begin(), t.end(), ' '));
    char last = t.back();
    std::string_view tail = t.size() >= 3 ? t.substr(t.size() - 3) : std::string_view();
    bool ends = last == '.' || last == '!' || last == ';' || last == ',' || last == '"' ||
                tail == "\u201D" || tail == "\u2026";
    out[i] = words <= S::kHeadingWords && !ends;
  }
  return out;
}

}  // namespace winnow::filler
