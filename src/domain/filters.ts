/**
 * The preliminary filtering of section 4.5 d and lesson 10: a problem or solution that asks for a
 * subsidy or a tax exemption, or that is merely declaratory ("declare the sector a national priority"),
 * is flagged with the litmus question. Flags are advice the team confirms, never blocks.
 */
export const filterFlags = ['subsidy', 'tax_exemption', 'declaratory'] as const;
export type FilterFlag = (typeof filterFlags)[number];

/** Lower case, accents removed, so "exoneración" and "exoneracion" match alike. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

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
  const folded = fold(texts.filter(Boolean).join('\n'));
  return filterFlags.filter((flag) => patterns[flag].some((re) => re.test(folded)));
}
