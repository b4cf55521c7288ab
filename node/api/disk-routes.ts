// Disk and image routes (issue 17): images are uploaded as raw bytes to the peer the CLI speaks to
// and listed cloud-wide; disks are created and removed on the peer they live on (the API's own),
// listed and shown cloud-wide from the records; a stopped VM's disks are attached and detached at
// the VM's owner.
import type { FastifyInstance } from 'fastify'
import type { ApiServices } from './services.js'
import { BadRequestError } from '../errors.js'
import { DiskRecordNotFoundError } from '../disks/errors.js'
import type { CloudDisk } from '../../overlay/records/index.js'

/** 1 GiB: an upload is held in memory while it is hashed and written. */
export const MAX_IMAGE_BYTES = 1 << 30

export function registerDiskRoutes (app: FastifyInstance, { peer, cloud, disks: { disks, records, announce } }: Pick<ApiServices, 'peer' | 'cloud' | 'disks'>): void {
  const published = async (): Promise<void> => { await announce() }

  app.post<{ Querystring: { name?: string }, Body: Buffer }>('/v1/images', {
    bodyLimit: MAX_IMAGE_BYTES,
    schema: { querystring: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } } }
  }, async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new BadRequestError('send the image as application/octet-stream')
    const image = await disks.images.import(request.body, request.query.name === undefined ? {} : { name: request.query.name })
    await published()
    return { ...image, peers: [peer.peerId.toString()] }
  })

  app.get('/v1/images', async () => records.images())

  app.delete<{ Params: { ref: string } }>('/v1/images/:ref', async (request, reply) => {
    await disks.images.remove(request.params.ref, sha => disks.records().filter(d => d.baseSha256 === sha).map(d => d.name))
    await published()
    await reply.code(204).send()
  })

  app.post<{ Body: { name: string, sizeBytes: number, from?: string } }>('/v1/disks', {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'sizeBytes'],
        properties: { name: { type: 'string' }, sizeBytes: { type: 'integer', minimum: 1 }, from: { type: 'string' } }
      }
    }
  }, async (request) => {
    const d = await disks.create(request.body)
    return { ...d, owner: peer.peerId.toString(), ownerState: 'alive' }
  })

  app.get('/v1/disks', async () => records.disks())

  app.get<{ Params: { ref: string } }>('/v1/disks/:ref', async (request) => findDisk(records.disks(), request.params.ref))

  app.delete<{ Params: { ref: string } }>('/v1/disks/:ref', async (request, reply) => {
    await disks.remove(request.params.ref)
    await reply.code(204).send()
  })

  app.post<{ Params: { ref: string }, Body: { disk: string, detach?: boolean } }>('/v1/vms/:ref/disks', {
    schema: { body: { type: 'object', additionalProperties: false, required: ['disk'], properties: { disk: { type: 'string' }, detach: { type: 'boolean' } } } }
  }, async (request) => await cloud.disk(request.params.ref, request.body.disk, request.body.detach === true))
}

function findDisk (all: CloudDisk[], ref: string): CloudDisk {
  const found = all.find(d => d.id === ref) ?? all.find(d => d.name === ref) ?? (ref.length >= 9 ? only(all.filter(d => d.id.startsWith(ref))) : undefined)
  if (found === undefined) throw new DiskRecordNotFoundError(`no disk ${ref} in the cloud`)
  return found
}

function only<T> (items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined
}
