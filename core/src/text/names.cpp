// Stable names of token kinds and scripts: they appear in `winnow tokens` output, in the wasm
// module's JSON and in tests, so they never change once published.
#include "winnow/text.h"

#include "common/enum_names.h"

namespace winnow::text {

namespace {

constexpr EnumName<Script> kScriptNames[] = {
    {Script::Common, "Common"},     {Script::Latin, "Latin"},       {Script::Cyrillic, "Cyrillic"},
    {Script::Greek, "Greek"},       {Script::Arabic, "Arabic"},     {Script::Hebrew, "Hebrew"},
    {Script::Devanagari, "Devanagari"}, {Script::Han, "Han"},       {Script::Hiragana, "Hiragana"},
    {Script::Katakana, "Katakana"}, {Script::Hangul, "Hangul"},     {Script::Thai, "Thai"},
    {Script::Lao, "Lao"},           {Script::Khmer, "Khmer"},       {Script::Myanmar, "Myanmar"},
    {Script::Other, "Other"}};
static_assert(enum_names_complete(kScriptNames, Script::Other));

constexpr EnumName<TokenKind> kTokenKindNames[] = {
    {TokenKind::Word, "Word"}, {TokenKind::Number, "Number"}, {TokenKind::Punct, "Punct"}, {TokenKind::Symbol, "Symbol"}};
static_assert(enum_names_complete(kTokenKindNames, TokenKind::Symbol));

}  // namespace

const char* script_name(Script s) { return enum_name(kScriptNames, s); }
const char* kind_name(TokenKind k) { return enum_name(kTokenKindNames, k); }

}  // namespace winnow::text
