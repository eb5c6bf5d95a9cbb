export { PAIR_STATEMENTS, pairStatement, type PairStatementId } from "./statements.ts";
export {
  CONSENT_BY_AGE,
  PAIR_FRAMES,
  PAIR_VERDICT_TITLES,
  isRaadVoorDeKinderbescherming,
  isVeiligThuis,
  pairAdvice,
  type ConsentAgeGroup,
  type PairAdvice,
  type PairCase,
  type PairFrame,
  type PairParty,
  type PairVerdict,
} from "./verdict.ts";
