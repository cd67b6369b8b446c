#include "core/weighting/cells.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace mienskip {

namespace {

void add_to_cell(Cells& cells, std::size_t respondent, std::uint32_t cell, bool fresh,
                 const std::vector<std::vector<std::uint16_t>>& codes) {
  if (fresh) {
    for (std::size_t v = 0; v < codes.size(); ++v) cells.codes[v].push_back(codes[v][respondent]);
    cells.size.push_back(0);
  }
  cells.cell_of[respondent] = cell;
  cells.size[cell] += 1;
}

}  // namespace

Cells group_cells(const std::vector<std::vector<std::uint16_t>>& codes) {
  Cells cells;
  cells.codes.resize(codes.size());
  const std::size_t n = codes.empty() ? 0 : codes.front().size();
  cells.cell_of.resize(n);

  // A mixed-radix number over the categories identifies a combination exactly, as long as the
  // product of the numbers of categories fits in 64 bits (it does for any realistic margins).
  std::vector<std::uint64_t> radix;
  bool fits = true;
  std::uint64_t product = 1;
  for (const auto& variable : codes) {
    const std::uint64_t categories =
        variable.empty() ? 1 : *std::max_element(variable.begin(), variable.end()) + 1u;
    radix.push_back(categories);
    if (product > std::numeric_limits<std::uint64_t>::max() / categories) fits = false;
    product *= categories;
  }

  auto key_of = [&](std::size_t i) {
    std::uint64_t key = 0;
    for (std::size_t v = 0; v < codes.size(); ++v) key = key * radix[v] + codes[v][i];
    return key;
  };
  constexpr std::uint32_t no_cell = std::numeric_limits<std::uint32_t>::max();
  if (fits && product <= std::max<std::uint64_t>(n, 1u << 16)) {
    // Few possible combinations (age x gender x area is a few hundred): a table indexed by the
    // number itself, no hashing and no allocation per respondent.
    std::vector<std::uint32_t> index(product, no_cell);
    for (std::size_t i = 0; i < n; ++i) {
      auto& cell = index[key_of(i)];
      const bool fresh = cell == no_cell;
      if (fresh) cell = static_cast<std::uint32_t>(cells.size.size());
      add_to_cell(cells, i, cell, fresh, codes);
    }
  } else if (fits) {
    std::unordered_map<std::uint64_t, std::uint32_t> index;
    for (std::size_t i = 0; i < n; ++i) {
      auto [it, fresh] = index.try_emplace(key_of(i), static_cast<std::uint32_t>(cells.size.size()));
      add_to_cell(cells, i, it->second, fresh, codes);
    }
  } else {
    std::map<std::vector<std::uint16_t>, std::uint32_t> index;
    std::vector<std::uint16_t> key(codes.size());
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t v = 0; v < codes.size(); ++v) key[v] = codes[v][i];
      auto [it, fresh] = index.emplace(key, static_cast<std::uint32_t>(cells.size.size()));
      add_to_cell(cells, i, it->second, fresh, codes);
    }
  }
  return cells;
}

}  // namespace mienskip
