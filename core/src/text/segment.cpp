// Word and sentence segmentation with ICU's rule-based break iterators on the trimmed data.
// Results are byte offsets into the (sanitised) UTF-8 input. Iterators are built once (a
// prototype per kind) and cloned once per thread, so a call costs a setText() and the walk.
#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "common/fold.h"
#include "text/latin_words.h"
#include "text/icu_util.h"
#include "winnow/text.h"

namespace winnow::text {

namespace {

// Segmentation runs on pieces of at most this many bytes (ICU indexes with int32); a longer
// input is cut at its last ASCII space/newline before the limit. Far beyond any real page.
constexpr std::size_t kMaxPiece = std::size_t{1} << 30;

enum class Kind { Word, Sentence };

// Root-locale iterators: no language tailoring, so results depend on the text alone.
const icu::BreakIterator* prototype(Kind k) {
  static const icu::BreakIterator* word = nullptr;
  static const icu::BreakIterator* sent = nullptr;
  static std::once_flag once;
  std::call_once(once, [] {
    if (!icu_ready()) return;
    UErrorCode st = U_ZERO_ERROR;
    icu::BreakIterator* w = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st);
    if (U_SUCCESS(st)) word = w; else delete w;
    st = U_ZERO_ERROR;
    icu::BreakIterator* s = icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st);
    if (U_SUCCESS(st)) sent = s; else delete s;
  });
  return k == Kind::Word ? word : sent;
}

icu::BreakIterator* iterator(Kind k) {
  thread_local std::unique_ptr<icu::BreakIterator> word, sent;
  auto& slot = k == Kind::Word ? word : sent;
  if (!slot) {
    const icu::BreakIterator* p = prototype(k);
    if (p != nullptr) slot.reset(p->clone());
  }
  return slot.get();
}

// Calls fn(offset, piece) for consecutive pieces of `s` no longer than kMaxPiece.
template <class Fn>
void for_each_piece(std::string_view s, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = s.size() - pos;
    if (len > kMaxPiece) {
      std::size_t cut = kMaxPiece;
      while (cut > 0 && s[pos + cut - 1] != ' ' && s[pos + cut - 1] != '\n') --cut;
      if (cut == 0) {  // no space at all: cut at a code point boundary
        cut = kMaxPiece;
        while (cut > 0 && (static_cast<unsigned char>(s[pos + cut]) & 0xC0) == 0x80) --cut;
      }
      len = cut;
    }
    fn(pos, s.substr(pos, len));
    pos += len;
  }
}

// Runs `bi` over `piece` and calls fn(begin, end, rule_status) for every segment, with byte
// offsets into `piece`. The iterator runs on a UTF-16 copy (one u_strFromUTF8 per call into a
// reused per-thread buffer): ICU's rules and dictionary engines read UTF-16 natively and ran up
// to twice as fast on it as on a UTF-8 UText for Thai, Chinese and Cyrillic. Boundaries come
// in increasing order, so mapping them back to bytes is one forward pass.
template <class Fn>
void walk(icu::BreakIterator* bi, std::string_view piece, Fn&& fn) {
  // UTF-16 never needs more units than UTF-8 has bytes. Kept per thread, dropped when huge.
  thread_local std::unique_ptr<UChar[]> buf;
  thread_local std::size_t cap = 0;
  if (cap < piece.size() + 1) {
    cap = std::max<std::size_t>(piece.size() + 1, 4096);
    buf.reset(new UChar[cap]);
  }
  struct Shrink {  // a 10 MB page must not pin 20 MB per thread afterwards
    ~Shrink() {
      if (cap > (std::size_t{1} << 20)) { buf.reset(); cap = 0; }
    }
  } shrink;
  UErrorCode st = U_ZERO_ERROR;
  int32_t len16 = 0;
  u_strFromUTF8(buf.get(), static_cast<int32_t>(cap), &len16, piece.data(),
                static_cast<int32_t>(piece.size()), &st);
  if (U_FAILURE(st)) return;
  const UChar* u = buf.get();
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, u, len16, &st);
  if (U_FAILURE(st)) return;
  bi->setText(&ut, st);
  if (U_SUCCESS(st)) {
    int32_t i16 = 0;  // UTF-16 position already mapped ...
    int32_t i8 = 0;   // ... and its byte offset
    auto to_bytes = [&](int32_t target) {
      while (i16 < target) {
        const UChar c = u[i16];
        if (c < 0x80) { i8 += 1; i16 += 1; }
        else if (c < 0x800) { i8 += 2; i16 += 1; }
        else if (U16_IS_LEAD(c) && i16 + 1 < len16 && U16_IS_TRAIL(u[i16 + 1])) { i8 += 4; i16 += 2; }
        else { i8 += 3; i16 += 1; }
      }
      return i8;
    };
    for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; end = bi->next()) {
      const int32_t status = bi->getRuleStatus();
      const int32_t b8 = i8;
      fn(b8, to_bytes(end), status);
    }
  }
  // Leave the iterator on an empty text: it must not keep pointing into the buffer.
  UText empty = UTEXT_INITIALIZER;
  UErrorCode st2 = U_ZERO_ERROR;
  static const UChar kNothing[1] = {0};
  utext_openUChars(&empty, kNothing, 0, &st2);
  bi->setText(&empty, st2);
  utext_close(&empty);
  utext_close(&ut);
}

