// Builds the actors plugin's generated gazetteers from two Debian data packages:
//   iso-codes     (/usr/share/iso-codes/json/iso_3166-1.json, iso_3166-3.json): every state
//                 with its ISO 3166 alpha-2 code, short, common and official names;
//   wordnet-base  (/usr/share/wordnet/data.*, index.noun, *.exc): instance nouns (people,
//                 places, organisations, structures), the synonyms of each country, national
//                 capitals, and the word classes the recogniser needs (common words, verbs,
//                 capitalised common nouns, given names).
//
// Usage: build_gazetteer <iso-codes json dir> <wordnet dir> <output dir>
// Writes countries.tsv, wordnet_actors.tsv (gazetteer format, see plugins/actors/README.md) and
// words.tsv (word<TAB>class letters). Output is sorted, so it is byte-identical between runs.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

namespace fs = std::filesystem;

// WordNet lexicographer files whose instance nouns can be actors.
constexpr int lex_artifact = 6;
constexpr int lex_group = 14;
constexpr int lex_location = 15;
constexpr int lex_object = 17;
constexpr int lex_person = 18;

struct Synset {
  std::string offset;
  int lex_file = 0;
  char pos = 'n';
  std::vector<std::string> lemmas; // spaces restored, adjective markers removed
  std::vector<std::pair<std::string, std::string>> pointers; // symbol, target offset
  bool instance = false;
  std::string gloss;
};

