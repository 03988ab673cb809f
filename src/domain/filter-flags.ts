/**
 * The flags of the preliminary filtering (section 4.5 d): what the Matrix filters on. Apart from the
 * patterns that suggest them (./filters), so that reading a view does not load the patterns.
 */
export const filterFlags = ['subsidy', 'tax_exemption', 'declaratory'] as const;
export type FilterFlag = (typeof filterFlags)[number];
