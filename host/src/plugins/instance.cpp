#include "plugins/instance.hpp"

#include "cache/hash.hpp"
#include "model/error.hpp"
#include "plugins/result_collector.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace aspectdiff::plugins {

namespace {

aspectdiff_str str(const std::string &s) noexcept {
  return {s.data(), s.size()};
}
std::string copy(aspectdiff_str s) {
  return s.data == nullptr ? std::string() : std::string(s.data, s.size);
}

// Takes ownership of a message the plugin allocated: copies it, then hands it back.
std::string take_message(const LoadedPlugin &plugin, char *message) {
  if (message == nullptr) return {};
  std::string text(message);
  plugin.descriptor->release_message(message);
  return text;
}

std::string status_name(std::int32_t status) {
  switch (status) {
  case ASPECTDIFF_ERR_CONFIG:
    return "configuration error";
  case ASPECTDIFF_ERR_INPUT:
    return "input error";
  case ASPECTDIFF_ERR_MEMORY:
    return "out of memory";
  default:
    return "internal error";
  }
}

struct CreateContext {
  cache::Hasher *hasher;
  std::vector<std::string> *warnings;
  const std::string *plugin;
};

void record_data(void *context, aspectdiff_str label, aspectdiff_str bytes) {
  auto *c = static_cast<CreateContext *>(context);
  c->hasher->add(std::string_view(label.data, label.size));
  c->hasher->add(std::string_view(bytes.data, bytes.size));
}

void warn(void *context, aspectdiff_str message) {
  auto *c = static_cast<CreateContext *>(context);
  c->warnings->push_back("plugin '" + *c->plugin + "': " + copy(message));
}

std::vector<model::Span> spans(const aspectdiff_span *p, std::size_t n) {
  return p == nullptr ? std::vector<model::Span>() : std::vector<model::Span>(p, p + n);
}

struct CompareCollector {
  model::AspectComparison *out;
  bool similarity_only = false;
  static void similarity(void *context, double s) {
    auto *c = static_cast<CompareCollector *>(context);
    if (s >= 0.0 && s <= 1.0) c->out->similarity = s;
  }
  static void finding(void *context, const aspectdiff_finding *f) {
    auto *c = static_cast<CompareCollector *>(context);
    if (c->similarity_only) return;
    auto &out = c->out->findings.emplace_back();
    out.key = copy(f->key);
    out.label = copy(f->label);
    out.category = copy(f->category);
    out.value_a = f->value_a;
    out.value_b = f->value_b;
    out.magnitude = f->magnitude;
    out.evidence_a = spans(f->evidence_a, f->evidence_a_count);
    out.evidence_b = spans(f->evidence_b, f->evidence_b_count);
    // A 1.0 plugin's finding ends before `coverage`: unknown.
    const bool has_coverage =
        f->struct_size >= offsetof(aspectdiff_finding, coverage) + sizeof f->coverage;
    out.coverage = has_coverage && std::isfinite(f->coverage) && f->coverage >= 0.0
                       ? std::min(f->coverage, 1.0)
                       : -1.0;
  }
};

} // namespace

