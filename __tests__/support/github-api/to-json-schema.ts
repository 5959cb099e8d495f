/**
 * OpenAPI 3.0 schema objects → JSON Schema (draft-07) that ajv compiles in strict mode.
 *
 * OpenAPI 3.0 is "JSON Schema with differences": `nullable` instead of a `null` type, a boolean
 * `exclusiveMinimum`, `example`, `discriminator`, `x-*` extensions and formats ajv does not know. We
 * convert rather than run ajv loosely (strict: false would also silently accept a misspelled keyword
 * in a hand-written schema). Only what GitHub's description uses is handled; anything else is dropped
 * by the allow-list below, never passed through unchecked.
 */

export type Schema = Record<string, unknown>

/** JSON Schema keywords kept as they are (their OpenAPI 3.0 meaning is the JSON Schema one). */
const KEPT = new Set([
  'type', 'enum', 'format', 'title', 'description', 'default', 'readOnly', 'writeOnly',
  'minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required'
])

/** Keywords whose values are schemas (or lists/maps of schemas) and are converted recursively. */
const SUBSCHEMA = new Set(['items', 'not', 'additionalProperties'])
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf'])

/**
 * Convert one schema. `refName` maps an OpenAPI `$ref` ('#/components/schemas/x') to the reference
 * it becomes in the bundle (and lets the caller collect what is referenced).
 */
export function toJsonSchema(schema: unknown, refName: (ref: string) => string): Schema | boolean {
  if (typeof schema === 'boolean') return schema
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new Error(`not a schema object: ${JSON.stringify(schema)}`)
  }
  const source = schema as Schema
  // OpenAPI 3.0: siblings of $ref are ignored, so a $ref is the whole schema
  if (typeof source.$ref === 'string') return { $ref: refName(source.$ref) }

  const out: Schema = {}
  for (const [key, value] of Object.entries(source)) {
    if (KEPT.has(key)) out[key] = value
    else if (SUBSCHEMA.has(key)) out[key] = typeof value === 'boolean' ? value : toJsonSchema(value, refName)
    else if (SUBSCHEMA_LIST.has(key)) out[key] = (value as unknown[]).map((s) => toJsonSchema(s, refName))
    else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([name, s]) => [name, toJsonSchema(s, refName)]))
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      // 3.0: a boolean modifying minimum/maximum; draft-07: the bound itself
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum'
      if (value === true && typeof source[bound] === 'number') {
        out[key] = source[bound]
        delete out[bound]
      }
    }
    // everything else (nullable handled below, example, discriminator, xml, externalDocs, deprecated, x-*) is
    // annotation only in 3.0 or has no draft-07 equivalent
  }
  // `minimum` may have been copied after its exclusive twin moved it
  if (typeof out.exclusiveMinimum === 'number') delete out.minimum
  if (typeof out.exclusiveMaximum === 'number') delete out.maximum

  if (source.nullable === true) return withNull(out)
  return out
}

/** `nullable: true` → null is one more allowed value. */
function withNull(schema: Schema): Schema {
  if (typeof schema.type === 'string') {
    const nullable: Schema = { ...schema, type: [schema.type, 'null'] }
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) nullable.enum = [...schema.enum, null]
    return nullable
  }
  // no single type (allOf/anyOf/oneOf, or untyped): null or the schema
  return { anyOf: [{ type: 'null' }, schema] }
}
