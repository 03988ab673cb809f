import { foldText } from './search-text';

/** A URL-friendly identifier from a Mesa name: "Mesa Ejecutiva Forestal" → "mesa-ejecutiva-forestal". */
export function slugify(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mesa'
  );
}
