// Language from the page's own words: stopword hits per language, and the script for Han,
// kana and Hangul text. A declared lang is kept unless the text clearly says otherwise
// (templates often ship lang="en" on pages written in other languages).
#include "classify/settings.h"
#include "classify/text_stats.h"
#include "winnow/classify.h"

namespace winnow::classify {

std::string detect_language(const std::vector<blocks::Block>& blocks, std::string_view declared) {
  std::vector<WordCounts> cache(blocks.size());
  return detect_language(blocks, declared, {}, cache);
}

std::string detect_language(const std::vector<blocks::Block>& blocks, std::string_view declared,
                            const std::vector<std::uint32_t>& first, std::vector<WordCounts>& cache) {
  if (cache.size() < blocks.size()) cache.resize(blocks.size());
  auto evidence = [&](std::size_t i, std::vector<std::uint32_t>& hits) {
    language_evidence(block_counts(blocks, first, cache, i), hits);
  };
  const auto& lists = stopword_lists();
  const std::size_t n = lists.size();
  std::vector<std::uint32_t> hits(n + 3, 0);
  std::size_t sampled = 0;
  // Prose first: link-heavy blocks (menus) say little about the article's language.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto& b = blocks[i];
    if (b.link_density() > 0.5 || b.chars < 20) continue;
    evidence(i, hits);
    sampled += b.text.size();
    if (sampled > settings::kLanguageSampleChars) break;
  }
  if (sampled == 0)
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const auto& b = blocks[i];
      evidence(i, hits);
      sampled += b.text.size();
      if (sampled > settings::kLanguageSampleChars) break;
    }
  std::uint32_t cjk = hits[n], kana = hits[n + 1], hangul = hits[n + 2];
  std::size_t best = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (hits[i] > hits[best]) best = i;
  std::uint32_t latin_best = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (std::string_view(lists[i].lang) != "zh" && std::string_view(lists[i].lang) != "ja")
      latin_best = std::max(latin_best, hits[i]);

  std::string detected;
  if (hangul > 50 && hangul > cjk) detected = "ko";
  else if (cjk > 50 && cjk > 2 * latin_best) detected = kana * 10 >= cjk ? "ja" : "zh";
  else if (hits[best] >= settings::kLanguageMinHits) detected = lists[best].lang;

  int di = language_index(declared);
  if (di >= 0) {
    std::string_view dl = lists[di].lang;
    bool cjk_declared = dl == "zh" || dl == "ja";
    bool consistent = cjk_declared ? (detected == "zh" || detected == "ja" || detected.empty())
                                   : (detected.empty() || hits[di] >= settings::kDeclaredLanguageRatio * hits[best]);
    if (consistent) return std::string(dl);
  }
  if (!detected.empty()) return detected;
  // an unsupported declared language (e.g. "ko", "id") is still worth reporting
  std::size_t dash = declared.find_first_of("-_");
  return fold(declared.substr(0, dash));
}

}  // namespace winnow::classify
