// Stance toward each actor, from the actors aspect's mentions (names, pronouns, descriptions);
// actors of interest; and the fallback without an actors result.
#include "sentiment_support.hpp"

#include <algorithm>

using namespace sentiment_test;

namespace {

using Mentions = std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>;

// An actors result as the actors plugin would give it: one item per actor, its evidence every
// occurrence of each of its surface forms.
AspectResult actors_for(const Document &doc, const Mentions &actors) {
  AspectResult r;
  r.aspect = "actors";
  r.provenance.plugin = "actors";
  r.provenance.version = "1.0.0";
  for (const auto &[key, label, surfaces] : actors) {
    aspectdiff::model::Item item;
    item.key = key;
    item.label = label;
    item.category = "person";
    for (const auto &surface : surfaces)
      for (std::size_t at = doc.text.find(surface); at != std::string::npos;
           at = doc.text.find(surface, at + 1))
        item.evidence.push_back(
            {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + surface.size())});
    std::sort(item.evidence.begin(), item.evidence.end(),
              [](const auto &x, const auto &y) { return x.begin < y.begin; });
    item.count = item.evidence.size();
    item.weight = 0.5;
    r.items.push_back(std::move(item));
  }
  return r;
}

std::string attribute_of(const aspectdiff::model::Item &item, std::string_view key) {
  for (const auto &[k, v] : item.attributes)
    if (k == key) return v;
  return {};
}

// The stance toward each named actor of a one-sentence text.
double stance_of(const std::string &text, const std::string &key, const Mentions &actors,
                 std::string_view config = "") {
  const auto doc = make_document(text);
  const auto r = sentiment_of(doc, config, {actors_for(doc, actors)});
  const auto *item = item_of(r, key);
  INFO(text << " / " << key);
  REQUIRE(item != nullptr);
  return item->weight;
}

// The stance model's features of each mention (the fitting tool's view).
std::vector<std::string> features_of(const std::string &text, const std::string &key,
                                     const Mentions &actors) {
  const auto doc = make_document(text);
  const auto r = sentiment_of(doc, "emit_target_features = true\n", {actors_for(doc, actors)});
  const auto *item = item_of(r, key + "#0");
  INFO(text << " / " << key);
  REQUIRE(item != nullptr);
  CHECK(item->category == "target-features");
  std::vector<std::string> names;
  const std::string lines = attribute_of(*item, "features");
  for (std::size_t at = 0; at < lines.size();) {
    const auto end = lines.find('\n', at);
    const auto tab = lines.find('\t', at);
    names.push_back(lines.substr(tab + 1, end - tab - 1));
    at = end + 1;
  }
  return names;
}

bool holds(const std::vector<std::string> &names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

const Mentions smith_and_jones = {{"person:smith", "Smith", {"Smith"}},
                                  {"person:jones", "Jones", {"Jones"}}};

} // namespace

TEST_CASE("stance: the agent and the patient of a loaded verb are told apart",
          "[sentiment][stance]") {
  const std::string attack = "Smith brutally attacked Jones on Tuesday.";
  const auto agent = features_of(attack, "person:smith", smith_and_jones);
  CHECK(holds(agent, "agent|attacked"));
  const auto patient = features_of(attack, "person:jones", smith_and_jones);
  CHECK_FALSE(holds(patient, "agent|attacked"));
  CHECK(holds(patient, "L1|attacked"));

  const auto passive = features_of("Jones was praised by the committee.", "person:jones",
                                   {{"person:jones", "Jones", {"Jones"}}});
  CHECK(holds(passive, "passive|praised"));
  CHECK(holds(passive, "patient.passive"));
  const auto critics = features_of("Critics of Jones spoke out on Tuesday.", "person:jones",
                                   {{"person:jones", "Jones", {"Jones"}}});
  CHECK(holds(critics, "prep|critics of"));

  // What the fitted model makes of it: praised is good for Jones, an invader is blamed.
  CHECK(stance_of("Jones was praised by the committee for her courage.", "person:jones",
                  {{"person:jones", "Jones", {"Jones"}}}) > 0.2);
  CHECK(stance_of("Smith invaded the country and killed hundreds of civilians.", "person:smith",
                  {{"person:smith", "Smith", {"Smith"}}}) < -0.2);
}

TEST_CASE("stance: the speaker's own words are not sentiment toward the speaker",
          "[sentiment][stance]") {
  const Mentions smith = {{"person:smith", "Smith", {"Smith"}}};
  const std::string said = "Smith said the deal was a disgrace and a disaster.";
  const auto features = features_of(said, "person:smith", smith);
  CHECK(holds(features, "target.speaker"));
  CHECK(holds(features, "lex.quote.neg"));
  CHECK_FALSE(holds(features, "lex.same.after.near.neg"));
  const double speaking = stance_of(said, "person:smith", smith);
  const double judged = stance_of("Smith is a disgrace and a disaster.", "person:smith", smith);
  CHECK(judged < -0.3);
  CHECK(speaking > judged + 0.2);
}

TEST_CASE("stance: two targets of opposite polarity in one sentence", "[sentiment][stance]") {
  const std::string text = "The heroic Smith was widely admired, while the corrupt Jones was "
                           "jailed for fraud.";
  const double smith = stance_of(text, "person:smith", smith_and_jones);
  const double jones = stance_of(text, "person:jones", smith_and_jones);
  CHECK(smith > 0.0);
  CHECK(jones < 0.0);
  CHECK(smith - jones > 0.3);
  // The other target's words are marked as nearer to it.
  CHECK(holds(features_of(text, "person:smith", smith_and_jones), "lex.theirs.neg"));
}

