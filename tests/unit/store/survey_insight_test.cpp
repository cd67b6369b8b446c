// The search text residents' motivations are filtered by is taken literally (store/survey_insight).
#include "store/survey_insight.hpp"

#include <boost/test/unit_test.hpp>

using mienskip::store::like_literal;

BOOST_AUTO_TEST_SUITE(survey_insight)

BOOST_AUTO_TEST_CASE(like_wildcards_in_a_search_text_are_escaped) {
  BOOST_TEST(like_literal("wind op zee") == "wind op zee");
  BOOST_TEST(like_literal("100%") == "100\\%");
  BOOST_TEST(like_literal("a_b") == "a\\_b");
  BOOST_TEST(like_literal("c:\\temp") == "c:\\\\temp");
  BOOST_TEST(like_literal("%_\\") == "\\%\\_\\\\");
  BOOST_TEST(like_literal("Súdwest") == "Súdwest");
}

BOOST_AUTO_TEST_SUITE_END()
