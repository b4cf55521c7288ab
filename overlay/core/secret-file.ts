// Atomic writes of files only their owner may read (mode 0600): keys, tokens, the member list.
// Pure file handling, so the overlay's own state (overlay/admission/members.ts) writes it without
// importing the daemon; node/identity.ts re-exports both.
import { chmod, rename, writeFile } from 'node:fs/promises'
import { chmodSync, renameSync, writeFileSync } from 'node:fs'

/** Writes a secret atomically with mode 0600. */
export async function writeSecret (file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data, { mode: 0o600 })
  await chmod(tmp, 0o600)
  await rename(tmp, file)
}

/** writeSecret, synchronously: for small files on a path where every millisecond counts. */
export function writeSecretSync (file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, data, { mode: 0o600 })
  chmodSync(tmp, 0o600)
  renameSync(tmp, file)
}
