// The text-only classifier for text DOCs: no markup, so only what the words say. A line is
// chrome when it is a section label ("Featured Posts") or listed under one, a site blurb
// ("Thank you for visiting our website..."), a by-line or date line, the title repeated, a
// line without words, or short non-prose outside the run of article paragraphs.
#include <algorithm>

#include "classify/settings.h"
#include "classify/signals.h"
#include "classify/text_stats.h"
#include "winnow/classify.h"

namespace winnow::classify {
namespace {
namespace S = settings;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool byline_line(std::string_view folded, const blocks::Block& b, const TextStats& t) {
  if (b.chars > S::kBylineMaxChars || t.ends_sentence) return false;
  static constexpr std::string_view kBy[] = {"by ", "von ", "par ", "por ", "door ", "written by", "posted by",
                                             "posted on", "published", "updated", "last updated"};
  for (auto p : kBy)
    if (starts_with(folded, p) && t.words <= 12) return true;
  return t.words <= 10 && t.stopwords <= 2 && has_date(folded);
}

// A menu pasted as one line: "Skip to main content | Home | World | Politics ..." or
// "Menu Search Sections Latest Most Read Video Podcasts Log in": many short capitalised words,
// hardly a function word, no sentence.
bool menu_line(std::string_view text, const TextStats& t) {
  if (t.ends_sentence || t.words < 5 || t.cjk) return false;
  std::size_t bars = 0;
  for (char ch : text) bars += ch == '|';
  double stop = t.stop_density();
  double caps = static_cast<double>(t.upper_initial) / t.words;
  return (bars >= 3 && stop < 0.2) || (stop < 0.25 && caps >= 0.8 && t.words >= 6);
}

}  // namespace

Result classify_lines(std::string_view title, const std::vector<blocks::Block>& lines,
                      std::string_view declared_lang) {
  Result r;
  r.verdicts.resize(lines.size());
  r.lang = detect_language(lines, declared_lang);
  const int li = language_index(r.lang);
  std::string folded_title = fold(title);
  // trim the title's site suffix-free form for comparison
  std::vector<TextStats> st;
  st.reserve(lines.size());
  for (const auto& b : lines) st.push_back(text_stats(b.text, li));

  auto prose = [&](std::size_t i) {
    const auto& t = st[i];
    if (t.cjk * 2 > t.words) return lines[i].chars >= 40 && t.ends_sentence;
    if (li < 0) return t.words >= 12 && t.ends_sentence;
    return t.words >= 8 && t.stop_density() >= 0.2 && (t.ends_sentence || t.words >= 25);
  };

  bool in_list = false;
  Kind list_kind = Kind::Other;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& b = lines[i];
    const auto& t = st[i];
    Verdict& v = r.verdicts[i];
    auto mark = [&](Kind k, std::string why) {
      v.label = Label::Boilerplate;
      v.kind = k;
      v.reason = std::move(why);
    };
    std::string folded = fold(b.text);
    if (t.words == 0) {
      mark(Kind::Other, "no words (a separator)");
      continue;
    }
    if (!folded_title.empty() && folded == folded_title) {
      mark(Kind::Other, "repeats the title");
      continue;
    }
    PhraseHit label = match_label(folded);
    if (label.hit) {
      mark(label.kind, "a section label (\"" + label.phrase + "\")");
      in_list = true;
      list_kind = label.kind;
      continue;
    }
    bool is_prose = prose(i);
    if (in_list) {
      if (is_prose) in_list = false;
      else {
        mark(list_kind, "listed under a section label");
        continue;
      }
    }
    PhraseHit ph = match_prose(folded, b.chars);
    if (ph.hit) {
      mark(ph.kind, "says \"" + ph.phrase + "\"");
      continue;
    }
    if (menu_line(b.text, t)) {
      mark(Kind::Navigation, "a menu: capitalised words, no sentence");
      continue;
    }
    if (byline_line(folded, b, t)) {
      mark(Kind::Byline, "a by-line or date line");
      continue;
    }
    v.reason = is_prose ? "article paragraph" : "short line among the article's paragraphs";
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
    if (st[i].ends_sentence && st[i].words >= 3) continue;  // a short sentence, not a label
    r.verdicts[i].label = Label::Boilerplate;
    r.verdicts[i].kind = Kind::Other;
    r.verdicts[i].reason = i < first ? "short line before the article's first paragraph"
                                     : "short line after the article's last paragraph";
  }
  bool any = false;
  for (const auto& v : r.verdicts) any |= v.label == Label::Content;
  r.type = any ? PageType::Article : PageType::Other;
  return r;
}

}  // namespace winnow::classify
