/** Radio names in the attendance form: "aanwezigheid-<registrationId>" with value AANWEZIG or AFWEZIG. */
export const ATTENDANCE_FIELD_PREFIX = "aanwezigheid-";
