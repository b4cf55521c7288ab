#!/usr/bin/env node
// Adds to test/golden/wire.json a vector for every message type (and each case of its oneof) of
// proto/*.proto that has none yet: every field set, encoded by the generated code of the day.
// Vectors already there are never rewritten: they hold the bytes older daemons send, and
// test/unit/golden-wire.test.ts holds the wire code to them, so old and new daemons keep
// understanding each other. Run it after adding a message, before changing how code is generated.
//   node scripts/golden-wire.mjs
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const files = readdirSync(join(root, 'proto')).filter(f => f.endsWith('.proto')).sort()
const out = join(root, 'test', 'golden', 'wire.json')
const vectors = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : []
const known = new Set(vectors.map(v => `${v.proto}.${v.type}.${v.case ?? ''}`))
const added = vectors.length
const gen = await import(join(root, 'proto', 'gen', 'wire.js'))
for (const file of files) {
  const name = file.replace(/\.proto$/, '')
  const reflect = protobuf.loadSync(join(root, 'proto', file))
  const pkg = reflect.lookup(`supercloud.${name}`)
  for (const type of Object.values(pkg.nested).filter(t => t instanceof protobuf.Type)) {
    const oneofs = type.oneofsArray
    const cases = oneofs.length === 0 ? [undefined] : oneofs[0].fieldsArray.map(f => f.name)
    for (const oneofCase of cases) {
      if (known.has(`${name}.${type.name}.${oneofCase ?? ''}`)) continue
      const object = fill(type, 0, oneofCase)
      const Generated = gen.supercloud[name][type.name]
      const bytes = Generated.encode(Generated.fromObject(object)).finish()
      vectors.push({ proto: name, type: type.name, ...(oneofCase === undefined ? {} : { case: oneofCase }), object: toJson(object), hex: Buffer.from(bytes).toString('hex') })
    }
  }
}
writeFileSync(out, JSON.stringify(vectors, null, 1) + '\n')
console.log(`${vectors.length - added} vectors added, ${vectors.length} in all`)

/** Every field set to a value unlike its default; in each oneof only `oneofCase` (or the first). */
function fill (type, depth, oneofCase) {
  const out = {}
  for (const field of type.fieldsArray) {
    const oneof = field.partOf
    if (oneof !== null && field.name !== (oneofCase ?? oneof.fieldsArray[0].name)) continue
    field.resolve()
    const one = (i) => value(field, depth, i)
    if (field.map) out[field.name] = Object.fromEntries([0, 1].map(k => [field.keyType === 'string' ? `k${k}` : String(k + 1), one(k)]))
    else if (field.repeated) out[field.name] = [one(0), one(1)]
    else out[field.name] = one(0)
  }
  return out
}

function value (field, depth, i) {
  if (field.resolvedType instanceof protobuf.Type) return depth > 3 ? {} : fill(field.resolvedType, depth + 1)
  if (field.resolvedType instanceof protobuf.Enum) return Object.values(field.resolvedType.values).at(-1)
  switch (field.type) {
    case 'string': return `${field.name}-${i}`
    case 'bytes': return Uint8Array.from([field.id, 0, 255, i])
    case 'bool': return true
    case 'double': case 'float': return 1.5 + field.id + i
    case 'int32': case 'sint32': case 'sfixed32': return -(field.id + i)
    default: return field.id * 1000 + i
  }
}

function toJson (object) {
  return JSON.parse(JSON.stringify(object, (_k, v) => v instanceof Uint8Array ? { bytes: Buffer.from(v).toString('hex') } : v))
}
