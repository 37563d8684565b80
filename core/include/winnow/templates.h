// Site templates: a memory, per site, of the block fingerprints seen on earlier pages
// (trafilatura's LRU of repeated segments, kept per site). A block that recurs on
// kMinOtherPages other pages of its site is site chrome (kind `template`), even where the page
// alone is ambiguous. Bounded (LRU over sites, LRU over each site's blocks) and serialisable
// as versioned, checksummed bytes; the extension persists them, `winnow extract --history DIR`
// keeps them in DIR/templates.bin.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace winnow::templates {

inline constexpr std::uint32_t kFormatVersion = 1;
inline constexpr unsigned kMinOtherPages = 2;  // seen on this many other pages -> template
inline constexpr unsigned kPagesPerBlock = 4;  // distinct pages remembered per block

struct Limits {
  std::size_t max_sites = 512;            // least recently used site dropped beyond this
  std::size_t max_blocks_per_site = 4096; // least recently seen block dropped beyond this
};

class Memory {
 public:
  explicit Memory(Limits limits = {});

  // Distinct pages other than `page` of `site` on which a block with this fingerprint was seen.
  unsigned other_pages(std::string_view site, std::uint64_t fingerprint, std::uint64_t page) const;

  // Records that `page` of `site` shows these blocks (duplicates are fine).
  void record(std::string_view site, std::uint64_t page, const std::vector<std::uint64_t>& fingerprints);

  // Versioned, checksummed bytes ("WTPL", version, body, then the 64-bit hash of all before it:
  // FNV-1a's step from a non-standard offset basis, common/hash.h's fnv_short64; not FNV-1a 64).
  std::string serialize() const;
  // Replaces the contents with `bytes`. Corrupt, truncated or unknown-version input leaves the
  // memory empty and returns false with `error` (when given) saying why; it never throws.
  bool deserialize(std::string_view bytes, std::string* error = nullptr);

  // A copy holding only `site` (empty when the site is unknown): what one page's analysis
  // needs, small enough to hand to a content script that analyses without the whole memory.
  Memory site_only(std::string_view site) const;

  std::size_t sites() const { return sites_.size(); }
  std::size_t blocks() const;
  void clear() { sites_.clear(); }

  // The key of a block: its case-folded text with digits and whitespace runs unified, so a
  // date or counter in a footer does not hide the recurrence.
  static std::uint64_t fingerprint(std::string_view block_text);
  // The key of a page: its URL without scheme, query, fragment and trailing slashes.
  static std::uint64_t page_key(std::string_view url);

 private:
  struct Entry {
    std::uint64_t last_seen = 0;
    std::uint8_t n = 0;
    std::uint64_t pages[kPagesPerBlock] = {};
  };
  struct Site {
    std::uint64_t last_used = 0;
    std::unordered_map<std::uint64_t, Entry> blocks;
  };
  void evict_sites();
  static void evict_blocks(Site& s, std::size_t cap);

  Limits limits_;
  std::uint64_t tick_ = 0;
  std::unordered_map<std::string, Site> sites_;
};

}  // namespace winnow::templates
