#include "app/selection_runner.hpp"

#include <chrono>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/panel/panel_selection.hpp"
#include "store/forum_selection.hpp"

namespace mienskip::app {

SelectionRunner::SelectionRunner(store::ConnectionPool& database)
    : database_(database), worker_([this] { work(); }), heart_([this] { beat(); }) {}

SelectionRunner::~SelectionRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  worker_.join();
  heart_.join();
}

void SelectionRunner::submit(Job job) {
  {
    std::lock_guard lock(mutex_);
    alive_[{job.forum_id, job.run}] = "queued";
    queue_.push_back(std::move(job));
  }
  changed_.notify_all();
}

void SelectionRunner::work() {
  while (true) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      alive_[{job.forum_id, job.run}] = "computing";
    }
    compute(job);
    std::lock_guard lock(mutex_);
    alive_.erase({job.forum_id, job.run});
  }
}

void SelectionRunner::compute(const Job& job) {
  try {
    auto connection = database_.acquire();
    store::beat_selection(*connection, job.forum_id, job.run, "computing");
  } catch (const std::exception&) {
    // The heartbeat says the same a moment later.
  }
  std::string code, message;
  nlohmann::json result;
  try {
    SelectionOptions options;
    options.algorithm = job.algorithm;
    const auto outcome = select_panel(job.pool, job.panel_size, options);
    result = selection_json(job.pool, outcome, std::string("mienskip ") + MIENSKIP_VERSION);
  } catch (const Error& e) {
    code = e.code();
    message = e.what();
  } catch (const std::exception& e) {
    code = "internal_error";
    message = "The selection could not be computed; the server log says why.";
  }
  // The database may be briefly away: keep trying while the server runs, or the run would
  // later read as interrupted although it finished.
  for (int attempt = 0; attempt < 30; ++attempt) {
    try {
      auto connection = database_.acquire();
      if (code.empty()) {
        store::finish_selection(*connection, job.forum_id, job.run, result);
      } else {
        store::fail_selection(*connection, job.forum_id, job.run, code, message);
      }
      return;
    } catch (const std::exception&) {
      std::unique_lock lock(mutex_);
      if (changed_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; })) return;
    }
  }
}

void SelectionRunner::beat() {
  std::unique_lock lock(mutex_);
  while (!changed_.wait_for(lock, std::chrono::seconds(store::heartbeat_seconds), [this] { return stopping_; })) {
    const auto alive = alive_;
    lock.unlock();
    try {
      if (!alive.empty()) {
        auto connection = database_.acquire();
        for (const auto& [run, stage] : alive) store::beat_selection(*connection, run.first, run.second, stage);
      }
    } catch (const std::exception&) {
      // A missed beat is harmless; several in a row make the run read as interrupted.
    }
    lock.lock();
  }
}

}  // namespace mienskip::app
