// Article fingerprints (design.md, "article fingerprint"): what the history keeps of a page
// and what a new page is compared with.
//
// From the content paragraphs of a page (extract's blocks, or a text DOC's lines):
//   - MinHash over word 3-shingles (near-duplicates: re-posts, light edits): the low 16 bits of
//     each minimum (b-bit minwise hashing: uniform values, so each one can be indexed);
//   - per-paragraph shingle sketches (which paragraphs of a new page were already read);
//   - weighted key terms that survive rewording: TF-IDF over normalised word stems, with
//     named entities (capitalised runs in the page's own text), numbers and the title's words
//     boosted. IDF comes from TermStats: a compiled-in seed table (scripts/gen-idf-seed.py)
//     blended with the reader's own history as pages are added.
// Everything goes through winnow::text, so native and wasm agree bit for bit.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "winnow/extract.h"

namespace winnow::fingerprint {

inline constexpr int kMinHashes = 24;   // 16-bit values
// Terms kept per page, strongest first, on both sides of a comparison: a page is represented
// by the same number of terms whatever its length (150 or 2,000 words), which is the score's
// length normalisation. Format 1 and 2 records kept 20.
inline constexpr int kKeyTerms = 64;
inline constexpr int kKeyTermsV2 = 20;
// A page with fewer terms than this offers less evidence (a title alone matches by chance).
inline constexpr int kEvidenceTerms = 20;
inline constexpr int kFirstYear = 1990;  // years named in a text, 64 of them, as a bit set
inline constexpr int kParaSketches = 16;  // stored paragraph sketches (16-bit minima)

// Document frequencies: the compiled-in seed (as pseudo-documents) plus every page the
// history has added. Fixed size (hashed counters), so memory does not grow with pages.
// Removing a page from the history keeps its counts: they describe what the reader has read.
class TermStats {
 public:
  TermStats();
  double idf(std::uint32_t term) const;
  void add_document(const std::vector<std::uint32_t>& distinct_terms);
  std::uint32_t documents() const { return docs_; }
  // For serialisation: the raw counters.
  const std::vector<std::uint16_t>& counters() const { return df_; }
  bool load(std::uint32_t docs, const std::vector<std::uint16_t>& counters);
  static constexpr std::uint32_t kBuckets = 1u << 17;

 private:
  std::uint32_t docs_ = 0;
  std::vector<std::uint16_t> df_;
};

// Seed document-frequency share of a term (0..1), from the compiled-in table; terms not in
// the table are rare.
double seed_share(std::uint32_t term);

struct Term {
  std::uint32_t hash = 0;
  float weight = 0;  // TF-IDF with boosts, unit-normalised over the kept terms
};

struct Paragraph {
  std::uint32_t index = 0;     // text DOC line, or position among extract blocks
  std::string text;            // the page's own characters
  bool boilerplate = false;    // judged by extract, or recurring across history pages
  // Padding inside the article (extract's filler judgement): generic padding is shared by
  // unrelated content-farm articles, so it is left out of every story signal (shingles,
  // sketch, terms, years) and never reported as new.
  bool filler = false;
  std::uint64_t exact = 0;     // hash of the normalised words (0 when none)
  std::uint16_t sketch = 0;    // 16-bit minimum over the paragraph's shingles (0: none)
  std::vector<std::uint32_t> terms;  // distinct term hashes of the paragraph
};

// A page's full fingerprint (the query side).
struct Article {
  std::vector<Paragraph> paragraphs;         // every paragraph, boilerplate included
  std::array<std::uint16_t, kMinHashes> minhash{};     // low 16 bits of each minimum
  std::array<std::uint16_t, kMinHashes> minhash_v1{};  // top 16 bits: records of format 1
  std::uint32_t shingles = 0;                // distinct content shingles (0: no text)
  // The page's text (facts and the blocks extract judged chrome, less what recurs across the
  // history or the site's pages), when extract kept less than half of it: a copy is found by
  // either MinHash.
  std::array<std::uint16_t, kMinHashes> minhash_page{};
  std::uint32_t page_shingles = 0;           // 0: no such variant
  std::vector<Term> terms;                   // strongest first, at most kKeyTerms
  std::vector<Term> terms_by_hash;           // the same, by hash (for lookups)
  std::uint64_t years = 0;                   // years kFirstYear.. named in the content
  std::vector<std::uint32_t> distinct_terms; // every content term, for document frequencies
  // English pages: how much the page narrates (past tense) rather than explains (fingerprint/
  // tense.h); 0 = no evidence (another language, or no tense word).
  std::uint8_t tense = 0;
  // English pages: words per attribution to a source (fingerprint/tense.h: ReportCount); 0 = no
  // evidence.
  std::uint8_t report = 0;
  bool history = false;  // the years its facts name span a century or more (fingerprint/tense.h)
};

// Record::flags bits.
inline constexpr std::uint16_t kRecordLive = 1;
// The record's MinHash holds the top 16 bits of each minimum (history format 1): compared
// with Article::minhash_v1.
inline constexpr std::uint16_t kRecordMinHashV1 = 2;
// Article::history (0 in records written before it was kept: not a history).
inline constexpr std::uint16_t kRecordHistory = 4;
// Bits 4..7: Article::tense (0 in records written before it was kept: no evidence).
inline constexpr int kRecordTenseShift = 4;
inline constexpr std::uint16_t kRecordTenseMask = 0xf0;
// Bits 8..15: Article::report (0 in records written before it was kept: no evidence).
inline constexpr int kRecordReportShift = 8;
inline constexpr std::uint16_t kRecordReportMask = 0xff00;

// What the history stores of a page: fixed width, no pointers (<= 352 bytes).
struct Record {
  std::uint16_t minhash[kMinHashes];
  std::uint8_t term3[kKeyTerms][3];          // 24-bit term hashes, strongest first
  std::uint8_t weight[kKeyTerms];            // weight * 255, strongest first; 0 = unused
  std::uint16_t sketch[kParaSketches];       // content paragraph sketches; 0 = unused
  std::uint64_t years;                       // bit y - kFirstYear: the year is named
  std::uint16_t shingles;                    // distinct content shingles, capped
  std::uint16_t flags;                       // kRecordLive | kRecordMinHashV1 | kRecordHistory | tense | report

