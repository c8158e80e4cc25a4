/**
 * A value made on first use, then kept. For what costs at every process start and is often never
 * used (a Unicode-property regular expression: V8 builds its character classes when it is created).
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
