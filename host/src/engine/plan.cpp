#include "engine/plan.hpp"

#include "config/config.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace aspectdiff::engine {

using plugins::LoadedPlugin;
using plugins::Refusal;
using PluginPtr = std::shared_ptr<const LoadedPlugin>;

const PlanStep *Plan::find_aspect(std::string_view aspect) const noexcept {
  for (const auto &s : steps)
    if (s.plugin->aspect == aspect) return &s;
  return nullptr;
}

namespace {

std::string names_of(const std::vector<PluginPtr> &plugins) {
  if (plugins.empty()) return "none";
  std::string out;
  for (const auto &p : plugins)
    out += (out.empty() ? "" : ", ") + p->name;
  return out;
}

Refusal refuse(const PluginPtr &p, const char *code, std::string reason) {
  return {p->path, p->name, code, std::move(reason)};
}

// Removes plugins whose requirements are not met, until none changes.
void drop_unmet(std::vector<PluginPtr> &chosen, std::vector<Refusal> &refusals) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
      const auto &p = *it;
      for (const auto &req : p->requires_list) {
        auto provider = std::find_if(chosen.begin(), chosen.end(),
                                     [&](const PluginPtr &q) { return q->aspect == req.aspect; });
        if (provider == chosen.end()) {
          if (req.optional) continue;
          refusals.push_back(refuse(p, "P009",
                                    "plugin '" + p->name + "' requires '" + req.aspect +
                                        "' >= " + req.min_version.to_string() +
                                        "; loaded: " + names_of(chosen)));
        } else if ((*provider)->version < req.min_version) {
          refusals.push_back(refuse(p, "P010",
                                    "plugin '" + p->name + "' requires '" + req.aspect + "' >= " +
                                        req.min_version.to_string() + "; '" + (*provider)->name +
                                        "' is version " + (*provider)->version_text));
        } else {
          continue;
        }
        chosen.erase(it);
        changed = true;
        break;
      }
      if (changed) break;
    }
  }
}

} // namespace

Plan make_plan(const plugins::Discovery &discovery, const config::Config &config) {
  Plan plan;
  plan.refusals = discovery.refusals;
  std::vector<PluginPtr> chosen;
  const std::set<std::string> disabled(config.disabled.begin(), config.disabled.end());

  if (config.enabled) {
    for (const auto &name : *config.enabled) {
      auto it = std::find_if(discovery.plugins.begin(), discovery.plugins.end(),
                             [&](const PluginPtr &p) { return p->name == name; });
      if (it != discovery.plugins.end()) {
        chosen.push_back(*it);
        continue;
      }
      auto refused = std::find_if(discovery.refusals.begin(), discovery.refusals.end(),
                                  [&](const Refusal &r) { return r.name == name; });
      if (refused != discovery.refusals.end())
        throw model::Error(model::ErrorKind::usage, refused->code,
                           "enabled plugin '" + name + "' was refused: " + refused->path.string() +
                               ": " + refused->reason);
      std::string where;
      for (const auto &d : discovery.searched)
        where += (where.empty() ? "" : ", ") + d.string();
      throw model::Error(model::ErrorKind::usage, "P015",
                         "enabled plugin '" + name + "' was not found; searched: " +
                             (where.empty() ? "no existing directory" : where) +
                             " (use --plugin-dir or ASPECTDIFF_PLUGIN_PATH)");
    }
    for (const auto &p : discovery.plugins)
      if (std::find(chosen.begin(), chosen.end(), p) == chosen.end())
        plan.skipped.push_back(p->name);
  } else {
    for (const auto &p : discovery.plugins) {
      if (disabled.contains(p->name))
        plan.skipped.push_back(p->name);
      else
        chosen.push_back(p);
    }
  }

  // One provider per aspect: the first in search order wins.
  std::map<std::string, PluginPtr> by_aspect;
  for (auto it = chosen.begin(); it != chosen.end();) {
    auto [slot, inserted] = by_aspect.emplace((*it)->aspect, *it);
    if (inserted) {
      ++it;
      continue;
    }
    plan.refusals.push_back(refuse(*it, "P008",
                                   "plugin '" + (*it)->name + "' provides aspect '" +
                                       (*it)->aspect + "', already provided by '" +
                                       slot->second->name + "'"));
    it = chosen.erase(it);
  }

  drop_unmet(chosen, plan.refusals);

  // Kahn's algorithm over "requires" edges; whatever is left over sits on a cycle.
  std::vector<PluginPtr> ordered;
  std::vector<PluginPtr> pending = chosen;
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](const PluginPtr &p) {
      return std::all_of(p->requires_list.begin(), p->requires_list.end(), [&](const auto &req) {
        const bool provided = std::any_of(chosen.begin(), chosen.end(), [&](const PluginPtr &q) {
          return q->aspect == req.aspect;
        });
        return !provided || std::any_of(ordered.begin(), ordered.end(), [&](const PluginPtr &q) {
          return q->aspect == req.aspect;
        });
      });
    });
    if (ready == pending.end()) break;
    ordered.push_back(*ready);
    pending.erase(ready);
  }
  if (!pending.empty()) {
    std::string cycle;
    for (const auto &p : pending)
      cycle += (cycle.empty() ? "" : " -> ") + p->name + "(" + p->aspect + ")";
    for (const auto &p : pending)
      plan.refusals.push_back(
          refuse(p, "P011", "plugin '" + p->name + "' is on a dependency cycle: " + cycle));
    // Plugins that needed one of those are now unmet as well.
    drop_unmet(ordered, plan.refusals);
  }

  for (const auto &p : ordered) {
    PlanStep step;
    step.plugin = p;
    for (const auto &req : p->requires_list) {
      bool found = false;
      for (std::size_t i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].plugin->aspect == req.aspect) {
          step.inputs.push_back(i);
          found = true;
        }
      if (!found) step.missing_optional.push_back(req.aspect);
    }
    plan.steps.push_back(std::move(step));
  }

  if (config.enabled) {
    for (const auto &name : *config.enabled) {
      if (std::none_of(plan.steps.begin(), plan.steps.end(),
                       [&](const PlanStep &s) { return s.plugin->name == name; })) {
        auto refused = std::find_if(plan.refusals.rbegin(), plan.refusals.rend(),
                                    [&](const Refusal &r) { return r.name == name; });
        throw model::Error(
            model::ErrorKind::usage, refused != plan.refusals.rend() ? refused->code : "P015",
            "enabled plugin '" + name +
                "' cannot run: " + (refused != plan.refusals.rend() ? refused->reason : "refused"));
      }
    }
  }
  return plan;
}

} // namespace aspectdiff::engine
