// Helpers for testing a plugin from its own test suite (Catch2 or any other framework): load the
// built library as the host does, build a document from text, run the plugin with settings, and
// read metrics, items and evidence by name.
//
//   #include <aspectdiff/testing.hpp>
//   namespace adt = aspectdiff::testing;
//   const adt::Plugin plugin(PLUGIN_PATH, {{"min_caps_letters", 3}});
//   const adt::Result r = plugin.run(adt::TestDocument("It is VERY loud!"));
//   REQUIRE(r.metric("emphasis_rate") != nullptr);
//   CHECK(r.metric("emphasis_rate")->value > 0);
//   CHECK(r.quotes(*r.item("exclamation")) == std::vector<std::string>{"!"});
//
// Only the C ABI and the standard library are used, so the helpers work for a plugin written
// in any language. TestDocument segments text with a simple rule set (words, numbers and
// punctuation; sentences end at . ! ?; paragraphs at blank lines; ASCII lower-casing): enough
// for unit tests. The host's segmentation is richer (abbreviations, clitics, Unicode case
// folding, language detection); `aspectdiff check-plugin` runs a plugin on the real one.
#pragma once

#include <aspectdiff/abi.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <dlfcn.h>

namespace aspectdiff::testing {

// A segmented document that owns its text and arrays and hands out the ABI view of them.
class TestDocument {
public:
  explicit TestDocument(std::string text, std::string id = "test-document",
                        std::string language = "en")
      : id_(std::move(id)), text_(std::move(text)), language_(std::move(language)) {
    segment();
    view_.struct_size = sizeof view_;
    view_.id = str(id_);
    view_.text = str(text_);
    view_.normalised = str(normalised_);
    view_.language = str(language_);
    view_.tokens = tokens_.data();
    view_.token_count = tokens_.size();
    view_.sentences = sentences_.data();
    view_.sentence_count = sentences_.size();
    view_.paragraphs = paragraphs_.data();
    view_.paragraph_count = paragraphs_.size();
    view_.word_count = word_count_;
  }
  // The view points into this object: it must not move.
  TestDocument(const TestDocument &) = delete;
  TestDocument &operator=(const TestDocument &) = delete;

  const aspectdiff_document &view() const noexcept { return view_; }
  const std::string &text() const noexcept { return text_; }
  std::size_t sentence_count() const noexcept { return sentences_.size(); }

private:
  static aspectdiff_str str(const std::string &s) noexcept { return {s.data(), s.size()}; }
  static bool ascii_space(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  }
  static bool word_byte(unsigned char c) noexcept {
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c == '\'' || c == '-' || c == '_';
  }
  static bool sentence_end(unsigned char c) noexcept { return c == '.' || c == '!' || c == '?'; }

  std::uint32_t flags_of(std::string_view t, bool first_in_sentence) const {
    bool letter = false, digit = false, upper_first = false, all_upper = true;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      const bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      if (up || low || c >= 0x80) {
        if (!letter) upper_first = up;
        letter = true;
        ++letters;
        if (low) all_upper = false;
      }
      if (c >= '0' && c <= '9') digit = true;
    }
    std::uint32_t f = 0;
    if (letter) f |= ASPECTDIFF_TOKEN_WORD;
    if (upper_first) f |= ASPECTDIFF_TOKEN_CAPITALISED;
    if (letter && letters >= 2 && all_upper) f |= ASPECTDIFF_TOKEN_ALL_CAPS;
    if (first_in_sentence) f |= ASPECTDIFF_TOKEN_SENTENCE_INITIAL;
    if (!letter && digit) f |= ASPECTDIFF_TOKEN_NUMERIC;
    if (!letter && !digit) {
      const auto c = static_cast<unsigned char>(t.front());
      const bool punct =
          c < 0x80 &&
          std::string_view(".,;:!?\"'()[]{}-").find(static_cast<char>(c)) != std::string_view::npos;
      f |= punct ? ASPECTDIFF_TOKEN_PUNCTUATION : ASPECTDIFF_TOKEN_SYMBOL;
    }
    return f;
  }

