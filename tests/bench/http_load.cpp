// A small closed-loop HTTP load generator for the survey benchmark (tests/bench/survey_bench.sh):
// T threads, each with one keep-alive connection, send requests back to back for S seconds and
// the latencies of all of them are reported.
//   http_load PORT THREADS SECONDS get PATH
//   http_load PORT THREADS SECONDS post-responses PATH CODES.csv
// Prints: requests, requests/s, p50 and p99 latency in ms, and how many answers were not 2xx.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: http_load PORT THREADS SECONDS get PATH | post-responses PATH CODES.csv\n");
    return 2;
  }
  const auto port = static_cast<Poco::UInt16>(std::stoi(argv[1]));
  const int threads = std::stoi(argv[2]);
  const double seconds = std::stod(argv[3]);
  const std::string mode = argv[4];
  const std::string path = argv[5];
  std::vector<std::string> codes;
  if (mode == "post-responses") {
    std::ifstream in(argv[6]);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) codes.push_back(line);
  }
  std::atomic<std::size_t> next_code{0};
  std::atomic<long> failures{0};
  std::mutex mutex;
  std::vector<double> latencies;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  const auto started = std::chrono::steady_clock::now();

  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      Poco::Net::HTTPClientSession session("127.0.0.1", port);
      session.setKeepAlive(true);
      session.setTimeout(Poco::Timespan(30, 0));
      std::vector<double> mine;
      std::string body;
      while (std::chrono::steady_clock::now() < deadline) {
        Poco::Net::HTTPRequest request(mode == "get" ? "GET" : "POST", path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        body.clear();
        if (mode == "post-responses") {
          const std::size_t i = next_code++;
          if (i >= codes.size()) break;
          body = "{\"code\":\"" + codes[i] + "\",\"idempotency_key\":\"bench-key-" + std::to_string(i) +
                 "\",\"allocations\":{\"gemeente-leidt\":30,\"opslag\":50,\"markt-bepaalt\":20},"
                 "\"motivations\":{\"opslag\":\"Zon en wind wisselen; opslag vangt dat op.\"},"
                 "\"demographics\":{\"age\":\"45-54\",\"area\":\"snits\"}}";
          request.setContentType("application/json");
          request.setContentLength64(static_cast<Poco::Int64>(body.size()));
        }
        const auto begin = std::chrono::steady_clock::now();
        try {
          session.sendRequest(request) << body;
          Poco::Net::HTTPResponse response;
          std::istream& in = session.receiveResponse(response);
          std::string answer;
          Poco::StreamCopier::copyToString(in, answer);
          if (response.getStatus() >= 300 && ++failures <= 3) {
            std::fprintf(stderr, "http_load: %d %s\n", static_cast<int>(response.getStatus()), answer.substr(0, 200).c_str());
          }
        } catch (const std::exception&) {
          ++failures;
          session.reset();
        }
        mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
      }
      std::lock_guard lock(mutex);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (auto& thread : pool) thread.join();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::sort(latencies.begin(), latencies.end());
  auto quantile = [&](double q) {
    return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, static_cast<std::size_t>(q * latencies.size()))];
  };
  std::printf("%zu requests in %.1f s: %.0f/s, p50 %.2f ms, p99 %.2f ms, not 2xx: %ld\n", latencies.size(), elapsed,
              latencies.size() / elapsed, quantile(0.5), quantile(0.99), failures.load());
  return 0;
}
