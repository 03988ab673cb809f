import { foldText } from './search-text';

/**
 * The preliminary filtering of section 4.5 d and lesson 10: a problem or solution that asks for a
 * subsidy or a tax exemption, or that is merely declaratory ("declare the sector a national priority"),
 * is flagged with the litmus question. Flags are advice the team confirms, never blocks.
 */
export const filterFlags = ['subsidy', 'tax_exemption', 'declaratory'] as const;
export type FilterFlag = (typeof filterFlags)[number];

const patterns: Record<FilterFlag, RegExp[]> = {
  subsidy: [
    /\bsubsidi\w*/,
    /\bsubvencion\w*/,
    /\bsubvencionar\w*/,
    /\bsubsid(y|ies|ise|ize|ised|ized|izing)\b/,
  ],
  tax_exemption: [
    /\bexonera\w*/,
    /\bexencion\w* (tributari|fiscal|de impuesto)/,
    /\b(beneficio|incentivo|credito)s? (tributario|fiscal)\w*/,
    /\btax (exemption|break|holiday|relief|credit|incentive)s?\b/,
    /\bexempt\w* from (\w+ )?tax\w*/,
  ],
  declaratory: [
    /\bdeclara\w* (de |como )?(de )?(interes|prioridad|necesidad) (nacional|publica|regional)/,
    /\b(interes|prioridad) nacional\b/,
    /\bdeclar\w* (the |a |as )*(sector |industry )?(a |as )?(national|public) (priority|interest)/,
    /\bnational priority\b/,
  ],
};

/** The flags a text suggests; the team confirms or dismisses each suggestion. */
export function suggestFilterFlags(...texts: (string | null | undefined)[]): FilterFlag[] {
  const folded = foldText(texts.filter(Boolean).join('\n'));
  return filterFlags.filter((flag) => patterns[flag].some((re) => re.test(folded)));
}

/** A record's confirmed and dismissed flags. */
export interface FlagState {
  confirmed: FilterFlag[];
  dismissed: FilterFlag[];
}

const known = (flags: readonly string[]) =>
  [...new Set(flags)].filter((f): f is FilterFlag => (filterFlags as readonly string[]).includes(f));

/**
 * The confirmed and dismissed flags after a change. A flag is never both: confirming a dismissed flag
 * takes it off the dismissed list, dismissing a confirmed one takes it off the confirmed list (the
 * latest decision of the team wins). When one change both confirms and dismisses a flag, the flag is
 * returned in `conflicts` and the change must be refused.
 */
export function reconcileFlags(
  stored: { confirmed: readonly string[]; dismissed: readonly string[] },
  change: { confirmed?: readonly string[] | undefined; dismissed?: readonly string[] | undefined },
): FlagState & { conflicts: FilterFlag[] } {
  const confirmed = known(change.confirmed ?? stored.confirmed);
  const dismissed = known(change.dismissed ?? stored.dismissed);
  const both = confirmed.filter((f) => dismissed.includes(f));
  if (change.confirmed && change.dismissed) return { confirmed, dismissed, conflicts: both };
  if (change.confirmed)
    return { confirmed, dismissed: dismissed.filter((f) => !both.includes(f)), conflicts: [] };
  return { confirmed: confirmed.filter((f) => !both.includes(f)), dismissed, conflicts: [] };
}

/** The suggestions still open: what the text suggests, less what the team confirmed or dismissed. */
export function openSuggestions(
  suggested: readonly FilterFlag[],
  confirmed: readonly string[],
  dismissed: readonly string[],
): FilterFlag[] {
  return suggested.filter((f) => !confirmed.includes(f) && !dismissed.includes(f));
}