TEST_CASE("stance: a pronoun the actors aspect links to an actor counts for it",
          "[sentiment][stance]") {
  const auto doc = make_document("Smith arrived in the capital on Monday. She was warmly "
                                 "welcomed and praised for her courage.");
  const auto r =
      sentiment_of(doc, "", {actors_for(doc, {{"person:smith", "Smith", {"Smith", "She"}}})});
  const auto *smith = item_of(r, "person:smith");
  REQUIRE(smith != nullptr);
  CHECK(smith->category == "actor");
  CHECK(smith->count == 2);
  CHECK(attribute_of(*smith, "mentions") == "2");
  CHECK(smith->weight > 0.0);
  // The pronoun's sentence is the one that weighs most, and is quoted.
  REQUIRE_FALSE(smith->evidence.empty());
  CHECK(text_of(doc, smith->evidence[0]).find("praised") != std::string::npos);
  // Per-mention values for the host's bootstrap, each in its sentence.
  const auto *metric = r.metric("stance:person:smith");
  REQUIRE(metric != nullptr);
  REQUIRE(metric->sentence_values.size() == 2);
  CHECK(metric->sentence_index == std::vector<std::uint32_t>{0, 1});
  CHECK(metric->sentence_values[1] > metric->sentence_values[0]);
  CHECK(metric->value == Approx((metric->sentence_values[0] + metric->sentence_values[1]) / 2));
}

TEST_CASE("stance: an actor of interest the document does not name is absent, not neutral",
          "[sentiment][stance]") {
  const auto doc = make_document("Smith praised the new bridge.");
  const auto r = sentiment_of(doc, "actors_of_interest = [\"Xi Jinping\", \"Smith\"]\n",
                              {actors_for(doc, {{"person:smith", "Smith", {"Smith"}}})});
  const auto *xi = item_of(r, "interest:Xi Jinping");
  REQUIRE(xi != nullptr);
  CHECK(attribute_of(*xi, "present") == "no");
  CHECK(attribute_of(*xi, "of_interest") == "yes");
  CHECK(xi->count == 0);
  CHECK(r.metric("stance:interest:Xi Jinping") == nullptr);
  // An actor of interest the actors aspect lists is marked so, under its own key.
  const auto *smith = item_of(r, "person:smith");
  REQUIRE(smith != nullptr);
  CHECK(attribute_of(*smith, "of_interest") == "yes");
  CHECK(attribute_of(*smith, "present") == "yes");
}

TEST_CASE("stance: without an actors result, actors of interest are found by name",
          "[sentiment][stance]") {
  const auto doc = make_document("Vladimir Putin launched a brutal and illegal invasion. "
                                 "Critics condemned Putin for the atrocities.");
  const auto r = sentiment_of(doc, "actors_of_interest = [\"Vladimir Putin\"]\n");
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("actors") != std::string::npos);
  const auto *putin = item_of(r, "interest:Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->count == 2); // the full name, then the surname alone
  CHECK(putin->weight < -0.2);
  CHECK(attribute_of(*putin, "present") == "yes");

  // With no actors result and no actors of interest there is no actor at all.
  const auto plain = sentiment_of(doc);
  CHECK(metric_of(plain, "score") < 0.0);
  REQUIRE(plain.notes.size() == 1);
  CHECK(std::none_of(plain.items.begin(), plain.items.end(),
                     [](const auto &item) { return item.category == "actor"; }));
}

TEST_CASE("stance: a state and its leaders are also scored together, as one side",
          "[sentiment][stance]") {
  const auto doc =
      make_document("Russia launched a brutal invasion. Putin was condemned for the atrocities. "
                    "Critics of Russia demanded sanctions. Macron praised the brave defenders. "
                    "France welcomed the refugees.");
  auto actors = actors_for(doc, {{"state:RU", "Russia", {"Russia"}},
                                 {"person:vladimir-putin", "Vladimir Putin", {"Putin"}},
                                 {"person:emmanuel-macron", "Emmanuel Macron", {"Macron"}}});
  actors.items[0].category = "state";
  actors.items[1].attributes.push_back({"state", "RU"});
  actors.items[2].attributes.push_back({"state", "FR"});
  const auto r = sentiment_of(doc, "", {actors});

  const auto *russia = item_of(r, "state:RU");
  const auto *putin = item_of(r, "person:vladimir-putin");
  const auto *side = item_of(r, "side:RU");
  REQUIRE(russia != nullptr);
  REQUIRE(putin != nullptr);
  REQUIRE(side != nullptr);
  CHECK(side->label == "Russia and its leaders");
  CHECK(side->count == russia->count + putin->count);
  CHECK(side->weight < 0.0);
  // Its mean is over the members' mentions together.
  const double pooled = (russia->weight * static_cast<double>(russia->count) +
                         putin->weight * static_cast<double>(putin->count)) /
                        static_cast<double>(side->count);
  CHECK(side->weight == Approx(pooled).margin(1e-6));
  const auto *metric = r.metric("stance:side:RU");
  REQUIRE(metric != nullptr);
  CHECK(metric->sentence_values.size() == 3); // three sentences name Russia or Putin

  // France is named without any of its leaders (Macron's state is France, but France's own
  // entry is not among the actors here): no side.
  CHECK(item_of(r, "side:FR") == nullptr);
}
