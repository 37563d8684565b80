// The hostile cases of adversarial_pages.h.
#include "adversarial_pages.h"

#include "winnow/history.h"

namespace winnow::cli {
namespace {

constexpr char kRS = '\x1e', kUS = '\x1f';

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string page(std::string_view title, std::string_view body) {
  return "<!doctype html><html lang=en><head><title>" + std::string(title) + "</title></head><body>" +
         std::string(body) + "</body></html>";
}

const char* kProse =
    "The council met on Tuesday to discuss the new bridge, and the mayor said the work would "
    "start in the spring after the river had fallen to its summer level. ";

// A title of a's and a heading of a's ending in b: std::string::find compares the whole
// heading from every start in the title.
std::string title_find_html() {
  std::string body = "<h1>" + repeat("a", 1'000'000) + "b</h1><article>" + repeat("<p>" + std::string(kProse) + "</p>", 40) +
                     "</article>";
  return page(repeat("a", 3'500'000), body);
}

// The content script's snapshot (winnow/snapshot.h), record by record.
struct Snapshot {
  std::string s;
  Snapshot(std::string_view url, std::string_view title) {
    s = "W1" + std::string(1, kUS) + std::string(url) + kUS + "en" + kUS + std::string(title) + kUS;
  }
  void element(std::size_t depth, std::string_view tag) {
    s += kRS;
    s += 'E';
    s += kUS;
    s += std::to_string(depth);
    s += kUS;
    s += tag;
    s += std::string(5, kUS);
  }
  void text(std::size_t depth, std::string_view t) {
    s += kRS;
    s += 'T';
    s += kUS;
    s += std::to_string(depth);
    s += kUS;
    s += t;
  }
};

std::string title_find_snapshot() {
  Snapshot snap("https://hostile.example/a", repeat("a", 1'000'000));
  snap.element(0, "html");
  snap.element(1, "body");
  snap.element(2, "h1");
  snap.text(3, repeat("a", 500'000) + "b");
  for (int i = 0; i < 40; ++i) {
    snap.element(2, "p");
    snap.text(3, kProse);
  }
  return snap.s;
}

std::string long_title_headings() {
  std::string body;
  for (int i = 0; i < 5000; ++i) body += "<h2>" + repeat("a", 199) + "b</h2><p>" + kProse + "</p>";
  return page(repeat("a", 1 << 20), body);
}

std::string unclosed_formatting() { return page("Unclosed", repeat("<b><i><a>word ", 20'000) + "<p>" + kProse); }

std::string nested_tables() { return page("Tables", repeat("<table><tr><td>", 5000) + kProse); }

std::string nested_divs() { return page("Divs", repeat("<div>", 100'000) + "<p>" + kProse + "</p>"); }

std::string nested_divs_snapshot() {
  Snapshot snap("https://hostile.example/d", "Divs");
  for (std::size_t d = 0; d < 100'000; ++d) snap.element(d, d ? "div" : "html");
  snap.text(100'000, kProse);
  return snap.s;
}

std::string siblings_snapshot() {
  Snapshot snap("https://hostile.example/s", "Siblings");
  snap.element(0, "html");
  snap.element(1, "body");
  for (int i = 0; i < 100'000; ++i) {
    snap.element(2, "p");
    snap.text(3, "Item " + std::to_string(i) + " of the list, with a few words.");
  }
  return snap.s;
}

// A 20 MB page as a browser would see it: sections of prose and links.
std::string big_snapshot() {
  Snapshot snap("https://hostile.example/b", "A twenty-megabyte page");
  snap.element(0, "html");
  snap.element(1, "body");
  snap.element(2, "article");
  for (int i = 0; snap.s.size() < (20u << 20); ++i) {
    snap.element(3, "div");
    snap.element(4, "h2");
    snap.text(5, "Section " + std::to_string(i));
    snap.element(4, "p");
    snap.text(5, std::string(kProse) + kProse);
    snap.element(4, "a");
    snap.text(5, "Read more");
  }
  return snap.s;
}

std::string siblings() {
  std::string body;
  for (int i = 0; i < 100'000; ++i) body += "<p>Item " + std::to_string(i) + " of the list, with a few words.</p>";
  return page("Siblings", body);
}

std::string big_page() {
  std::string body;
  for (int i = 0; body.size() < (20u << 20); ++i)
    body += "<div class=\"post\"><h2>Section " + std::to_string(i) + "</h2><p>" + kProse + kProse + "</p><p><a href=\"/x" +
            std::to_string(i) + "\">Read more</a></p></div>";
  return page("A twenty-megabyte page", "<article>" + body + "</article>");
}

// A valid empty history followed by 2 MB of record markers whose lengths all reach far ahead
// and whose checksums all fail: a reader that checks each candidate from scratch re-reads
// up to a megabyte per marker.
std::string history_resync() {
  std::string s = history::History().serialize();
  const std::size_t size = 2u << 20, start = s.size();
  s.resize(start + size, 'x');
  for (std::size_t at = start; at + 12 <= s.size(); at += 8) {
    std::uint32_t len = static_cast<std::uint32_t>(std::min<std::size_t>(s.size() - at - 12, (1u << 20) - 1));
    s.replace(at, 4, "WREC");
    for (int k = 0; k < 4; ++k) s[at + 4 + k] = static_cast<char>(len >> (8 * k));
  }
  return s;
}

}  // namespace

const std::vector<HostileCase>& hostile_cases() {
  using D = HostileCase::Door;
  static const std::vector<HostileCase> kCases = {
      {"title-find-html", "4.5 MB page: 3.5 MB title of a's, a 1 MB heading of a's ending in b", D::Html, title_find_html},
      {"title-find-snapshot", "1.5M-character snapshot crafted the same way", D::Snapshot, title_find_snapshot},
      {"long-title-headings", "1 MB title and 5,000 headings", D::Html, long_title_headings},
      {"unclosed-formatting", "<b><i><a> x 20,000, never closed (300 KB)", D::Html, unclosed_formatting},
      {"nested-tables", "5,000 nested tables", D::Html, nested_tables},
      {"nested-divs", "100,000 nested <div>", D::Html, nested_divs},
      {"nested-divs-snapshot", "a snapshot 100,000 elements deep", D::Snapshot, nested_divs_snapshot},
      {"siblings", "100,000 sibling paragraphs", D::Html, siblings},
      {"siblings-snapshot", "100,000 sibling paragraphs as a snapshot", D::Snapshot, siblings_snapshot},
      {"big-page", "a 20 MB page", D::Html, big_page},
      {"big-snapshot", "a 20 MB snapshot", D::Snapshot, big_snapshot},
      {"history-resync", "2 MB history file of record markers with failing checksums", D::History, history_resync},
  };
  return kCases;
}

}  // namespace winnow::cli
