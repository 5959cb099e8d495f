/** The SBOM formats go-xbuild writes and their file suffixes: small, so the plan can name the files without loading the generators. */
export type SbomFormat = 'spdx' | 'cyclonedx'

/** `<binary file>.spdx.json` (SPDX 2.3 JSON) and `<binary file>.cdx.json` (CycloneDX 1.6 JSON). */
export const SBOM_SUFFIX: Readonly<Record<SbomFormat, string>> = { spdx: '.spdx.json', cyclonedx: '.cdx.json' }
