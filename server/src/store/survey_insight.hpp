#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mienskip::store {

/// How the responses of a survey came in: per day and per answer to one question.
struct Arrivals {
  long long total = 0;
  // ("2026-11-29", responses) for every day from the first response to the last, 0 included, by
  // the calendar in the Netherlands (Europe/Amsterdam), ascending.
  std::vector<std::pair<std::string, long long>> per_day;
  // (option id, responses) for every answer given to the question, in no particular order.
  std::vector<std::pair<std::string, long long>> per_answer;
  long long not_answered = 0;  // responses without an answer to the question
};

/// The arrivals of the survey with id `survey_id`, answers counted for the demographic question
/// `question_id`. One snapshot, so the counts add up while residents keep answering.
Arrivals survey_arrivals(pqxx::connection& connection, long long survey_id, const std::string& question_id);

/// Which motivations to read: every non-empty one, or those of one scenario, or those containing
/// a text (case-insensitive, the text taken literally), a page at a time.
struct MotivationQuery {
  std::optional<std::string> scenario;
  std::string text;  // empty: no text filter
  long long limit = 50;
  long long offset = 0;
};

/// A resident's motivation for the points given to one scenario.
struct Motivation {
  std::string response_id;  // the public id, as in the export
  std::string scenario;
  long long points = 0;
  std::string text;
  std::string language;
  std::string submitted_at;  // ISO 8601 in UTC
};

struct MotivationPage {
  std::vector<std::pair<std::string, long long>> with_text;  // (scenario, responses that motivated it), any order
  long long total = 0;                                        // motivations matching the query
  std::vector<Motivation> items;  // newest response first; within a response, in `scenario_order`
};

/// The motivations of the survey with id `survey_id` that match `query`, with the number of
/// motivations per scenario (regardless of the query). `scenario_order` is the survey's scenario
/// ids in order.
MotivationPage find_motivations(pqxx::connection& connection, long long survey_id,
                                const std::vector<std::string>& scenario_order, const MotivationQuery& query);

/// `text` as a LIKE pattern that matches exactly that text: `\`, `%` and `_` escaped with `\`.
std::string like_literal(std::string_view text);

}  // namespace mienskip::store