PluginInstance::PluginInstance(std::shared_ptr<const LoadedPlugin> plugin,
                               const config::PluginSettings &settings,
                               const std::filesystem::path &config_dir,
                               std::vector<std::string> &warnings, const Placement &placement)
    : plugin_(std::move(plugin)), settings_(settings), config_dir_(config_dir),
      limits_(placement.limits) {
  if (placement.isolated) {
    isolated_ =
        std::make_unique<IsolatedPlugin>(plugin_, settings, config_dir, placement.limits, warnings);
    config_hash_ = isolated_->config_hash();
    return;
  }
  cache::Hasher hasher;
  hasher.add(plugin_->name).add(plugin_->version_text);
  // The library's own bytes too: a rebuilt plugin that kept its version number must not be
  // served results cached from its previous build.
  hasher.add_file(plugin_->path);
  for (const auto &e : settings.entries)
    hasher.add(e.key).add(static_cast<std::uint64_t>(e.type)).add(e.text);
  const auto entries = settings.abi_entries();
  const std::string dir = config_dir.string();
  CreateContext context{&hasher, &warnings, &plugin_->name};
  aspectdiff_create_args args{};
  args.struct_size = sizeof args;
  args.config = entries.data();
  args.config_count = entries.size();
  args.config_dir = str(dir);
  args.context = &context;
  args.record_data = &record_data;
  args.warn = &warn;
  char *message = nullptr;
  const auto status = plugin_->descriptor->create(&args, &handle_, &message);
  const std::string text = take_message(*plugin_, message);
  if (status != ASPECTDIFF_OK || handle_ == nullptr) {
    throw model::Error(status == ASPECTDIFF_ERR_CONFIG ? model::ErrorKind::usage
                                                       : model::ErrorKind::plugin,
                       "P021",
                       "plugin '" + plugin_->name + "' (" + plugin_->path.string() +
                           ") could not start: " + status_name(status) +
                           (text.empty() ? std::string() : ": " + text));
  }
  config_hash_ = hasher.hex();
}

PluginInstance::~PluginInstance() {
  if (handle_ != nullptr) plugin_->descriptor->destroy(handle_);
}

const IsolatedPlugin *PluginInstance::isolated_copy(std::string &error) const {
  std::lock_guard lock(copy_mutex_);
  if (!isolated_copy_) {
    try {
      std::vector<std::string> ignored; // the in-process instance already gave its warnings
      isolated_copy_ =
          std::make_unique<IsolatedPlugin>(plugin_, settings_, config_dir_, limits_, ignored);
    } catch (const std::exception &e) {
      error = std::string("[P044] plugin '") + plugin_->name +
              "' could not be started in a worker process: " + e.what();
      return nullptr;
    }
  }
  return isolated_copy_.get();
}

model::Provenance PluginInstance::provenance() const {
  return {plugin_->name, plugin_->version_text, plugin_->descriptor->abi_major,
          plugin_->descriptor->abi_minor, config_hash_};
}

ResultViewHolder::ResultViewHolder(const model::AspectResult &result) {
  metrics_.reserve(result.metrics.size());
  for (const auto &m : result.metrics) {
    aspectdiff_metric c{};
    c.struct_size = sizeof c;
    c.name = str(m.name);
    c.label = str(m.label);
    c.value = m.value;
    c.kind = static_cast<std::int32_t>(m.kind);
    c.evidence = m.evidence.data();
    c.evidence_count = m.evidence.size();
    c.sentence_values = m.sentence_values.empty() ? nullptr : m.sentence_values.data();
    c.sentence_index = m.sentence_index.empty() ? nullptr : m.sentence_index.data();
    c.sentence_value_count = m.sentence_values.size();
    metrics_.push_back(c);
  }
  // All attributes in one array, each item pointing at its slice; the array is sized first so
  // that no pointer into it moves.
  std::size_t attribute_count = 0;
  for (const auto &it : result.items)
    attribute_count += it.attributes.size();
  attributes_.reserve(attribute_count);
  items_.reserve(result.items.size());
  for (const auto &it : result.items) {
    const std::size_t first = attributes_.size();
    for (const auto &[k, v] : it.attributes)
      attributes_.push_back({str(k), str(v)});
    aspectdiff_item c{};
    c.struct_size = sizeof c;
    c.key = str(it.key);
    c.label = str(it.label);
    c.category = str(it.category);
    c.weight = it.weight;
    c.count = it.count;
    c.attributes = it.attributes.empty() ? nullptr : attributes_.data() + first;
    c.attribute_count = it.attributes.size();
    c.evidence = it.evidence.data();
    c.evidence_count = it.evidence.size();
    items_.push_back(c);
  }
  view_.struct_size = sizeof view_;
  view_.aspect = str(result.aspect);
  view_.plugin = str(result.provenance.plugin);
  view_.plugin_version = str(result.provenance.version);
  view_.metrics = metrics_.data();
  view_.metric_count = metrics_.size();
  view_.items = items_.data();
  view_.item_count = items_.size();
}

