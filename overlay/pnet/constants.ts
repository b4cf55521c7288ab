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
 * Chunks of a send at least this long are XORed in place and written as they are; shorter ones are
 * copied into one buffer and XORed together there. One call into libsodium costs ~100 ns plus
 * ~150 ns of XSalsa20 setup, what ~1 KiB of XOR costs; copying 1 KiB costs ~15 ns (measured here,
 * Node 20).
 */
export const DIRECT_XOR_MIN_BYTES = 1024

/** Most bytes of short chunks copied into one buffer for the socket. */
export const MAX_WRITE_BYTES = 256 << 10

/**
 * Keystream blocks one direction of one connection may use. XSalsa20's block counter has 64 bits
 * (libsodium's and go-libp2p's alike); this one counts blocks in a JS number, exact up to 2^53, so
 * the connection is closed there rather than the keystream ever reused: 512 PiB, about 18 years at
 * 1 GB/s, so in practice never.
 */
export const MAX_KEYSTREAM_BLOCKS = Number.MAX_SAFE_INTEGER
