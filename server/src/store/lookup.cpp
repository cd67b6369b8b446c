#include "store/lookup.hpp"

#include "core/base/error.hpp"

namespace mienskip::store {

long long forum_id(pqxx::transaction_base& tx, const std::string& slug, RowLock lock) {
  const auto rows = tx.exec_params(
      std::string("SELECT id FROM forums WHERE slug = $1") + (lock == RowLock::for_update ? " FOR UPDATE" : ""), slug);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no forum '" + slug + "'.");
  return rows[0][0].as<long long>();
}

long long survey_id(pqxx::transaction_base& tx, const std::string& slug) {
  const auto rows = tx.exec_params("SELECT id FROM surveys WHERE slug = $1", slug);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  return rows[0][0].as<long long>();
}

}  // namespace mienskip::store
