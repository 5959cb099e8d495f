/**
 * Orders strings by UTF-16 code unit — the same on every machine, locale and Node version (never
 * `localeCompare`): checksum files, archive entries and walks that must come out byte-identical.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
