// A table of rows kept by key, windowed: it holds every row's data, but only the rows in view of its
// scroll box (and a few beyond) are in the DOM, between two spacers that keep the scroll height. So
// an update of 1,000 VMs whose counters all ticked writes the ~40 rows on screen, and the browser
// lays out those: with every row in the DOM a 1,000-row update took 55-130 ms here, the first one
// 360-720 ms (test/dashboard-render.test.ts); windowed, both stay a few ms. In a row, only cells whose
// text changed are written. Cells hold text only (textContent): nothing from the feed is parsed as
// HTML. Buttons carry their action; the row carries its key; one click listener per table.

export interface Column<R> {
  title: string
  cell: (row: R) => string
  /** A class for the cell (state colours), from the row. */
  tone?: (row: R) => string
  /** Shown as a progress bar (0..1) before the text. */
  bar?: (row: R) => number | undefined
  /** The column's width (CSS), as the table is laid out fixed. */
  width?: string
}

export interface Action<R> { label: string, action: string, title?: string, when?: (row: R) => boolean }

interface Line { key: string, tr: HTMLTableRowElement, cells: HTMLTableCellElement[], texts: string[], tones: string[], bars: Array<HTMLProgressElement | undefined>, buttons: HTMLButtonElement[] }

/** Must match `tbody tr { height }` in style.css. */
export const ROW_HEIGHT_PX = 25
/** Rows kept in the DOM beyond each edge of the view. */
const OVERSCAN = 10

export class KeyedTable<R> {
  private readonly rows = new Map<string, { row: R, sort: string }>()
  private order: string[] = []
  private orderDirty = false
  /** Rows in the DOM, by key. */
  private readonly lines = new Map<string, Line>()
  private readonly spare: Line[] = []
  private readonly changed = new Set<string>()
  private readonly body: HTMLTableSectionElement
  private readonly top: HTMLTableRowElement
  private readonly bottom: HTMLTableRowElement
  private readonly box: HTMLElement

  constructor (private readonly table: HTMLTableElement, private readonly columns: Array<Column<R>>, private readonly key: (row: R) => string, private readonly sortKey: (row: R) => string, private readonly actions: Array<Action<R>> = [], onAction?: (action: string, key: string) => void) {
    const head = table.createTHead().insertRow()
    for (const c of [...columns, ...(actions.length > 0 ? [{ title: '', width: `${actions.reduce((n, a) => n + a.label.length * 0.7 + 2.2, 1)}em` }] : [])]) {
      const th = head.appendChild(document.createElement('th'))
      th.textContent = c.title
      if (c.width !== undefined) th.style.width = c.width
    }
    this.body = table.tBodies[0] ?? table.createTBody()
    this.top = this.spacer()
    this.bottom = this.spacer()
    this.box = table.parentElement ?? document.body
    this.box.addEventListener('scroll', () => { requestAnimationFrame(() => { this.flush() }) }, { passive: true })
    if (onAction !== undefined) {
      this.body.addEventListener('click', event => {
        const button = (event.target as Element).closest('button')
        const action = button?.dataset.action
        const key = button?.closest('tr')?.dataset.key
        if (action !== undefined && key !== undefined) onAction(action, key)
      })
    }
  }

  get size (): number {
    return this.rows.size
  }

  keys (): string[] {
    return [...this.rows.keys()]
  }

  upsert (row: R): void {
    const key = this.key(row)
    const sort = this.sortKey(row)
    const had = this.rows.get(key)
    if (had?.sort !== sort) this.orderDirty = true
    this.rows.set(key, { row, sort })
    this.changed.add(key)
  }

  remove (key: string): void {
    if (this.rows.delete(key)) this.orderDirty = true
  }