model::AspectResult PluginInstance::extract(const model::Document &doc,
                                            const std::vector<const model::AspectResult *> &inputs,
                                            bool isolate) const {
  if (isolated_) return isolated_->extract(doc, inputs, provenance());
  if (isolate) {
    std::string error;
    if (const auto *copy = isolated_copy(error)) return copy->extract(doc, inputs, provenance());
    model::AspectResult failed;
    failed.aspect = plugin_->aspect;
    failed.provenance = provenance();
    failed.status = model::ResultStatus::failed;
    failed.error = error;
    return failed;
  }
  model::AspectResult result;
  result.aspect = plugin_->aspect;
  result.provenance = provenance();
  std::vector<ResultViewHolder> holders;
  holders.reserve(inputs.size());
  for (const auto *input : inputs)
    holders.emplace_back(*input);
  std::vector<aspectdiff_result_view> views;
  for (const auto &h : holders)
    views.push_back(h.view());

  // The previous document's item count is the guess for this one's: most documents then fill
  // their items without reallocating (and so moving) the items already copied. Bounded, so that
  // a short document's result, kept for the whole run, holds little unused capacity.
  constexpr std::size_t max_reserved_items = 64;
  const std::size_t expected_items =
      std::min(items_last_written_.load(std::memory_order_relaxed), max_reserved_items);
  ResultCollector collector(result, doc.text, doc.sentences.size(), plugin_->name, expected_items);
  const auto view = doc.view();
  char *message = nullptr;
  const auto status = plugin_->descriptor->extract(handle_, &view, views.data(), views.size(),
                                                   &collector.sink(), &message);
  const std::string text = take_message(*plugin_, message);
  if (status != ASPECTDIFF_OK) {
    model::AspectResult failed;
    failed.aspect = plugin_->aspect;
    failed.provenance = result.provenance;
    failed.status = model::ResultStatus::failed;
    failed.error = "[P030] plugin '" + plugin_->name + "' failed on " + doc.id + ": " +
                   status_name(status) + (text.empty() ? std::string() : ": " + text);
    return failed;
  }
  collector.finish();
  items_last_written_.store(result.items.size(), std::memory_order_relaxed);
  return result;
}

std::string PluginInstance::compare(const model::Document &a, const model::AspectResult &ra,
                                    const model::Document &b, const model::AspectResult &rb,
                                    model::AspectComparison &out, bool isolate,
                                    bool similarity_only) const {
  if (!has_compare()) return {};
  if (isolated_) return isolated_->compare(a, ra, b, rb, out);
  if (isolate) {
    std::string error;
    const auto *copy = isolated_copy(error);
    return copy != nullptr ? copy->compare(a, ra, b, rb, out) : error;
  }
  ResultViewHolder ha(ra);
  ResultViewHolder hb(rb);
  const auto va = a.view();
  const auto vb = b.view();
  CompareCollector collector{&out, similarity_only};
  aspectdiff_compare_sink sink{};
  sink.struct_size = sizeof sink;
  sink.context = &collector;
  sink.similarity = &CompareCollector::similarity;
  sink.finding = &CompareCollector::finding;
  sink.similarity_only = similarity_only ? 1 : 0;
  char *message = nullptr;
  const auto status =
      plugin_->descriptor->compare(handle_, &va, &ha.view(), &vb, &hb.view(), &sink, &message);
  const std::string text = take_message(*plugin_, message);
  if (status != ASPECTDIFF_OK)
    return "[P031] plugin '" + plugin_->name + "' could not compare " + a.id + " with " + b.id +
           ": " + status_name(status) + (text.empty() ? std::string() : ": " + text);
  return {};
}

} // namespace aspectdiff::plugins
