// The history's bytes (format in winnow/history.h). Written little-endian field by field, so
// the native tool and the wasm module read each other's files. A newer Winnow reads every
// older version: each version's reader stays here, and tests/data keeps a file of each.
#include <cstring>

#include "common/byte_io.h"
#include "common/crc32.h"
#include "history/impl.h"

namespace winnow::history {
namespace {

constexpr char kMagic[4] = {'W', 'N', 'W', 'H'};
constexpr char kRecMagic[4] = {'W', 'R', 'E', 'C'};
constexpr char kAttMagic[4] = {'W', 'A', 'T', 'T'};
// A record's fixed bytes with `terms` key terms (versions 1 and 2 kept 20, version 3 kKeyTerms).
constexpr std::size_t record_bytes(int terms) {
  return fingerprint::kMinHashes * 2 + static_cast<std::size_t>(terms) * 4 + fingerprint::kParaSketches * 2 + 12;
}
constexpr std::size_t kRecordBytes = record_bytes(fingerprint::kKeyTermsV2);  // the least a payload holds
constexpr std::uint32_t kMaxPayload = 1u << 20;
constexpr std::size_t kProblemsListed = 20;  // damaged records reported one by one, then counted

using Writer = ByteWriter;
using Reader = ByteReader;

// Sparse counters: number of non-zero entries, then (gap, value) varints.
template <class T>
void write_sparse(Writer& w, const std::vector<T>& v) {
  std::uint32_t nz = 0;
  for (T x : v) nz += x != 0;
  w.u32(static_cast<std::uint32_t>(v.size()));
  w.u32(nz);
  std::uint32_t last = 0;
  for (std::uint32_t i = 0; i < v.size(); ++i)
    if (v[i]) {
      w.varint(i - last);
      w.varint(v[i]);
      last = i;
    }
}

template <class T>
bool read_sparse(Reader& r, std::vector<T>& v, std::size_t expect) {
  std::uint32_t size = r.u32(), nz = r.u32();
  if (r.bad || size != expect || nz > size) return false;
  v.assign(size, 0);
  std::uint32_t at = 0;
  for (std::uint32_t k = 0; k < nz; ++k) {
    at += r.varint();
    std::uint32_t val = r.varint();
    if (r.bad || at >= size || val > static_cast<std::uint32_t>(T(~T(0)))) return false;
    v[at] = static_cast<T>(val);
  }
  return true;
}

void write_record(Writer& w, const fingerprint::Record& r) {
  for (std::uint16_t x : r.minhash) w.u16(x);
  for (int k = 0; k < fingerprint::kKeyTerms; ++k)
    for (std::uint8_t b : r.term3[k]) w.u8(b);
  for (std::uint8_t x : r.weight) w.u8(x);
  for (std::uint16_t x : r.sketch) w.u16(x);
  w.u64(r.years);
  w.u16(r.shingles);
  w.u16(r.flags);
}

fingerprint::Record read_record(Reader& r, int terms) {
  fingerprint::Record x{};
  for (std::uint16_t& v : x.minhash) v = r.u16();
  for (int k = 0; k < terms; ++k)
    for (std::uint8_t& b : x.term3[k]) b = r.u8();
  for (int k = 0; k < terms; ++k) x.weight[k] = r.u8();
  for (std::uint16_t& v : x.sketch) v = r.u16();
  x.years = r.u64();
  x.shingles = r.u16();
  x.flags = r.u16();
  return x;
}

// Record payload: the record (20 key terms in versions 1 and 2, kKeyTerms since 3), then the entry.
bool read_payload(Reader& r, int terms, fingerprint::Record* rec, Entry* e) {
  *rec = read_record(r, terms);
  e->time = static_cast<std::int64_t>(r.u64());
  e->seq = r.u64();
  e->id_json = r.str();
  e->url = r.str();
  e->url_key = r.str();
  e->title = r.str();
  return !r.bad && r.left() == 0;
}

}  // namespace

std::string History::serialize() const {
  const Impl& m = *impl_;
  Writer w;
  w.raw(std::string_view(kMagic, 4));
  w.u16(kFormatVersion);
  w.u16(0);
  w.u32(static_cast<std::uint32_t>(m.live));
  w.u32(m.stats.documents());
  w.u64(m.next_seq);
  write_sparse(w, m.stats.counters());
  write_sparse(w, m.recur);
  w.u32(crc32(reinterpret_cast<const unsigned char*>(w.out.data()), w.out.size()));
  for (std::size_t i = 0; i < m.recs.size(); ++i) {
    if (!(m.recs[i].flags & fingerprint::kRecordLive)) continue;
    Writer p;
    write_record(p, m.recs[i]);
    const Entry& e = m.entries[i];
    p.u64(static_cast<std::uint64_t>(e.time));
    p.u64(e.seq);
    p.str(e.id_json);
    p.str(e.url);
    p.str(e.url_key);
    p.str(e.title);
    w.raw(std::string_view(kRecMagic, 4));
    w.u32(static_cast<std::uint32_t>(p.out.size()));
    w.raw(p.out);
    w.u32(crc32(reinterpret_cast<const unsigned char*>(p.out.data()), p.out.size()));
  }
  if (!m.attachment.empty()) {
    w.raw(std::string_view(kAttMagic, 4));
    w.u32(static_cast<std::uint32_t>(m.attachment.size()));
    w.raw(m.attachment);
    w.u32(crc32(reinterpret_cast<const unsigned char*>(m.attachment.data()), m.attachment.size()));
  }
  return w.out;
}

namespace {

// The header after the version: the term statistics, the template counters and the next
// sequence number are set when its checksum holds (the answer); `r` is then at the first frame.
bool read_header(Reader& r, const unsigned char* p, fingerprint::TermStats& stats, std::vector<std::uint8_t>& recur_out,
                 std::uint64_t& next_seq_out, std::uint32_t& n_records) {
  r.u16();  // flags
  n_records = r.u32();
  std::uint32_t docs = r.u32();
  std::uint64_t next_seq = r.u64();
  std::vector<std::uint16_t> df;
  std::vector<std::uint8_t> recur;
  bool tables = read_sparse(r, df, fingerprint::TermStats::kBuckets) &&
                read_sparse(r, recur, 2 * kRecurBuckets);
  std::size_t header_end = r.at;
  std::uint32_t crc = r.u32();
  if (!tables || r.bad || crc != crc32(p, header_end)) return false;
  stats.load(docs, df);
  recur_out = std::move(recur);
  next_seq_out = next_seq;
  return true;
}

// The attachment frame at `at` (its marker checked): its bytes into `out`; the position after
// it, or 0 when its length or checksum does not hold.
std::size_t read_attachment(std::string_view bytes, std::size_t at, RangeCrc32& ranges, std::string& out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  Reader ar{bytes};
  ar.at = at + 4;
  std::uint32_t len = ar.u32();
  if (!ar.need(static_cast<std::size_t>(len) + 4)) return 0;
  if (Reader{bytes.substr(ar.at + len, 4)}.u32() != ranges.of(ar.at, ar.at + len)) return 0;
  out.assign(reinterpret_cast<const char*>(p + ar.at), len);
  return ar.at + len + 4;
}

// What the frames of a history file load into.
struct Loaded {
  std::vector<fingerprint::Record>& recs;
  std::vector<Entry>& entries;
  std::string& attachment;
  std::uint64_t max_seq = 0;  // one past the largest sequence number read
};

// The record frame at `at` (its marker checked): the record and its entry appended to `m`;
// the position after it, or 0 when damaged. `len` is the length the frame claims.
std::size_t read_record_frame(std::string_view bytes, std::size_t at, RangeCrc32& ranges, int version, Loaded& m,
                              std::uint32_t& len) {
  Reader fr{bytes};
  fr.at = at + 4;
  len = fr.u32();
  if (len > kMaxPayload || len < kRecordBytes || !fr.need(len + 4)) return 0;
  std::uint32_t want = ranges.of(fr.at, fr.at + len);
  Reader pr{bytes.substr(fr.at, len)};
  fingerprint::Record rec;
  Entry e;
  int terms = version >= 3 ? fingerprint::kKeyTerms : fingerprint::kKeyTermsV2;
  if (Reader{bytes.substr(fr.at + len, 4)}.u32() != want || !read_payload(pr, terms, &rec, &e) ||
      !(rec.flags & fingerprint::kRecordLive))
    return 0;
  if (version == 1) rec.flags |= fingerprint::kRecordMinHashV1;
  m.max_seq = std::max(m.max_seq, e.seq + 1);
  m.recs.push_back(rec);
  m.entries.push_back(std::move(e));
  return fr.at + len + 4;
}

// After a damaged record frame at `at` claiming `len` bytes: past it when that length still
// leads to the next marker (or the end), else one byte on.
std::size_t after_damage(std::string_view bytes, std::size_t at, std::uint32_t len) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t after = at + 8 + static_cast<std::size_t>(len) + 4;
  if (len <= kMaxPayload && (after == bytes.size() ||
                             (after + 4 <= bytes.size() && std::memcmp(p + after, kRecMagic, 4) == 0)))
    return after;
  return at + 1;
}

// Records: frame by frame from `at`; on damage, resynchronise on the next record marker. A
// damaged file can hold a marker every few bytes, each claiming a long payload: checksums of
// byte ranges (common/crc32.h) keep trying them all linear in the file's size.
void read_frames(std::string_view bytes, std::size_t at, Loaded& m, LoadReport& rep) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  RangeCrc32 ranges(bytes);
  bool attachment_damaged = false;
  while (at + 12 <= bytes.size()) {
    if (std::memcmp(p + at, kAttMagic, 4) == 0) {
      std::size_t next = read_attachment(bytes, at, ranges, m.attachment);
      if (!next && !attachment_damaged) rep.problems.push_back("damaged history attachment (site templates) left out");
      attachment_damaged = attachment_damaged || !next;
      at = next ? next : at + 1;
      continue;
    }
    if (std::memcmp(p + at, kRecMagic, 4) != 0) {
      const void* next = std::memchr(p + at + 1, 'W', bytes.size() - at - 1);
      if (!next) break;
      at = static_cast<const unsigned char*>(next) - p;
      continue;
    }
    std::uint32_t len = 0;
    if (std::size_t next = read_record_frame(bytes, at, ranges, rep.version, m, len)) {
      at = next;
      continue;
    }
    if (++rep.skipped <= kProblemsListed)
      rep.problems.push_back("damaged history record at byte " + std::to_string(at) + " skipped");
    at = after_damage(bytes, at, len);
  }
}

}  // namespace

