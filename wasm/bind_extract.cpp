// Embind bindings for boilerplate marking (issue 3). One string crosses per call: the content
// script's snapshot in, the core's own JSON answer (winnow::to_json, byte-identical to
// `winnow extract`'s, with "id": null) out. Each block carries "node", the snapshot element
// index the content script maps back to its element.
//
//   Module.extractSnapshot(snapshot)            -> JSON string
//   Module.extractText(title, text, url)        -> JSON string (text DOC, pasted chrome judged)
//   const t = new Module.TemplateMemory();      site-template memory, kept by the extension
//   t.load(uint8Array) -> bool  (false: corrupt or unknown bytes, memory left empty; t.error())
//   t.extractSnapshot(snapshot) -> JSON string  (reads and updates the memory)
//   t.save() -> Uint8Array      (versioned, checksummed bytes to persist)
//   t.sites(), t.blocks(), t.clear(), t.delete()
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "winnow/extract.h"
#include "winnow/templates.h"

namespace {

using emscripten::val;

std::string extract_snapshot_json(const std::string& snapshot) {
  return winnow::to_json(winnow::extract_snapshot(snapshot, nullptr), "null");
}

std::string extract_text_json(const std::string& title, const std::string& text, const std::string& url) {
  return winnow::to_json(winnow::extract_text(title, text, url, nullptr), "null");
}

class TemplateMemory {
 public:
  bool load(const val& bytes) {
    std::string buf;
    const unsigned n = bytes["length"].as<unsigned>();
    buf.resize(n);
    if (n) val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(buf.data()))).call<void>("set", bytes);
    error_.clear();
    return memory_.deserialize(buf, &error_);
  }
  val save() const {
    std::string b = memory_.serialize();
    val view(emscripten::typed_memory_view(b.size(), reinterpret_cast<const unsigned char*>(b.data())));
    return view.call<val>("slice");  // a copy owned by JS
  }
  std::string extract_snapshot(const std::string& snapshot) {
    return winnow::to_json(winnow::extract_snapshot(snapshot, &memory_), "null");
  }
  std::string error() const { return error_; }
  double sites() const { return static_cast<double>(memory_.sites()); }
  double blocks() const { return static_cast<double>(memory_.blocks()); }
  void clear() { memory_.clear(); }

 private:
  winnow::templates::Memory memory_;
  std::string error_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(winnow_extract) {
  emscripten::function("extractSnapshot", &extract_snapshot_json);
  emscripten::function("extractText", &extract_text_json);
  emscripten::class_<TemplateMemory>("TemplateMemory")
      .constructor<>()
      .function("load", &TemplateMemory::load)
      .function("save", &TemplateMemory::save)
      .function("extractSnapshot", &TemplateMemory::extract_snapshot)
      .function("error", &TemplateMemory::error)
      .function("sites", &TemplateMemory::sites)
      .function("blocks", &TemplateMemory::blocks)
      .function("clear", &TemplateMemory::clear);
}
