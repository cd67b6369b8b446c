#pragma once

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "core/panel/pool.hpp"
#include "store/connection_pool.hpp"

namespace mienskip::app {

/// Computes burgerforum selections in the background, one at a time, so that a request never
/// waits for the solver (a large pool takes minutes). The state lives in forum_selections: this
/// server keeps its runs' heartbeats going there, so that every server can show them and a run
/// whose server died reads as interrupted instead of running forever.
class SelectionRunner {
 public:
  struct Job {
    long long forum_id = 0;
    long long run = 0;
    Pool pool;
    int panel_size = 0;
    std::string algorithm;
  };

  explicit SelectionRunner(store::ConnectionPool& database);
  /// Waits for the run being computed; queued runs are left, and read as interrupted later.
  ~SelectionRunner();
  SelectionRunner(const SelectionRunner&) = delete;
  SelectionRunner& operator=(const SelectionRunner&) = delete;

  /// Queues a run recorded with store::start_selection.
  void submit(Job job);

 private:
  void work();
  void beat();
  void compute(const Job& job);

  store::ConnectionPool& database_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool stopping_ = false;
  std::deque<Job> queue_;
  std::map<std::pair<long long, long long>, std::string> alive_;  // (forum, run) -> stage
  std::thread worker_;
  std::thread heart_;
};

}  // namespace mienskip::app
