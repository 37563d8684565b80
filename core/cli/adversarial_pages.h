// Hostile inputs for `winnow bench adversarial` and the wasm timing test: pages, snapshots and
// history files crafted against the core's parsers and matchers (each case names what it
// attacks). Deterministic: the same bytes on every run.
#pragma once

#include <string>
#include <vector>

namespace winnow::cli {

struct HostileCase {
  enum class Door { Html, Snapshot, History };
  std::string name;
  std::string what;  // what it attacks, for the report
  Door door;
  std::string (*make)();  // the input bytes (made in the process that times them)
};

// Every case, in report order.
const std::vector<HostileCase>& hostile_cases();

}  // namespace winnow::cli
