#include "cli/new_plugin_templates.hpp"

namespace aspectdiff::cli {

namespace {

// Shared by both languages: the build of the test, which is C++ whatever the plugin is written
// in, and is built only when Catch2 is installed.
constexpr std::string_view test_cmake = R"~(
# The test loads the built plugin with aspectdiff/testing.hpp (Catch2 2.x, as Debian packages it).
find_package(Catch2 2 QUIET)
if(Catch2_FOUND)
  enable_language(CXX)
  enable_testing()
  add_executable(@NAME@_test tests/@NAME@_test.cpp)
  set_target_properties(@NAME@_test PROPERTIES CXX_STANDARD 20 CXX_STANDARD_REQUIRED ON)
  target_link_libraries(@NAME@_test PRIVATE aspectdiff::sdk Catch2::Catch2 ${CMAKE_DL_LIBS})
  target_compile_definitions(@NAME@_test PRIVATE
    PLUGIN_PATH="$<TARGET_FILE:aspectdiff_plugin_@NAME@>")
  add_dependencies(@NAME@_test aspectdiff_plugin_@NAME@)
  add_test(NAME @NAME@_test COMMAND @NAME@_test)
else()
  message(STATUS "Catch2 not found: the test is not built (Debian: apt install catch2)")
endif()
)~";

constexpr std::string_view test_source =
    R"~(// Tests of the @NAME@ plugin, run on the built library as the host would load it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <aspectdiff/testing.hpp>

namespace adt = aspectdiff::testing;

TEST_CASE("@NAME@ gives the share of sentences that are questions, with the questions as evidence") {
  const adt::Plugin plugin(PLUGIN_PATH);
  CHECK(std::string(plugin.descriptor().name) == "@NAME@");
  const auto r = plugin.run("Is it true? It is. Who said so? Nobody did.");
  const auto *share = r.metric("question_share");
  REQUIRE(share != nullptr);
  CHECK(share->value == Approx(0.5));
  CHECK(share->sentence_values == std::vector<double>{1, 0, 1, 0});
  CHECK(r.spans_valid());
  const auto *questions = r.item("questions");
  REQUIRE(questions != nullptr);
  CHECK(questions->count == 2);
  CHECK(r.quotes(*questions) == std::vector<std::string>{"Is it true?", "Who said so?"});
}

TEST_CASE("@NAME@ reads its settings") {
  // Sentences shorter than min_words are left out: only the four-word statement remains.
  const adt::Plugin plugin(PLUGIN_PATH, {{"min_words", 4}});
  const auto r = plugin.run("Is it true? It is quite so.");
  REQUIRE(r.metric("question_share") != nullptr);
  CHECK(r.metric("question_share")->value == 0.0);
  CHECK_THROWS_AS((adt::Plugin(PLUGIN_PATH, {{"min_words", 0}})), adt::PluginError);
}

TEST_CASE("@NAME@ says so when there is nothing to measure") {
  const adt::Plugin plugin(PLUGIN_PATH);
  const auto r = plugin.run("");
  CHECK(r.metrics.empty());
  CHECK(r.notes.size() == 1);
}
)~";

constexpr std::string_view readme = R"~(# @NAME@

An aspectdiff plugin: the share of sentences that ask a question, with the questions as evidence
and one value per sentence (1 for a question, 0 otherwise) so that the host can put a 95%
interval on a difference. Replace the measurement with yours; keep the rules in the SDK's
README (spans inside the text, one value per sentence on the metric's scale, read-only state).

Build against an installed aspectdiff (PREFIX is where `cmake --install` put it), test, check:

```sh
cmake -S . -B build -DCMAKE_PREFIX_PATH=PREFIX
cmake --build build
ctest --test-dir build                         # the tests in tests/ (needs Catch2)
aspectdiff check-plugin build/plugins/@NAME@.so  # the host's conformance checks
aspectdiff extract --plugin-dir build/plugins some.txt
```

Settings (`[plugins.@NAME@]` in aspectdiff.toml): `min_words` (default 1), the fewest words a
sentence needs to be counted.
)~";

constexpr std::string_view cpp_cmake =
    R"~(# The @NAME@ plugin, built out of tree against the installed aspectdiff SDK:
#   cmake -S . -B build -DCMAKE_PREFIX_PATH=<aspectdiff install prefix> && cmake --build build
# The plugin lands in build/plugins/@NAME@.so.
cmake_minimum_required(VERSION 3.25)
project(@NAME@_plugin VERSION 0.1.0 LANGUAGES CXX)

find_package(aspectdiff-sdk 0.1 REQUIRED)
aspectdiff_add_plugin(NAME @NAME@ SOURCES src/@NAME@.cpp)
)~";

constexpr std::string_view cpp_source = R"~(// @NAME@: the share of sentences that ask a question.
#include <aspectdiff/sdk.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

