#pragma once

#include <cstdint>
#include <vector>

#include "core/survey/survey.hpp"
#include "core/survey/survey_response.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip {

/// Fictional answers for the demo survey (`mienskip survey demo`), so that a newcomer sees results,
/// motivations, exports and the council report without filling in hundreds of forms. Drawn from
/// `seed` with the fully specified mt19937, so every machine makes the same demo.
///
/// Not a model of anyone's opinion, only shaped so that every figure has something to show: the
/// answers to a question the margins cover follow the population's shares, tilted towards the
/// later options (older, more educated; up to 1.6 times) and towards the first of a question's
/// options when it has three or fewer (men, 1.3 times), so that weighting matters but stays
/// modest; a question the margins do not cover is answered evenly; the first responses give every
/// option once, so that no category is empty (weighting refuses one); about 2% decline a question;
/// the points follow a preference that shifts with the first question's answer (the older lean to
/// the first scenario, the younger to the second), with whole scenarios left at 0 now and then;
/// a tenth write a motivation.
std::vector<ResponseDraft> demo_responses(const Survey& survey, const Margins& margins, std::size_t count,
                                          std::uint32_t seed);

}  // namespace mienskip