  void close_sentence(std::size_t &first_token) {
    if (first_token == tokens_.size()) return;
    const auto &first = tokens_[first_token];
    const auto &last = tokens_.back();
    sentences_.push_back({first.begin, last.end, static_cast<std::uint32_t>(first_token),
                          static_cast<std::uint32_t>(tokens_.size() - first_token)});
    first_token = tokens_.size();
  }
  void close_paragraph(std::size_t &first_sentence) {
    if (first_sentence == sentences_.size()) return;
    paragraphs_.push_back({sentences_[first_sentence].begin, sentences_.back().end,
                           static_cast<std::uint32_t>(first_sentence),
                           static_cast<std::uint32_t>(sentences_.size() - first_sentence)});
    first_sentence = sentences_.size();
  }

  void segment() {
    std::size_t sentence_first_token = 0, paragraph_first_sentence = 0;
    std::size_t i = 0;
    const std::size_t n = text_.size();
    while (i < n) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (ascii_space(c)) {
        // A blank line ends the paragraph (and its sentence).
        std::size_t newlines = 0, j = i;
        while (j < n && ascii_space(static_cast<unsigned char>(text_[j])))
          newlines += text_[j++] == '\n';
        if (newlines >= 2) {
          close_sentence(sentence_first_token);
          close_paragraph(paragraph_first_sentence);
        }
        i = j;
        continue;
      }
      std::size_t end = i + 1;
      if (word_byte(c)) {
        while (end < n && word_byte(static_cast<unsigned char>(text_[end])))
          ++end;
      } else if (sentence_end(c)) {
        while (end < n && sentence_end(static_cast<unsigned char>(text_[end])))
          ++end;
      }
      const std::string_view surface(text_.data() + i, end - i);
      aspectdiff_token t{};
      t.begin = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(end);
      t.norm_begin = static_cast<std::uint32_t>(normalised_.size());
      for (char ch : surface)
        normalised_ += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      t.norm_end = static_cast<std::uint32_t>(normalised_.size());
      normalised_ += ' ';
      t.flags = flags_of(surface, sentence_first_token == tokens_.size());
      t.sentence = static_cast<std::uint32_t>(sentences_.size());
      if ((t.flags & (ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC)) != 0) ++word_count_;
      tokens_.push_back(t);
      if (sentence_end(c)) close_sentence(sentence_first_token);
      i = end;
    }
    close_sentence(sentence_first_token);
    close_paragraph(paragraph_first_sentence);
  }

  std::string id_, text_, language_, normalised_;
  std::vector<aspectdiff_token> tokens_;
  std::vector<aspectdiff_segment> sentences_, paragraphs_;
  std::uint32_t word_count_ = 0;
  aspectdiff_document view_{};
};

struct Metric {
  std::string name, label;
  double value = 0.0;
  std::int32_t kind = ASPECTDIFF_METRIC_VALUE;
  std::vector<aspectdiff_span> evidence;
  std::vector<double> sentence_values;
  std::vector<std::uint32_t> sentence_index; // empty: value i belongs to sentence i
};

struct Item {
  std::string key, label, category;
  double weight = 0.0;
  std::uint64_t count = 0;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<aspectdiff_span> evidence;

  const std::string *attribute(std::string_view name) const noexcept {
    for (const auto &[k, v] : attributes)
      if (k == name) return &v;
    return nullptr;
  }
};

// What one run of extract() wrote, copied out of the sink.
struct Result {
  std::vector<Metric> metrics;
  std::vector<Item> items;
  std::vector<std::string> notes;
  std::string text; // the document's text, for quoting evidence

