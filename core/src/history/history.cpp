// The history index: add, look up, remove, retention. Every candidate the index proposes is
// verified against its fixed-width record and judged; the best earlier page wins.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "common/hash.h"
#include "history/impl.h"

namespace winnow::history {
namespace {

constexpr std::size_t kVerify = 48;     // term candidates verified per lookup
constexpr std::size_t kGrowStep = 4096;  // records added per reallocation
constexpr std::uint64_t kMinHashSalt = 0x9e3779b97f4a7c15ull;
constexpr std::uint64_t kMinHashV1Salt = 0x6a09e667f3bcc909ull;
// Records sharing fewer of the page's MinHash values than this can not be duplicates (the
// least resemblance match::judge accepts); the others are verified, most shared values first,
// up to kNearVerify of them. A record above the resemblance threshold is never left out: the
// first verified shares at least as many values.
constexpr int kNearAgree = static_cast<int>(match::kDupContainmentMinResemblance * fingerprint::kMinHashes + 0.999);
constexpr std::size_t kNearVerify = 64;


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
  recur_added += static_cast<std::uint32_t>(seen.size());
  if (recur_added < kRecurLoad) return;
  // Measured, not only counted: a loaded history brings counts of its own.
  std::uint32_t load = 0;
  for (std::size_t i = 0; i < kRecurBuckets; ++i) load += recur[i];
  if (load >= kRecurLoad) {
    load = 0;
    for (std::size_t i = 0; i < recur.size(); ++i) recur[i] = static_cast<std::uint8_t>(recur[i] / 2);
    for (std::size_t i = 0; i < kRecurBuckets; ++i) load += recur[i];
  }
  recur_added = load;
}

namespace {

std::uint32_t bucket(std::uint32_t term) {
  return static_cast<std::uint32_t>(mix64(term) & (kHeads - 1));
}

// Bucket of MinHash value `v` at position `pos`; format-1 values live apart from new ones.
std::uint32_t minhash_bucket(int pos, std::uint16_t v, bool v1) {
  std::uint64_t key = (static_cast<std::uint64_t>(pos) << 16 | v) ^ (v1 ? kMinHashV1Salt : kMinHashSalt);
  return static_cast<std::uint32_t>(mix64(key) & (kMinHashHeads - 1));
}

void kill(fingerprint::Record& r) { r.flags = static_cast<std::uint16_t>(r.flags & ~fingerprint::kRecordLive); }

}  // namespace

void History::Impl::index_slot(std::uint32_t slot) {
  const fingerprint::Record& r = recs[slot];
  next.resize(recs.size() * kPosts, 0);
  auto post = [&](std::uint32_t& head, int k) {
    std::uint32_t id = slot * kPosts + static_cast<std::uint32_t>(k);
    next[id] = head;
    head = id + 1;
  };
  for (int k = 0; k < kPostedTerms && r.weight[k]; ++k) post(heads[bucket(r.term(k))], k);
  if (r.shingles) {
    bool v1 = r.flags & fingerprint::kRecordMinHashV1;
    v1_records += v1;
    for (int i = 0; i < fingerprint::kMinHashes; ++i)
      post(minhash_heads[minhash_bucket(i, r.minhash[i], v1)], kPostedTerms + i);
  }
  if (!entries[slot].url_key.empty()) by_url[entries[slot].url_key] = slot;
}

void History::Impl::compact() {
  std::vector<fingerprint::Record> r2;
  std::vector<Entry> e2;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    if (!(recs[i].flags & fingerprint::kRecordLive)) continue;
    r2.push_back(recs[i]);
    e2.push_back(std::move(entries[i]));
  }
  r2.shrink_to_fit();
  recs = std::move(r2);
  entries = std::move(e2);
  live = recs.size();
  std::fill(heads.begin(), heads.end(), 0);
  std::fill(minhash_heads.begin(), minhash_heads.end(), 0);
  next.assign(recs.size() * kPosts, 0);
  next.shrink_to_fit();
  by_url.clear();
  v1_records = 0;
  for (std::uint32_t s = 0; s < recs.size(); ++s) index_slot(s);
}

History::History() : impl_(std::make_unique<Impl>()) {}
History::~History() = default;
History::History(History&&) noexcept = default;
History& History::operator=(History&&) noexcept = default;

fingerprint::Article History::fingerprint(const Page& page) const {
  fingerprint::Options o;
  o.stats = &impl_->stats;
  o.page_text = true;
  o.recurring = [](const void* ctx, std::uint64_t exact) {
    return static_cast<const Impl*>(ctx)->recurring(exact);
  };
  o.recurring_ctx = impl_.get();
  return fingerprint::fingerprint(page, o);
}

