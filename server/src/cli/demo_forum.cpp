#include "cli/demo_forum.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <utility>

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"
#include "core/crypto/deterministic_random.hpp"
#include "core/base/error.hpp"

namespace mienskip::cli {

namespace {

// Ages are counted at this year, so the register and the volunteers' answers never drift apart.
constexpr int reference_year = 2025;

struct Village {
  const char* name;  // the Frisian name, as the municipality uses it
  const char* area;  // the quota's group of villages
  int weight;        // share of the residents
  int postcode;      // the fictional postcode's number: 0 and three digits
};

constexpr std::array<Village, 16> villages{{
    {"Snits", "Snits", 34, 861},
    {"Boalsert", "Boalsert en Wûnseradiel", 10, 870},
    {"Makkum", "Boalsert en Wûnseradiel", 5, 754},
    {"Wytmarsum", "Boalsert en Wûnseradiel", 3, 748},
    {"Pingjum", "Boalsert en Wûnseradiel", 1, 749},
    {"Warkum", "Súdwesthoeke", 6, 711},
    {"Koudum", "Súdwesthoeke", 4, 723},
    {"Hylpen", "Súdwesthoeke", 2, 713},
    {"Starum", "Súdwesthoeke", 2, 715},
    {"Molkwar", "Súdwesthoeke", 1, 714},
    {"Drylts", "Marren en Littenseradiel", 4, 651},
    {"Heech", "Marren en Littenseradiel", 3, 621},
    {"Wâldsein", "Marren en Littenseradiel", 2, 855},
    {"Wommels", "Marren en Littenseradiel", 3, 731},
    {"Easterlittens", "Marren en Littenseradiel", 1, 732},
    {"Oppenhuzen", "Marren en Littenseradiel", 1, 624},
}};

// Invented words: a street or surname here cannot be anyone's real address or family.
constexpr std::array<const char*, 12> streets{"Demowei",      "Foarbyldstrjitte", "Proefleane",   "Fiktyfpaad",
                                              "Testsingel",   "Oefenkade",        "Nepdyk",       "Skynstrjitte",
                                              "Probearleane", "Fantasijwei",      "Ferdichtpaad", "Sampleplein"};
constexpr std::array<const char*, 14> surnames{"Foarbyldsma", "Proefstra", "Testinga",   "Nepkema",  "Fiktyfstra",
                                               "Demoma",      "Oefenga",   "Probearsma", "Skynstra", "Fantasma",
                                               "de Demo",     "van Proef", "Sampleda",   "Ferdichtsma"};
constexpr std::array<const char*, 20> women{"Sjoukje", "Baukje", "Froukje", "Tjitske", "Janke", "Aukje",  "Hiltsje",
                                            "Wytske",  "Griet",  "Anna",    "Emma",    "Sanne", "Lotte",  "Femke",
                                            "Marrit",  "Jildou", "Ilse",    "Nynke",   "Roos",  "Lisa"};
constexpr std::array<const char*, 20> men{"Sjoerd", "Wiebe", "Jelle",  "Hidde",  "Tjeerd", "Auke",  "Douwe",
                                          "Pieter", "Jan",   "Bauke",  "Sietse", "Rients", "Durk",  "Gerrit",
                                          "Lucas",  "Daan",  "Sem",    "Thijs",  "Jorrit", "Wybren"};

const std::vector<std::string> age_groups{"16-34", "35-64", "65+"};
const std::vector<std::string> educations{"vmbo of lager", "havo, vwo of mbo", "hbo of wo"};
const std::vector<std::string> areas{"Snits", "Boalsert en Wûnseradiel", "Súdwesthoeke", "Marren en Littenseradiel"};

// An index drawn with the given relative weights.
std::size_t weighted(DeterministicRandom& random, const std::vector<int>& weights) {
  auto left = static_cast<int>(random.below(static_cast<std::uint64_t>(std::accumulate(weights.begin(), weights.end(), 0))));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (left < weights[i]) return i;
    left -= weights[i];
  }
  return weights.size() - 1;
}

int between(DeterministicRandom& random, int low, int high) {
  return low + static_cast<int>(random.below(static_cast<std::uint64_t>(high - low + 1)));
}

// The age of a resident who lives alone or as a couple. With the households' children (16 to 24)
// and parents (42 to 62) the register comes to about Súdwest-Fryslân's shares of residents of 16
// and over: 27% aged 16-34, 48% 35-64, 25% 65+.
int adult_age(DeterministicRandom& random) {
  switch (weighted(random, {16, 42, 42})) {
    case 0: return between(random, 18, 34);
    case 1: return between(random, 35, 64);
    default: return between(random, 65, 94);
  }
}

std::string age_group(int birth_year) {
  const int age = reference_year - birth_year;
  return age <= 34 ? age_groups[0] : age <= 64 ? age_groups[1] : age_groups[2];
}

nlohmann::json category(const std::string& name, const std::vector<std::string>& values,
                        const std::vector<std::pair<int, int>>& seats) {
  nlohmann::json listed = nlohmann::json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    listed.push_back({{"value", values[i]}, {"min", seats[i].first}, {"max", seats[i].second}});
  }
  return {{"name", name}, {"values", listed}};
}