  const Metric *metric(std::string_view name) const noexcept {
    for (const auto &m : metrics)
      if (m.name == name) return &m;
    return nullptr;
  }
  const Item *item(std::string_view key) const noexcept {
    for (const auto &i : items)
      if (i.key == key) return &i;
    return nullptr;
  }
  std::vector<const Item *> items_in(std::string_view category) const {
    std::vector<const Item *> out;
    for (const auto &i : items)
      if (i.category == category) out.push_back(&i);
    return out;
  }
  // The bytes a span covers; throws std::out_of_range for a span outside the text.
  std::string quote(aspectdiff_span s) const {
    if (s.begin > s.end || s.end > text.size())
      throw std::out_of_range("evidence span [" + std::to_string(s.begin) + ", " +
                              std::to_string(s.end) + ") lies outside the text of " +
                              std::to_string(text.size()) + " bytes");
    return text.substr(s.begin, s.end - s.begin);
  }
  template <class WithEvidence> std::vector<std::string> quotes(const WithEvidence &m) const {
    std::vector<std::string> out;
    for (const auto &s : m.evidence)
      out.push_back(quote(s));
    return out;
  }
  // True when every evidence span lies inside the text, on UTF-8 character boundaries.
  bool spans_valid() const noexcept {
    auto boundary = [this](std::uint32_t at) {
      return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    };
    auto ok = [&](const std::vector<aspectdiff_span> &spans) {
      for (const auto &s : spans)
        if (s.begin > s.end || s.end > text.size() || !boundary(s.begin) || !boundary(s.end))
          return false;
      return true;
    };
    for (const auto &m : metrics)
      if (!ok(m.evidence)) return false;
    for (const auto &i : items)
      if (!ok(i.evidence)) return false;
    return true;
  }
};

// One setting, as the host passes it after merging the user's table over the plugin's defaults:
// a dotted key and a string, a number or a boolean. A setting not given is absent, so the
// plugin's own fallback applies.
struct Setting {
  std::string key;
  std::variant<std::string, double, bool> value;
  Setting(std::string k, const char *v) : key(std::move(k)), value(std::string(v)) {}
  Setting(std::string k, std::string v) : key(std::move(k)), value(std::move(v)) {}
  Setting(std::string k, double v) : key(std::move(k)), value(v) {}
  Setting(std::string k, int v) : key(std::move(k)), value(static_cast<double>(v)) {}
  Setting(std::string k, bool v) : key(std::move(k)), value(v) {}
};

// Thrown when the library cannot be loaded or the plugin refuses to start or to run.
class PluginError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A loaded plugin with one instance created from `settings`. Loading follows the host: dlopen
// with RTLD_NOW | RTLD_LOCAL, the entry point aspectdiff_plugin_<file stem>_v1, the ABI major
// checked before anything else is called.
class Plugin {
public:
  explicit Plugin(const std::filesystem::path &library, std::vector<Setting> settings = {})
      : handle_(::dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL), &close) {
    if (!handle_) throw PluginError(library.string() + ": " + last_dl_error());
    const std::string symbol =
        std::string(ASPECTDIFF_ENTRY_PREFIX) + library.stem().string() + ASPECTDIFF_ENTRY_SUFFIX;
    auto *entry = reinterpret_cast<aspectdiff_entry_fn>(::dlsym(handle_.get(), symbol.c_str()));
    if (entry == nullptr) throw PluginError(library.string() + ": no symbol " + symbol);
    descriptor_ = entry();
    if (descriptor_ == nullptr || descriptor_->abi_major != ASPECTDIFF_ABI_MAJOR)
      throw PluginError(library.string() + ": not an ABI " + std::to_string(ASPECTDIFF_ABI_MAJOR) +
                        ".x plugin");
    std::vector<aspectdiff_config_entry> entries;
    std::vector<std::string> numbers;
    numbers.reserve(settings.size());
    settings_ = std::move(settings);
    for (const auto &s : settings_) {
      aspectdiff_config_entry e{};
      e.key = {s.key.data(), s.key.size()};
      if (const auto *text = std::get_if<std::string>(&s.value)) {
        e.type = ASPECTDIFF_VALUE_STRING;
        e.text = {text->data(), text->size()};
      } else {
        const bool is_bool = std::holds_alternative<bool>(s.value);
        e.type = is_bool ? ASPECTDIFF_VALUE_BOOL : ASPECTDIFF_VALUE_FLOAT;
        e.number = is_bool ? (std::get<bool>(s.value) ? 1.0 : 0.0) : std::get<double>(s.value);
        numbers.push_back(is_bool ? (e.number != 0 ? "true" : "false") : std::to_string(e.number));
        e.text = {numbers.back().data(), numbers.back().size()};
      }
      entries.push_back(e);
    }
    aspectdiff_create_args args{};
    args.struct_size = sizeof args;
    args.config = entries.data();
    args.config_count = entries.size();
    args.config_dir = {"", 0};
    args.context = this;
    args.record_data = [](void *, aspectdiff_str, aspectdiff_str) {};
    args.warn = [](void *self, aspectdiff_str message) {
      static_cast<Plugin *>(self)->warnings_.emplace_back(message.data, message.size);
    };
    char *message = nullptr;
    const auto status = descriptor_->create(&args, &instance_, &message);
    if (status != ASPECTDIFF_OK || instance_ == nullptr)
      throw PluginError(std::string(descriptor_->name) + " could not start: " + take(message));
  }
  ~Plugin() {
    if (instance_ != nullptr) descriptor_->destroy(instance_);
  }
  Plugin(const Plugin &) = delete;
  Plugin &operator=(const Plugin &) = delete;

  const aspectdiff_plugin_descriptor &descriptor() const noexcept { return *descriptor_; }
  // What the plugin warned about while starting.
  const std::vector<std::string> &warnings() const noexcept { return warnings_; }

  // Runs extract() on the document (with no results of other aspects). Throws PluginError with
  // the plugin's message when it fails.
  Result run(const TestDocument &doc) const {
    Result result;
    result.text = doc.text();
    aspectdiff_result_sink sink{};
    sink.struct_size = sizeof sink;
    sink.context = &result;
    sink.metric = &collect_metric;
    sink.item = &collect_item;
    sink.note = [](void *r, aspectdiff_str m) {
      static_cast<Result *>(r)->notes.emplace_back(m.data == nullptr ? ""
                                                                     : std::string(m.data, m.size));
    };
    char *message = nullptr;
    const auto status = descriptor_->extract(instance_, &doc.view(), nullptr, 0, &sink, &message);
    if (status != ASPECTDIFF_OK)
      throw PluginError(std::string(descriptor_->name) + " failed: " + take(message));
    return result;
  }
  Result run(std::string text) const { return run(TestDocument(std::move(text))); }