bool invisible(UChar32 c) {
  if (u_isUWhiteSpace(c)) return true;
  const int8_t t = u_charType(c);
  return t == U_CONTROL_CHAR || t == U_FORMAT_CHAR;
}

Script reduce(UScriptCode sc) {
  switch (sc) {
    case USCRIPT_LATIN: return Script::Latin;
    case USCRIPT_CYRILLIC: return Script::Cyrillic;
    case USCRIPT_GREEK: return Script::Greek;
    case USCRIPT_ARABIC: return Script::Arabic;
    case USCRIPT_HEBREW: return Script::Hebrew;
    case USCRIPT_DEVANAGARI: return Script::Devanagari;
    case USCRIPT_HAN: return Script::Han;
    case USCRIPT_HIRAGANA: return Script::Hiragana;
    case USCRIPT_KATAKANA: return Script::Katakana;
    case USCRIPT_HANGUL: return Script::Hangul;
    case USCRIPT_THAI: return Script::Thai;
    case USCRIPT_LAO: return Script::Lao;
    case USCRIPT_KHMER: return Script::Khmer;
    case USCRIPT_MYANMAR: return Script::Myanmar;
    default: return Script::Other;
  }
}

// What a segment is: its kind from the rule status (letters, numbers) or, for segments the
// rules leave unclassified, from its first visible character; `visible` is false for runs of
// whitespace, controls and format characters, which are dropped. The script is that of the
// first character with a real script (Common and Inherited are skipped).
struct Facts {
  bool visible = false;
  TokenKind kind = TokenKind::Symbol;
  Script script = Script::Common;
};

// What ICU says of an ASCII character, as classify() asks it.
struct CharFacts {
  bool invisible = false;
  bool punct = false;
  Script script = Script::Common;  // Common for Common, Inherited and Unknown
};

Script char_script(UChar32 c) {
  UErrorCode st = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(c, &st);
  if (U_SUCCESS(st) && sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED && sc != USCRIPT_UNKNOWN) return reduce(sc);
  return Script::Common;
}

// The same answers for ASCII, asked of ICU once: most segments' characters are ASCII.
const std::array<CharFacts, 128>& ascii_facts() {
  static const std::array<CharFacts, 128> table = [] {
    std::array<CharFacts, 128> a{};
    for (UChar32 c = 0; c < 128; ++c) a[static_cast<std::size_t>(c)] = {invisible(c), u_ispunct(c) != 0, char_script(c)};
    return a;
  }();
  return table;
}

Facts classify(std::string_view t, int32_t status) {
  Facts f;
  const auto n = static_cast<int32_t>(t.size());
  const auto& ascii = ascii_facts();
  bool first_visible = true;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(t.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    const CharFacts* cf = c < 128 ? &ascii[static_cast<std::size_t>(c)] : nullptr;
    if (cf ? !cf->invisible : !invisible(c)) {
      f.visible = true;
      if (first_visible) {
        first_visible = false;
        f.kind = (cf ? cf->punct : u_ispunct(c) != 0) ? TokenKind::Punct : TokenKind::Symbol;
      }
    }
    if (f.script == Script::Common) f.script = cf ? cf->script : char_script(c);
    if (f.visible && f.script != Script::Common && status >= UBRK_WORD_NONE_LIMIT) break;
  }
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) f.kind = TokenKind::Number;
  else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT) f.kind = TokenKind::Word;
  return f;
}

// classify() of a word segment of latin_words(): visible (it opens with a letter, digit or '_'),
// its kind by its status, its script by its first letter (detail::latin_word_script).
Facts latin_word_facts(std::string_view t, int32_t status) {
  Facts f;
  f.visible = true;
  f.kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::Number : TokenKind::Word;
  f.script = detail::latin_word_script(t);
  return f;
}

