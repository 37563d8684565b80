// Word forms that tell person, mood and the site's own things (blurb_mood.h). The lists are
// closed sets of endings and stems, not sentences of any page.
#include "classify/blurb_mood.h"

#include <initializer_list>

#include "classify/blurb_lexicon.h"

namespace winnow::classify {
namespace {

bool ends_with_any(std::string_view f, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (f.ends_with(e)) return true;
  return false;
}

// The shortest word the endings below are read on: shorter ones are too often nouns.
constexpr std::size_t kMinVerbChars = 6;
constexpr std::size_t kMinCliticChars = 7;
constexpr std::size_t kMinCompoundRest = 3;  // what a stem leaves must still be a word

}  // namespace

bool has_acute(std::string_view f) {
  for (std::string_view acute : {"á", "é", "í", "ó", "ú"})
    if (f.find(acute) != std::string_view::npos) return true;
  return false;
}

// Italian infinitives carrying "you" or "us" ("offrirti", "contattarci"; "-erti" stays out:
// "esperti", "concerti"), and the first person plural of Italian ("raccontiamo"), Spanish and
// Portuguese ("publicamos"; unstressed, so "próximos", "últimos" stay out).
unsigned verb_person(std::string_view f, bool capital) {
  if (f.size() < kMinVerbChars || capital) return 0;
  if (f.ends_with("iamo")) return kBlurbWe;
  if (ends_with_any(f, {"amos", "emos", "imos"}) && !has_acute(f)) return kBlurbWe;
  if (f.size() < kMinVerbChars + 1) return 0;
  if (ends_with_any(f, {"arti", "irti"})) return kBlurbYou;
  if (ends_with_any(f, {"arci", "erci", "irci"})) return kBlurbWe;
  return 0;
}

// Inside a sentence French "précise", "l'Église" end as Spanish imperatives do, so "-te"/"-se"
// count only where the word opens one.
bool clitic_imperative(std::string_view f, bool opens) {
  if (f.size() < kMinVerbChars || f.ends_with("mente")) return false;
  // the endings first: most words have none, and has_acute() searches the whole word
  if (ends_with_any(f, {"nos", "alo", "elo", "ase", "ese"})) return has_acute(f);
  return opens && ends_with_any(f, {"te", "se"}) && has_acute(f);
}

// Only where the word opens a sentence: inside one "capaci", "asilo", "scala" end the same way.
bool enclitic_call(std::string_view f) {
  return f.size() >= kMinCliticChars &&
         ends_with_any(f, {"aci", "acelo", "acela", "icelo", "icela", "ilo", "ila", "alo", "ala"});
}

bool hyphen_pronoun(std::string_view f) {
  for (std::string_view p : {"vous", "nous", "toi", "moi", "le", "la", "les", "nos", "me", "lo"})
    if (f == p) return true;
  return false;
}

unsigned compound_class(std::string_view f) {
  static constexpr std::string_view kStems[] = {"leser", "lese", "newsletter", "kommentar", "redaktion",
                                                "datenschutz", "nieuwsbrief", "lezers", "redactie", "privacy",
                                                "cookie"};
  static constexpr std::string_view kHeads[] = {"newsletter", "abo", "tipp", "galerie", "rubrik",
                                                "kommentare", "redaktion", "portal", "nieuwsbrief", "lezers"};
  if (f.empty()) return 0;
  // the first (last) byte before the whole comparison: most words match no stem (head)
  for (std::string_view s : kStems)
    if (f[0] == s[0] && f.size() >= s.size() + kMinCompoundRest && f.starts_with(s)) return kBlurbPage;
  for (std::string_view h : kHeads)
    if (f.back() == h.back() && f.size() >= h.size() + kMinCompoundRest && f.ends_with(h)) return kBlurbPage;
  return 0;
}

}  // namespace winnow::classify
