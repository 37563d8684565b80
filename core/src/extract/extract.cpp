// The extraction pipeline: tree -> blocks -> classification -> site templates -> Page.
#include "winnow/extract.h"

#include <unordered_set>

#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/templates.h"
#include "winnow/text.h"
#include "winnow/url.h"

namespace winnow {
namespace {

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Blocks that recur on other pages of the site become `template`; then this page is recorded.
// `bl`: the page's blocks as cut (for their heading level), or null for a text DOC.
void apply_templates(Page& page, const std::vector<blocks::Block>* bl, std::string_view url,
                     templates::Memory* memory) {
  if (!memory || page.blocks.empty()) return;
  std::string site = site_of(url);
  if (site.empty()) return;
  std::uint64_t key = templates::Memory::page_key(url);
  const std::size_t n = page.blocks.size();
  std::vector<std::uint64_t> fps(n);
  std::vector<unsigned> others(n);
  for (std::size_t i = 0; i < n; ++i) {
    fps[i] = templates::Memory::fingerprint(page.blocks[i].text);
    others[i] = memory->other_pages(site, fps[i], key);
  }
  for (std::size_t i = 0; i < n; ++i) {
    Block& b = page.blocks[i];
    // content, or chrome the page alone could only call "other": the recurrence says more
    // (the page's headline recurs as a teaser on the site's other pages, and stays the headline)
    bool open = (b.label == Label::Content || b.kind == Kind::Other) && !b.headline;
    if (others[i] < templates::kMinOtherPages || !open) continue;
    // A heading that introduces this page's own text (the next block is content found on
    // no other page) keeps the page's own verdict: a headline recurs as a teaser on the site's
    // other pages, a formulaic subhead ("What happens next?") across its articles.
    bool heading = bl && i < bl->size() && (*bl)[i].heading != 0;
    if (heading && i + 1 < n && page.blocks[i + 1].label == Label::Content &&
        others[i + 1] < templates::kMinOtherPages)
      continue;
    b.label = Label::Boilerplate;
    b.kind = Kind::Template;
    b.reason = "recurs on " + std::to_string(others[i]) + " other pages of " + site;
  }
  memory->record(site, key, fps);
}

}  // namespace

std::string Page::main_text() const {
  std::string out;
  for (const auto& b : blocks) {
    if (b.label != Label::Content) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

Page extract_tree(const dom::Tree& tree, std::string_view url, templates::Memory* memory) {
  Page page;
  page.url = std::string(url);
  page.canonical = tree.canonical;
  page.title = collapse(tree.title);
  bool cut = false;
  std::vector<blocks::Block> bl = blocks::extract(tree, &cut);
  page.truncated = tree.truncated || cut;
  classify::Result res = classify::classify_page(tree, bl, url);
  page.lang = res.lang;
  page.type = res.type;
  page.kind = res.kind;
  page.blocks.reserve(bl.size());
  for (std::size_t i = 0; i < bl.size(); ++i) {
    Block b;
    b.text = std::move(bl[i].text);
    b.label = res.verdicts[i].label;
    b.kind = res.verdicts[i].label == Label::Content ? Kind::Article : res.verdicts[i].kind;
    b.reason = std::move(res.verdicts[i].reason);
    b.headline = res.verdicts[i].headline;
    dom::NodeId n = bl[i].node;
    b.node = (n != dom::kNone && n < tree.nodes.size() && tree.nodes[n].origin != dom::kNone) ? tree.nodes[n].origin : n;
    page.blocks.push_back(std::move(b));
  }
  apply_templates(page, &bl, url, memory);
  bool any = false;
  for (const auto& b : page.blocks) any |= b.label == Label::Content;
  if (!any && page.type == PageType::Article) page.type = PageType::Other;
  std::vector<bool> heading(bl.size());
  for (std::size_t i = 0; i < bl.size(); ++i) heading[i] = bl[i].heading != 0;
  filler::mark_page(page, heading);
  return page;
}

Page extract_text(std::string_view title, std::string_view text, std::string_view url,
                  templates::Memory* memory) {
  Page page;
  page.url = std::string(url);
  page.title = collapse(title);
  std::vector<blocks::Block> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = collapse(text.substr(start, end - start));
    if (!line.empty()) {
      blocks::Block b;
      b.text = std::move(line);
      b.chars = text::code_points(b.text);
      b.index = static_cast<std::uint32_t>(lines.size());
      lines.push_back(std::move(b));
    }
    start = end + 1;
  }
  classify::Result res = classify::classify_lines(page.title, lines, "");
  page.lang = res.lang;
  page.type = res.type;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Block b;
    b.text = std::move(lines[i].text);
    b.label = res.verdicts[i].label;
    b.kind = b.label == Label::Content ? Kind::Article : res.verdicts[i].kind;
    b.reason = std::move(res.verdicts[i].reason);
    b.node = static_cast<dom::NodeId>(i);
    page.blocks.push_back(std::move(b));
  }
  apply_templates(page, nullptr, url, memory);
  bool any = false;
  for (const auto& b : page.blocks) any |= b.label == Label::Content;
  page.type = any ? PageType::Article : PageType::Other;
  page.kind = any ? PageKind::Article : PageKind::Other;
  filler::mark_page(page, filler::title_like_lines(page));
  return page;
}

}  // namespace winnow
