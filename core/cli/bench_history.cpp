// `winnow bench history`: add and lookup time, bytes per page and index memory for histories
// of 10k and 100k pages. The history is synthesised by perturbing real articles (the gold text
// of the boilerplate development pages): paragraphs dropped, reordered and spliced in from
// other articles, words replaced. Lookups use fresh pages that are not in the index, each
// fingerprinted and looked up once (no result reused).
// Re-posts: the first pages read are real articles; at each size a fresh re-post of each (other
// chrome, a new title, a sentence edited, a paragraph added and one cut) is looked up, with the
// whole synthetic history read in between: every one must be found as a duplicate.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench.h"
#include "jsonl.h"
#include "winnow/extract.h"
#include "winnow/history.h"

namespace winnow::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Article {
  std::string title;
  std::vector<std::string> paras;
};

bool read_articles(const std::string& path, std::vector<Article>& out) {
  std::size_t before = out.size();
  for_each_json_line_in_file(path, [&](const json& j) {
    std::string text;
    if (j.contains("gold_text") && j["gold_text"].is_string()) text = j["gold_text"];
    if (text.empty() && j.contains("with") && j["with"].is_array())
      for (const json& s : j["with"])
        if (s.is_string()) text += s.get<std::string>() + "\n";
    Article a;
    std::istringstream ss(text);
    std::string p;
    while (std::getline(ss, p))
      if (p.size() > 1) a.paras.push_back(p);
    if (a.paras.size() < 2) return;
    a.title = a.paras.front().substr(0, 120);
    out.push_back(std::move(a));
  });
  return out.size() > before;
}

// One synthetic page: a real article, perturbed.
struct Synth {
  const std::vector<Article>& base;
  std::vector<std::string> vocab;
  std::mt19937_64 rng;

  Synth(const std::vector<Article>& b, std::uint64_t seed) : base(b), rng(seed) {
    for (const Article& a : base)
      for (const std::string& p : a.paras) {
        std::istringstream ss(p);
        std::string w;
        while (ss >> w)
          if (vocab.size() < 200000 && (rng() & 7) == 0) vocab.push_back(w);
      }
  }
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng() % n); }

  std::string perturb(const std::string& p) {
    std::istringstream ss(p);
    std::string w, out;
    while (ss >> w) {
      if (pick(100) < 15) w = vocab[pick(vocab.size())];
      if (!out.empty()) out.push_back(' ');
      out += w;
    }
    return out;
  }

  Page next(std::size_t n, std::string& url) {
    const Article& a = base[pick(base.size())];
    std::vector<std::string> paras;
    for (const std::string& p : a.paras)
      if (pick(100) >= 30) paras.push_back(perturb(p));
    for (std::size_t k = 1 + pick(3); k > 0; --k) {
      const Article& o = base[pick(base.size())];
      paras.insert(paras.begin() + static_cast<long>(pick(paras.size() + 1)),
                   perturb(o.paras[pick(o.paras.size())]));
    }
    if (paras.size() > 2) std::swap(paras[pick(paras.size())], paras[pick(paras.size())]);
    std::string text;
    for (const std::string& p : paras) text += p + "\n";
    url = "https://bench.example/" + std::to_string(n) + "-" + std::to_string(rng() % 100000);
    return extract_text(perturb(a.title), text, url, nullptr);
  }
};

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

constexpr std::size_t kReposted = 100;  // real articles read first and re-posted later

Page real_page(const Article& a) {
  std::string text;
  for (const std::string& p : a.paras) text += p + "\n";
  return extract_text(a.title, text, "", nullptr);
}

Page repost_page(const Article& a, const Article& other, std::mt19937_64& rng) {
  std::vector<std::string> paras = a.paras;
  std::string& p = paras[rng() % paras.size()];
  if (std::size_t at = p.find(' ', p.size() / 2); at != std::string::npos) p.insert(at, " reportedly");
  if (paras.size() > 3) paras.erase(paras.begin() + 1 + static_cast<long>(rng() % (paras.size() - 2)));
  paras.insert(paras.begin() + static_cast<long>(rng() % (paras.size() + 1)), other.paras[rng() % other.paras.size()]);
  std::string text = "Share this article\n";
  for (const std::string& q : paras) text += q + "\n";
  text += "Sign up for our newsletter\n";
  return extract_text(a.title + " | Another Site", text, "", nullptr);
}

// Looks up a fresh re-post of each of the first `originals` articles: how many are duplicates,
// and how many name their own original.
void repost_recall(const history::History& h, const std::vector<Article>& originals, std::size_t between) {
  std::mt19937_64 rng(between);
  std::size_t dup = 0, own = 0, seen = 0;
  for (std::size_t i = 0; i < originals.size(); ++i) {
    Page page = repost_page(originals[i], originals[(i + 1) % originals.size()], rng);
    history::Found f = h.lookup(h.fingerprint(page), "", match::Sensitivity::Normal);
    seen += f.matched;
    dup += f.matched && f.judgement.verdict == match::Verdict::Duplicate;
    own += f.slot >= 0 && h.entry(static_cast<std::size_t>(f.slot)).id_json == "\"o" + std::to_string(i) + "\"";
  }
  std::printf("re-posts with %zu pages read in between: %zu of %zu seen before, %zu as duplicates, %zu naming their own original\n",
              between, seen, originals.size(), dup, own);
}

