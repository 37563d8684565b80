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

}  // namespace

Result classify_lines(std::string_view title, const std::vector<blocks::Block>& lines,
                      std::string_view declared_lang) {
  Result r;
  r.verdicts.resize(lines.size());
  r.lang = detect_language(lines, declared_lang);
  const int li = language_index(r.lang);
  std::string folded_title = fold(title);
  std::vector<TextStats> st;
  st.reserve(lines.size());
  for (const auto& b : lines) st.push_back(text_stats(b.text, li));

  auto prose = [&](std::size_t i) {
    const auto& t = st[i];
    if (t.cjk * 2 > t.words) return lines[i].chars >= S::kLineCjkProseMinChars && t.ends_sentence;
    if (li < 0) return t.words >= S::kLineUnknownProseMinWords && t.ends_sentence;
    return t.words >= S::kLineProseMinWords && t.stop_density() >= S::kLineProseMinStopDensity &&
           (t.ends_sentence || t.words >= S::kLineProseUnendedMinWords);
  };

  bool in_list = false;
  Kind list_kind = Kind::Other;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& b = lines[i];
    const auto& t = st[i];
    Verdict& v = r.verdicts[i];
    auto mark = [&](Kind k, Reason why, std::string_view detail = {}) {
      v.label = Label::Boilerplate;
      v.kind = k;
      v.set_reason(why, detail);
    };
    std::string folded = fold(b.text);
    if (t.words == 0) {
      mark(Kind::Other, Reason::Separator);
      continue;
    }
    if (!folded_title.empty() && folded == folded_title) {
      mark(Kind::Other, Reason::RepeatsTitle);
      continue;
    }
    PhraseHit label = match_label(folded);
    if (label.hit) {
      mark(label.kind, Reason::SectionLabel, label.phrase);
      in_list = true;
      list_kind = label.kind;
      continue;
    }
    bool is_prose = prose(i);
    if (in_list) {
      if (is_prose) in_list = false;
      else {
        mark(list_kind, Reason::ListedUnderLabel);
        continue;
      }
    }
    PhraseHit ph = match_prose(folded, b.chars);
    if (ph.hit) {
      mark(ph.kind, Reason::SaysPhrase, ph.phrase);
      continue;
    }
    if (menu_line(b.text, t)) {
      mark(Kind::Navigation, Reason::Menu);
      continue;
    }
    if (looks_like_byline(folded, b, t, S::kBylineLineMaxWords)) {
      mark(Kind::Byline, Reason::Byline);
      continue;
    }
    v.set_reason(is_prose ? Reason::ArticleParagraph : Reason::ShortLineAmong);
  }

  // contiguity: the article is the run from its first to its last prose paragraph
  std::size_t first = lines.size(), last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (r.verdicts[i].label == Label::Content && prose(i)) {
      first = std::min(first, i);
      last = std::max(last, i);
    }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (r.verdicts[i].label != Label::Content) continue;
    if (first >= lines.size()) break;  // no prose at all: keep what the phrases left
    if (i >= first && i <= last) continue;
    if (st[i].ends_sentence && st[i].words >= S::kLineShortSentenceMinWords) continue;  // a short sentence, not a label
    r.verdicts[i].label = Label::Boilerplate;
    r.verdicts[i].kind = Kind::Other;
    r.verdicts[i].set_reason(i < first ? Reason::ShortLineBefore : Reason::ShortLineAfter);
  }
  bool any = false;
  for (const auto& v : r.verdicts) any |= v.label == Label::Content;
  r.type = any ? PageType::Article : PageType::Other;
  return r;
}

}  // namespace winnow::classify
