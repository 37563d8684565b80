// The text layer: UTF-8 in, ICU normalisation and segmentation out. Every later stage
// (classification, fingerprints, matching) sees text only through these functions, so the
// native tool and the wasm module agree token for token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace winnow::text {

// Hands ICU its trimmed data (compiled into the binary). Idempotent and thread-safe; every
// function below calls it, so callers need not.
void init();

// Valid UTF-8 with every ill-formed sequence replaced by U+FFFD, one per maximal subpart as
// browsers decode (never throws).
std::string sanitize_utf8(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (the common case: callers then skip the copy).
bool is_valid_utf8(std::string_view bytes);

// Code points in UTF-8 (its lead bytes): a block's length in characters as a page shows it.
std::uint32_t code_points(std::string_view utf8);

// NFKC_Casefold of (sanitised) UTF-8: the key used for every comparison.
std::string normalize(std::string_view utf8);

enum class TokenKind : std::uint8_t { Word, Number, Punct, Symbol };

// Unicode script of a token, reduced to what matters to Winnow's choices.
enum class Script : std::uint8_t {
  Common, Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Hiragana, Katakana,
  Hangul, Thai, Lao, Khmer, Myanmar, Other
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the sanitised input
  std::uint32_t end = 0;
  std::string norm;         // NFKC_Casefold of the token's text
  TokenKind kind = TokenKind::Word;
  Script script = Script::Common;
};

// Word segmentation (ICU root word break rules on the trimmed data). Segments of only white
// space, controls and format characters are dropped. Thai, Lao, Khmer and Burmese are split by
// their dictionaries; Han and hiragana come out one character per token and katakana runs
// whole (no CJK dictionary ships, see docs/icu.md). Kind: Number/Word from ICU's rule status,
// else Punct (first visible character is punctuation) or Symbol. Script: first character
// whose script is not Common/Inherited. Thread-safe.
std::vector<Token> tokenize(std::string_view utf8);

// One Word or Number token as scan_words() hands it over: offsets and `text` are into the
// sanitised input; `norm` is exactly Token::norm. The views are valid only during the call.
struct WordRef {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string_view text;
  std::string_view norm;
  TokenKind kind = TokenKind::Word;
  Script script = Script::Common;
};
using WordSink = void (*)(void* ctx, const WordRef& word);

// The Word and Number tokens of tokenize(utf8), in the same order with the same fields (the
// same iterator walk, one implementation), handed to `sink` one by one without building a
// vector or a string per token: the cheap path for statistics over many blocks. Thread-safe;
// the sink must not call tokenize(), sentences() or scan_words() itself (they share the
// thread's iterator).
void scan_words(std::string_view utf8, WordSink sink, void* ctx);

// scan_words() with any callable f(const WordRef&).
template <class F>
void for_each_word(std::string_view utf8, F&& f) {
  using Fn = std::remove_reference_t<F>;
  scan_words(utf8, [](void* c, const WordRef& w) { (*static_cast<Fn*>(c))(w); },
             const_cast<void*>(static_cast<const void*>(&f)));
}

struct Span {
  std::uint32_t begin = 0;  // byte offsets into the sanitised input
  std::uint32_t end = 0;
};

// Sentence segmentation (ICU root sentence break rules), white space on both ends excluded,
// empty spans dropped.
std::vector<Span> sentences(std::string_view utf8);

const char* script_name(Script s);
const char* kind_name(TokenKind k);

// ICU version string and the name of the data recipe, for `winnow --version`:
// "72.1 data winnow-<recipe id of scripts/build-icu.sh>".
std::string icu_version();

}  // namespace winnow::text
