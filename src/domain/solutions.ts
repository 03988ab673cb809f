/** The instrument a solution uses (what the government provides, section 4 of the paper). */
export const solutionInstruments = [
  'law',
  'regulation',
  'procedure',
  'infrastructure',
  'entity',
  'program',
  'financing',
  'other',
] as const;
export type SolutionInstrument = (typeof solutionInstruments)[number];

/** The default barrier categories of the method; a deployment's admin may rename, reorder or add. */
export const defaultBarrierCategories: { key: string; es: string; en: string }[] = [
  { key: 'red_tape', es: 'Trámites y procedimientos', en: 'Red tape and procedures' },
  {
    key: 'unsuited_regulation',
    es: 'Regulación inadecuada para el sector',
    en: 'Regulation unsuited to the sector',
  },
  { key: 'regulatory_gap', es: 'Vacío o resquicio regulatorio', en: 'Regulatory gap or loophole' },
  {
    key: 'export_market_access',
    es: 'Acceso a mercados de exportación y requisitos técnicos',
    en: 'Export market access and technical requirements',
  },
  {
    key: 'complementary_intervention',
    es: 'Intervención pública complementaria',
    en: 'Complementary public intervention',
  },
  {
    key: 'public_entity',
    es: 'Entidad pública por crear o fortalecer',
    en: 'Public entity to create or strengthen',
  },
  { key: 'infrastructure', es: 'Infraestructura pública', en: 'Public infrastructure' },
  { key: 'innovation', es: 'Incentivos a la innovación', en: 'Innovation incentives' },
  { key: 'skills', es: 'Capacitación y habilidades', en: 'Training and skills' },
  { key: 'financing', es: 'Financiamiento', en: 'Financing' },
  { key: 'land_property', es: 'Tierra y derechos de propiedad', en: 'Land and property rights' },
  {
    key: 'implementation_gap',
    es: 'Brecha de implementación (norma no aplicada en campo)',
    en: 'Implementation gap (norm not applied on the ground)',
  },
  { key: 'private_coordination', es: 'Coordinación entre privados', en: 'Private-private coordination' },
];

/**
 * The solution that counts for a problem (the Matrix's "latest solution"): the one most recently
 * proposed or revised, `revisedAt` giving when; of two revised at the same instant, the first listed.
 */
export function latestSolution<S>(solutions: readonly S[], revisedAt: (s: S) => Date): S | null {
  let latest: S | null = null;
  let latestAt = 0;
  for (const s of solutions) {
    const at = revisedAt(s).getTime();
    if (latest === null || at > latestAt) {
      latest = s;
      latestAt = at;
    }
  }
  return latest;
}
