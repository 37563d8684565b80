// Signals of one element (class/id/role/tag tokens, through a first-two-bytes index) and of one
// block's words (the phrase tables), as signals.h declares; covered by [classify] and [kinds].
#include "classify/signals.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

#include "common/fold.h"
#include "common/hash.h"
#include "common/pair_index.h"

namespace winnow::classify {
namespace {

// Class/id tokens: split at non-alphanumerics and at lower->upper humps; take(token) gets each
// as it stands in `s` (not lower-cased).
template <class Take>
void each_token(std::string_view s, Take take) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!ascii_alnum(s[i])) {
      ++i;
      continue;
    }
    // a run of letters and digits, cut where a capital follows a small letter
    std::size_t j = i + 1;
    while (j < s.size() && ascii_alnum(s[j]) && !(s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' && s[j - 1] <= 'z')) ++j;
    take(s.substr(i, j - i));
    i = j;
  }
}

// The token tables by their first two bytes, so a class token is compared with the one or two
// entries it may match rather than all of them (node_signal runs for every container of every
// block): the positive tokens first, then the negative ones in table order (the first that
// matches names the kind), each with whether it is weak.
struct ClassTokenEntry {
  std::string_view token;
  const settings::ClassToken* negative;  // null for a positive token
  bool weak;
};
constexpr bool class_tokens_span_two_bytes() {
  for (const auto& c : settings::kNegativeTokens)
    if (c.token.size() < 2) return false;
  for (std::string_view p : settings::kPositiveTokens)
    if (p.size() < 2) return false;
  return true;
}
static_assert(class_tokens_span_two_bytes(), "the class tokens are found by their first two bytes");
using TokenIndex = BytePairIndex<ClassTokenEntry>;

const TokenIndex& token_index() {
  static const TokenIndex idx = [] {
    TokenIndex ix;
    for (std::string_view p : settings::kPositiveTokens) ix.bucket(p).push_back({p, nullptr, false});
    for (const auto& c : settings::kNegativeTokens) {
      const bool weak = std::find(std::begin(settings::kWeakTokens), std::end(settings::kWeakTokens), c.token) !=
                        std::end(settings::kWeakTokens);
      ix.bucket(c.token).push_back({c.token, &c, weak});
    }
    return ix;
  }();
  return idx;
}

std::string_view trim_label(std::string_view s) {
  // drop punctuation, symbols and spaces at both ends: "Related:" "» Read more" "SHARE ▾"
  auto is_edge = [](unsigned char c) {
    return c == ' ' || c == ':' || c == '.' || c == '!' || c == '-' || c == '|' || c == '>' ||
           c == '<' || c == '(' || c == ')' || c == '[' || c == ']' || c == '/' || c == '*' ||
           c == '#' || c == ',' || c >= 0x80;
  };
  std::size_t b = 0, e = s.size();
  while (b < e && is_edge(static_cast<unsigned char>(s[b]))) {
    if (static_cast<unsigned char>(s[b]) >= 0x80) {
      // only skip non-letter multibyte symbols: » (C2 BB), arrows/triangles (E2 ...)
      unsigned char c = static_cast<unsigned char>(s[b]);
      if (!(c == 0xC2 || c == 0xE2)) break;
      std::size_t n = c == 0xC2 ? 2 : 3;
      b += n;
      continue;
    }
    ++b;
  }
  while (e > b && is_edge(static_cast<unsigned char>(s[e - 1]))) {
    unsigned char c = static_cast<unsigned char>(s[e - 1]);
    if (c >= 0x80) {
      // walk back to the lead byte
      std::size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      unsigned char lead = static_cast<unsigned char>(s[k]);
      if (!(lead == 0xC2 || lead == 0xE2)) break;
      e = k;
      continue;
    }
    --e;
  }
  return s.substr(b, e - b);
}

}  // namespace

