// Benchmark: the invitation draw on a 1,000,000-row register (target, issue 3: parsed and drawn in
// under 2 s on 2 cores). Prints its figures; not part of the pass/fail suite.
// Run: build/tests/draw_bench [rows]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_draw.hpp"

using namespace mienskip;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  std::mt19937 random(7);
  std::string text = "id,naam,straat,huisnummer,postcode,dorp,geboortejaar\n";
  text.reserve(rows * 64);
  for (std::size_t i = 0; i < rows; ++i) {
    const unsigned household = static_cast<unsigned>(i / 2 + random() % 2);
    text += std::to_string(100000000 + i) + ",Inwoner " + std::to_string(i) + ",Dyk," + std::to_string(household) +
            "," + std::to_string(8600 + household % 400) + " " + static_cast<char>('A' + household % 26) + "B,Dorp " +
            std::to_string(household % 89) + "," + std::to_string(1930 + random() % 90) + "\n";
  }
  std::printf("draw_bench: register of %zu rows, %.0f MB of CSV\n", rows, text.size() / 1e6);
  const auto start = Clock::now();
  const auto table = parse_csv(text, "register.csv");
  const double parsed = std::chrono::duration<double>(Clock::now() - start).count();
  DrawParameters parameters;
  parameters.count = 10000;
  parameters.stratify_by = "dorp";
  parameters.household_key = {"postcode", "huisnummer"};
  const auto draw_start = Clock::now();
  const auto draw = draw_invitations(table, {}, parameters, "benchmark seed");
  const double drawn = std::chrono::duration<double>(Clock::now() - draw_start).count();
  std::printf("  parse %.3f s, hash + allocate + draw %.3f s, total %.3f s (target < 2 s); %zu invitations in %zu strata\n",
              parsed, drawn, parsed + drawn, draw.rows.size(), draw.strata.size());
  return 0;
}
