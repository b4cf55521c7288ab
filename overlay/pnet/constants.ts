/** Bytes of the random nonce each side sends in clear before anything else (XSalsa20's nonce). */
export const NONCE_LENGTH = 24

/** Bytes of a decoded swarm key (an XSalsa20 key). */
export const KEY_LENGTH = 32

/** First line of a swarm key file, as written by go-ipfs/go-libp2p and js-libp2p. */
export const SWARM_KEY_HEADER = '/key/swarm/psk/1.0.0/'

/** Second line: the encoding of the key on the third line. Only base16 is accepted. */
export const SWARM_KEY_ENCODING = '/base16/'

/** A real key file is 95 bytes; anything much larger is not one, so it is not parsed. */
export const MAX_SWARM_KEY_FILE_BYTES = 1024

/**
 * How long the remote may take to send its nonce. A peer that connects and never sends must not
 * hold the connection (and the upgrade slot) longer than this.
 */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 5_000

/** Salsa20 produces keystream in blocks of this many bytes. */
export const BLOCK_BYTES = 64

/**
 * Keystream generated ahead for writes that are smaller than this (noise frames, yamux headers,
 * gossip control messages). One call into @noble/ciphers costs ~4.5 µs whatever its length
 * (measured here, Node 20), so small chunks XOR against this buffer instead of calling it per chunk.
 * A multiple of BLOCK_BYTES.
 */
export const KEYSTREAM_BUFFER_BYTES = 4_096

/**
 * @noble/ciphers exposes only the low 32 bits of the Salsa20 block counter and refuses to reach
 * 2^32 - 1, so one direction of one connection can carry at most this many blocks (~256 GiB);
 * past it the connection is closed rather than the keystream reused.
 */
export const MAX_KEYSTREAM_BLOCKS = 2 ** 32 - 1
