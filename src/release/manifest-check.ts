/**
 * A partial artifact's manifest.json is text another job uploaded: merge validates it against the
 * published schema (schema/manifest.schema.json, bundled through this import, so nothing is read
 * from disk at run time) before reading any field, then checks what the schema cannot say — every
 * file name a plain relative path. Loaded lazily by merge, so build runs never load ajv.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import schema from '../../schema/manifest.schema.json' with { type: 'json' }
import type { Manifest } from './manifest.js'

export class ManifestError extends Error {}

let compiled: ReturnType<Ajv2020['compile']> | undefined
/** Compiled once per process; measured at a few milliseconds (see the README's Fan-out section). */
function validator(): ReturnType<Ajv2020['compile']> {
  // strict: a schema typo is a bug to surface in tests, not a keyword to ignore
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema)
  return compiled
}

const describeSchemaError = (e: ErrorObject): string => {
  const where = e.instancePath || '(the top level)'
  if (e.keyword === 'additionalProperties') return `${where}: unknown field "${String(e.params.additionalProperty)}"`
  if (e.keyword === 'required') return `${where}: missing field "${String(e.params.missingProperty)}"`
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
  return `${where} ${e.message ?? 'is invalid'}`
}

/** The manifest, typed, if `value` matches the schema; throws naming `what` and the first problems. */
export function validateManifest(value: unknown, what: string): Manifest {
  const validate = validator()
  if (!validate(value)) {
    const errors = (validate.errors ?? []).slice(0, 3).map(describeSchemaError)
    throw new ManifestError(`${what} does not match the manifest schema: ${errors.join('; ')}`)
  }
  const manifest = value as Manifest
  for (const [i, a] of manifest.artifacts.entries()) {
    checkRelativePath(a.file, `${what}: artifacts/${i}/file`)
    if (a.archive) checkRelativePath(a.archive.file, `${what}: artifacts/${i}/archive/file`)
    for (const [j, s] of (a.sboms ?? []).entries()) checkRelativePath(s.file, `${what}: artifacts/${i}/sboms/${j}/file`)
    for (const [j, s] of (a.signatures ?? []).entries()) checkRelativePath(s, `${what}: artifacts/${i}/signatures/${j}`)
  }
  return manifest
}

/**
 * A file name inside output-dir as a manifest records it: forward slashes, relative, no `.`/`..` or
 * empty element, no backslash, drive letter or control/bidi character. What is refused here could
 * otherwise make merge read or write outside the partial's directory or the staging directory.
 */
export function checkRelativePath(file: string, what: string): string {
  const problem =
    file === ''
      ? 'is empty'
      : file.startsWith('/')
        ? 'is absolute'
        : /\\/.test(file)
          ? 'holds a backslash'
          : /^[A-Za-z]:/.test(file)
            ? 'starts with a drive letter'
            : [...file].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || /[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(c))
              ? 'holds a control or bidi character'
              : file.split('/').some((s) => s === '' || s === '.' || s === '..')
                ? 'has an empty, "." or ".." element'
                : undefined
  if (problem) throw new ManifestError(`${what} ${JSON.stringify(file)} ${problem}; a manifest lists plain relative paths inside output-dir`)
  return file
}