History History::deserialize(std::string_view bytes, LoadReport* report) {
  LoadReport local;
  LoadReport& rep = report ? *report : local;
  rep = LoadReport{};
  History h;
  Impl& m = *h.impl_;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < 8 || std::memcmp(p, kMagic, 4) != 0) {
    rep.problems.push_back("not a Winnow history (no header)");
    return h;
  }
  Reader r{bytes};
  r.at = 4;
  rep.version = r.u16();
  if (rep.version == 0 || rep.version > kFormatVersion) {
    rep.problems.push_back("history format " + std::to_string(rep.version) +
                           " is newer than this Winnow reads");
    return h;
  }
  rep.ok = true;
  std::uint32_t n_records = 0;
  bool header_ok = read_header(r, p, m.stats, m.recur, m.next_seq, n_records);
  if (!header_ok) {
    rep.stats_lost = true;
    rep.problems.push_back("history header damaged: term statistics restarted");
  }
  Loaded loaded{m.recs, m.entries, m.attachment};
  read_frames(bytes, header_ok ? r.at : 8, loaded, rep);
  m.next_seq = std::max(m.next_seq, loaded.max_seq);
  if (rep.skipped > kProblemsListed)
    rep.problems.push_back("and " + std::to_string(rep.skipped - kProblemsListed) + " more damaged records");
  // A record whose marker itself was damaged is found only by the count.
  if (header_ok && m.recs.size() + rep.skipped < n_records) {
    std::size_t lost = n_records - m.recs.size() - rep.skipped;
    rep.skipped += lost;
    rep.problems.push_back(std::to_string(lost) + " history record(s) unreadable, skipped");
  }
  m.compact();
  rep.records = m.live;
  return h;
}

}  // namespace winnow::history
