// `aspectdiff check-plugin` on plugins that break one output rule each: it must fail, name the
// check and the document, and say what to fix. (CI runs it on every first-party plugin too,
// see tests/check_plugin/.)
#include "../support/run_command.hpp"

#include <catch2/catch.hpp>

using aspectdiff::testing::run_aspectdiff;

namespace {

aspectdiff::testing::CommandResult check(const std::string &fixture) {
  return run_aspectdiff(std::string("check-plugin --quick '") + ASPECTDIFF_TEST_FIXTURE_DIR +
                        "/bad-output/" + fixture + ".so'");
}

} // namespace

TEST_CASE("check-plugin fails a plugin whose evidence runs past the document", "[e2e]") {
  const auto r = check("out_of_range_span");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("plugin  out_of_range_span 1.0.0"));
  CHECK_THAT(r.out, Catch::Contains("FAIL  spans [empty]: [W201] plugin 'out_of_range_span': 1 "
                                    "evidence span(s) dropped, first metric 'words' [0, 10)"));
  CHECK_THAT(r.out, Catch::Contains("FAIL  spans: and 10 more like the above"));
  CHECK_THAT(r.out, Catch::Contains("fix: evidence spans are byte ranges"));
  CHECK_THAT(r.out, Catch::Contains("PASS  deterministic"));
}

TEST_CASE("check-plugin fails a plugin that is not deterministic", "[e2e]") {
  const auto r = check("non_deterministic");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("FAIL  deterministic [empty]: a second run on the same "
                                    "document gave a different result"));
  CHECK_THAT(r.out, Catch::Contains("PASS  spans"));
}

TEST_CASE("check-plugin fails a plugin whose results depend on the thread", "[e2e]") {
  const auto r = check("thread_dependent");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("PASS  deterministic"));
  CHECK_THAT(r.out, Catch::Contains("FAIL  threads [") &&
                        Catch::Contains("differs from the result on one thread"));
  CHECK_THAT(r.out, Catch::Contains("keep the plugin object read-only after create()"));
}

TEST_CASE("check-plugin fails sentence values on another scale than their metric", "[e2e]") {
  const auto r = check("wrong_scale_values");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("FAIL  sentence values [article]: [W202] plugin "
                                    "'wrong_scale_values': metric 'short_word_rate'") &&
                        Catch::Contains("is not on the scale of the value"));
  CHECK_THAT(r.out, Catch::Contains("their mean should be the metric's value"));
}

TEST_CASE("check-plugin reports a refused library and a missing file clearly", "[e2e]") {
  const auto refused = run_aspectdiff(std::string("check-plugin '") + ASPECTDIFF_TEST_FIXTURE_DIR +
                                      "/wrong_major.so'");
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.out, Catch::Contains("FAIL  loads: [P00") && Catch::Contains("wrong_major"));
  const auto missing = run_aspectdiff("check-plugin build/no-such-plugin.so");
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("build/no-such-plugin.so: no such plugin file"));
}

TEST_CASE("check-plugin fails a plugin whose required aspect nobody provides", "[e2e]") {
  const auto r = run_aspectdiff(std::string("check-plugin --quick '") +
                                ASPECTDIFF_TEST_FIXTURE_DIR + "/needs_missing.so'");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("FAIL  requirements: needs_missing requires"));
}
