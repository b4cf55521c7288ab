// <dataDir>/cost.json: the cost books, so that `supercloud cost` carries on across restarts.
// Versioned; written atomically. A file that cannot be read as books is set aside (cost.json.bad)
// with a warning, never thrown away, and the books start afresh.
import { existsSync, readFileSync, renameSync } from 'node:fs'
import { writeSecretSync } from '../identity.js'
import type { Logger } from '../log.js'
import { COST_BOOKS_VERSION, type CostBooks, type VmCost } from './cost.js'

export const COST_FILE = 'cost.json'

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

function isVmCost (v: unknown): v is VmCost {
  const o = v as Partial<Record<keyof VmCost, unknown>>
  return typeof o === 'object' && o !== null && typeof o.id === 'string' && typeof o.name === 'string' && typeof o.peer === 'string' &&
    finite(o.costUsd) && finite(o.onDemandUsd) && finite(o.hours)
}

/** Why `v` is not a version-1 set of books, or undefined when it is. */
export function booksProblem (v: unknown): string | undefined {
  const o = v as Partial<Record<keyof CostBooks, unknown>>
  if (typeof o !== 'object' || o === null) return 'not a JSON object'
  if (o.version !== COST_BOOKS_VERSION) return `version ${String(o.version)}, not ${COST_BOOKS_VERSION}`
  if (!finite(o.sinceMs) || !finite(o.atMs) || !finite(o.unobservedMs)) return 'sinceMs, atMs and unobservedMs must be numbers ≥ 0'
  if (!Array.isArray(o.vms)) return 'vms must be a list'
  const bad = o.vms.findIndex(x => !isVmCost(x))
  return bad >= 0 ? `vms[${bad}] is not a VM's cost` : undefined
}

export class CostStore {
  constructor (private readonly file: string, private readonly log: Logger) {}

  load (): CostBooks | undefined {
    if (!existsSync(this.file)) return undefined
    let problem: string | undefined
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      problem = booksProblem(parsed)
      if (problem === undefined) return parsed as CostBooks
    } catch (err) {
      problem = (err as Error).message
    }
    const aside = `${this.file}.bad`
    renameSync(this.file, aside)
    this.log.warn({ file: this.file, aside, problem }, 'cost books unreadable: set aside, starting afresh')
    return undefined
  }

  save (books: CostBooks): void {
    try {
      writeSecretSync(this.file, JSON.stringify(books) + '\n')
    } catch (err) {
      this.log.warn({ err, file: this.file }, 'could not keep the cost books')
    }
  }
}
