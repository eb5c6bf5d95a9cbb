export { authOptionsForRequest, getAuthOptions, isOidcEnabled, oidcDisplayName, SESSION_MAX_AGE_SECONDS } from "./next-auth-options.ts";
export { getSessionState, getSessionUser, requestSettings, type SessionState } from "./session.ts";
export { signInWithPassword, loadActiveUser, toSessionUser, SIGN_IN_LIMITS } from "./sign-in.ts";
export { clientIp, trustedProxyCount } from "./client-ip.ts";
export { linkOidcUser, oidcSettingsFromEnv, OIDC_PROVIDER_ID, type OidcClaims, type OidcLinkResult } from "./oidc.ts";
export { ROLES, ROLE_LABELS, type SessionUser } from "./roles.ts";
export { can, navigationFor, ACTIONS, type Action, type NavItem, type NavKey, type PolicySubject } from "./policy.ts";
export {
  createUserSession,
  DEFAULT_IDLE_TIMEOUT_MINUTES,
  describeDevice,
  ENDED_SESSION_RETENTION_DAYS,
  IDLE_TIMEOUT_MINUTES_RANGE,
  IDLE_TIMEOUT_SETTING,
  idleTimeoutMinutes,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_REVOKE_REASONS,
  sessionValidity,
  type SessionEndReason,
  type SessionRevokeReason,
} from "./user-sessions.ts";
export {
  checkTotp,
  demoCodeHintAllowed,
  groupedSecret,
  MFA_REQUIRED_ROLES,
  MFA_SIGN_IN_ERRORS,
  mfaEnrolmentRequired,
  mfaKey,
  openTotpSecret,
  RECOVERY_CODE_COUNT,
  totpCodeAt,
  totpQrDataUrl,
  totpUri,
} from "./mfa.ts";
export {
  acceptTotp,
  beginEnrolment,
  clearMfa,
  confirmEnrolment,
  mfaStatus,
  replaceRecoveryCodes,
  reserveCodeAttempt,
  resetMfa,
  signInWithSecondFactor,
  useRecoveryCode,
  type MfaStatus,
  type SecondFactorResult,
} from "./mfa-store.ts";