  std::uint32_t term(int k) const {
    return term3[k][0] | (term3[k][1] << 8) | (static_cast<std::uint32_t>(term3[k][2]) << 16);
  }
  void set_term(int k, std::uint32_t h) {
    term3[k][0] = h & 0xff;
    term3[k][1] = (h >> 8) & 0xff;
    term3[k][2] = (h >> 16) & 0xff;
  }
};
static_assert(sizeof(Record) <= 352, "a history record must stay within 352 bytes");

// `recurring(exact)` may tell that a paragraph recurs across many earlier pages (chrome).
struct Options {
  const TermStats* stats = nullptr;  // null: seed only
  // Article::minhash_page is taken (the history: its memory of recurring paragraphs keeps site
  // chrome out of the page's text; two pages compared alone have no such memory).
  bool page_text = false;
  bool (*recurring)(const void* ctx, std::uint64_t exact) = nullptr;
  const void* recurring_ctx = nullptr;
};

// Paragraph list of a page (content and boilerplate) -> fingerprint.
Article fingerprint(const Page& page, const Options& options);

Record to_record(const Article& a);

// The stored title is cleaned of a trailing site name ("... | The Daily Ledger").
std::string clean_title(std::string_view title);

// Similarities of a new page to an earlier one, each 0..1.
struct Similarity {
  double resemblance = 0;  // MinHash estimate of shingle Jaccard
  double containment = 0;  // share of the new page's paragraph sketches found earlier
  double story = 0;        // key-term cosine
  double coverage = 0;     // share of the new page's key-term mass found on the earlier page
  double recall = 0;       // share of the earlier page's 20 strongest terms' mass the new page mentions
  int terms = 0;           // key terms on the sparser of the two pages (evidence)
  int years = 0;           // +1 both name a year and share one, -1 disjoint, 0 no evidence
  // The smaller past-tense share of the two pages (0..1): an event is narrated by both;
  // -1 when either page gives no evidence (not English, or written before it was kept).
  double narrative = -1;
  bool histories = false;  // both pages' years span a century: histories of a subject, not an event
  // The larger words-per-attribution of the two pages (fingerprint/tense.h: ReportCount): a
  // retelling of an event is reported by both, so the less reporting page decides; -1 when
  // either page gives no evidence (not English, or written before it was kept).
  double reporting = -1;
};
Similarity compare(const Article& now, const Record& earlier);

// The MinHash of `now` comparable with `earlier`'s (format 1 records keep the top bits).
inline const std::uint16_t* minhash_for(const Article& now, const Record& earlier) {
  return (earlier.flags & kRecordMinHashV1) ? now.minhash_v1.data() : now.minhash.data();
}

// The hashing used for terms (also by the seed generator): FNV-1a 32 of the term's UTF-8,
// folded to 24 bits (0 is never used).
std::uint32_t term_hash(std::string_view normalised_stem);
// English-leaning light stem of a normalised word ("'s", plural "s").
std::string_view stem(std::string_view normalised_word);

}  // namespace winnow::fingerprint
