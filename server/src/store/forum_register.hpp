#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <pqxx/connection>
#include <pqxx/transaction>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/invitations/register_reader.hpp"

namespace pqxx {
class stream_to;
}

namespace mienskip::store {

/// A forum's accepted register as staff see it: its shape and hash, and only a few rows.
struct RegisterSummary {
  long long rows = 0;
  std::vector<std::string> columns;
  std::string sha256;  // register_hash, as `mienskip draw` computes it for the same file
  std::string uploaded_by, uploaded_at;
  std::vector<std::vector<std::string>> preview;  // the first rows, fields trimmed
};

/// The register of the forum `slug` with its first `preview_rows` rows, or nothing before an
/// upload was accepted. Throws Error `not_found` when there is no such forum.
std::optional<RegisterSummary> find_register(pqxx::connection& connection, const std::string& slug,
                                             std::size_t preview_rows = 5);

/// A register upload in progress, in one transaction: the forum's earlier rows are removed and the
/// new ones are COPYed in as they arrive, so neither the file nor the table is ever held in
/// memory. Nothing is visible to anyone else until commit(); an upload that ends any other way
/// (refused rows, an error, a client that went away) leaves the earlier register as it was.
class RegisterUpload {
 public:
  /// Locks the forum against a concurrent upload. Throws Error `not_found`.
  RegisterUpload(pqxx::connection& connection, const std::string& slug);
  ~RegisterUpload();
  RegisterUpload(const RegisterUpload&) = delete;
  RegisterUpload& operator=(const RegisterUpload&) = delete;

  /// One checked record: its index among the file's records, the line it starts on, and its
  /// trimmed fields (the id among them).
  void add(std::size_t position, long line, const std::string& person_id, const std::vector<std::string>& fields);

  /// Ends the copy and finds the ids that appear more than once: every occurrence after the
  /// first, the first `limit` of them in row order, and how many there are in all.
  std::pair<std::vector<RegisterProblem>, std::size_t> repeated_ids(std::size_t limit);

  /// Records the register as accepted, audits it (`forum.register_uploaded`, with the number of
  /// rows and the hash, never their contents) and commits.
  void commit(const std::vector<std::string>& columns, std::size_t rows, const std::string& sha256,
              const std::string& actor);

 private:
  void end_copy();

  pqxx::work work_;
  std::string slug_;
  long long forum_id_ = 0;
  std::unique_ptr<pqxx::stream_to> copy_;  // declared after work_: ended before the transaction is
  std::string line_;                       // a text[] literal, reused for every row
};

/// Fills `buffer` with up to `size` bytes of the file and returns how many; 0 at its end.
using ReadPiece = std::function<std::size_t(char* buffer, std::size_t size)>;

/// The pieces of a file already in memory (the demo's register), which must outlive the reading.
ReadPiece pieces_of(std::string_view text);

/// What reading an uploaded register came to: its problems (none when it was stored) and how the
/// file was written, which staff are told.
struct RegisterUploadOutcome {
  RegisterProblems problems;
  TextEncoding encoding = TextEncoding::utf8;
};

/// Reads a register extract as it arrives (RegisterReader's rules) into a RegisterUpload: the one
/// way staff's upload route and `mienskip forum demo` store a register. Returns the problems
/// found, the first `listed_problems` of them and how many in all (repeated ids included); when
/// there are any nothing was stored, otherwise the register was committed and audited. Throws
/// as RegisterUpload and RegisterReader do (`not_found`, `csv_malformed`).
RegisterUploadOutcome upload_register(pqxx::connection& connection, const std::string& slug, const ReadPiece& read,
                                      const std::string& actor, std::size_t listed_problems = 100);

}  // namespace mienskip::store
