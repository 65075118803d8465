package io.hearth.jobs;

/** What a queued job row holds: the handler's kind and its JSON payload. */
record JobData(String kind, String payload) {

}
