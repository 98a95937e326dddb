/** A lazily created singleton: made on first use, then reused by every invocation of the container. */
export function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}
