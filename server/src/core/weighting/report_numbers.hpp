#pragma once

#include <string>

// How the text reports (`mienskip weigh --format text`) write their figures.
namespace mienskip::report_numbers {

/// `value` with `decimals` decimals and a point: "0.471".
std::string fixed(double value, int decimals);

/// A p-value as written after "p ": "< 0.001", or three decimals.
std::string p_value(double p);

}  // namespace mienskip::report_numbers