namespace @NAME@_plugin {

using namespace aspectdiff;

class Plugin {
public:
  static constexpr sdk::PluginInfo info{
      .name = "@NAME@",
      .version = "0.1.0",
      .aspect = "@NAME@",
      .summary = "Share of sentences that ask a question",
      .languages = "*",
      .default_config = "# Sentences with fewer words are not counted.\nmin_words = 1\n"};

  // Settings are read once; the object is read-only afterwards, as extract() runs on several
  // documents at once.
  explicit Plugin(const sdk::Config &config) {
    const double words = config.get_number("min_words", 1);
    if (words < 1 || std::floor(words) != words)
      throw sdk::ConfigError("setting 'min_words' must be a whole number of at least 1");
    min_words_ = static_cast<std::uint32_t>(words);
  }

  void extract(const sdk::Document &doc, const sdk::Inputs &, const sdk::ResultWriter &out) const {
    std::vector<double> values;          // one per counted sentence: 1 question, 0 not
    std::vector<std::uint32_t> sentence; // which sentence each value belongs to
    std::vector<sdk::Span> questions;
    const auto sentences = doc.sentences();
    for (std::uint32_t i = 0; i < sentences.size(); ++i) {
      const auto tokens = doc.tokens_of(sentences[i]);
      std::uint32_t words = 0;
      for (const auto &t : tokens)
        words += sdk::has(t, ASPECTDIFF_TOKEN_WORD) || sdk::has(t, ASPECTDIFF_TOKEN_NUMERIC);
      if (words < min_words_) continue;
      const bool question =
          !tokens.empty() && doc.surface(tokens.back()).find('?') != std::string_view::npos;
      values.push_back(question ? 1.0 : 0.0);
      sentence.push_back(i);
      if (question) questions.push_back(sdk::Document::span_of(sentences[i]));
    }
    if (values.empty()) {
      out.note("no sentence long enough to count");
      return;
    }
    const double share = static_cast<double>(questions.size()) / static_cast<double>(values.size());
    out.metric({.name = "question_share",
                .value = share,
                .kind = sdk::MetricKind::proportion,
                .label = "share of sentences that are questions",
                .evidence = questions,
                .sentence_values = values,
                .sentence_index = sentence});
    out.item({.key = "questions",
              .label = "questions",
              .category = "sentence",
              .weight = share,
              .count = questions.size(),
              .evidence = questions});
  }

private:
  std::uint32_t min_words_ = 1;
};

} // namespace @NAME@_plugin

ASPECTDIFF_PLUGIN(@NAME@, @NAME@_plugin::Plugin)
)~";

constexpr std::string_view c_cmake =
    R"~(# The @NAME@ plugin, in C, built out of tree against the installed aspectdiff SDK:
#   cmake -S . -B build -DCMAKE_PREFIX_PATH=<aspectdiff install prefix> && cmake --build build
# The plugin lands in build/plugins/@NAME@.so. Only abi.h is used: no C++ compiler is needed for
# the plugin itself (the test is C++).
cmake_minimum_required(VERSION 3.25)
project(@NAME@_plugin VERSION 0.1.0 LANGUAGES C)
set(CMAKE_C_STANDARD 11)

find_package(aspectdiff-sdk 0.1 REQUIRED)
aspectdiff_add_plugin(NAME @NAME@ SOURCES src/@NAME@.c)
)~";

constexpr std::string_view c_source =
    R"~(/* @NAME@: the share of sentences that ask a question. A plugin in plain C against abi.h:
 * the host owns the document and the sink; this file owns its instance and the messages it
 * allocates (released through release_message); extract() keeps no state between calls, so it
 * can run on several documents at once. */
#include <aspectdiff/abi.h>

#include <stdlib.h>
#include <string.h>

typedef struct settings {
  uint32_t min_words;
} settings;

static char *copy_message(const char *text) {
  char *out = malloc(strlen(text) + 1);
  if (out != NULL) strcpy(out, text);
  return out;
}

static int32_t create(const aspectdiff_create_args *args, void **instance, char **message) {
  settings *s = malloc(sizeof *s);
  if (s == NULL) return ASPECTDIFF_ERR_MEMORY;
  s->min_words = 1;
  for (size_t i = 0; i < args->config_count; ++i) {
    const aspectdiff_config_entry *e = &args->config[i];
    if (e->key.size != 9 || memcmp(e->key.data, "min_words", 9) != 0) continue;
    if (e->type == ASPECTDIFF_VALUE_STRING || e->number < 1 || e->number > 1e6 ||
        (double)(uint32_t)e->number != e->number) {
      free(s);
      *message = copy_message("setting 'min_words' must be a whole number of at least 1");
      return ASPECTDIFF_ERR_CONFIG;
    }
    s->min_words = (uint32_t)e->number;
  }
  *instance = s;
  return ASPECTDIFF_OK;
}