namespace {

// What an element's class and id tokens say (node_signal() adds its tag and role).
struct ClassPart {
  bool positive = false, negative = false, weak = false;
  Kind kind = Kind::Other;
  std::string why;
};

// The class and id tokens in order; a token is lower-cased only when an entry starts with its
// first two bytes (most tokens of a long utility-class list start none).
ClassPart read_classes(std::string_view classes, std::string_view id) {
  ClassPart part;
  thread_local std::string low;
  const TokenIndex& idx = token_index();
  const auto read = [&](std::string_view raw) {
    if (raw.size() < 2) return;
    const char pair[2] = {static_cast<char>(raw[0] | 0x20), static_cast<char>(raw[1] | 0x20)};  // letters, digits
    if (!idx.starts(pair)) return;
    low.assign(raw);
    lower_ascii(low.data(), low.size());
    const std::string_view tok = low;
    for (const ClassTokenEntry& e : idx.at(pair)) {
      if (!e.negative) {
        part.positive = part.positive || tok == e.token;
      } else if (!part.negative && (e.negative->prefix ? tok.starts_with(e.token) : tok == e.token)) {
        part.negative = true;  // the first negative class token names the kind
        part.kind = e.negative->kind;
        part.why = "class/id '" + std::string(tok) + "'";
        part.weak = e.weak;
      }
    }
  };
  each_token(classes, read);
  each_token(id, read);
  return part;
}

// read_classes() through a small cache of the last class and id strings met at each of its
// slots: cards, posts and menu items repeat the same long class lists down a page.
const ClassPart& class_part(std::string_view classes, std::string_view id) {
  struct Slot {  // a slot never used holds empty strings, which no call asks for (node_signal)
    std::string classes, id;
    ClassPart part;
  };
  constexpr std::size_t kSlots = 512;
  // longer lists are read each time: the cache lives across pages, and must stay small whatever
  // a hostile page's attributes hold (512 slots of at most 256 bytes each)
  constexpr std::size_t kMaxCachedBytes = 256;
  if (classes.size() + id.size() > kMaxCachedBytes) {
    thread_local ClassPart uncached;
    uncached = read_classes(classes, id);
    return uncached;
  }
  thread_local std::vector<Slot> cache(kSlots);
  Slot& slot = cache[(mix64(hash_bytes64(classes)) ^ hash_bytes64(id)) & (kSlots - 1)];
  if (slot.classes != classes || slot.id != id) {
    slot.part = read_classes(classes, id);
    slot.classes.assign(classes);
    slot.id.assign(id);
  }
  return slot.part;
}

}  // namespace

NodeSignal node_signal(const dom::Node& n) {
  NodeSignal sig;
  for (const auto& t : settings::kNegativeTags)
    if (n.tag == t.tag) {
      sig.negative = true;
      sig.kind = t.kind;
      sig.why.assign("<").append(n.tag).append(">");
    }
  if (!n.role.empty())
    for (const auto& r : settings::kNegativeRoles)
      if (n.role == r.tag) {
        sig.negative = true;
        sig.kind = r.kind;
        sig.why.assign("role=").append(n.role);
      }
  if (n.classes.empty() && n.id.empty()) return sig;
  if (n.extra.find("itemprop=articleBody") != std::string::npos) sig.positive = true;
  const ClassPart& c = class_part(n.classes, n.id);
  sig.positive = sig.positive || c.positive;
  if (c.negative) {  // the first negative class token names the kind
    sig.negative = true;
    sig.kind = c.kind;
    sig.why = c.why;
    sig.weak = c.weak;
  }
  return sig;
}

namespace {
// Label and lead phrases, and the chrome words, bucketed by first byte in table order: a block's
// first byte picks the few entries that can match (most blocks are compared with none); and the
// few phrases that open a text, apart from the hundreds that do not.
struct FirstByteIndex {
  std::vector<const settings::Phrase*> labels[256];
  std::vector<const settings::ChromeWord*> chrome[256];
  std::vector<const settings::Phrase*> starts;  // the phrases that open a text (a handful), in table order
  FirstByteIndex() {
    for (const auto& p : settings::kPhrases) {
      if ((p.strength == settings::Strength::Label || p.strength == settings::Strength::Lead) && !p.text.empty())
        labels[static_cast<unsigned char>(p.text[0])].push_back(&p);
      if (p.strength == settings::Strength::Start) starts.push_back(&p);
    }
    for (const auto& w : settings::kChromeWords) chrome[static_cast<unsigned char>(w.text[0])].push_back(&w);
  }
};
const FirstByteIndex& first_byte_index() {
  static const FirstByteIndex idx;
  return idx;
}

PhraseHit chrome_hit(std::string_view phrase, Kind kind) {
  PhraseHit hit;
  hit.hit = true;
  hit.kind = kind;
  hit.strength = settings::Strength::Label;
  hit.phrase = std::string(phrase);
  return hit;
}
}  // namespace

PhraseHit match_label(std::string_view folded) {
  PhraseHit hit;
  if (folded.size() > settings::kLeadMaxChars + 8) return hit;
  std::string_view t = trim_label(folded);
  if (t.empty()) return hit;
  for (const settings::Phrase* p : first_byte_index().labels[static_cast<unsigned char>(t[0])]) {
    // A lead phrase opens a short line; a label is the line, give or take a few characters.
    const bool lead = p->strength == settings::Strength::Lead && t.size() <= settings::kLeadMaxChars;
    const bool label = p->strength == settings::Strength::Label && t.size() >= p->text.size() &&
                       t.size() <= p->text.size() + settings::kLabelMaxExtraChars;
    if ((lead || label) && t.compare(0, p->text.size(), p->text) == 0) {
      hit.hit = true;
      hit.kind = p->kind;
      hit.strength = p->strength;
      hit.phrase = std::string(p->text);
      return hit;
    }
  }
  return hit;
}

