#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mienskip {

/// How a file's text was written. Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)"
/// in Windows-1252 and only "CSV UTF-8" in UTF-8, so a municipality's files come in both.
enum class TextEncoding { utf8, windows_1252 };

/// "UTF-8" or "Windows-1252", as staff see it said and as the API reports it.
const char* encoding_name(TextEncoding encoding);

/// Windows-1252 text in UTF-8 (the WHATWG table: 0x80-0x9F are the typographic quotes, the euro
/// sign and so on, 0xA0-0xFF are Latin-1); nullopt when it holds a NUL or one of the five bytes
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which no Excel file holds.
std::optional<std::string> windows_1252_to_utf8(std::string_view text);

/// Decides one file's encoding and reads its fields by it. A byte order mark says UTF-8; otherwise
/// the first field with a byte beyond ASCII decides: valid UTF-8 means UTF-8 (a Windows-1252 word
/// is almost never valid UTF-8: an accented letter would have to be followed by one of the 32
/// continuation bytes), anything else Windows-1252. Fields before it were ASCII, the same in both,
/// so a file streamed in pieces is read as if it had been seen whole.
class TextDecoder {
 public:
  void byte_order_mark() { decided_ = true; }
  /// `field` in UTF-8 when the file's encoding reads it; left as it is otherwise (a stray byte in a
  /// UTF-8 file, an undefined byte in a Windows-1252 one), for the caller's check to name.
  void decode(std::string& field);
  TextEncoding encoding() const { return encoding_; }

 private:
  bool decided_ = false;
  TextEncoding encoding_ = TextEncoding::utf8;
};

}  // namespace mienskip
