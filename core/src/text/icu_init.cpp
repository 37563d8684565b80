// ICU start-up: hands ICU the trimmed data compiled into the binary (share/winnow_icudata.c of
// scripts/build-icu.sh) and forbids file access, so the native tool and the wasm module run on
// exactly the same data and never pick up a system ICU data file.
#include <mutex>
#include <string>

#include <unicode/uclean.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

#include "text/icu_util.h"
#include "winnow/text.h"

// The data array written by `genccode -e winnow_icudata` (a struct of a double and the bytes;
// ICU skips the double itself).
extern "C" const char winnow_icudata_dat[];

namespace winnow::text {

namespace {
std::once_flag g_once;
UErrorCode g_status = U_ZERO_ERROR;
}  // namespace

void init() {
  std::call_once(g_once, [] {
    UErrorCode st = U_ZERO_ERROR;
    udata_setCommonData(winnow_icudata_dat, &st);
    if (U_SUCCESS(st)) udata_setFileAccess(UDATA_NO_FILES, &st);
    g_status = st;
  });
}

bool icu_ready() {
  init();
  return U_SUCCESS(g_status);
}

std::string icu_version() {
  init();
  std::string v = U_ICU_VERSION;
  // The data recipe: scripts/build-icu.sh writes it into the trimmed brkitr/root bundle.
  UErrorCode st = U_ZERO_ERROR;
  UResourceBundle* rb = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "root", &st);
  int32_t len = 0;
  const UChar* s = U_SUCCESS(st) ? ures_getStringByKey(rb, "Version", &len, &st) : nullptr;
  v += " data ";
  if (U_SUCCESS(st) && s) {
    for (int32_t i = 0; i < len; ++i) v += s[i] < 0x80 ? static_cast<char>(s[i]) : '?';
  } else {
    v += U_SUCCESS(g_status) ? "unknown" : u_errorName(g_status);
  }
  ures_close(rb);
  return v;
}

}  // namespace winnow::text