std::string lower_ascii(std::string text) {
  std::string out;
  for (const char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::size_t column(const std::vector<std::string>& columns, const std::string& name) {
  const auto at = std::find(columns.begin(), columns.end(), name);
  if (at == columns.end()) throw Error(error_codes::invalid_demo, "the demo register has no column '" + name + "'");
  return static_cast<std::size_t>(at - columns.begin());
}

}  // namespace

nlohmann::json demo_forum_body(const std::string& slug) {
  return {{"slug", slug},
          {"name", "Burgerforum Energie Súdwest-Fryslân (demo)"},
          {"municipality", "Súdwest-Fryslân"},
          {"panel_size", 30},
          {"categories",
           {category("Leeftijd", age_groups, {{7, 10}, {12, 16}, {6, 9}}),
            category("Geslacht", {"vrouw", "man"}, {{14, 16}, {14, 16}}),
            category("Gebied", areas, {{10, 14}, {5, 8}, {4, 7}, {4, 7}}),
            category("Opleiding", educations, {{7, 11}, {10, 14}, {7, 11}})}}};
}

nlohmann::json demo_letter_texts() {
  return {{"facts",
           {{"reply_by", "2027-03-01"}, {"phone", "14 0515"}, {"email", "burgerforum-demo@example.org"},
            {"meetings", {"2027-04-10", "2027-04-24", "2027-05-15"}}, {"allowance_euros", 150}}}};
}

nlohmann::json demo_question_texts() {
  return nlohmann::json::parse(R"({"questions": [
    {"category": "Leeftijd", "label": {"fy": "Leeftyd", "en": "Age"},
     "help": {"nl": "Uw leeftijd vandaag.", "fy": "Jo leeftyd hjoed.", "en": "Your age today."}},
    {"category": "Geslacht", "label": {"fy": "Geslacht", "en": "Gender"},
     "values": [{"value": "vrouw", "label": {"fy": "frou", "en": "woman"}}, {"value": "man", "label": {"fy": "man", "en": "man"}}]},
    {"category": "Gebied", "label": {"fy": "Gebiet", "en": "Area"},
     "help": {"nl": "Het gebied van uw woonplaats. Boalsert, Makkum, Wytmarsum en Pingjum vallen onder Boalsert en Wûnseradiel.",
              "fy": "It gebiet fan jo wenplak. Boalsert, Makkum, Wytmarsum en Pingjum hearre by Boalsert en Wûnseradiel.",
              "en": "The area you live in. Boalsert, Makkum, Wytmarsum and Pingjum are in Boalsert en Wûnseradiel."}},
    {"category": "Opleiding", "label": {"fy": "Oplieding", "en": "Education"},
     "help": {"nl": "Uw hoogste afgeronde opleiding.", "fy": "Jo heechste ôfrûne oplieding.", "en": "Your highest completed education."}}]})");
}

namespace {

// A street's postcode: the village's four digits, letters after the street's index.
std::string street_postcode(int village_postcode, std::size_t street) {
  char postcode[8];
  std::snprintf(postcode, sizeof postcode, "%04d %c%c", village_postcode, 'A' + static_cast<int>(street / 5),
                'A' + static_cast<int>(street % 26));
  return postcode;
}

std::string demo_id(std::size_t number) {
  char id[16];
  std::snprintf(id, sizeof id, "DEMO-%06zu", number);
  return id;
}

std::string register_csv(const std::vector<std::vector<std::string>>& rows) {
  std::string csv = "id,voornaam,achternaam,straat,huisnummer,postcode,woonplaats,geboortejaar,geslacht\n";
  // huisnummer and geboortejaar are numbers the program wrote; the rest is text (csv_cell).
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) csv.push_back(',');
      append_csv_cell(csv, row[i], i == 4 || i == 7 ? CellKind::number : CellKind::text);
    }
    csv.push_back('\n');
  }
  return csv;
}

}  // namespace

