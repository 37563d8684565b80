// The site-template memory (winnow/templates.h): LRU bookkeeping and the checksummed bytes;
// covered by [templates] in tests/core.
#include "winnow/templates.h"

#include <algorithm>
#include <cstring>

#include "common/byte_io.h"
#include "common/fold.h"
#include "common/hash.h"
#include "winnow/url.h"

namespace winnow::templates {

// A block entry's bytes with no page: fingerprint, last seen, page count (bounds a count read
// from a damaged file before anything is allocated for it).
constexpr std::size_t kMinEntryBytes = 8 + 8 + 1;
Memory::Memory(Limits limits) : limits_(limits) {}

std::size_t Memory::blocks() const {
  std::size_t n = 0;
  for (const auto& [name, site] : sites_) n += site.blocks.size();
  return n;
}

std::uint64_t Memory::fingerprint(std::string_view text) {
  std::string f = fold(text);
  std::string key;
  key.reserve(f.size());
  bool digit_run = false;
  for (char c : f) {
    if (c >= '0' && c <= '9') {
      if (!digit_run) key += '0';
      digit_run = true;
      continue;
    }
    digit_run = false;
    key += c;
  }
  return fnv_short64(key);
}

std::uint64_t Memory::page_key(std::string_view url) {
  url = after_scheme(url);
  std::size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return fnv_short64(url);
}

unsigned Memory::other_pages(std::string_view site, std::uint64_t fp, std::uint64_t page) const {
  auto it = sites_.find(std::string(site));
  if (it == sites_.end()) return 0;
  auto b = it->second.blocks.find(fp);
  if (b == it->second.blocks.end()) return 0;
  unsigned n = 0;
  for (unsigned i = 0; i < b->second.n; ++i) n += b->second.pages[i] != page;
  return n;
}

void Memory::record(std::string_view site, std::uint64_t page, const std::vector<std::uint64_t>& fps) {
  Site& s = sites_[std::string(site)];
  s.last_used = ++tick_;
  for (std::uint64_t fp : fps) {
    Entry& e = s.blocks[fp];
    e.last_seen = ++tick_;  // per block, so eviction keeps a page's later blocks over earlier
    bool known = false;
    for (unsigned i = 0; i < e.n; ++i) known |= e.pages[i] == page;
    if (known) continue;
    if (e.n < kPagesPerBlock) {
      e.pages[e.n++] = page;
    } else {  // keep the most recent pages
      std::memmove(e.pages, e.pages + 1, sizeof(e.pages[0]) * (kPagesPerBlock - 1));
      e.pages[kPagesPerBlock - 1] = page;
    }
  }
  evict_blocks(s, limits_.max_blocks_per_site);
  evict_sites();
}

void Memory::evict_blocks(Site& s, std::size_t cap) {
  if (s.blocks.size() <= cap) return;
  // drop the least recently seen eighth at once, so eviction stays cheap per record
  std::vector<std::uint64_t> seen;
  seen.reserve(s.blocks.size());
  for (const auto& [fp, e] : s.blocks) seen.push_back(e.last_seen);
  std::size_t target = cap - cap / 8;
  std::size_t drop = s.blocks.size() - target;
  std::nth_element(seen.begin(), seen.begin() + static_cast<std::ptrdiff_t>(drop - 1), seen.end());
  std::uint64_t cutoff = seen[drop - 1];
  for (auto it = s.blocks.begin(); it != s.blocks.end() && s.blocks.size() > target;) {
    if (it->second.last_seen <= cutoff) it = s.blocks.erase(it);
    else ++it;
  }
}

void Memory::evict_sites() {
  while (sites_.size() > limits_.max_sites) {
    auto oldest = sites_.begin();
    for (auto it = sites_.begin(); it != sites_.end(); ++it)
      if (it->second.last_used < oldest->second.last_used) oldest = it;
    sites_.erase(oldest);
  }
}

Memory Memory::site_only(std::string_view site) const {
  Memory m(limits_);
  m.tick_ = tick_;
  auto it = sites_.find(std::string(site));
  if (it != sites_.end()) m.sites_.emplace(it->first, it->second);
  return m;
}

std::string Memory::serialize() const {
  ByteWriter w;
  w.raw("WTPL");
  w.u32(kFormatVersion);
  w.u64(tick_);
  w.u32(static_cast<std::uint32_t>(sites_.size()));
  // sorted for deterministic bytes
  std::vector<const std::pair<const std::string, Site>*> order;
  for (const auto& kv : sites_) order.push_back(&kv);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* kv : order) {
    w.str(kv->first);
    w.u64(kv->second.last_used);
    w.u32(static_cast<std::uint32_t>(kv->second.blocks.size()));
    std::vector<std::pair<std::uint64_t, const Entry*>> es;
    for (const auto& [fp, e] : kv->second.blocks) es.emplace_back(fp, &e);
    std::sort(es.begin(), es.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (const auto& [fp, e] : es) {
      w.u64(fp);
      w.u64(e->last_seen);
      w.u8(e->n);
      for (unsigned i = 0; i < e->n; ++i) w.u64(e->pages[i]);
    }
  }
  w.u64(fnv_short64(w.out));
  return std::move(w.out);
}

bool Memory::deserialize(std::string_view bytes, std::string* error) {
  sites_.clear();
  tick_ = 0;
  auto fail = [&](const char* why) {
    sites_.clear();
    tick_ = 0;
    if (error) *error = why;
    return false;
  };
  if (bytes.size() < 4 + 4 + 8 + 4 + 8) return fail("site-template memory: too short");
  if (bytes.substr(0, 4) != "WTPL") return fail("site-template memory: not a template file");
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  ByteReader tail{bytes, bytes.size() - 8};
  if (tail.u64() != fnv_short64(body)) return fail("site-template memory: checksum mismatch (corrupt)");
  ByteReader r{body, 4};
  std::uint32_t version = r.u32();
  if (version == 0 || version > kFormatVersion) return fail("site-template memory: unknown format version");
  tick_ = r.u64();
  std::uint32_t nsites = r.u32();
  for (std::uint32_t i = 0; i < nsites && !r.bad; ++i) {
    std::uint32_t len = r.u32();
    std::string name(r.bytes(len));
    Site s;
    s.last_used = r.u64();
    std::uint32_t nb = r.u32();
    if (r.bad || nb > r.left() / kMinEntryBytes) return fail("site-template memory: bad block count");
    for (std::uint32_t k = 0; k < nb && !r.bad; ++k) {
      std::uint64_t fp = r.u64();
      Entry e;
      e.last_seen = r.u64();
      e.n = r.u8();
      if (e.n > kPagesPerBlock) return fail("site-template memory: bad page count");
      for (unsigned p = 0; p < e.n; ++p) e.pages[p] = r.u64();
      s.blocks.emplace(fp, e);
    }
    sites_.emplace(std::move(name), std::move(s));
  }
  if (r.bad || r.left() != 0) return fail("site-template memory: truncated or trailing bytes");
  for (auto& [name, s] : sites_) evict_blocks(s, limits_.max_blocks_per_site);
  evict_sites();
  return true;
}

}  // namespace winnow::templates