private:
  static void close(void *handle) { ::dlclose(handle); }
  static std::string last_dl_error() {
    const char *e = ::dlerror();
    return e == nullptr ? "cannot load" : e;
  }
  static std::string copy(aspectdiff_str s) {
    return s.data == nullptr ? std::string() : std::string(s.data, s.size);
  }
  template <class T> static std::vector<T> copy(const T *p, std::size_t n) {
    return p == nullptr ? std::vector<T>() : std::vector<T>(p, p + n);
  }
  std::string take(char *message) const {
    if (message == nullptr) return "(no message)";
    std::string text(message);
    descriptor_->release_message(message);
    return text;
  }
  static void collect_metric(void *r, const aspectdiff_metric *m) {
    auto &out = static_cast<Result *>(r)->metrics.emplace_back();
    out.name = copy(m->name);
    out.label = copy(m->label);
    out.value = m->value;
    out.kind = m->kind;
    out.evidence = copy(m->evidence, m->evidence_count);
    out.sentence_values = copy(m->sentence_values, m->sentence_value_count);
    if (m->sentence_values != nullptr)
      out.sentence_index = copy(m->sentence_index, m->sentence_value_count);
  }
  static void collect_item(void *r, const aspectdiff_item *it) {
    auto &out = static_cast<Result *>(r)->items.emplace_back();
    out.key = copy(it->key);
    out.label = copy(it->label);
    out.category = copy(it->category);
    out.weight = it->weight;
    out.count = it->count;
    for (std::size_t i = 0; it->attributes != nullptr && i < it->attribute_count; ++i)
      out.attributes.emplace_back(copy(it->attributes[i].key), copy(it->attributes[i].value));
    out.evidence = copy(it->evidence, it->evidence_count);
  }

  std::unique_ptr<void, void (*)(void *)> handle_;
  const aspectdiff_plugin_descriptor *descriptor_ = nullptr;
  std::vector<Setting> settings_;
  std::vector<std::string> warnings_;
  void *instance_ = nullptr;
};

} // namespace aspectdiff::testing