std::string demo_register_csv(std::size_t residents) {
  DeterministicRandom random("mienskip-demo-register");
  std::vector<int> village_weights;
  for (const auto& village : villages) village_weights.push_back(village.weight);
  // Next house number per village and street; a street's postcode letters follow its index.
  std::vector<std::vector<int>> next_number(villages.size(), std::vector<int>(streets.size(), 1));

  std::vector<std::vector<std::string>> rows;
  rows.reserve(residents);
  while (rows.size() < residents) {
    const auto v = weighted(random, village_weights);
    const auto& village = villages[v];
    // Smaller villages have fewer streets.
    const auto street_count = std::min<std::size_t>(streets.size(), 2 + static_cast<std::size_t>(village.weight) / 3);
    const auto s = (v + random.below(street_count)) % streets.size();
    const int number = next_number[v][s];
    next_number[v][s] += static_cast<int>(1 + random.below(2));
    const std::string postcode = street_postcode(village.postcode, s);

    const auto size = 1 + weighted(random, {38, 40, 12, 8, 2});  // residents of 16 and over
    const std::string family = surnames[random.below(surnames.size())];
    const bool head_woman = random.below(2) == 0;
    const int head_age = size >= 3 ? between(random, 42, 62) : adult_age(random);
    for (std::size_t member = 0; member < size && rows.size() < residents; ++member) {
      bool woman = head_woman;
      int age = head_age;
      std::string surname = family;
      if (member == 1) {
        woman = random.below(10) == 0 ? head_woman : !head_woman;
        age = std::clamp(head_age + between(random, -5, 5), 18, 99);
        if (random.below(10) < 4) surname = surnames[random.below(surnames.size())];
      } else if (member >= 2) {
        woman = random.below(2) == 0;
        age = between(random, 16, 24);
      }
      const char* first = woman ? women[random.below(women.size())] : men[random.below(men.size())];
      rows.push_back({demo_id(rows.size() + 1), first, surname, streets[s], std::to_string(number), postcode, village.name,
                      std::to_string(reference_year - age), woman ? "V" : "M"});
    }
  }
  return register_csv(rows);
}

nlohmann::json demo_draw_parameters(std::size_t invitations) {
  return {{"count", invitations}, {"stratify_by", "woonplaats"}, {"household_key", {"postcode", "huisnummer"}}};
}

std::vector<DemoVolunteer> demo_volunteers(const std::vector<std::string>& columns,
                                           const std::vector<std::vector<std::string>>& rows, std::size_t count) {
  if (rows.size() < count) throw Error(error_codes::invalid_demo, "fewer residents were invited than the demo's volunteers");
  const auto first = column(columns, "voornaam"), last = column(columns, "achternaam");
  const auto born = column(columns, "geboortejaar"), sex = column(columns, "geslacht"), place = column(columns, "woonplaats");
  DeterministicRandom random("mienskip-demo-volunteers");

  // Who answers a letter: weighted sampling without replacement (Efraimidis-Spirakis, the largest
  // log(u) / weight), with the weights of a self-selected response.
  std::vector<std::pair<double, DemoVolunteer>> candidates;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const auto age = age_group(std::stoi(row[born]));
    const auto education = educations[weighted(random, {30, 40, 30})];
    const auto village = std::find_if(villages.begin(), villages.end(), [&](const Village& v) { return row[place] == v.name; });
    if (village == villages.end()) throw Error(error_codes::invalid_demo, "the demo register names an unknown village");
    const double weight = (age == age_groups[0] ? 0.6 : age == age_groups[1] ? 1.0 : 1.7) *
                          (education == educations[0] ? 0.5 : education == educations[1] ? 1.0 : 2.0);
    const double u = (static_cast<double>(random.next64() >> 11) + 0.5) / 9007199254740992.0;  // (0, 1)
    DemoVolunteer volunteer;
    volunteer.invitation = i;
    volunteer.answers = {{"Leeftijd", age},
                         {"Geslacht", row[sex] == "V" ? "vrouw" : "man"},
                         {"Gebied", village->area},
                         {"Opleiding", education}};
    volunteer.contact.name = row[first] + " " + row[last];
    volunteer.contact.email = lower_ascii(row[first]) + "." + lower_ascii(row[last]) + "@example.org";
    candidates.emplace_back(std::log(u) / weight, std::move(volunteer));
  }
  // Largest key first: also the order in which they sign up.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<DemoVolunteer> chosen;
  for (std::size_t i = 0; i < count; ++i) chosen.push_back(std::move(candidates[i].second));
  return chosen;
}

}  // namespace mienskip::cli
