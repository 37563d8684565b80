#include "winnow/templates.h"

#include <algorithm>
#include <cstring>

#include "classify/text_stats.h"

namespace winnow::templates {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv(std::string_view s, std::uint64_t h = kFnvOffset) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

void put32(std::string& o, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) o += static_cast<char>((v >> (8 * i)) & 0xFF);
}
void put64(std::string& o, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) o += static_cast<char>((v >> (8 * i)) & 0xFF);
}

struct Reader {
  std::string_view s;
  std::size_t pos = 0;
  bool ok = true;
  bool need(std::size_t n) {
    if (!ok || s.size() - pos < n) ok = false;
    return ok;
  }
  std::uint64_t get(int bytes) {
    if (!need(static_cast<std::size_t>(bytes))) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[pos + i])) << (8 * i);
    pos += static_cast<std::size_t>(bytes);
    return v;
  }
  std::string_view bytes(std::size_t n) {
    if (!need(n)) return {};
    std::string_view v = s.substr(pos, n);
    pos += n;
    return v;
  }
};

}  // namespace

Memory::Memory(Limits limits) : limits_(limits) {}

std::size_t Memory::blocks() const {
  std::size_t n = 0;
  for (const auto& [name, site] : sites_) n += site.blocks.size();
  return n;
}

std::uint64_t Memory::fingerprint(std::string_view text) {
  std::string f = classify::fold(text);
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
  return fnv(key);
}

std::uint64_t Memory::page_key(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  std::size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return fnv(url);
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
  std::string o;
  o += "WTPL";
  put32(o, kFormatVersion);
  put64(o, tick_);
  put32(o, static_cast<std::uint32_t>(sites_.size()));
  // sorted for deterministic bytes
  std::vector<const std::pair<const std::string, Site>*> order;
  for (const auto& kv : sites_) order.push_back(&kv);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* kv : order) {
    put32(o, static_cast<std::uint32_t>(kv->first.size()));
    o += kv->first;
    put64(o, kv->second.last_used);
    put32(o, static_cast<std::uint32_t>(kv->second.blocks.size()));
    std::vector<std::pair<std::uint64_t, const Entry*>> es;
    for (const auto& [fp, e] : kv->second.blocks) es.emplace_back(fp, &e);
    std::sort(es.begin(), es.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (const auto& [fp, e] : es) {
      put64(o, fp);
      put64(o, e->last_seen);
      o += static_cast<char>(e->n);
      for (unsigned i = 0; i < e->n; ++i) put64(o, e->pages[i]);
    }
  }
  put64(o, fnv(o));
  return o;
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
  Reader tail{bytes, bytes.size() - 8};
  if (tail.get(8) != fnv(body)) return fail("site-template memory: checksum mismatch (corrupt)");
  Reader r{body, 4};
  std::uint32_t version = static_cast<std::uint32_t>(r.get(4));
  if (version == 0 || version > kFormatVersion) return fail("site-template memory: unknown format version");
  tick_ = r.get(8);
  std::uint32_t nsites = static_cast<std::uint32_t>(r.get(4));
  for (std::uint32_t i = 0; i < nsites && r.ok; ++i) {
    std::uint32_t len = static_cast<std::uint32_t>(r.get(4));
    std::string name(r.bytes(len));
    Site s;
    s.last_used = r.get(8);
    std::uint32_t nb = static_cast<std::uint32_t>(r.get(4));
    if (!r.ok || nb > (body.size() - r.pos) / 17) return fail("site-template memory: bad block count");
    for (std::uint32_t k = 0; k < nb && r.ok; ++k) {
      std::uint64_t fp = r.get(8);
      Entry e;
      e.last_seen = r.get(8);
      e.n = static_cast<std::uint8_t>(r.get(1));
      if (e.n > kPagesPerBlock) return fail("site-template memory: bad page count");
      for (unsigned p = 0; p < e.n; ++p) e.pages[p] = r.get(8);
      s.blocks.emplace(fp, e);
    }
    sites_.emplace(std::move(name), std::move(s));
  }
  if (!r.ok || r.pos != body.size()) return fail("site-template memory: truncated or trailing bytes");
  for (auto& [name, s] : sites_) evict_blocks(s, limits_.max_blocks_per_site);
  evict_sites();
  return true;
}

}  // namespace winnow::templates
