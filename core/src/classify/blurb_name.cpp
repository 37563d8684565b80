// The site's name as an address gives it and as a blurb's words spell it (blurb_name.h, and
// blurb.h's site_name()); covered by [blurb] in tests/core.
#include "classify/blurb_name.h"

#include <algorithm>
#include <string>

#include "classify/settings.h"
#include "winnow/url.h"

namespace winnow::classify {
namespace {

// The base letters of U+0100-U+017F (Latin Extended-A: Polish, Czech, Hungarian, Turkish ...),
// capital and small alike; '1' and '2' stand for "ij" and "oe".
constexpr std::string_view kLatinABase =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllllnnnnnnnnnoooooo22rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinABase.size() == 0x80);

// The base letters of a folded accented letter of two bytes led by 0xC3 (U+00DF-U+00FF), 0xC4 or
// 0xC5 (Latin Extended-A); null for any other (capitals of Latin-1 and the multiplication sign stay).
const char* base_letters(unsigned char lead, unsigned char next) {
  static constexpr const char* kLatin1[32] = {"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e",
                                              "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o",
                                              "o", "",  "o", "u", "u", "u", "u", "y", "",  "y"};
  static constexpr const char* kLetters[26] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                               "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
  const unsigned cp = (lead & 0x1Fu) << 6 | (next & 0x3Fu);
  if (lead == 0xC3) return cp == 0xDF ? "ss" : cp > 0xDF ? kLatin1[cp - 0xE0] : nullptr;
  if (lead != 0xC4 && lead != 0xC5) return nullptr;
  const char b = kLatinABase[cp - 0x100];
  return b == '1' ? "ij" : b == '2' ? "oe" : kLetters[b - 'a'];
}

// Folded Latin letters without their accents, for matching the ASCII site name ("diário",
// "łódzka"), into `out` (a buffer reused from word to word). Only two-byte letters led by 0xC3,
// 0xC4 or 0xC5 change; the rest is copied as it stands, a run at a time (a word of Han or
// Cyrillic text has no such lead at all).
void unaccented(std::string_view folded, std::string& out) {
  out.clear();
  std::size_t from = 0;
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    const auto lead = static_cast<unsigned char>(folded[i]);
    if (lead < 0xC3 || lead > 0xC5) continue;
    const char* base = base_letters(lead, static_cast<unsigned char>(folded[i + 1]));
    if (!base) continue;
    out.append(folded.substr(from, i - from));
    out += base;
    from = i + 2;
    ++i;
  }
  out.append(folded.substr(from));
}

// Follows up to four adjacent words spelling the site's name ("daily" "horizon", "le" "carnet"
// "du" "jour").
// Returns how many words spelled it when `word` completes it, else 0.
struct NameSpelling {
  static constexpr std::size_t kMaxNamePieces = 4;
  std::string_view name;
  std::size_t named = 0, pieces = 0;  // how much of `name` the last words spelled, in how many

  std::size_t ends_with(std::string_view word) {
    if (name.empty() || word.empty()) return 0;
    // the first byte before the whole word: most words spell no part of the name
    if (pieces > 0 && pieces < kMaxNamePieces && word[0] == name[named] && name.substr(named).starts_with(word)) {
      named += word.size();
      ++pieces;
    } else if (word[0] == name[0] && name.starts_with(word)) {
      named = word.size();
      pieces = 1;
    } else {
      named = pieces = 0;
    }
    if (named < name.size()) return 0;
    const std::size_t done = pieces;
    named = pieces = 0;
    return done;
  }
};

// The longest article an apostrophe elides ("l'", "d'", "dell'").
constexpr std::size_t kMaxElidedChars = 4;

// A word behind an elided article as the site's name spells it: "l'echo" is "lecho" in
// "lechodesvallees", "d'astuces" is "astuces" in "astucesmaison".
std::string_view elided(std::string_view word, std::string_view name, std::string& joined) {
  std::size_t ap = 0;  // the first apostrophe, looked for only where an article can end
  while (ap < word.size() && ap <= kMaxElidedChars && word[ap] != '\'') ++ap;
  if (ap == word.size() || ap > kMaxElidedChars) return word;
  joined.assign(word.substr(0, ap)).append(word.substr(ap + 1));
  if (name.find(joined) != std::string_view::npos) return joined;
  return word.substr(ap + 1);
}

}  // namespace

std::string site_name(std::string_view url) {
  std::string host = site_of(url);
  std::size_t end = host.rfind('.');
  if (end == std::string::npos) return {};
  std::size_t start = host.rfind('.', end - 1);
  start = start == std::string::npos ? 0 : start + 1;
  auto generic_second_level = [](std::string_view label) {  // "co.uk", "com.au": the name is before
    for (std::string_view g : {"co", "com", "org", "net", "gov", "ac", "edu"})
      if (label == g) return true;
    return false;
  };
  if (start > 0 && generic_second_level(std::string_view(host).substr(start, end - start))) {
    end = start - 1;
    start = host.rfind('.', end - 1);
    start = start == std::string::npos ? 0 : start + 1;
  }
  std::string name;
  for (char c : std::string_view(host).substr(start, end - start))
    if (c != '-') name += c;
  return name.size() >= settings::kSiteNameMinChars ? name : std::string();
}

std::string_view without_article(std::string_view name) {
  for (std::string_view a : {"the", "la", "le", "el", "il", "lo", "der", "die", "das", "de", "het", "o", "a"})
    if (name.starts_with(a) && name.size() >= a.size() + 6) return name.substr(a.size());
  return {};
}

unsigned mark_site_name(std::vector<Word>& ws, const BlurbPage& page) {
  if (page.name.empty()) return 0;
  unsigned named = 0;
  NameSpelling spelling{page.name}, bare{page.short_name};
  std::string joined, plain;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    std::string_view word = ws[i].folded;
    if (!ws[i].ascii) {
      unaccented(word, plain);
      word = plain;
    }
    word = elided(word, page.name, joined);
    const std::size_t full = spelling.ends_with(word), short_form = bare.ends_with(word);
    if (std::size_t k = std::max(full, short_form)) {
      ++named;
      for (std::size_t j = i + 1 - k; j <= i; ++j) ws[j].self = true;
    }
  }
  return named;
}

}  // namespace winnow::classify