  /** Brings the DOM in line: the rows in view, in order, with their changed cells written. */
  flush (): void {
    if (this.orderDirty) {
      this.orderDirty = false
      this.order = [...this.rows.entries()].sort((a, b) => a[1].sort < b[1].sort ? -1 : a[1].sort > b[1].sort ? 1 : 0).map(([k]) => k)
    }
    const n = this.order.length
    const view = Math.ceil((this.box.clientHeight || 800) / ROW_HEIGHT_PX)
    const first = Math.max(0, Math.floor(this.box.scrollTop / ROW_HEIGHT_PX) - OVERSCAN)
    const last = Math.min(n, first + view + 2 * OVERSCAN)
    const shown = this.order.slice(first, last)
    const keep = new Set(shown)
    for (const [key, line] of this.lines) {
      if (keep.has(key)) continue
      line.tr.remove()
      this.lines.delete(key)
      this.spare.push(line)
    }
    let at: ChildNode | null = this.top.nextSibling
    for (const key of shown) {
      let line = this.lines.get(key)
      const fresh = line === undefined
      if (line === undefined) {
        line = this.spare.pop() ?? this.create()
        line.key = key
        line.tr.dataset.key = key
        this.lines.set(key, line)
      }
      if (fresh || this.changed.has(key)) this.write(line, (this.rows.get(key) as { row: R }).row)
      if (line.tr === at) at = at.nextSibling
      else this.body.insertBefore(line.tr, at)
    }
    this.changed.clear()
    this.setHeight(this.top, first * ROW_HEIGHT_PX)
    this.setHeight(this.bottom, (n - last) * ROW_HEIGHT_PX)
    if (this.body.lastChild !== this.bottom) this.body.appendChild(this.bottom)
    if (this.table.dataset.rows !== String(n)) this.table.dataset.rows = String(n)
  }

  private write (line: Line, row: R): void {
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i] as Column<R>
      const cell = line.cells[i] as HTMLTableCellElement
      const text = c.cell(row)
      if (c.bar !== undefined) this.setBar(line, i, c.bar(row))
      if (text !== line.texts[i]) {
        line.texts[i] = text
        if (line.bars[i] === undefined) cell.textContent = text
        else (cell.lastChild as Text).data = text
        cell.title = text
      }
      const tone = c.tone?.(row) ?? ''
      if (tone !== line.tones[i]) { line.tones[i] = tone; cell.className = tone }
    }
    this.actions.forEach((a, i) => {
      const b = line.buttons[i] as HTMLButtonElement
      const show = a.when?.(row) ?? true
      if (b.hidden === show) b.hidden = !show
    })
  }

  private create (): Line {
    const tr = document.createElement('tr')
    const cells = this.columns.map(() => tr.appendChild(document.createElement('td')))
    const buttons: HTMLButtonElement[] = []
    if (this.actions.length > 0) {
      const td = tr.appendChild(document.createElement('td'))
      td.className = 'actions'
      for (const a of this.actions) {
        const b = td.appendChild(document.createElement('button'))
        b.type = 'button'
        b.textContent = a.label
        b.dataset.action = a.action
        if (a.title !== undefined) b.title = a.title
        buttons.push(b)
      }
    }
    return { key: '', tr, cells, texts: cells.map(() => '\u0000'), tones: cells.map(() => ''), bars: cells.map(() => undefined), buttons }
  }

  private spacer (): HTMLTableRowElement {
    const tr = this.body.appendChild(document.createElement('tr'))
    tr.className = 'spacer'
    const td = tr.appendChild(document.createElement('td'))
    td.colSpan = this.columns.length + (this.actions.length > 0 ? 1 : 0)
    return tr
  }

  private setHeight (tr: HTMLTableRowElement, px: number): void {
    const h = `${px}px`
    if (tr.style.height !== h) tr.style.height = h
    tr.hidden = px === 0
  }

  private setBar (line: Line, i: number, value: number | undefined): void {
    const cell = line.cells[i] as HTMLTableCellElement
    let bar = line.bars[i]
    if (value === undefined) {
      if (bar !== undefined) { bar.remove(); line.bars[i] = undefined; cell.textContent = line.texts[i] ?? '' }
      return
    }
    if (bar === undefined) {
      cell.textContent = ''
      bar = cell.appendChild(document.createElement('progress'))
      bar.max = 1
      cell.appendChild(document.createTextNode(line.texts[i] ?? ''))
      line.bars[i] = bar
    }
    const v = Math.round(Math.min(1, Math.max(0, value)) * 100) / 100
    if (bar.value !== v) bar.value = v
  }
}
