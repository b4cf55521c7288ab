// A table of rows kept by key: an update touches only the rows that changed, and in them only the
// cells whose text changed, so 1,000 VMs whose counters tick every second cost 1,000 text writes,
// not a rebuilt table. Cells hold text only (textContent): nothing from the feed is ever parsed as
// HTML. Buttons carry their action and the row's key in data attributes; one listener per table.

export interface Column<R> {
  title: string
  cell: (row: R) => string
  /** A class for the cell (state colours), from the row. */
  tone?: (row: R) => string
  /** Shown as a progress bar (0..1) beside the text. */
  bar?: (row: R) => number | undefined
}

export interface Action<R> { label: string, action: string, title?: string, when?: (row: R) => boolean }

interface Line { tr: HTMLTableRowElement, cells: HTMLTableCellElement[], texts: string[], tones: string[], bars: Array<HTMLProgressElement | undefined>, sort: string, buttons: HTMLButtonElement[] }

export class KeyedTable<R> {
  private readonly lines = new Map<string, Line>()
  private readonly body: HTMLTableSectionElement
  private orderDirty = false

  constructor (table: HTMLTableElement, private readonly columns: Array<Column<R>>, private readonly key: (row: R) => string, private readonly sortKey: (row: R) => string, private readonly actions: Array<Action<R>> = [], onAction?: (action: string, key: string) => void) {
    const head = table.createTHead().insertRow()
    for (const c of [...columns.map(c => c.title), ...(actions.length > 0 ? [''] : [])]) {
      const th = document.createElement('th')
      th.textContent = c
      head.appendChild(th)
    }
    this.body = table.tBodies[0] ?? table.createTBody()
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
    return this.lines.size
  }

  keys (): string[] {
    return [...this.lines.keys()]
  }

  upsert (row: R): void {
    const key = this.key(row)
    let line = this.lines.get(key)
    if (line === undefined) {
      line = this.create(key)
      this.lines.set(key, line)
      this.orderDirty = true
    }
    const sort = this.sortKey(row)
    if (sort !== line.sort) { line.sort = sort; this.orderDirty = true }
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i] as Column<R>
      const cell = line.cells[i] as HTMLTableCellElement
      const text = c.cell(row)
      if (text !== line.texts[i]) {
        line.texts[i] = text
        const bar = line.bars[i]
        if (bar === undefined) cell.textContent = text
        else (cell.lastChild as Text).data = text
      }
      const tone = c.tone?.(row) ?? ''
      if (tone !== line.tones[i]) { line.tones[i] = tone; cell.className = tone }
      if (c.bar !== undefined) this.setBar(line, i, c.bar(row))
    }
    this.actions.forEach((a, i) => {
      const b = line.buttons[i] as HTMLButtonElement
      const show = a.when?.(row) ?? true
      if (b.hidden === show) b.hidden = !show
    })
  }

  remove (key: string): void {
    this.lines.get(key)?.tr.remove()
    this.lines.delete(key)
  }

  clear (): void {
    for (const key of [...this.lines.keys()]) this.remove(key)
  }

  /** Puts rows in sort order, moving only those out of place. */
  order (): void {
    if (!this.orderDirty) return
    this.orderDirty = false
    const sorted = [...this.lines.values()].sort((a, b) => a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)
    let at: ChildNode | null = this.body.firstChild
    for (const line of sorted) {
      if (line.tr === at) at = at.nextSibling
      else this.body.insertBefore(line.tr, at)
    }
  }

  private create (key: string): Line {
    const tr = document.createElement('tr')
    tr.dataset.key = key
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
    this.body.appendChild(tr)
    return { tr, cells, texts: cells.map(() => ''), tones: cells.map(() => ''), bars: cells.map(() => undefined), sort: '', buttons }
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
