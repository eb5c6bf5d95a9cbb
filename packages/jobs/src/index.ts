export { jobsEnabled, startJobRunner, type JobRunner, type JobRunnerOptions } from "./job-runner.ts";
export { AGREEMENT_EXPIRY, AGREEMENT_REMINDERS, FRESHNESS_REMINDERS, SCHEDULES, SCHEDULE_TIME_ZONE } from "./schedules.ts";
