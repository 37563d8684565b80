// What a word's form alone tells the blurb reader (blurb.h), where no pronoun stands by it: the
// person a verb carries ("raccontiamo", "offrirti"), an imperative carrying its pronoun
// ("Síguenos", "Condividilo", "Abonnez-vous"), and compounds built on the site's own words
// ("Lesetipp", "Leserbrief", "Kommentarbereich", "privacyverklaring").
#pragma once

#include <cstddef>
#include <string_view>

namespace winnow::classify {

// A written stress (á é í ó ú) in a folded word.
bool has_acute(std::string_view folded);

// kBlurbWe or kBlurbYou (blurb_lexicon.h) for a verb carrying the person, else 0.
unsigned verb_person(std::string_view folded, bool capital);

// A Spanish imperative with its pronoun attached and a written stress ("Síguenos", "Compártalo",
// and where it opens a sentence "Suscríbete"): the reader addressed.
bool clitic_imperative(std::string_view folded, bool opens);

// An Italian imperative carrying its pronoun ("Aiutaci", "Condividilo", "Raccontacelo"), read
// where the word opens a sentence.
bool enclitic_call(std::string_view folded);

// A pronoun a hyphen joins to the verb before it ("-vous", "-nous", "-nos", "-le"): where that
// verb opens a sentence, it is an imperative or a question put to the reader.
bool hyphen_pronoun(std::string_view folded);

// The shortest word compound_class() reads ("Digitalabo" and longer).
inline constexpr std::size_t kMinCompoundChars = 6;

// kBlurbPage when a word not in the lexicon is a compound on one of the site's words (a prefix
// "leser", "newsletter", "kommentar"... or a suffix "abo", "tipp", "galerie"...), else 0.
unsigned compound_class(std::string_view folded);

}  // namespace winnow::classify
