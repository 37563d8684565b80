// The reader's history of article pages: fixed-width fingerprint records (<= 352 bytes each)
// with the id, URL, title and time beside them; an index to find candidates fast (LSH bands
// of the MinHash, postings of the key terms, the normalised URL); retention by age and count;
// and a versioned, checksummed serialisation the extension persists as bytes.
//
// Format (all integers little-endian), version 3 (records of 64 key terms; versions 1 and 2 kept
// 20 and are read as such; version 1's MinHash holds the top 16 bits of each minimum: read,
// its records keep fingerprint::kRecordMinHashV1):
//   header  "WNWH" u16 version u16 flags u32 n_records u32 docs u32 next_seq
//           varint-coded term document frequencies and paragraph recurrence counters
//           u32 CRC-32 of the header bytes above
//   records, each: "WREC" u32 payload_len payload u32 CRC-32(payload)
//           payload: the Record bytes, i64 time, u64 seq, then id_json, url, url_key, title as
//           u32 length + UTF-8
//   optional attachment: "WATT" u32 len bytes u32 CRC-32(bytes)
// A record whose checksum fails is reported and skipped: the reader resynchronises on the
// next "WREC"; a damaged header keeps the records and starts the statistics afresh.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "winnow/fingerprint.h"
#include "winnow/match.h"

namespace winnow::templates { class Memory; }

namespace winnow::history {

inline constexpr std::uint16_t kFormatVersion = 3;

// Address used to recognise a page again: the canonical URL when there is one (resolved
// against the address) and it names the address's own site (winnow::site_of; another site's
// is ignored), scheme and host lower-cased, fragment and tracking parameters
// (utm_*, fbclid, gclid) dropped.
std::string normalize_url(std::string_view url, std::string_view canonical);

// design.md time as text: ISO 8601 ("2024-05-01", "2024-05-01T10:00:00Z", "+02:00" offsets,
// fractions ignored) or decimal seconds since the epoch. False when it is neither.
bool parse_time(std::string_view text, std::int64_t* out);

struct Entry {
  std::string id_json;   // the id the page was added with, as JSON text
  std::string url;       // as given
  std::string url_key;   // normalize_url
  std::string title;
  std::int64_t time = 0;  // seconds since the epoch
  std::uint64_t seq = 0;  // order of adding
};

struct Found {
  bool matched = false;       // a verdict other than `different`
  std::int64_t slot = -1;     // best earlier page (even when not matched), -1: none
  match::Judgement judgement;
  fingerprint::Similarity similarity;
};

// One earlier page a lookup verified and judged (scripts/story_cv.py chooses the verdict's cuts
// from every candidate's similarities: which page wins depends on the cuts).
struct Candidate {
  double score = 0;
  bool duplicate = false;
  fingerprint::Similarity similarity;
};

struct LoadReport {
  bool ok = false;                 // false: not a history at all (nothing loaded)
  std::uint16_t version = 0;
  std::size_t records = 0;
  std::size_t skipped = 0;         // corrupt records reported and left out
  bool stats_lost = false;         // header damaged: statistics restarted
  std::vector<std::string> problems;
};

class History {
 public:
  History();
  ~History();
  History(History&&) noexcept;
  History& operator=(History&&) noexcept;

  // Fingerprint a page with this history's term statistics and chrome memory.
  fingerprint::Article fingerprint(const Page& page) const;

  // Best earlier page for `now` (a same-URL visit wins), verified and judged; every page
  // verified is also appended to `candidates` when given.
  Found lookup(const fingerprint::Article& now, std::string_view url_key,
               match::Sensitivity sensitivity, std::vector<Candidate>* candidates = nullptr) const;

  // Adds an article page; `is_new_story` feeds the chrome memory (paragraphs recurring
  // across different stories are site chrome). Returns its slot.
  std::size_t add(Entry entry, const fingerprint::Article& a, bool is_new_story);

  bool remove(std::string_view id_json);  // every page added with this id
  bool remove_url(std::string_view url_key);  // every visit of this (normalised) address
  // Drops pages older than `min_time` (0: no age limit) and then the oldest beyond
  // `max_count` (0: no count limit). Returns how many were dropped.
  std::size_t retain(std::int64_t min_time, std::size_t max_count);
  void clear();

  std::size_t size() const;  // live pages
  const Entry& entry(std::size_t slot) const;
  const fingerprint::Record& record(std::size_t slot) const;
  const fingerprint::TermStats& stats() const;

  // Opaque bytes kept and persisted with the history (the wasm module keeps the site-template
  // memory here, so the extension stores one byte string).
  void set_attachment(std::string bytes);
  const std::string& attachment() const;

  std::string serialize() const;
  static History deserialize(std::string_view bytes, LoadReport* report);

  // Bytes held by the index in memory (records, postings, statistics; not the strings).
  std::size_t index_bytes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One reading step, shared by `winnow history` and the wasm module: looks the page up, builds
// the design.md answer (JSON text), then adds the page when it is an article.
struct Visit {
  std::string id_json = "null";  // the page's id as JSON text
  std::string url;
  std::int64_t time = 0;
  bool text_doc = false;  // a text DOC is always an article (even a title alone)
};
std::string visit(History& history, const Page& page, const Visit& v,
                  match::Sensitivity sensitivity, bool add = true);

// The wasm module's step: `record_json` is {"id","url","time",["sensitivity"]} plus a text DOC's
// "title"/"text" or a DOM "snapshot" (snapshot.h). Answers as `visit` (adding only when `add`),
// or {"id":...,"error":"..."} for a record it cannot read. `now` stands in for a missing time.
// The page is judged with the site-template `memory` (when given), which a visit that adds
// also records the page into and a lookup leaves as it was.
std::string visit_record(History& history, templates::Memory* memory, std::string_view record_json,
                         bool add, std::int64_t now);

// visit_record in two steps, so that a page's marks can be drawn before its story is known:
// read_record parses the record and analyses its page (judged with, and when `add` recorded
// into, `memory`); visit(history, r.page, r.visit, r.sensitivity, add) then answers the story.
struct Reading {
  Page page;
  Visit visit;
  match::Sensitivity sensitivity = match::Sensitivity::Normal;
  std::string error;  // the {"id","error"} answer for a record that cannot be read, else empty
};
Reading read_record(templates::Memory* memory, std::string_view record_json, bool add, std::int64_t now);
// The same with the DOM snapshot carried beside the record rather than in it (the wasm module
// has its bytes written straight into its memory; a record that also holds one is an error).
Reading read_record(templates::Memory* memory, std::string_view record_json, std::string_view snapshot,
                    bool add, std::int64_t now);

}  // namespace winnow::history