// The one word segmentation: calls fn(begin, end, segment_text, facts) for every visible
// segment of `text` (offsets into `text`). With words_only, segments whose rule status is not
// Number/Letter/Kana/Ideographic are skipped before they are classified (they could only be
// Punct or Symbol), which is all scan_words() needs.
template <class Fn>
void segment_words(std::string_view text, bool words_only, Fn&& fn) {
  icu::BreakIterator* bi = iterator(Kind::Word);
  if (bi == nullptr) return;
  for_each_piece(text, [&](std::size_t base, std::string_view piece) {
    const bool latin = detail::latin_words_cover(piece);
    auto each = [&](int32_t b, int32_t e, int32_t status) {
      const bool word = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT;
      if (words_only && !word) return;
      const std::string_view t = piece.substr(static_cast<std::size_t>(b),
                                              static_cast<std::size_t>(e - b));
      // Single ASCII space or newline: the commonest segment, skip without classifying.
      if (t.size() == 1 && (t[0] == ' ' || t[0] == '\n')) return;
      const Facts f = latin && word ? latin_word_facts(t, status) : classify(t, status);
      if (!f.visible) return;
      fn(static_cast<std::uint32_t>(base + static_cast<std::size_t>(b)),
         static_cast<std::uint32_t>(base + static_cast<std::size_t>(e)), t, f);
    };
    if (latin) detail::latin_words(piece, each);
    else walk(bi, piece, each);
  });
}

void tokenize_valid(std::string_view text, std::vector<Token>& out) {
  segment_words(text, false, [&](std::uint32_t b, std::uint32_t e, std::string_view t, const Facts& f) {
    Token tok;
    tok.begin = b;
    tok.end = e;
    normalize_append(t, tok.norm);
    if (tok.norm.empty()) return;  // only default-ignorable characters
    tok.kind = f.kind;
    tok.script = f.script;
    out.push_back(std::move(tok));
  });
}

void scan_words_valid(std::string_view text, WordSink sink, void* ctx) {
  thread_local std::string norm;
  segment_words(text, true, [&](std::uint32_t b, std::uint32_t e, std::string_view t, const Facts& f) {
    if (f.kind != TokenKind::Word && f.kind != TokenKind::Number) return;
    WordRef w;
    if (is_ascii_lower(t.data(), t.size())) {
      w.norm = t;  // its own NFKC_Casefold (most words): viewed, not copied
    } else {
      norm.clear();
      normalize_append(t, norm);
      if (norm.empty()) return;  // only default-ignorable characters, as in tokenize()
      w.norm = norm;
    }
    w.begin = b;
    w.end = e;
    w.text = t;
    w.kind = f.kind;
    w.script = f.script;
    sink(ctx, w);
  });
  if (norm.capacity() > 4096) std::string().swap(norm);
}

void sentences_valid(std::string_view text, std::vector<Span>& out) {
  icu::BreakIterator* bi = iterator(Kind::Sentence);
  if (bi == nullptr) return;
  for_each_piece(text, [&](std::size_t base, std::string_view piece) {
    const char* p = piece.data();
    walk(bi, piece, [&](int32_t b, int32_t e, int32_t) {
      // Trim whitespace (and controls) on both ends; drop what is left empty.
      while (b < e) {
        int32_t i = b;
        UChar32 c;
        U8_NEXT(p, i, e, c);
        if (c >= 0 && !u_isUWhiteSpace(c) && u_charType(c) != U_CONTROL_CHAR) break;
        b = i;
      }
      while (e > b) {
        int32_t i = e;
        UChar32 c;
        U8_PREV(p, b, i, c);
        if (c >= 0 && !u_isUWhiteSpace(c) && u_charType(c) != U_CONTROL_CHAR) break;
        e = i;
      }
      if (b < e)
        out.push_back({static_cast<std::uint32_t>(base + static_cast<std::size_t>(b)),
                       static_cast<std::uint32_t>(base + static_cast<std::size_t>(e))});
    });
  });
}

}  // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> out;
  if (utf8.empty()) return out;
  out.reserve(utf8.size() / 6 + 1);
  if (is_valid_utf8(utf8)) {
    tokenize_valid(utf8, out);
  } else {
    const std::string clean = sanitize_utf8(utf8);
    tokenize_valid(clean, out);
  }
  return out;
}

void scan_words(std::string_view utf8, WordSink sink, void* ctx) {
  if (utf8.empty() || sink == nullptr) return;
  if (is_valid_utf8(utf8)) {
    scan_words_valid(utf8, sink, ctx);
  } else {
    const std::string clean = sanitize_utf8(utf8);
    scan_words_valid(clean, sink, ctx);
  }
}

std::vector<Span> sentences(std::string_view utf8) {
  std::vector<Span> out;
  if (utf8.empty()) return out;
  if (is_valid_utf8(utf8)) {
    sentences_valid(utf8, out);
  } else {
    const std::string clean = sanitize_utf8(utf8);
    sentences_valid(clean, out);
  }
  return out;
}

}  // namespace winnow::text
