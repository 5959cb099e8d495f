/** The vendored SPDX 2.3 and CycloneDX 1.6 JSON Schemas (schema/vendor/README.md), compiled once. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'

const dir = path.resolve(import.meta.dirname, '../../schema/vendor')
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>

let spdx: ValidateFunction | undefined
let cdx: ValidateFunction | undefined

export function spdxValidator(): ValidateFunction {
  if (!spdx) {
    const ajv = new Ajv2019({ strict: false, allErrors: true })
    addFormats.default(ajv)
    spdx = ajv.compile(load('spdx-schema-v2.3.json'))
  }
  return spdx
}

export function cycloneDxValidator(): ValidateFunction {
  if (!cdx) {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats.default(ajv)
    // the bom schema's $refs name the .SNAPSHOT copies relative to its $id: register them there
    for (const name of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
      const { $id: _id, ...schema } = load(name)
      ajv.addSchema(schema, `http://cyclonedx.org/schema/${name}`)
    }
    cdx = ajv.compile(load('bom-1.6.SNAPSHOT.schema.json'))
  }
  return cdx
}

/** The schema errors of a document, as text ('' when it is valid). */
export function schemaErrors(format: 'spdx' | 'cyclonedx', text: string): string {
  const v = format === 'spdx' ? spdxValidator() : cycloneDxValidator()
  return v(JSON.parse(text)) ? '' : JSON.stringify(v.errors?.slice(0, 5), null, 1)
}
