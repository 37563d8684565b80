// The text-only classifier for text DOCs: no markup, so only what the words say. A line is
// chrome when it is a section label ("Featured Posts") or listed under one, a site blurb
// ("Thank you for visiting our website..."), a by-line or date line, the title repeated, a
// line without words, or short non-prose outside the run of article paragraphs.
#include <algorithm>

#include "classify/byline.h"
#include "classify/settings.h"
#include "classify/signals.h"
#include "classify/text_stats.h"
#include "winnow/classify.h"

namespace winnow::classify {
namespace {
namespace S = settings;

// A menu pasted as one line: "Skip to main content | Home | World | Politics ..." or
// "Menu Search Sections Latest Most Read Video Podcasts Log in": many short capitalised words,
// hardly a function word, no sentence.
bool menu_line(std::string_view text, const TextStats& t) {
  if (t.ends_sentence || t.words < S::kMenuMinWords || t.cjk) return false;
  std::size_t bars = 0;
  for (char ch : text) bars += ch == '|';
  double stop = t.stop_density();
  double caps = static_cast<double>(t.upper_initial) / t.words;
  return (bars >= S::kMenuMinBars && stop < S::kMenuBarsMaxStopDensity) ||
         (stop < S::kMenuCapsMaxStopDensity && caps >= S::kMenuMinCapsShare && t.words >= S::kMenuCapsMinWords);
}

// A pasted line is prose when it ends a sentence and is long enough for its script, or holds
// enough function words (settings.h, "Text DOCs").
bool line_prose(const blocks::Block& b, const TextStats& t, int lang) {
  if (t.cjk * 2 > t.words) return b.chars >= S::kLineCjkProseMinChars && t.ends_sentence;
  if (lang < 0) return t.words >= S::kLineUnknownProseMinWords && t.ends_sentence;
  return t.words >= S::kLineProseMinWords && t.stop_density() >= S::kLineProseMinStopDensity &&
         (t.ends_sentence || t.words >= S::kLineProseUnendedMinWords);
}

// One pass in reading order: what each line's words say, and the list a section label opens.
class LineJudge {
 public:
  explicit LineJudge(std::string_view title) : folded_title_(fold(title)) {}

  void judge(const blocks::Block& b, const TextStats& t, bool prose, Verdict& v) {
    std::string folded = fold(b.text);
    if (t.words == 0) return v.mark(Kind::Other, Reason::Separator);
    if (!folded_title_.empty() && folded == folded_title_) return v.mark(Kind::Other, Reason::RepeatsTitle);
    PhraseHit label = match_label(folded);
    if (label.hit) {
      in_list_ = true;
      list_kind_ = label.kind;
      return v.mark(label.kind, Reason::SectionLabel, label.phrase);
    }
    if (in_list_) {
      if (!prose) return v.mark(list_kind_, Reason::ListedUnderLabel);
      in_list_ = false;
    }
    PhraseHit ph = match_prose(folded, b.chars);
    if (ph.hit) return v.mark(ph.kind, Reason::SaysPhrase, ph.phrase);
    if (menu_line(b.text, t)) return v.mark(Kind::Navigation, Reason::Menu);
    if (looks_like_byline(folded, b, t, S::kBylineLineMaxWords)) return v.mark(Kind::Byline, Reason::Byline);
    v.set_reason(prose ? Reason::ArticleParagraph : Reason::ShortLineAmong);
  }

 private:
  const std::string folded_title_;
  bool in_list_ = false;
  Kind list_kind_ = Kind::Other;
};

// Contiguity: the article is the run from its first to its last prose line; short non-sentences
// outside it are chrome. With no prose at all, what the phrases left stays.
void trim_to_prose_run(const std::vector<TextStats>& st, const std::vector<char>& prose, std::vector<Verdict>& v) {
  std::size_t first = v.size(), last = 0;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i].label == Label::Content && prose[i]) {
      first = std::min(first, i);
      last = std::max(last, i);
    }
  if (first >= v.size()) return;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i].label != Label::Content || (i >= first && i <= last)) continue;
    if (st[i].ends_sentence && st[i].words >= S::kLineShortSentenceMinWords) continue;  // a short sentence, not a label
    v[i].mark(Kind::Other, i < first ? Reason::ShortLineBefore : Reason::ShortLineAfter);
  }
}

}  // namespace

Result classify_lines(std::string_view title, const std::vector<blocks::Block>& lines,
                      std::string_view declared_lang) {
  Result r;
  r.verdicts.resize(lines.size());
  r.lang = detect_language(lines, declared_lang);
  const int li = language_index(r.lang);
  std::vector<TextStats> st;
  std::vector<char> prose;
  st.reserve(lines.size());
  prose.reserve(lines.size());
  for (const auto& b : lines) {
    st.push_back(text_stats(b.text, li));
    prose.push_back(line_prose(b, st.back(), li));
  }
  LineJudge judge(title);
  for (std::size_t i = 0; i < lines.size(); ++i) judge.judge(lines[i], st[i], prose[i], r.verdicts[i]);
  trim_to_prose_run(st, prose, r.verdicts);
  bool any = false;
  for (const auto& v : r.verdicts) any |= v.label == Label::Content;
  r.type = any ? PageType::Article : PageType::Other;
  return r;
}

}  // namespace winnow::classify