namespace {
// Strong and weak phrases (their places in the table) by their first two bytes: one pass over a
// block's text finds every occurrence (the table has a few hundred phrases; most blocks contain none).
const BytePairIndex<std::size_t>& phrase_index() {
  static const BytePairIndex<std::size_t> idx = [] {
    BytePairIndex<std::size_t> ix;
    for (std::size_t i = 0; i < std::size(settings::kPhrases); ++i) {
      const auto& p = settings::kPhrases[i];
      if (p.strength != settings::Strength::Strong && p.strength != settings::Strength::Weak) continue;
      if (p.text.size() >= 2) ix.bucket(p.text).push_back(i);
    }
    return ix;
  }();
  return idx;
}
}  // namespace

PhraseHit match_prose(std::string_view folded, unsigned chars) {
  PhraseHit hit;
  if (chars > settings::kStrongPhraseMaxChars) return hit;
  int weak = 0;
  PhraseHit first_weak;
  for (const settings::Phrase* p : first_byte_index().starts) {
    if (!p->text.empty() && (folded.empty() || folded[0] != p->text[0])) continue;  // before the whole comparison
    if (folded.substr(0, p->text.size()) != p->text) continue;
    hit.hit = true;
    hit.kind = p->kind;
    hit.strength = p->strength;
    hit.phrase = std::string(p->text);
    return hit;
  }
  // phrases present in the text, each counted once, in table order
  const BytePairIndex<std::size_t>& idx = phrase_index();
  std::vector<std::size_t> present;
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    if (!idx.starts(folded.data() + i)) continue;
    for (std::size_t pi : idx.at(folded.data() + i)) {
      std::string_view t = settings::kPhrases[pi].text;
      if (folded.size() - i < t.size() || (t.size() > 2 && folded[i + 2] != t[2])) continue;  // cheap misses first
      if (folded.compare(i, t.size(), t) == 0 && std::find(present.begin(), present.end(), pi) == present.end())
        present.push_back(pi);
    }
  }
  std::sort(present.begin(), present.end());
  for (std::size_t pi : present) {
    const auto& p = settings::kPhrases[pi];
    if (p.strength == settings::Strength::Strong) {
      hit.hit = true;
      hit.kind = p.kind;
      hit.strength = p.strength;
      hit.phrase = std::string(p.text);
      return hit;
    }
    if (++weak == 1) {
      first_weak.kind = p.kind;
      first_weak.strength = p.strength;
      first_weak.phrase = std::string(p.text);
    } else {
      first_weak.phrase += "\", \"";
      first_weak.phrase += p.text;
    }
  }
  if (weak >= settings::kWeakPhraseHits && chars <= settings::kWeakPhraseMaxChars) {
    first_weak.hit = true;
    return first_weak;
  }
  return hit;
}

ChromeWordsHit match_chrome_words(std::string_view folded, unsigned chars) {
  ChromeWordsHit out;
  if (chars > settings::kChromeWordsMaxChars || folded.empty()) return out;
  std::string_view t = trim_label(folded);
  if (t.empty()) return out;
  const FirstByteIndex& idx = first_byte_index();
  auto entry = [&idx](std::string_view s, bool prefix) -> const settings::ChromeWord* {
    for (const settings::ChromeWord* w : idx.chrome[static_cast<unsigned char>(s[0])])
      if (w->prefix == prefix && (prefix ? s.starts_with(w->text) : s == w->text)) return w;
    return nullptr;
  };
  const settings::ChromeWord* w = entry(t, false);
  if (!w) w = entry(folded, true);
  if (!w) w = entry(t, true);
  if (w) {
    out.words = chrome_hit(w->text, w->kind);
    return out;
  }
  // one pass over the words: a row of chrome words all of one kind ("Facebook Twitter Email"),
  // and the legal words of a footer menu ("About Contact Privacy Terms")
  auto letter = [](char c) { return ascii_alnum(static_cast<unsigned char>(c)); };  // isalnum in the C locale
  const settings::ChromeWord* row = nullptr;
  bool row_holds = true;
  unsigned legal = 0;
  std::string_view first_legal;
  for (std::size_t at = 0; at < t.size();) {
    if (!letter(t[at])) {
      // row words are cut at spaces and bars only: "e-mail" stays one word
      if (t[at] != ' ' && t[at] != '|' && t[at] != '/' && t[at] != '-') row_holds = false;
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < t.size() && (letter(t[end]) || t[end] == '-' || static_cast<unsigned char>(t[end]) >= 0x80)) ++end;
    std::string_view word = t.substr(at, end - at);
    at = end;
    for (std::string_view lw : settings::kLegalMenuWords)
      if (word == lw && legal++ == 0) first_legal = lw;
    if (!row_holds) continue;
    const settings::ChromeWord* m = entry(word, false);
    if (!m || (row && m->kind != row->kind)) row_holds = false;
    else if (!row) row = m;
  }
  if (row_holds && row && row->text.size() < t.size()) out.words = chrome_hit(row->text, row->kind);
  if (legal >= 2) out.legal_menu = chrome_hit(first_legal, Kind::Legal);
  return out;
}

}  // namespace winnow::classify
