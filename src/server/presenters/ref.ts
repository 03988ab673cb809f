/** Left joins give an object of nulls when nothing matched; a reference is then absent. */
export function ref<T extends { id: string | null }>(value: T | null): (T & { id: string }) | null {
  return value?.id ? (value as T & { id: string }) : null;
}