static void destroy(void *instance) {
  free(instance);
}

static int ends_in_question(const aspectdiff_document *doc, const aspectdiff_token *t) {
  return memchr(doc->text.data + t->begin, '?', t->end - t->begin) != NULL;
}

static int32_t extract(const void *instance, const aspectdiff_document *doc,
                       const aspectdiff_result_view *inputs, size_t input_count,
                       const aspectdiff_result_sink *sink, char **message) {
  const settings *s = instance;
  (void)inputs;
  (void)input_count;
  (void)message;
  size_t n = doc->sentence_count;
  double *values = malloc((n + 1) * sizeof *values);
  uint32_t *index = malloc((n + 1) * sizeof *index);
  aspectdiff_span *questions = malloc((n + 1) * sizeof *questions);
  if (values == NULL || index == NULL || questions == NULL) {
    free(values);
    free(index);
    free(questions);
    return ASPECTDIFF_ERR_MEMORY;
  }
  size_t counted = 0, asked = 0;
  for (size_t i = 0; i < n; ++i) {
    const aspectdiff_segment *sentence = &doc->sentences[i];
    uint32_t words = 0;
    for (uint32_t k = 0; k < sentence->count; ++k)
      if (doc->tokens[sentence->first + k].flags &
          (ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC))
        ++words;
    if (words < s->min_words) continue;
    int question = sentence->count > 0 &&
                   ends_in_question(doc, &doc->tokens[sentence->first + sentence->count - 1]);
    values[counted] = question ? 1.0 : 0.0;
    index[counted++] = (uint32_t)i;
    if (question) {
      questions[asked].begin = sentence->begin;
      questions[asked++].end = sentence->end;
    }
  }
  if (counted == 0) {
    static const char none[] = "no sentence long enough to count";
    aspectdiff_str note = {none, sizeof none - 1};
    sink->note(sink->context, note);
  } else {
    double share = (double)asked / (double)counted;
    aspectdiff_metric metric;
    memset(&metric, 0, sizeof metric);
    metric.struct_size = sizeof metric;
    metric.name.data = "question_share";
    metric.name.size = strlen(metric.name.data);
    metric.label.data = "share of sentences that are questions";
    metric.label.size = strlen(metric.label.data);
    metric.value = share;
    metric.kind = ASPECTDIFF_METRIC_PROPORTION;
    metric.evidence = questions;
    metric.evidence_count = asked;
    metric.sentence_values = values;
    metric.sentence_index = index;
    metric.sentence_value_count = counted;
    sink->metric(sink->context, &metric);

    aspectdiff_item item;
    memset(&item, 0, sizeof item);
    item.struct_size = sizeof item;
    item.key.data = item.label.data = "questions";
    item.key.size = item.label.size = strlen("questions");
    item.category.data = "sentence";
    item.category.size = strlen("sentence");
    item.weight = share;
    item.count = asked;
    item.evidence = questions;
    item.evidence_count = asked;
    sink->item(sink->context, &item);
  }
  /* The host copied everything during the calls above. */
  free(values);
  free(index);
  free(questions);
  return ASPECTDIFF_OK;
}

static void release_message(char *message) {
  free(message);
}

static const aspectdiff_plugin_descriptor descriptor = {
    ASPECTDIFF_ABI_MAJOR,
    ASPECTDIFF_ABI_MINOR,
    sizeof(aspectdiff_plugin_descriptor),
    "@NAME@",
    "0.1.0",
    "@NAME@",
    "Share of sentences that ask a question",
    "*",
    "# Sentences with fewer words are not counted.\nmin_words = 1\n",
    NULL,
    0,
    create,
    destroy,
    extract,
    NULL, /* compare: the host's generic comparison */
    release_message};

/* The one exported symbol. It only returns the static descriptor: no allocation, no output. */
ASPECTDIFF_EXPORT const aspectdiff_plugin_descriptor *aspectdiff_plugin_@NAME@_v1(void) {
  return &descriptor;
}
)~";

} // namespace

std::vector<TemplateFile> plugin_template(std::string_view language) {
  if (language == "c")
    return {{"CMakeLists.txt", c_cmake},
            {"CMakeLists.txt", test_cmake},
            {"src/@NAME@.c", c_source},
            {"tests/@NAME@_test.cpp", test_source},
            {"README.md", readme}};
  return {{"CMakeLists.txt", cpp_cmake},
          {"CMakeLists.txt", test_cmake},
          {"src/@NAME@.cpp", cpp_source},
          {"tests/@NAME@_test.cpp", test_source},
          {"README.md", readme}};
}

} // namespace aspectdiff::cli