// Reads synthetic pages `n`..`target` into the history, timing each fingerprint and add.
void add_synthetic(history::History& h, Synth& gen, std::size_t& n, std::size_t target, std::vector<double>& fp_ms,
                   std::vector<double>& add_ms) {
  for (; n < target; ++n) {
    std::string url;
    Page page = gen.next(n, url);
    auto t0 = Clock::now();
    fingerprint::Article a = h.fingerprint(page);
    auto t1 = Clock::now();
    history::Entry e;
    e.id_json = "\"b" + std::to_string(n) + "\"";
    e.url = url;
    e.url_key = history::normalize_url(url, "");
    e.title = page.title;
    e.time = 1700000000 + static_cast<std::int64_t>(n);
    h.add(std::move(e), a, true);
    auto t2 = Clock::now();
    fp_ms.push_back(ms(t1 - t0));
    add_ms.push_back(ms(t2 - t1));
    if ((n + 1) % 10000 == 0) std::fprintf(stderr, "bench history: %zu pages added\n", n + 1);
  }
}

// Looks up `queries` fresh pages (another generator: never in the index) and prints the
// figures of a history of `target` pages.
void report_size(const history::History& h, const std::vector<Article>& base, std::size_t target, std::size_t queries,
                 const std::vector<double>& fp_ms, const std::vector<double>& add_ms) {
  Synth qgen(base, 1000 + target);
  std::vector<double> look_ms, qfp_ms;
  std::size_t matched = 0;
  for (std::size_t q = 0; q < queries; ++q) {
    std::string url;
    Page page = qgen.next(10000000 + q, url);
    auto t0 = Clock::now();
    fingerprint::Article a = h.fingerprint(page);
    auto t1 = Clock::now();
    history::Found f = h.lookup(a, history::normalize_url(url, ""), match::Sensitivity::Normal);
    auto t2 = Clock::now();
    matched += f.matched;
    qfp_ms.push_back(ms(t1 - t0));
    look_ms.push_back(ms(t2 - t1));
  }
  std::string bytes = h.serialize();
  std::size_t index = h.index_bytes();
  std::printf(
      "pages %zu: add median %.4f ms p95 %.4f ms (fingerprint median %.3f ms); "
      "lookup median %.4f ms p95 %.4f ms (fingerprint median %.3f ms, %zu of %zu matched); "
      "serialised %.1f bytes/page (records %zu bytes + URL, title, id); "
      "index memory %.1f MB = %.1f bytes/page\n",
      target, percentile(add_ms, 0.5), percentile(add_ms, 0.95), percentile(fp_ms, 0.5), percentile(look_ms, 0.5),
      percentile(look_ms, 0.95), percentile(qfp_ms, 0.5), matched, queries,
      static_cast<double>(bytes.size()) / target, sizeof(fingerprint::Record),
      static_cast<double>(index) / 1e6, static_cast<double>(index) / target);
}

// The base articles of the --data file (or the shared ScrapingHub and trafilatura sets).
std::vector<Article> base_articles(const std::string& data) {
  std::vector<std::string> files;
  if (data.empty())
    files = {"../shared/eval/boilerplate/scrapinghub.jsonl.gz",
             "../shared/eval/boilerplate/trafilatura_eval.jsonl.gz"};
  else
    files = {data};
  std::vector<Article> base;
  for (const std::string& f : files)
    if (!read_articles(f, base)) std::fprintf(stderr, "bench history: no articles in %s\n", f.c_str());
  return base;
}

}  // namespace

int bench_history(int argc, char** argv) {
  std::string sizes_arg = flag_value(argc, argv, "--sizes");
  if (sizes_arg.empty()) sizes_arg = "10000,100000";
  std::size_t queries = 1000;
  if (std::string q = flag_value(argc, argv, "--queries"); !q.empty()) queries = std::stoul(q);
  std::vector<Article> base = base_articles(flag_value(argc, argv, "--data"));
  if (base.empty()) return 1;
  std::vector<std::size_t> sizes;
  std::stringstream ss(sizes_arg);
  for (std::string s; std::getline(ss, s, ',');) sizes.push_back(std::stoul(s));
  std::sort(sizes.begin(), sizes.end());

  // The re-posted originals are kept out of the synthetic pages: those are perturbed copies of
  // their base articles, and copies read as new stories would teach the chrome memory that the
  // originals' paragraphs are site chrome.
  std::vector<Article> originals, others;
  for (Article& a : base)
    (a.paras.size() >= 5 && originals.size() < kReposted ? originals : others).push_back(std::move(a));
  base = std::move(others);
  std::printf("winnow bench history: %zu base articles (%zu more re-posted), record %zu bytes\n", base.size(),
              originals.size(), sizeof(fingerprint::Record));
  history::History h;
  Synth gen(base, 42);
  std::vector<double> fp_ms, add_ms;
  std::size_t n = 0;
  for (const Article& a : originals) {
    history::Entry e;
    e.id_json = "\"o" + std::to_string(n) + "\"";
    e.time = 1700000000 + static_cast<std::int64_t>(n);
    h.add(std::move(e), h.fingerprint(real_page(a)), true);
    ++n;
  }
  for (std::size_t target : sizes) {
    add_synthetic(h, gen, n, target, fp_ms, add_ms);
    report_size(h, base, target, queries, fp_ms, add_ms);
    repost_recall(h, originals, target - originals.size());
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace winnow::cli
