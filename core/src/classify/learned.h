// The learned pass over the structural rules' verdicts: the page's kind from the page-type
// model, then every block content or boilerplate from the block model (model_data.inc).
#pragma once

#include "classify/features.h"

namespace winnow::classify {

// Overwrites r.verdicts' labels where the model disagrees with the rules, and sets r.kind and
// r.type. Fills `dump` with the feature rows when given.
void apply_learned(const RuleView& view, Result& r, FeatureRows* dump);

// True when the generated tables were trained on the columns features.cpp writes today.
bool model_matches_features();

}  // namespace winnow::classify