// Every live record sharing at least kNearAgree MinHash values with `now`: the chains are
// walked to their end (no cap), each posting checked against its record.
void History::Impl::near_candidates(const fingerprint::Article& now) const {
  near.clear();
  if (!now.shingles && !now.page_shingles) return;
  agree.resize(recs.size(), 0);
  std::vector<std::uint32_t> hit;
  // The facts' values (format 2 on, and format 1's top bits), then the page text's variant,
  // whose positions holding the facts' value were counted already.
  for (int pass = 0; pass < 3; ++pass) {
    if ((pass == 0 && !now.shingles) || (pass == 1 && (!v1_records || !now.shingles)) ||
        (pass == 2 && !now.page_shingles))
      continue;
    int v1 = pass == 1;
    const std::uint16_t* mh = pass == 0 ? now.minhash.data() : pass == 1 ? now.minhash_v1.data() : now.minhash_page.data();
    for (int i = 0; i < fingerprint::kMinHashes; ++i) {
      if (pass == 2 && now.shingles && mh[i] == now.minhash[i]) continue;
      for (std::uint32_t e = minhash_heads[minhash_bucket(i, mh[i], v1)]; e; e = next[e - 1]) {
        std::uint32_t s = (e - 1) / kPosts;
        const fingerprint::Record& r = recs[s];
        if (static_cast<int>((e - 1) % kPosts) != kPostedTerms + i || r.minhash[i] != mh[i] ||
            !(r.flags & fingerprint::kRecordLive) || ((r.flags & fingerprint::kRecordMinHashV1) != 0) != (v1 == 1))
          continue;
        if (agree[s]++ == 0) hit.push_back(s);
      }
    }
  }
  for (std::uint32_t s : hit)
    if (agree[s] >= kNearAgree) near.push_back(s);
  if (near.size() > kNearVerify) {
    std::nth_element(near.begin(), near.begin() + kNearVerify, near.end(), [&](std::uint32_t a, std::uint32_t b) {
      return agree[a] != agree[b] ? agree[a] > agree[b] : a > b;
    });
    near.resize(kNearVerify);
  }
  for (std::uint32_t s : hit) agree[s] = 0;
}

// The records with the most key-term weight in common with `now` (at most kVerify). A term
// held by a large share of the history says little and costs much: its walk stops early.
void History::Impl::term_candidates(const fingerprint::Article& now) const {
  constexpr std::size_t walk_limit = 2000;  // newest postings first
  scratch.resize(recs.size(), 0.f);
  touched.clear();
  // The strongest terms find the candidates; verification reads every kept term.
  std::size_t n = std::min<std::size_t>(now.terms.size(), fingerprint::kEvidenceTerms);
  for (std::size_t q = 0; q < n; ++q) {
    const fingerprint::Term& t = now.terms[q];
    std::size_t steps = 0;
    for (std::uint32_t e = heads[bucket(t.hash)]; e && steps < walk_limit; e = next[e - 1], ++steps) {
      std::uint32_t s = (e - 1) / kPosts;
      int k = static_cast<int>((e - 1) % kPosts);
      if (k >= kPostedTerms || recs[s].term(k) != t.hash || !(recs[s].flags & fingerprint::kRecordLive)) continue;
      if (scratch[s] == 0.f) touched.push_back(s);
      scratch[s] += t.weight;
    }
  }
  if (touched.size() > kVerify)
    std::nth_element(touched.begin(), touched.begin() + kVerify, touched.end(),
                     [&](std::uint32_t a, std::uint32_t b) {
                       return scratch[a] != scratch[b] ? scratch[a] > scratch[b] : a < b;
                     });
  for (std::uint32_t s : touched) scratch[s] = 0.f;
  if (touched.size() > kVerify) touched.resize(kVerify);
}

namespace {

// A duplicate before a retelling before anything else (a retelling's score can reach 1 and
// must not hide the copy the page is); then the higher score; on a tie, the earlier page.
bool better_than(const match::Judgement& j, std::uint64_t seq, const Found& best, std::uint64_t best_seq) {
  if (best.slot < 0) return true;
  if (j.verdict != best.judgement.verdict) return j.verdict < best.judgement.verdict;
  if (j.score != best.judgement.score) return j.score > best.judgement.score;
  return seq < best_seq;
}

}  // namespace

Found History::lookup(const fingerprint::Article& now, std::string_view url_key,
                      match::Sensitivity sensitivity, std::vector<Candidate>* candidates) const {
  const Impl& m = *impl_;
  Found best;
  if (m.live == 0) return best;
  m.near_candidates(now);
  m.term_candidates(now);
  auto consider = [&](std::uint32_t s) {
    if (!(m.recs[s].flags & fingerprint::kRecordLive)) return;
    fingerprint::Similarity sim = fingerprint::compare(now, m.recs[s]);
    match::Judgement j = match::judge(sim, sensitivity);
    if (candidates) candidates->push_back({j.score, j.verdict == match::Verdict::Duplicate, sim});
    if (better_than(j, m.entries[s].seq, best, best.slot < 0 ? 0 : m.entries[best.slot].seq)) {
      best.slot = s;
      best.judgement = j;
      best.similarity = sim;
    }
  };
  for (std::uint32_t s : m.near) consider(s);
  for (std::uint32_t s : m.touched) consider(s);
  std::int64_t same_url = -1;
  if (!url_key.empty()) {
    auto it = m.by_url.find(std::string(url_key));
    if (it != m.by_url.end()) same_url = it->second;
  }
  if (same_url >= 0 && (m.recs[same_url].flags & fingerprint::kRecordLive)) {
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
    if ((m.recs[i].flags & fingerprint::kRecordLive) && m.entries[i].id_json == id_json) {
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
    if ((m.recs[i].flags & fingerprint::kRecordLive) && !url_key.empty() && m.entries[i].url_key == url_key) {
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
    if (!(m.recs[i].flags & fingerprint::kRecordLive)) continue;
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
  b += (m.heads.capacity() + m.minhash_heads.capacity() + m.next.capacity()) * sizeof(std::uint32_t);
  b += m.scratch.capacity() * sizeof(float) + m.agree.capacity();
  return b;
}

}  // namespace winnow::history
