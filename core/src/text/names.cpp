// Stable names of token kinds and scripts: they appear in `winnow tokens` output, in the wasm
// module's JSON and in tests, so they never change once published.
#include "winnow/text.h"

namespace winnow::text {

const char* script_name(Script s) {
  switch (s) {
    case Script::Common: return "Common";
    case Script::Latin: return "Latin";
    case Script::Cyrillic: return "Cyrillic";
    case Script::Greek: return "Greek";
    case Script::Arabic: return "Arabic";
    case Script::Hebrew: return "Hebrew";
    case Script::Devanagari: return "Devanagari";
    case Script::Han: return "Han";
    case Script::Hiragana: return "Hiragana";
    case Script::Katakana: return "Katakana";
    case Script::Hangul: return "Hangul";
    case Script::Thai: return "Thai";
    case Script::Lao: return "Lao";
    case Script::Khmer: return "Khmer";
    case Script::Myanmar: return "Myanmar";
    case Script::Other: return "Other";
  }
  return "Other";
}

const char* kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::Word: return "Word";
    case TokenKind::Number: return "Number";
    case TokenKind::Punct: return "Punct";
    case TokenKind::Symbol: return "Symbol";
  }
  return "Symbol";
}

}  // namespace winnow::text
