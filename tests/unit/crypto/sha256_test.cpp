#include <boost/test/unit_test.hpp>
#include <string>

#include "core/crypto/sha256.hpp"

BOOST_AUTO_TEST_SUITE(sha256)

// Test vectors from FIPS 180-2, appendix B.
BOOST_AUTO_TEST_CASE(matches_the_published_test_vectors) {
  BOOST_TEST(mienskip::sha256_hex("") ==
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  BOOST_TEST(mienskip::sha256_hex("abc") ==
             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  BOOST_TEST(mienskip::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

BOOST_AUTO_TEST_CASE(hashes_binary_data_with_embedded_zero_bytes) {
  const std::string with_zero("a\0b", 3);
  BOOST_TEST(mienskip::sha256_hex(with_zero) != mienskip::sha256_hex("a"));
  BOOST_TEST(mienskip::sha256_hex(with_zero).size() == 64u);
}

BOOST_AUTO_TEST_CASE(hashing_in_pieces_gives_the_digest_of_the_whole) {
  const std::string text = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  for (std::size_t cut = 0; cut <= text.size(); ++cut) {
    mienskip::Sha256 digest;
    digest.add(std::string_view(text).substr(0, cut));
    digest.add(std::string_view(text).substr(cut));
    BOOST_TEST(digest.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }
  mienskip::Sha256 empty;
  BOOST_TEST(empty.hex() == mienskip::sha256_hex(""));
}

BOOST_AUTO_TEST_SUITE_END()
