/** Defaults and ranges of the werkateliers job settings (no server imports: the web form uses them too). */
export const DEFAULT_MEETING_REMINDER_DAYS = 3;
export const DEFAULT_MEETING_RETENTION_YEARS = 2;
export const MEETING_REMINDER_DAYS_RANGE = { min: 1, max: 30 } as const;
export const MEETING_RETENTION_YEARS_RANGE = { min: 1, max: 10 } as const;
