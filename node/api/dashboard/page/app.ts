// The dashboard page: the live feed (a WebSocket back to the API that served the page), renders
// coalesced to one per animation frame, and the actions, whose refusals show the daemon's own error.
// Each render's time — from a message's arrival until the frame that shows it has its layout done —
// is kept (the last 1,000) in window.supercloudDashboard, which the browser test reads.
import type { ActionRequest, ActionResponse, FeedMessage } from '../types.js'
import { shortId } from './format.js'
import { Store } from './store.js'
import { Views } from './views.js'

interface Stats { renders: number[], messages: number, state: string }
const stats: Stats = { renders: [], messages: 0, state: 'connecting' }
;(window as unknown as { supercloudDashboard: Stats }).supercloudDashboard = stats
const MAX_SAMPLES = 1000
/** Reconnects back off to this. */
const MAX_RETRY_MS = 10_000
/** The drain button asks for a second click within this. */
const CONFIRM_MS = 5000

const store = new Store()
const views = new Views(store, (action, key) => { void onAction(action, key) })
let pending: number[] = []
let frame = 0

/** A render at the next frame; `arrivedAt`: a feed message's arrival, whose render is timed. */
function schedule (arrivedAt?: number): void {
  if (arrivedAt !== undefined) pending.push(arrivedAt)
  if (frame !== 0) return
  frame = requestAnimationFrame(() => {
    frame = 0
    views.render(store.take())
    // Layout now, so the time counts it.
    void document.body.getBoundingClientRect()
    const done = performance.now()
    for (const t of pending) stats.renders.push(done - t)
    if (stats.renders.length > MAX_SAMPLES) stats.renders.splice(0, stats.renders.length - MAX_SAMPLES)
    pending = []
  })
}

function setState (state: string, detail = ''): void {
  stats.state = state
  document.body.dataset.feed = state
  const el = document.getElementById('feed-state')
  if (el !== null) el.textContent = detail === '' ? state : `${state}: ${detail}`
}

function connect (retryMs: number): void {
  const socket = new WebSocket(`ws://${location.host}/dashboard/ws`)
  let opened = false
  socket.onopen = () => { opened = true; setState('live') }
  socket.onmessage = event => {
    const arrived = performance.now()
    stats.messages++
    store.apply(JSON.parse(String(event.data)) as FeedMessage)
    schedule(arrived)
  }
  socket.onclose = event => {
    if (event.code === 4001) {
      setState('ended', 'the dashboard session ended; run supercloud dashboard again')
      return
    }
    const next = opened ? 1000 : Math.min(MAX_RETRY_MS, retryMs * 2)
    setState('reconnecting', event.reason || `in ${next / 1000} s`)
    setTimeout(() => { connect(next) }, next)
  }
}

function notice (kind: 'ok' | 'error' | 'busy', text: string): void {
  const el = document.getElementById('notice')
  if (el === null) return
  el.textContent = text
  el.dataset.kind = kind
}

async function post (request: ActionRequest): Promise<unknown> {
  const response = await fetch('/dashboard/api/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request), credentials: 'same-origin' })
  const body = await response.json() as ActionResponse
  if ('ok' in body) return body.result
  throw Object.assign(new Error(body.error), { name: body.name })
}

async function run (label: string, request: ActionRequest): Promise<void> {
  notice('busy', `${label}…`)
  try {
    const result = await post(request)
    notice('ok', `${label}: ${describe(result)}`)
  } catch (err) {
    const e = err as Error
    notice('error', `${label} refused — ${e.name}: ${e.message}`)
  }
}

function describe (result: unknown): string {
  const r = result as { id?: string, phase?: string, moves?: Array<{ outcome: string }> } | undefined
  if (r?.moves !== undefined) return `${r.moves.filter(m => m.outcome === 'committed').length} of ${r.moves.length} VMs moved`
  if (r?.id !== undefined && r.phase !== undefined) return `${r.id} ${r.phase}`
  return 'done'
}

const armed = new Map<string, number>()

async function onAction (action: string, key: string): Promise<void> {
  const vm = store.vms.get(key)
  if (action === 'pause' || action === 'resume') {
    await run(`${action} ${vm?.name ?? key}`, { action, vm: key })
  } else if (action === 'migrate') {
    openMigrate(key)
  } else if (action === 'drain') {
    const at = armed.get(key)
    if (at === undefined || performance.now() - at > CONFIRM_MS) {
      armed.set(key, performance.now())
      notice('busy', `drain ${shortId(key)}? click drain again within 5 s to move every VM off it`)
      return
    }
    armed.delete(key)
    await run(`drain ${shortId(key)}`, { action: 'drain', peer: key })
  }
}

function openMigrate (vmId: string): void {
  const vm = store.vms.get(vmId)
  const dialog = document.getElementById('migrate') as HTMLDialogElement
  const to = document.getElementById('migrate-to') as HTMLSelectElement
  const title = document.getElementById('migrate-vm')
  if (vm === undefined || title === null) return
  title.textContent = vm.name
  dialog.dataset.vm = vmId
  to.replaceChildren()
  const providers = [...new Set([...store.peers.values()].filter(p => p.state === 'alive').map(p => p.provider))].sort()
  for (const p of providers) to.add(new Option(`any peer on ${p}`, `provider:${p}`))
  for (const p of [...store.peers.values()].filter(p => p.state === 'alive' && p.id !== vm.peer).sort((a, b) => a.provider.localeCompare(b.provider))) {
    to.add(new Option(`${p.provider} ${shortId(p.id)}`, p.id))
  }
  dialog.showModal()
}

function wireMigrateDialog (): void {
  const dialog = document.getElementById('migrate') as HTMLDialogElement
  const form = dialog.querySelector('form') as HTMLFormElement
  form.addEventListener('submit', event => {
    event.preventDefault()
    const submitter = event.submitter as HTMLButtonElement | null
    dialog.close()
    if (submitter?.value !== 'go') return
    const vm = dialog.dataset.vm ?? ''
    const to = (document.getElementById('migrate-to') as HTMLSelectElement).value
    const mode = (document.getElementById('migrate-mode') as HTMLSelectElement).value as 'precopy' | 'stopcopy'
    void run(`migrate ${store.vms.get(vm)?.name ?? vm} to ${to.startsWith('provider:') ? to : shortId(to)}`, { action: 'migrate', vm, to, mode })
  })
}

// Notice countdowns move every second without any message.
setInterval(() => {
  const keys = new Set([...store.peers.values()].filter(p => p.noticeDeadlineMs > 0).map(p => p.id))
  if (keys.size > 0) { store.mark('peers', keys); schedule() }
}, 1000)

wireMigrateDialog()
connect(500)
