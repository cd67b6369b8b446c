#include "web/http/client_address.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"

using mienskip::web::client_address;
using mienskip::web::TrustedProxies;

BOOST_AUTO_TEST_SUITE(client_address_behind_proxies)

BOOST_AUTO_TEST_CASE(networks_match_by_prefix) {
  const TrustedProxies trusted("127.0.0.1, 10.0.0.0/8, fd00::/8, 192.168.1.0/25", "--trusted-proxy");
  BOOST_TEST(trusted.contains("127.0.0.1"));
  BOOST_TEST(!trusted.contains("127.0.0.2"));
  BOOST_TEST(trusted.contains("10.200.3.4"));
  BOOST_TEST(!trusted.contains("11.0.0.1"));
  BOOST_TEST(trusted.contains("fd12::1"));
  BOOST_TEST(!trusted.contains("fe80::1"));
  BOOST_TEST(trusted.contains("192.168.1.127"));
  BOOST_TEST(!trusted.contains("192.168.1.128"));
  BOOST_TEST(trusted.contains("::ffff:127.0.0.1"));  // an IPv4 peer on a dual-stack socket
  BOOST_TEST(!trusted.contains("not an address"));
  BOOST_TEST(TrustedProxies().empty());
}

BOOST_AUTO_TEST_CASE(a_list_with_a_wrong_entry_is_refused_naming_the_setting) {
  for (const char* wrong : {"localhost", "10.0.0.0/33", "10.0.0.0/", "::1/129", "1.2.3.4/x", "1.2.3"}) {
    BOOST_CHECK_EXCEPTION(TrustedProxies(wrong, "MIENSKIP_TRUSTED_PROXY"), mienskip::Error, [](const mienskip::Error& e) {
      return e.code() == "invalid_configuration" && std::string(e.what()).find("MIENSKIP_TRUSTED_PROXY") != std::string::npos;
    });
  }
}

BOOST_AUTO_TEST_CASE(only_a_trusted_peer_speaks_for_the_client) {
  const TrustedProxies trusted("127.0.0.1", "--trusted-proxy");
  // From anywhere else the headers are ignored: nobody picks the address their limits count on.
  BOOST_TEST(client_address("203.0.113.9", "198.51.100.1", "198.51.100.2", trusted) == "203.0.113.9");
  BOOST_TEST(client_address("127.0.0.1", "198.51.100.1", "", trusted) == "198.51.100.1");
  BOOST_TEST(client_address("127.0.0.1", "", "198.51.100.2", trusted) == "198.51.100.2");
  BOOST_TEST(client_address("127.0.0.1", "", "", trusted) == "127.0.0.1");
  BOOST_TEST(client_address("127.0.0.1", "", "", TrustedProxies()) == "127.0.0.1");
}

BOOST_AUTO_TEST_CASE(forwarded_for_is_read_from_the_right) {
  const TrustedProxies trusted("127.0.0.1, 10.0.0.0/8", "--trusted-proxy");
  // A client that sends its own X-Forwarded-For only adds entries on the left.
  BOOST_TEST(client_address("127.0.0.1", "1.1.1.1, 198.51.100.7", "", trusted) == "198.51.100.7");
  BOOST_TEST(client_address("127.0.0.1", "garbage, 198.51.100.7", "", trusted) == "198.51.100.7");
  // Our own proxies in the chain are skipped.
  BOOST_TEST(client_address("127.0.0.1", "198.51.100.7, 10.1.2.3", "", trusted) == "198.51.100.7");
  BOOST_TEST(client_address("127.0.0.1", " 2001:db8::1 ", "", trusted) == "2001:db8::1");
  // An entry that is no address where the client should be: the peer, not something made up.
  BOOST_TEST(client_address("127.0.0.1", "198.51.100.7, nonsense", "", trusted) == "127.0.0.1");
  BOOST_TEST(client_address("127.0.0.1", "", "nonsense", trusted) == "127.0.0.1");
}

BOOST_AUTO_TEST_SUITE_END()
