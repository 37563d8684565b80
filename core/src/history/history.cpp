// The history index: add, look up, remove, retention. Every candidate the index proposes is
// verified against its fixed-width record and judged; the best earlier page wins.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "fingerprint/hash.h"
#include "history/impl.h"

namespace winnow::history {
namespace {

constexpr std::size_t kVerify = 48;     // candidates verified per lookup (plus LSH hits)
constexpr float kBandWeight = 8.f;      // an LSH band hit outranks any term evidence
constexpr std::size_t kGrowStep = 4096;  // records added per reallocation
constexpr std::uint32_t kBandSalt = 0x9e3779b9u;


}  // namespace

bool History::Impl::recurring(std::uint64_t exact) const {
  std::uint8_t a = recur[exact & (kRecurBuckets - 1)];
  std::uint8_t b = recur[kRecurBuckets + ((exact >> 32) & (kRecurBuckets - 1))];
  return std::min(a, b) >= kRecurChrome;
}

void History::Impl::count_paragraphs(const fingerprint::Article& a) {
  std::vector<std::uint64_t> seen;
  for (const fingerprint::Paragraph& p : a.paragraphs)
    if (p.exact) seen.push_back(p.exact);
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (std::uint64_t e : seen) {
    std::uint8_t& x = recur[e & (kRecurBuckets - 1)];
    std::uint8_t& y = recur[kRecurBuckets + ((e >> 32) & (kRecurBuckets - 1))];
    if (x < 255) ++x;
    if (y < 255) ++y;
  }
}

namespace {

std::uint32_t bucket(std::uint32_t key, bool band) {
  std::uint64_t h = fingerprint::mix64(key ^ (band ? kBandSalt : 0u));
  return static_cast<std::uint32_t>(h & (kHeads - 1));
}

void kill(fingerprint::Record& r) { r.flags = static_cast<std::uint16_t>(r.flags & ~1u); }

}  // namespace

void History::Impl::index_slot(std::uint32_t slot) {
  const fingerprint::Record& r = recs[slot];
  next.resize(recs.size() * kPosts, 0);
  auto post = [&](std::uint32_t key, bool band, int k) {
    std::uint32_t id = slot * kPosts + static_cast<std::uint32_t>(k);
    std::uint32_t& head = heads[bucket(key, band)];
    next[id] = head;
    head = id + 1;
  };
  for (int k = 0; k < kPostedTerms && r.weight[k]; ++k) post(r.term(k), false, k);
  if (r.shingles) {
    auto keys = fingerprint::band_keys(r.minhash);
    for (int b = 0; b < fingerprint::kBands; ++b) post(keys[b], true, kPostedTerms + b);
  }
  if (!entries[slot].url_key.empty()) by_url[entries[slot].url_key] = slot;
}

void History::Impl::compact() {
  std::vector<fingerprint::Record> r2;
  std::vector<Entry> e2;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    if (!(recs[i].flags & 1)) continue;
    r2.push_back(recs[i]);
    e2.push_back(std::move(entries[i]));
  }
  r2.shrink_to_fit();
  recs = std::move(r2);
  entries = std::move(e2);
  live = recs.size();
  std::fill(heads.begin(), heads.end(), 0);
  next.assign(recs.size() * kPosts, 0);
  next.shrink_to_fit();
  by_url.clear();
  for (std::uint32_t s = 0; s < recs.size(); ++s) index_slot(s);
}

History::History() : impl_(std::make_unique<Impl>()) {}
History::~History() = default;
History::History(History&&) noexcept = default;
History& History::operator=(History&&) noexcept = default;

fingerprint::Article History::fingerprint(const Page& page) const {
  fingerprint::Options o;
  o.stats = &impl_->stats;
  o.recurring = [](const void* ctx, std::uint64_t exact) {
    return static_cast<const Impl*>(ctx)->recurring(exact);
  };
  o.recurring_ctx = impl_.get();
  return fingerprint::fingerprint(page, o);
}

