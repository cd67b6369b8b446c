#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace mienskip {

/// SHA-256 of `data` as 64 lower-case hexadecimal characters (OpenSSL's implementation).
std::string sha256_hex(std::string_view data);

/// SHA-256 of data that arrives in pieces (a register upload of a million rows is hashed while it
/// streams through, never held whole): the same digest as sha256_hex of the pieces joined.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(std::string_view piece);
  /// The digest as 64 lower-case hexadecimal characters; adding afterwards is an error.
  std::string hex();

 private:
  struct Context;
  std::unique_ptr<Context> context_;
  bool finished_ = false;
};

}  // namespace mienskip
