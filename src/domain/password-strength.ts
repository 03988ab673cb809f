import { type TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import type { FieldIssue, FieldKey } from './errors';

/**
 * The strength a new password needs: zxcvbn's score 3 ("safely unguessable: moderate protection from
 * an offline slow-hash scenario", about 10^8 guesses), the level its authors recommend for accounts.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Only the first 64 characters are scored: the matchers grow steeply with length (a crafted
 * 200-character password took seconds on one core, 64 at most about a quarter of a second), and a
 * password whose first 64 characters are strong is strong. Fewer leet substitutions per word keep
 * the same bound for passwords made of symbols; Levenshtein matching is left off for the same reason.
 */
const SCORED_LENGTH = 64;

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: loading the dictionaries (common passwords, English and Spanish words and names) takes a fifth of a second. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: SCORED_LENGTH,
    l33tMaxSubstitutions: 5,
  });
  return estimator;
}

/**
 * zxcvbn's warning (its translation key; no translations are loaded) as the message of the field, in
 * the catalogue's words and register, in Spanish and English.
 */
const warningMessages: Record<keyof TranslationKeys['warnings'], FieldKey> = {
  topTen: 'fields.passwordCommon',
  topHundred: 'fields.passwordCommon',
  common: 'fields.passwordCommon',
  pwned: 'fields.passwordCommon',
  similarToCommon: 'fields.passwordLikeCommon',
  userInputs: 'fields.passwordPersonal',
  namesByThemselves: 'fields.passwordNames',
  commonNames: 'fields.passwordNames',
  wordByItself: 'fields.passwordSingleWord',
  straightRow: 'fields.passwordKeyboard',
  keyPattern: 'fields.passwordKeyboard',
  simpleRepeat: 'fields.passwordRepeats',
  extendedRepeat: 'fields.passwordRepeats',
  sequences: 'fields.passwordSequence',
  recentYears: 'fields.passwordDate',
  dates: 'fields.passwordDate',
};

/**
 * Why a new password is refused, as a field issue, or null when it is strong enough. `userInputs` are
 * what an attacker knows of the account (its e-mail, the person's name): a password built on them is
 * weak. The message says what zxcvbn found, when it says something.
 */
export function passwordWeakness(
  password: string,
  userInputs: readonly (string | null | undefined)[],
  path = 'password',
): FieldIssue | null {
  const inputs = userInputs.flatMap((input) => (input ? [input, ...input.split(/[\s@.+_-]+/)] : []));
  const result = zxcvbn().check(
    password,
    inputs.filter((word) => word.length > 2),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning as keyof typeof warningMessages | null;
  return { path, key: (warning && warningMessages[warning]) || 'fields.weakPassword' };
}