Found History::lookup(const fingerprint::Article& now, std::string_view url_key,
                      match::Sensitivity sensitivity) const {
  const Impl& m = *impl_;
  Found best;
  if (m.live == 0) return best;
  m.scratch.resize(m.recs.size(), 0.f);
  m.touched.clear();
  auto bump = [&](std::uint32_t slot, float w) {
    if (m.scratch[slot] == 0.f) m.touched.push_back(slot);
    m.scratch[slot] += w;
  };
  // Walks one chain; a term held by a large share of the history says little and costs
  // much: its walk stops early.
  constexpr std::size_t walk_limit = 2000;  // newest postings first
  if (now.shingles) {
    auto keys = fingerprint::band_keys(now.minhash.data());
    for (int b = 0; b < fingerprint::kBands; ++b) {
      std::size_t steps = 0;
      for (std::uint32_t e = m.heads[bucket(keys[b], true)]; e && steps < walk_limit; e = m.next[e - 1], ++steps) {
        std::uint32_t s = (e - 1) / kPosts;
        int k = static_cast<int>((e - 1) % kPosts) - kPostedTerms;
        if (k != b || !(m.recs[s].flags & 1)) continue;
        if (fingerprint::band_keys(m.recs[s].minhash)[b] == keys[b]) bump(s, kBandWeight);
      }
    }
  }
  for (const fingerprint::Term& t : now.terms) {
    std::size_t steps = 0;
    for (std::uint32_t e = m.heads[bucket(t.hash, false)]; e && steps < walk_limit; e = m.next[e - 1], ++steps) {
      std::uint32_t s = (e - 1) / kPosts;
      int k = static_cast<int>((e - 1) % kPosts);
      if (k >= kPostedTerms || m.recs[s].term(k) != t.hash || !(m.recs[s].flags & 1)) continue;
      bump(s, t.weight);
    }
  }
  std::int64_t same_url = -1;
  if (!url_key.empty()) {
    auto it = m.by_url.find(std::string(url_key));
    if (it != m.by_url.end()) same_url = it->second;
  }

  std::vector<std::uint32_t>& cand = m.touched;
  if (cand.size() > kVerify) {
    std::nth_element(cand.begin(), cand.begin() + kVerify, cand.end(),
                     [&](std::uint32_t a, std::uint32_t b) {
                       return m.scratch[a] != m.scratch[b] ? m.scratch[a] > m.scratch[b] : a < b;
                     });
    // LSH hits beyond the cut are kept: a near-duplicate must never be missed.
    std::size_t keep = kVerify;
    for (std::size_t i = kVerify; i < cand.size(); ++i)
      if (m.scratch[cand[i]] >= kBandWeight) std::swap(cand[keep++], cand[i]);
    for (std::size_t i = keep; i < cand.size(); ++i) m.scratch[cand[i]] = 0.f;
    cand.resize(keep);
  }
  auto consider = [&](std::uint32_t s) {
    if (!(m.recs[s].flags & 1)) return;
    fingerprint::Similarity sim = fingerprint::compare(now, m.recs[s]);
    match::Judgement j = match::judge(sim, sensitivity);
    bool better = best.slot < 0 || j.score > best.judgement.score ||
                  (j.score == best.judgement.score && m.entries[s].seq < m.entries[best.slot].seq);
    if (better) {
      best.slot = s;
      best.judgement = j;
      best.similarity = sim;
    }
  };
  for (std::uint32_t s : cand) {
    consider(s);
    m.scratch[s] = 0.f;
  }
  cand.clear();
  if (same_url >= 0 && (m.recs[same_url].flags & 1)) {
    // Re-reading a URL matches its own earlier visit, whatever else scores higher.
    best.slot = same_url;
    best.similarity = fingerprint::compare(now, m.recs[same_url]);
    best.judgement = match::judge(best.similarity, sensitivity);
    best.judgement.verdict = match::Verdict::Duplicate;
  }
  best.matched = best.slot >= 0 && best.judgement.verdict != match::Verdict::Different;
  return best;
}

std::size_t History::add(Entry entry, const fingerprint::Article& a, bool is_new_story) {
  Impl& m = *impl_;
  fingerprint::Record r = fingerprint::to_record(a);
  entry.seq = m.next_seq++;
  // Grow by fixed steps, not doubling: the index's memory stays close to what it holds.
  if (m.recs.size() == m.recs.capacity()) {
    m.recs.reserve(m.recs.size() + kGrowStep);
    m.next.reserve((m.recs.size() + kGrowStep) * kPosts);
  }
  m.recs.push_back(r);
  m.entries.push_back(std::move(entry));
  ++m.live;
  std::uint32_t slot = static_cast<std::uint32_t>(m.recs.size() - 1);
  m.index_slot(slot);
  m.stats.add_document(a.distinct_terms);
  if (is_new_story) m.count_paragraphs(a);
  return slot;
}

bool History::remove(std::string_view id_json) {
  Impl& m = *impl_;
  bool any = false;
  for (std::size_t i = 0; i < m.recs.size(); ++i)
    if ((m.recs[i].flags & 1) && m.entries[i].id_json == id_json) {
      kill(m.recs[i]);
      any = true;
    }
  if (any) m.compact();
  return any;
}

bool History::remove_url(std::string_view url_key) {
  Impl& m = *impl_;
  bool any = false;
  for (std::size_t i = 0; i < m.recs.size(); ++i)
    if ((m.recs[i].flags & 1) && !url_key.empty() && m.entries[i].url_key == url_key) {
      kill(m.recs[i]);
      any = true;
    }
  if (any) m.compact();
  return any;
}

void History::set_attachment(std::string bytes) { impl_->attachment = std::move(bytes); }
const std::string& History::attachment() const { return impl_->attachment; }

std::size_t History::retain(std::int64_t min_time, std::size_t max_count) {
  Impl& m = *impl_;
  std::size_t dropped = 0;
  std::vector<std::uint32_t> alive;
  for (std::uint32_t i = 0; i < m.recs.size(); ++i) {
    if (!(m.recs[i].flags & 1)) continue;
    if (min_time > 0 && m.entries[i].time < min_time) {
      kill(m.recs[i]);
      ++dropped;
    } else {
      alive.push_back(i);
    }
  }
  if (max_count > 0 && alive.size() > max_count) {
    std::sort(alive.begin(), alive.end(), [&](std::uint32_t a, std::uint32_t b) {
      return m.entries[a].seq < m.entries[b].seq;
    });
    for (std::size_t k = 0; k < alive.size() - max_count; ++k) {
      kill(m.recs[alive[k]]);
      ++dropped;
    }
  }
  if (dropped) m.compact();
  return dropped;
}

void History::clear() { impl_ = std::make_unique<Impl>(); }

std::size_t History::size() const { return impl_->live; }
const Entry& History::entry(std::size_t slot) const { return impl_->entries.at(slot); }
const fingerprint::Record& History::record(std::size_t slot) const { return impl_->recs.at(slot); }
const fingerprint::TermStats& History::stats() const { return impl_->stats; }

std::size_t History::index_bytes() const {
  const Impl& m = *impl_;
  std::size_t b = m.recs.capacity() * sizeof(fingerprint::Record);
  b += m.stats.counters().capacity() * sizeof(std::uint16_t) + m.recur.capacity();
  b += m.heads.capacity() * sizeof(std::uint32_t) + m.next.capacity() * sizeof(std::uint32_t);
  b += m.scratch.capacity() * sizeof(float);
  return b;
}

}  // namespace winnow::history
