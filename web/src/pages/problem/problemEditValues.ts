import type { ProblemDetail, UpdateProblem } from '../matrix/matrixApi';

export type Visibility = ProblemDetail['visibility'];
export type OwnerType = ProblemDetail['ownerType'];

/** The problem as the form holds it; scores as the text of their select. */
export interface EditValues {
  title: string;
  description: string;
  categoryKey: string | null;
  ownerType: OwnerType;
  raisedByPersonId: string | null;
  raisedByOrganizationId: string | null;
  entityIds: string[];
  impact: string;
  ease: string;
  inFocus: boolean;
  tags: string[];
  visibility: Visibility;
}
/** One editable field of a problem. */
export type Key = keyof EditValues;

export const editKeys: Key[] = [
  'title',
  'description',
  'categoryKey',
  'ownerType',
  'raisedByPersonId',
  'raisedByOrganizationId',
  'entityIds',
  'impact',
  'ease',
  'inFocus',
  'tags',
  'visibility',
];
export const visibilityList: Visibility[] = ['public', 'members', 'team'];
export const ownerTypes: OwnerType[] = ['MP', 'YP'];

export const valuesOf = (p: ProblemDetail): EditValues => ({
  title: p.title,
  description: p.description,
  categoryKey: p.category?.key ?? null,
  ownerType: p.ownerType,
  raisedByPersonId: p.raisedByPerson?.id ?? null,
  raisedByOrganizationId: p.raisedByOrganization?.id ?? null,
  entityIds: p.entities.map((e) => e.id),
  impact: String(p.impact),
  ease: String(p.ease),
  inFocus: p.inFocus,
  tags: [...p.tags],
  visibility: p.visibility,
});

/** Compares two values of a field; the order of the responsible entities does not matter. */
export function same(key: Key, a: EditValues[Key], b: EditValues[Key]): boolean {
  if (key === 'entityIds') {
    return JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
  }
  if (key === 'title' || key === 'description') return String(a).trim() === String(b).trim();
  return JSON.stringify(a) === JSON.stringify(b);
}
export const changedKeys = (from: EditValues, to: EditValues) =>
  editKeys.filter((k) => !same(k, from[k], to[k]));

/** Only the fields the user changed, as the API takes them. */
export function changesOf(values: EditValues, keys: Key[]): Omit<UpdateProblem, 'version'> {
  const body: Omit<UpdateProblem, 'version'> = {};
  for (const key of keys) {
    if (key === 'impact' || key === 'ease') body[key] = Number(values[key]);
    else if (key === 'title' || key === 'description') body[key] = values[key].trim();
    else Object.assign(body, { [key]: values[key] });
  }
  return body;
}
