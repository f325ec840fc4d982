/** For a toolbar: `bind('status')` gives the value of one of a store's text filters and the handler that sets it. */
export function filterBinding<F extends { [K in keyof F]: string }>(filters: F, setFilter: <K extends keyof F>(key: K, value: F[K]) => void) {
  return <K extends keyof F>(key: K) => ({ value: filters[key], onChange: (value: string) => setFilter(key, value as F[K]) });
}