std::string lower(std::string s) {
  for (auto &c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool has_upper(const std::string &s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

// A single word made of letters, apostrophes and inner hyphens only.
bool is_plain_word(const std::string &s) {
  if (s.empty()) return false;
  for (char c : s)
    if (std::isalpha(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '\'') return false;
  return std::isalpha(static_cast<unsigned char>(s.front())) != 0;
}

std::string slug(const std::string &s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u >= 0x80) {
      out.push_back(c); // keep UTF-8 letters as they are
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

std::string read_file(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Synset> read_data(const fs::path &path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<Synset> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue; // licence header
    const auto bar = line.find(" | ");
    std::istringstream f(line.substr(0, bar));
    Synset s;
    std::string lex, type, count_hex;
    f >> s.offset >> lex >> type >> count_hex;
    s.lex_file = std::stoi(lex);
    s.pos = type.empty() ? 'n' : type[0];
    const long words = std::stol(count_hex, nullptr, 16);
    for (long i = 0; i < words; ++i) {
      std::string word, lex_id;
      f >> word >> lex_id;
      if (const auto paren = word.find('('); paren != std::string::npos) word.resize(paren);
      std::replace(word.begin(), word.end(), '_', ' ');
      s.lemmas.push_back(word);
    }
    int pointers = 0;
    f >> pointers;
    for (int i = 0; i < pointers; ++i) {
      std::string symbol, target, pos, source_target;
      f >> symbol >> target >> pos >> source_target;
      if (symbol == "@i") s.instance = true;
      s.pointers.emplace_back(symbol, target);
    }
    if (bar != std::string::npos) s.gloss = line.substr(bar + 3);
    out.push_back(std::move(s));
  }
  return out;
}

// index.noun: lowercase lemma -> synset offsets, most frequent sense first.
std::unordered_map<std::string, std::vector<std::string>> read_index(const fs::path &path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::unordered_map<std::string, std::vector<std::string>> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream f(line);
    std::string lemma, pos;
    int synsets = 0, pointer_kinds = 0;
    f >> lemma >> pos >> synsets >> pointer_kinds;
    for (int i = 0; i < pointer_kinds; ++i) {
      std::string skip;
      f >> skip;
    }
    int sense_count = 0, tagged = 0;
    f >> sense_count >> tagged;
    std::replace(lemma.begin(), lemma.end(), '_', ' ');
    auto &offsets = out[lemma];
    for (int i = 0; i < synsets; ++i) {
      std::string offset;
      f >> offset;
      offsets.push_back(offset);
    }
  }
  return out;
}

struct Country {
  std::string code;
  std::string label;
  std::set<std::string> aliases;
  bool current = true;
};

// "Korea, Republic of" -> "Republic of Korea"; names with other commas keep only the part
// before the comma ("Taiwan, Province of China" -> "Taiwan").
void add_iso_name(Country &c, std::string name) {
  if (const auto paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
  const auto comma = name.find(", ");
  if (comma == std::string::npos) {
    c.aliases.insert(name);
    return;
  }
  const std::string head = name.substr(0, comma), tail = name.substr(comma + 2);
  if (tail.ends_with(" of") || tail.ends_with(" of the"))
    c.aliases.insert(tail + " " + head);
  else
    c.aliases.insert(head);
}

std::map<std::string, Country> read_countries(const fs::path &iso_dir) {
  std::map<std::string, Country> out;
  const auto current = nlohmann::json::parse(read_file(iso_dir / "iso_3166-1.json"));
  for (const auto &e : current.at("3166-1")) {
    Country c;
    c.code = e.at("alpha_2").get<std::string>();
    const std::string name = e.at("name").get<std::string>();
    add_iso_name(c, name);
    if (e.contains("common_name")) c.aliases.insert(e.at("common_name").get<std::string>());
    if (e.contains("official_name")) add_iso_name(c, e.at("official_name").get<std::string>());
    if (e.contains("common_name"))
      c.label = e.at("common_name").get<std::string>();
    else if (name.find(", ") == std::string::npos && name.find(" (") == std::string::npos)
      c.label = name;
    else
      c.label = *c.aliases.begin();
    out.emplace(c.code, std::move(c));
  }
  // Former states keep their code when it has not been given to a current one (SU, YU, CS, DD).
  const auto former = nlohmann::json::parse(read_file(iso_dir / "iso_3166-3.json"));
  for (const auto &e : former.at("3166-3")) {
    if (!e.contains("alpha_2")) continue;
    const std::string code = e.at("alpha_2").get<std::string>();
    if (out.contains(code)) continue;
    Country c;
    c.code = code;
    c.current = false;
    add_iso_name(c, e.at("name").get<std::string>());
    c.label = *c.aliases.begin();
    out.emplace(code, std::move(c));
  }
  return out;
}

std::string category_of(int lex_file) {
  switch (lex_file) {
  case lex_person:
    return "person";
  case lex_group:
    return "organisation";
  case lex_location:
  case lex_object:
    return "place";
  case lex_artifact:
    return "facility";
  default:
    return {};
  }
}

void write_row(std::ostream &out, const std::string &key, const std::string &category,
               const std::string &label, const std::set<std::string> &aliases,
               const std::string &attributes) {
  out << key << '\t' << category << '\t' << label << '\t';
  bool first = true;
  for (const auto &a : aliases) {
    out << (first ? "" : "|") << a;
    first = false;
  }
  out << '\t' << attributes << '\n';
}

int run(const fs::path &iso_dir, const fs::path &wn_dir, const fs::path &out_dir) {
  auto countries = read_countries(iso_dir);
  const auto nouns = read_data(wn_dir / "data.noun");
  const auto adjectives = read_data(wn_dir / "data.adj");
  const auto verbs = read_data(wn_dir / "data.verb");
  const auto adverbs = read_data(wn_dir / "data.adv");
  const auto index = read_index(wn_dir / "index.noun");

  std::unordered_map<std::string, const Synset *> by_offset;
  for (const auto &s : nouns)
    by_offset.emplace(s.offset, &s);

  // Country synsets: a location instance one of whose names is an ISO name. Current states
  // win over former ones that share a name ("Russia" is also listed under the Soviet Union).
  std::unordered_map<std::string, std::string> iso_by_name;
  for (const auto &[code, c] : countries)
    for (const auto &a : c.aliases) {
      auto [it, inserted] = iso_by_name.emplace(lower(a), code);
      if (!inserted && !countries.at(it->second).current && c.current) it->second = code;
    }
  std::unordered_map<std::string, std::string> iso_of_synset;
  for (const auto &s : nouns) {
    if (!s.instance || s.lex_file != lex_location) continue;
    for (const auto &l : s.lemmas)
      if (auto it = iso_by_name.find(lower(l)); it != iso_by_name.end()) {
        iso_of_synset.emplace(s.offset, it->second);
        break;
      }
  }
  // A country synset's other names become aliases of the state. Current states go first; a
  // former state does not take a name a current one already has.
  std::set<std::string> taken;
  for (const bool current_pass : {true, false})
    for (const auto &[offset, code] : iso_of_synset) {
      auto &country = countries.at(code);
      if (country.current != current_pass) continue;
      for (const auto &l : by_offset.at(offset)->lemmas) {
        const auto it = iso_by_name.find(lower(l));
        if (it != iso_by_name.end() && it->second != code) continue;
        if (!current_pass && taken.contains(lower(l))) continue;
        country.aliases.insert(l);
        if (current_pass) taken.insert(lower(l));
      }
    }

  std::string capital_offset;
  if (auto it = index.find("national capital"); it != index.end() && !it->second.empty())
    capital_offset = it->second.front();

  // Each lemma names the instance synset that comes first in WordNet's sense order.
  std::unordered_map<std::string, std::string> first_instance; // lowercase lemma -> offset
  for (const auto &[lemma, offsets] : index)
    for (const auto &o : offsets) {
      const auto it = by_offset.find(o);
      if (it == by_offset.end() || !it->second->instance) continue;
      if (category_of(it->second->lex_file).empty()) continue;
      first_instance.emplace(lemma, o);
      break;
    }

  fs::create_directories(out_dir);
  {
    std::ofstream out(out_dir / "countries.tsv");
    out << "# Generated by build_gazetteer from iso-codes (ISO 3166-1, 3166-3) and WordNet.\n";
    for (const auto &[code, c] : countries) {
      std::set<std::string> aliases = c.aliases;
      aliases.insert(c.label);
      write_row(out, "state:" + code, "state", c.label, aliases,
                std::string("source=iso-codes") + (c.current ? "" : ";former=true"));
    }
  }
  {
    std::ofstream out(out_dir / "wordnet_actors.tsv");
    out << "# Generated by build_gazetteer from WordNet instance nouns.\n";
    std::map<std::string, std::string> rows; // key -> row, sorted and unique
    for (const auto &s : nouns) {
      if (!s.instance || iso_of_synset.contains(s.offset)) continue;
      std::string category = category_of(s.lex_file);
      if (category.empty()) continue;
      // An empire is named as a ruling polity, as the organisation heads of new names make it
      // ("the Ottoman Empire declared war"), not as the land it held.
      if (category == "place" && s.lemmas.front().ends_with(" Empire")) category = "organisation";
      std::set<std::string> aliases;
      for (const auto &l : s.lemmas) {
        if (!has_upper(l)) continue; // proper names only
        const auto it = first_instance.find(lower(l));
        if (it != first_instance.end() && it->second == s.offset) aliases.insert(l);
      }
      if (aliases.empty()) continue;
      // A person's label is the first name of two or more words ("Vladimir Putin").
      std::string label = s.lemmas.front();
      if (category == "person")
        for (const auto &l : s.lemmas)
          if (l.find(' ') != std::string::npos && has_upper(l)) {
            label = l;
            break;
          }
      std::string attributes = "source=wordnet";
      bool is_capital = false;
      for (const auto &[symbol, target] : s.pointers)
        if (symbol == "@i" && target == capital_offset) is_capital = true;
      if (is_capital)
        for (const auto &[symbol, target] : s.pointers)
          if (symbol == "#p")
            if (auto it = iso_of_synset.find(target); it != iso_of_synset.end()) {
              attributes += ";capital_of=" + it->second;
              break;
            }
      const std::string key = category + ":" + slug(label);
      if (key.size() <= category.size() + 1 || rows.contains(key)) continue;
      std::ostringstream row;
      write_row(row, key, category, label, aliases, attributes);
      rows.emplace(key, row.str());
    }
    for (const auto &[key, row] : rows)
      out << row;
  }
  {
    // Word classes: c = common lower-case word, v = verb lemma, x = irregular verb form
    // ("took", "met"), k = capitalised common word (a month, a language, a creed: not an actor
    // by itself), g = given name.
    std::map<std::string, std::string> classes;
    auto mark = [&classes](const std::string &word, char cls) {
      if (!is_plain_word(word)) return;
      auto &c = classes[lower(word)];
      if (c.find(cls) == std::string::npos) c.push_back(cls);
    };
    for (const auto *set : {&nouns, &adjectives, &verbs, &adverbs})
      for (const auto &s : *set)
        for (const auto &l : s.lemmas) {
          if (!has_upper(l))
            mark(l, 'c');
          else if (!s.instance && (s.pos == 'n' || s.pos == 'a' || s.pos == 's'))
            mark(l, 'k');
        }
    for (const auto &s : verbs)
      for (const auto &l : s.lemmas)
        if (!has_upper(l)) mark(l, 'v');
    for (const char *exc : {"noun.exc", "adj.exc", "verb.exc", "adv.exc"}) {
      std::ifstream in(wn_dir / exc);
      std::string form, base;
      while (in >> form >> base) {
        mark(form, 'c');
        if (std::string_view(exc) == "verb.exc") mark(form, 'x');
        std::getline(in, base);
      }
    }
    std::map<std::string, int> given;
    for (const auto &s : nouns) {
      if (!s.instance || s.lex_file != lex_person) continue;
      std::set<std::string> firsts;
      for (const auto &l : s.lemmas) {
        const auto space = l.find(' ');
        if (space == std::string::npos) continue;
        const std::string first = l.substr(0, space);
        if (first.size() >= 2 && has_upper(first) && is_plain_word(first)) firsts.insert(first);
      }
      for (const auto &f : firsts)
        ++given[f];
    }
    for (const auto &[name, n] : given)
      if (n >= 2) mark(name, 'g');
    std::ofstream out(out_dir / "words.tsv");
    out << "# Generated by build_gazetteer from WordNet: word<TAB>classes (c common, v verb, "
           "x irregular verb form, k capitalised common word, g given name).\n";
    for (const auto &[word, c] : classes)
      out << word << '\t' << c << '\n';
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 4) {
    std::cerr << "usage: build_gazetteer <iso-codes json dir> <wordnet dir> <output dir>\n";
    return 2;
  }
  try {
    return run(argv[1], argv[2], argv[3]);
  } catch (const std::exception &e) {
    std::cerr << "build_gazetteer: " << e.what() << '\n';
    return 1;
  }
}
