/** A URL-friendly identifier from a Mesa name: "Mesa Ejecutiva Forestal" → "mesa-ejecutiva-forestal". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mesa'
  );
}
