#include "core/weighting/group_linearization.hpp"

namespace mienskip {

void add_to_cell(CellSums& cell, double y, double w) {
  cell.count += 1;
  cell.y += y;
  cell.w += w;
  cell.wy += w * y;
  cell.w2 += w * w;
  cell.w2y += w * w * y;
  cell.w2y2 += w * w * y * y;
}

GroupSums combine(GroupSums total, const GroupSums& part, double sign) {
  for (std::size_t c = 0; c < total.size(); ++c) {
    total[c].count += sign * part[c].count;
    total[c].y += sign * part[c].y;
    total[c].w += sign * part[c].w;
    total[c].wy += sign * part[c].wy;
    total[c].w2 += sign * part[c].w2;
    total[c].w2y += sign * part[c].w2y;
    total[c].w2y2 += sign * part[c].w2y2;
  }
  return total;
}

GroupLinearization::GroupLinearization(const Cells& cells, const CalibrationResiduals& regression,
                                       const std::vector<double>& weights)
    : cells_(cells), regression_(regression), weights_(weights), w1_(cells.count(), 0.0), w2_(cells.count(), 0.0) {
  for (std::size_t i = 0; i < weights.size(); ++i) {
    w1_[cells.cell_of[i]] += weights[i];
    w2_[cells.cell_of[i]] += weights[i] * weights[i];
  }
}

std::vector<GroupSums> GroupLinearization::sums_by_group(const std::vector<double>& y, const std::vector<int>& group_of,
                                                         std::size_t groups) const {
  std::vector<GroupSums> out(groups, GroupSums(cells_.count()));
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (group_of[i] < 0) continue;
    add_to_cell(out[static_cast<std::size_t>(group_of[i])][cells_.cell_of[i]], y[i], weights_[i]);
  }
  return out;
}

GroupInfluence GroupLinearization::influence(const GroupSums& sums) const {
  GroupInfluence f;
  double weighted = 0;
  for (const auto& cell : sums) {
    f.weight_total += cell.w;
    weighted += cell.wy;
  }
  if (f.weight_total <= 0) return f;
  f.mean = weighted / f.weight_total;
  const double m = f.mean, total = f.weight_total;
  const std::size_t count = sums.size();
  std::vector<double> z_sums(count);
  f.wz.resize(count);
  f.w2z.resize(count);
  f.w2z2.resize(count);
  for (std::size_t c = 0; c < count; ++c) {
    const auto& s = sums[c];
    z_sums[c] = (s.y - m * s.count) / total;
    f.wz[c] = (s.wy - m * s.w) / total;
    f.w2z[c] = (s.w2y - m * s.w2) / total;
    f.w2z2[c] = (s.w2y2 - 2 * m * s.w2y + m * m * s.w2) / (total * total);
  }
  f.fitted = regression_.fitted(z_sums);
  for (std::size_t c = 0; c < count; ++c) f.sum += f.wz[c] - w1_[c] * f.fitted[c];
  return f;
}

double GroupLinearization::covariance(const GroupInfluence& a, const GroupInfluence& b, bool same) const {
  if (a.fitted.empty() || b.fitted.empty()) return 0;
  double cross = 0;
  for (std::size_t c = 0; c < w2_.size(); ++c) {
    if (same) cross += a.w2z2[c];
    cross += w2_[c] * a.fitted[c] * b.fitted[c] - a.w2z[c] * b.fitted[c] - b.w2z[c] * a.fitted[c];
  }
  const double n = static_cast<double>(weights_.size());
  return n / (n - 1) * (cross - a.sum * b.sum / n);
}

}  // namespace mienskip
