// Shared helpers of the repeated-story tests: small articles as pages.
#pragma once

#include <string>

#include "winnow/extract.h"

namespace story_test {

// A short news article about a storm in `place` in `year`, written by `writer` (0, 1, 2 word
// their sentences differently: a retelling of the same event).
inline std::string storm_text(const std::string& place, int year, int writer) {
  const std::string y = std::to_string(year);
  if (writer == 0)
    return "A violent storm struck " + place + " on Tuesday night, " + y + ", tearing roofs from houses.\n"
           "Mayor Helena Vasquez said three people were injured and 40 homes were damaged in " + place + ".\n"
           "The National Weather Service recorded gusts of 120 kilometres an hour near the harbour.\n"
           "Emergency crews from Carlton County worked through the night to clear fallen trees.\n"
           "Schools in " + place + " will stay closed on Wednesday while engineers inspect the buildings.\n";
  if (writer == 1)
    return "Roofs were ripped off dozens of homes in " + place + " when a fierce storm hit late Tuesday (" + y + ").\n"
           "Three people were hurt, Mayor Helena Vasquez told reporters, and 40 houses need repairs.\n"
           "Gusts reached 120 kilometres an hour by the harbour, according to the National Weather Service.\n"
           "Carlton County crews spent the night removing trees that blocked the roads of " + place + ".\n"
           "Engineers will check school buildings, which remain closed Wednesday.\n";
  return "Storm damage in " + place + ": the mayor, Helena Vasquez, counted 40 damaged homes and three injured residents after Tuesday's storm.\n"
         "The National Weather Service measured wind of 120 kilometres an hour at the harbour of " + place + " in " + y + ".\n"
         "Workers from Carlton County cleared fallen trees overnight; schools stay shut on Wednesday.\n";
}

inline std::string election_text() {
  return "Voters in the republic of Moldavia elected a new parliament on Sunday, with turnout near 61 percent.\n"
         "The Liberal Alliance of Piotr Danescu won 48 of the 101 seats, the electoral commission said.\n"
         "Observers from the OSCE reported minor irregularities at polling stations in the north.\n"
         "Coalition talks between Danescu and the Farmers Union are expected to begin next week.\n";
}

// Another event of the same kind, written otherwise: a flood, not a storm.
inline std::string flood_text() {
  return "The river Aldwater burst its banks at Kettlewick early on Saturday after a week of rain.\n"
         "Firefighters rescued 12 residents by boat from the flooded lower town, officials said.\n"
         "The mill bridge was closed and trains between Kettlewick and Dunmore were cancelled.\n"
         "The Environment Agency warned that water levels would rise again overnight.\n";
}

inline std::string recipe_text() {
  return "Slice four ripe tomatoes and layer them with fresh basil leaves and mozzarella.\n"
         "Drizzle generously with olive oil, season with flaky salt, and rest it for ten minutes.\n"
         "Serve the salad with warm crusty bread and a glass of chilled white wine.\n";
}

inline winnow::Page text_page(const std::string& title, const std::string& text,
                              const std::string& url = "") {
  return winnow::extract_text(title, text, url, nullptr);
}

}  // namespace story_test
