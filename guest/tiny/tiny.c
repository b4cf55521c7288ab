/*
 * tiny guest: a multiboot kernel for v86 that needs no BIOS.
 *
 * - 64-bit counter advanced by a 1 kHz PIT tick (IRQ0), hlt between ticks
 *   (or spin when the host sets BUSY)
 * - random 64-bit boot id from the host, kept in RAM
 * - tells the host where counter, boot id and an info block live
 * - dirties N pages/s spread over a share of RAM, optionally fills RAM at boot
 * - NE2000 driver (PCI BAR0, fallback 0x300), answers ARP and ICMP echo
 * - disk mode: records (counter, sequence number, a pattern) written to the
 *   IDE disk by PIO, each made durable by FLUSH CACHE and then published
 * - boot banner on COM1
 *
 * The hypercall ABI is documented in README.md beside this file.
 * Freestanding C, built with gcc -m32 -ffreestanding; no libc, no libgcc
 * (so no 64-bit division anywhere).
 */

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

#define GUEST_VERSION "1.1"

/* ---- hypercall ABI (see README.md) ---- */
#define HC_PORT_CMD 0x5A0
#define HC_PORT_DATA 0x5A4
#define HC_ABI_MAJOR 1
#define HC_ABI_MINOR 1

#define HC_GET_ABI_VERSION 0x01
#define HC_GET_BOOT_ID_LO 0x02
#define HC_GET_BOOT_ID_HI 0x03
#define HC_GET_CONFIG 0x04
#define HC_REPORT_COUNTER_ADDR 0x05
#define HC_REPORT_BOOT_ID_ADDR 0x06
#define HC_REPORT_INFO_ADDR 0x07
#define HC_REPORT_READY 0x08
#define HC_REPORT_PANIC 0x09

#define HC_OK 0
#define HC_NO_HOST 0xFFFFFFFFu

#define CFG_BUSY 1
#define CFG_DIRTY_PAGES_PER_SEC 2
#define CFG_DIRTY_PERCENT 3
#define CFG_DIRTY_SPAN_PAGES 4
#define CFG_FILL_RAM 5
#define CFG_IPV4_ADDR 6
#define CFG_TICK_HZ 7
#define CFG_TSC_KHZ 8
#define CFG_DISK_WRITE_MS 9
#define CFG_DISK_SPAN_BLOCKS 10

#define INFO_MAGIC 0x594E4954u /* "TINY" little-endian */

#define INFO_F_BUSY 1u
#define INFO_F_FILL 2u
#define INFO_F_HOST 4u
#define INFO_F_NIC 8u
#define INFO_F_READY 16u
#define INFO_F_TSC_HOST 32u    /* TSC rate given by the host */
#define INFO_F_TSC_REFINED 64u /* TSC rate refined against PIT channel 2 */
#define INFO_F_TSC_CPUID 128u  /* TSC rate from CPUID leaf 0x15/0x16 */

#define DISK_F_PRESENT 1u  /* IDENTIFY answered: an ATA disk is hda */
#define DISK_F_ON 2u       /* disk mode runs */
#define DISK_F_RESUMED 4u  /* records from an earlier run were found: their sequence goes on */
#define DISK_F_FLUSHED 8u  /* disk_flushed[disk_current] holds a record made durable */

/* A record made durable: written, then FLUSH CACHE completed. */
struct disk_record {
    u64 seq;     /* +0 its sequence number: +1 per record, across boots */
    u64 counter; /* +8 the counter when it was written */
    u32 block;   /* +16 the 4 KiB block it is in */
    u32 status;  /* +20 ATA status after the flush */
};

/* Everything the host may want to read from guest memory, in one block.
 * Offsets are part of the ABI (README.md). */
struct tiny_info {
    u32 magic;          /*  0 */
    u32 abi_version;    /*  4 (major << 16 | minor) */
    u64 counter;        /*  8 milliseconds of run time, advanced by IRQ0 */
    u64 boot_id;        /* 16 */
    u64 pages_dirtied;  /* 24 page writes done by the dirtier */
    u32 rx_frames;      /* 32 */
    u32 tx_frames;      /* 36 */
    u32 arp_replies;    /* 40 */
    u32 icmp_replies;   /* 44 */
    u32 mem_top;        /* 48 end of RAM (bytes) */
    u32 free_start;     /* 52 first byte above the kernel (page aligned) */
    u32 dirty_span;     /* 56 pages in the dirtied region */
    u32 dirty_rate;     /* 60 pages per second */
    u32 nic_port;       /* 64 NE2000 I/O base, 0 if none */
    u32 ipv4;           /* 68 */
    u8 mac[6];          /* 72 */
    u16 reserved0;      /* 78 */
    u32 flags;          /* 80 INFO_F_* */
    u32 tick_hz;        /* 84 PIT interrupt rate */
    u32 tsc_per_ms;     /* 88 calibrated TSC rate, 0 if not used */
    u32 ticks;          /* 92 IRQ0 interrupts taken */
    /* ABI 1.1: disk mode */
    u32 disk_flags;     /* 96 DISK_F_* */
    u32 disk_span;      /* 100 blocks the records cycle through, from block 0 */
    u32 disk_blocks;    /* 104 disk size in 4 KiB blocks (IDENTIFY) */
    u32 disk_errors;    /* 108 commands that failed, flushes over 30 s */
    u32 disk_flushes;   /* 112 flushes completed */
    u32 disk_current;   /* 116 which disk_flushed[] is the latest (0 or 1) */
    u32 disk_write_ms;  /* 120 a record every this many ms */
    u32 reserved1;      /* 124 */
    struct disk_record disk_flushed[2]; /* 128, 152: the host reads [disk_current] */
} __attribute__((aligned(64)));

_Static_assert(__builtin_offsetof(struct tiny_info, counter) == 8, "counter offset (start.S)");
_Static_assert(__builtin_offsetof(struct tiny_info, flags) == 80, "info layout");
_Static_assert(__builtin_offsetof(struct tiny_info, ticks) == 92, "info layout");
_Static_assert(__builtin_offsetof(struct tiny_info, disk_flushed) == 128, "info layout");
_Static_assert(sizeof(struct disk_record) == 24, "record layout");
_Static_assert(sizeof(struct tiny_info) == 192, "info size");

struct tiny_info tiny_info = {
    .magic = INFO_MAGIC,
    .abi_version = (HC_ABI_MAJOR << 16) | HC_ABI_MINOR,
};


extern const u32 exc_table[32];
extern void irq0_stub(void);
extern void irq_master_stub(void);
extern void irq_slave_stub(void);
extern void halt_forever(void) __attribute__((noreturn));
extern u8 _end[];

/* ---- freestanding helpers ---- */
void *memcpy(void *d, const void *s, u32 n)
{
    u8 *dp = d;
    const u8 *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memset(void *d, int c, u32 n)
{
    u8 *dp = d;
    while (n--)
        *dp++ = (u8)c;
    return d;
}

static inline void outb(u16 port, u8 v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline u8 inb(u16 port)
{
    u8 v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline void outl(u16 port, u32 v) { __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port)); }
static inline u32 inl(u16 port)
{
    u32 v;
    __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline u64 rdtsc(void)
{
    u64 v;
    __asm__ volatile("rdtsc" : "=A"(v));
    return v;
}

static inline u16 be16(const u8 *p) { return (u16)(p[0] << 8 | p[1]); }
static inline u32 be32(const u8 *p) { return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3]; }
static inline void wr16(u8 *p, u32 v)
{
    p[0] = (u8)(v >> 8);
    p[1] = (u8)v;
}
static inline void wr32(u8 *p, u32 v)
{
    p[0] = (u8)(v >> 24);
    p[1] = (u8)(v >> 16);
    p[2] = (u8)(v >> 8);
    p[3] = (u8)v;
}

/* ---- COM1 ---- */
#define COM1 0x3F8

static void serial_init(void)
{
    outb(COM1 + 1, 0x00); /* no interrupts */
    outb(COM1 + 3, 0x80); /* DLAB */
    outb(COM1 + 0, 0x01); /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); /* 8N1 */
    outb(COM1 + 2, 0xC7); /* FIFO */
    outb(COM1 + 4, 0x0B);
}

static void putc(char c)
{
    u32 spin = 100000;
    if (c == '\n')
        putc('\r');
    while (!(inb(COM1 + 5) & 0x20) && --spin)
        ;
    outb(COM1, (u8)c);
}

static void puts(const char *s)
{
    while (*s)
        putc(*s++);
}

static void puthex(u32 v, int digits)
{
    while (digits--)
        putc("0123456789abcdef"[(v >> (digits * 4)) & 15]);
}

static void putdec(u32 v)
{
    char buf[11];
    int i = 10;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    puts(buf + i);
}

static void put_ip(u32 ip)
{
    for (int i = 3; i >= 0; i--) {
        putdec((ip >> (i * 8)) & 255);
        if (i)
            putc('.');
    }
}

static void put_mac(const u8 *m)
{
    for (int i = 0; i < 6; i++) {
        puthex(m[i], 2);
        if (i < 5)
            putc(':');
    }
}

/* ---- hypercalls ---- */
static u32 hc_status;
static int host_ok;

static u32 hypercall(u32 cmd, u32 arg)
{
    outl(HC_PORT_DATA, arg);
    outl(HC_PORT_CMD, cmd);
    hc_status = inl(HC_PORT_CMD);
    return inl(HC_PORT_DATA);
}

static u32 get_config(u32 key, u32 dflt)
{
    if (!host_ok)
        return dflt;
    u32 v = hypercall(HC_GET_CONFIG, key);
    return hc_status == HC_OK ? v : dflt;
}

/* ---- exceptions ---- */
void exception_handler(u32 vec, u32 err, u32 eip)
{
    puts("\ntiny: EXCEPTION vector=");
    putdec(vec);
    puts(" error=0x");
    puthex(err, 8);
    puts(" eip=0x");
    puthex(eip, 8);
    puts(" - halted\n");
    if (host_ok)
        hypercall(HC_REPORT_PANIC, vec);
}

/* ---- IDT, PIC, PIT ---- */
struct idt_entry {
    u16 off_lo, sel;
    u8 zero, type;
    u16 off_hi;
} __attribute__((packed));

static struct idt_entry idt[48];

static void idt_set(int n, u32 handler)
{
    idt[n].off_lo = (u16)handler;
    idt[n].sel = 0x08;
    idt[n].zero = 0;
    idt[n].type = 0x8E; /* present, ring 0, 32-bit interrupt gate */
    idt[n].off_hi = (u16)(handler >> 16);
}

static void idt_init(void)
{
    struct {
        u16 limit;
        u32 base;
    } __attribute__((packed)) desc = { sizeof(idt) - 1, (u32)idt };
    for (int i = 0; i < 32; i++)
        idt_set(i, exc_table[i]);
    idt_set(0x20, (u32)irq0_stub);
    for (int i = 0x21; i < 0x28; i++)
        idt_set(i, (u32)irq_master_stub);
    for (int i = 0x28; i < 0x30; i++)
        idt_set(i, (u32)irq_slave_stub);
    __asm__ volatile("lidt %0" : : "m"(desc));
}

static void pic_init(void)
{
    outb(0x20, 0x11); /* ICW1: init, ICW4 follows */
    outb(0xA0, 0x11);
    outb(0x21, 0x20); /* ICW2: master vectors 0x20..0x27 */
    outb(0xA1, 0x28); /* slave 0x28..0x2f */
    outb(0x21, 0x04); /* ICW3: slave on IRQ2 */
    outb(0xA1, 0x02);
    outb(0x21, 0x01); /* ICW4: 8086 mode */
    outb(0xA1, 0x01);
    outb(0x21, 0xFE); /* only IRQ0 (PIT) unmasked; the NIC is polled */
    outb(0xA1, 0xFF);
}

#define PIT_HZ 1193182u

static void pit_init(u32 hz)
{
    u32 div = (PIT_HZ + hz / 2) / hz; /* 1193 for 1 kHz */
    outb(0x43, 0x34); /* channel 0, lo/hi byte, mode 2 (rate generator) */
    outb(0x40, (u8)div);
    outb(0x40, (u8)(div >> 8));
}

static inline u32 div64_32(u64 n, u32 d) /* caller ensures (n >> 32) < d */
{
    u32 q, r;
    __asm__("divl %4" : "=a"(q), "=d"(r) : "a"((u32)n), "d"((u32)(n >> 32)), "rm"(d) : "cc");
    return q;
}

/* TSC ticks per ms from CPUID: leaf 0x15 (crystal Hz * EBX / EAX), else leaf
 * 0x16 (base MHz). v86 reports a 1 GHz TSC in both. 0 if not enumerated. */
static u32 cpuid_tsc_khz(void)
{
    u32 a, b, c, d;
    __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
    u32 max = a;
    if (max >= 0x15) {
        __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x15), "c"(0));
        u64 hz = (u64)c * b;
        if (a && b && c && a < 4000000u && (hz >> 32) < a * 1000u)
            return div64_32(hz, a * 1000u);
    }
    if (max >= 0x16) {
        __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0x16), "c"(0));
        if (a && a < 4000000u)
            return a * 1000u;
    }
    return 0;
}

/* TSC rate against PIT channel 2 (one-shot, polled on port 0x61 bit 5).
 * In v86 both follow real time, but the emulator's thread can stall for
 * milliseconds (event loop, JIT), and a stall that straddles the moment the
 * one-shot fires lengthens that sample: take the shortest of several. rdtsc
 * is read only at both ends (v86 interpolates rapid rdtsc reads, which skews
 * them short-term). Returns 0 if the result is implausible. */
#define CAL_MS 5u
#define CAL_SAMPLES 6
static u32 calibrate_tsc(void)
{
    u32 best = 0xFFFFFFFFu;
    for (int i = 0; i < CAL_SAMPLES; i++) {
        u32 count = PIT_HZ * CAL_MS / 1000u, spin = 50000000u;
        outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
        outb(0x43, 0xB0); /* channel 2, lo/hi byte, mode 0 */
        outb(0x42, (u8)count);
        outb(0x42, (u8)(count >> 8));
        u64 t0 = rdtsc();
        while (!(inb(0x61) & 0x20) && --spin)
            ;
        u64 d = rdtsc() - t0;
        if (spin && !(d >> 32) && (u32)d < best)
            best = (u32)d;
    }
    outb(0x61, inb(0x61) & ~0x03);
    if (best == 0xFFFFFFFFu || best / CAL_MS < 1000u)
        return 0;
    return best / CAL_MS;
}

/* IRQ0 (via start.S). v86 drops PIT interrupts whenever its host thread does
 * not run for a while (event loop, JIT compiles, OS scheduling), so each tick
 * advances the counter by the whole milliseconds the TSC says have passed
 * since the previous one. A gap above a minute (a VM stopped for that long)
 * counts as one tick; save_state/restore_state carries the TSC, so a
 * migrated guest does not see the time it spent in transit.
 *
 * The TSC rate comes from the host (config TSC_KHZ), from CPUID, or else from
 * calibrate_tsc(), which the same stalls can spoil at boot. A calibrated rate
 * is refined while running against PIT channel 2, free-running with a
 * 65535-count period (54.9 ms): over intervals short enough that the channel
 * cannot have wrapped unseen (under 40 ms by the TSC; calibration errs only
 * high, and a wrapped interval shows as PIT time shorter than TSC time), its
 * count difference is exact elapsed time. */
#define PIT2_PERIOD 65535u
#define REFINE_FIRST 596591u /* 500 ms of PIT counts */
#define REFINE_EVERY 1193182u /* then every 1 s */

static u32 ms_per_tick, tsc_acc, tsc_refined, tsc_trusted;
static u64 tsc_last;
static u32 pit2_last, ref_counts, ref_target = REFINE_FIRST;
static u64 ref_tsc;

static inline void store64(volatile u64 *p, u64 v)
{
    u64 old = *p; /* this is the only writer */
    __asm__ volatile("lock cmpxchg8b %0" : "+m"(*p), "+A"(old) : "b"((u32)v), "c"((u32)(v >> 32)) : "cc", "memory");
}

static u32 pit2_read(void)
{
    outb(0x43, 0x80); /* latch channel 2 */
    u32 lo = inb(0x42);
    return lo | (u32)inb(0x42) << 8;
}

static void pit2_start(void)
{
    outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
    outb(0x43, 0xB4); /* channel 2, lo/hi byte, mode 2 */
    outb(0x42, (u8)PIT2_PERIOD);
    outb(0x42, (u8)(PIT2_PERIOD >> 8));
    pit2_last = pit2_read();
}

#define MAX_GAP_MS 60000u

static void set_tsc_rate(u32 rate)
{
    tiny_info.tsc_per_ms = rate;
}

static void refine_tsc(u64 d)
{
    u32 c2 = pit2_read();
    u32 dp = pit2_last >= c2 ? pit2_last - c2 : pit2_last + PIT2_PERIOD - c2;
    u32 rate = tiny_info.tsc_per_ms;
    pit2_last = c2;
    if (tsc_trusted || !rate || (d >> 32) || (u32)d >= 40u * rate)
        return; /* long interval: channel 2 may have wrapped unseen */
    u32 est = div64_32(d * 1193u, rate); /* PIT counts by the TSC */
    if (dp + 1193u < est)
        return; /* wrapped (or a restore): the TSC never runs ahead of a calibrated rate */
    if (tsc_refined && dp > est + est / 4 + 1193u)
        return; /* disagreement, e.g. just after a restore */
    ref_counts += dp;
    ref_tsc += d;
    if (ref_counts < ref_target)
        return;
    /* TSC per ms = ref_tsc / (ref_counts / 1193.182) */
    u64 num = ref_tsc * 1193182u;
    u32 den = ref_counts * 1000u;
    if ((num >> 32) < den) {
        u32 r = div64_32(num, den);
        if (r >= 1000u && r / 4 < rate && r > rate / 4) {
            set_tsc_rate(r);
            tsc_refined = 1;
            tiny_info.flags |= INFO_F_TSC_REFINED;
        }
    }
    ref_counts = 0;
    ref_tsc = 0;
    ref_target = REFINE_EVERY;
}

void timer_tick(void)
{
    u32 n = ms_per_tick, rate = tiny_info.tsc_per_ms;
    u64 now = rdtsc(), d = now - tsc_last;
    tsc_last = now;
    u64 a = d + tsc_acc;
    if (rate && (a >> 32) < rate) { /* else the quotient would not fit */
        u32 ms = div64_32(a, rate);
        if (ms <= MAX_GAP_MS) {
            n = ms;
            tsc_acc = (u32)(a - (u64)ms * rate);
        } else {
            tsc_acc = 0;
        }
    }
    refine_tsc(d);
    tiny_info.ticks++;
    store64(&tiny_info.counter, tiny_info.counter + n); /* never torn for the host */
}

/* ---- memory ---- */
struct mb_info {
    u32 flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
    u32 syms[4];
    u32 mmap_length, mmap_addr;
};

static u32 detect_mem_top(u32 magic, const struct mb_info *mbi)
{
    if (magic != 0x2BADB002u) {
        puts("tiny: no multiboot info, assuming 16 MiB\n");
        return 16u << 20;
    }
    if (mbi->flags & 1)
        return 0x100000u + mbi->mem_upper * 1024u;
    if (mbi->flags & 0x40) {
        u32 p = mbi->mmap_addr, end = p + mbi->mmap_length;
        while (p < end) {
            const u32 *e = (const u32 *)p; /* size, base lo/hi, len lo/hi, type */
            if (e[5] == 1 && e[2] == 0 && e[4] == 0 && e[1] <= 0x100000u && e[3] > 0x100000u - e[1]) {
                u64 top = (u64)e[1] + e[3];
                return top > 0xFFFFF000u ? 0xFFFFF000u : (u32)top;
            }
            p += e[0] + 4;
        }
    }
    puts("tiny: no memory size in multiboot info, assuming 16 MiB\n");
    return 16u << 20;
}

static void fill_ram(u32 from, u32 to, u32 seed)
{
    u32 x = seed | 1;
    for (u32 *p = (u32 *)from; (u32)p < to; p++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *p = x; /* xorshift32 never yields 0 */
    }
}

/* ---- page dirtier ----
 * Pages are picked by a full-period LCG modulo the next power of two >= span,
 * skipping values >= span: a pseudo-random permutation of the region, so
 * every page is written once before any page is written twice. */
static u32 dirty_acc, dirty_lcg, dirty_mask, dirty_seq;

static void dirty_one(void)
{
    u32 span = tiny_info.dirty_span;
    do
        dirty_lcg = (dirty_lcg * 1664525u + 1013904223u) & dirty_mask;
    while (dirty_lcg >= span);
    volatile u32 *p = (volatile u32 *)(tiny_info.free_start + dirty_lcg * 4096u);
    dirty_seq++;
    p[0] = dirty_seq; /* always differs from what the page held */
    p[1] = (u32)tiny_info.counter;
    tiny_info.pages_dirtied++;
}

static void dirty_tick(void) /* once per elapsed millisecond */
{
    if (!tiny_info.dirty_rate || !tiny_info.dirty_span)
        return;
    dirty_acc += tiny_info.dirty_rate;
    while (dirty_acc >= 1000u) {
        dirty_acc -= 1000u;
        dirty_one();
    }
}

/* ---- NE2000 ---- */
#define NE_CR 0x00
#define NE_PSTART 0x01
#define NE_PSTOP 0x02
#define NE_BNRY 0x03
#define NE_TPSR 0x04
#define NE_TBCR0 0x05
#define NE_TBCR1 0x06
#define NE_ISR 0x07
#define NE_CURR 0x07 /* page 1 */
#define NE_RSAR0 0x08
#define NE_RSAR1 0x09
#define NE_RBCR0 0x0A
#define NE_RBCR1 0x0B
#define NE_RCR 0x0C
#define NE_TCR 0x0D
#define NE_DCR 0x0E
#define NE_IMR 0x0F
#define NE_DATA 0x10
#define NE_RESET 0x1F

#define CR_STP 0x01
#define CR_STA 0x02
#define CR_TXP 0x04
#define CR_RREAD 0x08
#define CR_RWRITE 0x10
#define CR_NODMA 0x20
#define CR_PAGE1 0x40

#define ISR_PRX 0x01
#define ISR_PTX 0x02
#define ISR_RDC 0x40
#define ISR_RST 0x80

#define TX_PAGE 0x40
#define RX_START 0x46
#define RX_STOP 0x80

static u16 nic;
static u8 next_pkt;
static u8 rxbuf[1536], txbuf[1536];

static u32 pci_read(u32 dev, u32 off)
{
    outl(0xCF8, 0x80000000u | dev << 11 | off);
    return inl(0xCFC);
}

static u16 find_ne2k(void)
{
    for (u32 dev = 0; dev < 32; dev++) {
        if (pci_read(dev, 0) == 0x802910ECu) {
            u32 bar = pci_read(dev, 0x10);
            puts("tiny: pci 00:");
            puthex(dev, 2);
            puts(".0 10ec:8029 bar0=0x");
            puthex(bar, 8);
            putc('\n');
            if ((bar & 1) && (bar & 0xFFFC))
                return (u16)(bar & 0xFFFC);
        }
    }
    puts("tiny: no NE2000 on PCI bus 0, trying 0x300\n");
    return 0x300;
}

static void ne_wait_rdc(void)
{
    for (u32 spin = 100000; spin && !(inb(nic + NE_ISR) & ISR_RDC); spin--)
        ;
    outb(nic + NE_ISR, ISR_RDC);
}

static void ne_remote(u32 addr, u32 len, u8 cmd)
{
    outb(nic + NE_RBCR0, (u8)len);
    outb(nic + NE_RBCR1, (u8)(len >> 8));
    outb(nic + NE_RSAR0, (u8)addr);
    outb(nic + NE_RSAR1, (u8)(addr >> 8));
    outb(nic + NE_CR, cmd | CR_STA);
}

static void ne_read(u32 addr, u8 *buf, u32 len)
{
    ne_remote(addr, len, CR_RREAD);
    __asm__ volatile("rep insb" : "+D"(buf), "+c"(len) : "d"(nic + NE_DATA) : "memory");
    ne_wait_rdc();
}

static void ne_write(u32 addr, const u8 *buf, u32 len)
{
    ne_remote(addr, len, CR_RWRITE);
    __asm__ volatile("rep outsb" : "+S"(buf), "+c"(len) : "d"(nic + NE_DATA) : "memory");
    ne_wait_rdc();
}

static int nic_init(void)
{
    u8 prom[12];
    nic = find_ne2k();
    outb(nic + NE_RESET, inb(nic + NE_RESET));
    for (u32 spin = 100000; spin && !(inb(nic + NE_ISR) & ISR_RST); spin--)
        ;
    if (inb(nic + NE_CR) == 0xFF) { /* nothing there */
        nic = 0;
        return 0;
    }
    outb(nic + NE_CR, CR_STP | CR_NODMA);
    outb(nic + NE_ISR, 0xFF);
    outb(nic + NE_DCR, 0x48); /* byte-wide DMA, normal mode, FIFO 8 */
    outb(nic + NE_RBCR0, 0);
    outb(nic + NE_RBCR1, 0);
    outb(nic + NE_RCR, 0x20); /* monitor while setting up */
    outb(nic + NE_TCR, 0x02); /* loopback while setting up */
    outb(nic + NE_IMR, 0x00); /* polled */

    /* station address PROM: 6 bytes, each doubled in byte mode */
    ne_read(0, prom, sizeof(prom));
    for (int i = 0; i < 6; i++)
        tiny_info.mac[i] = prom[i * 2];

    outb(nic + NE_CR, CR_STP | CR_NODMA);
    outb(nic + NE_TPSR, TX_PAGE);
    outb(nic + NE_PSTART, RX_START);
    outb(nic + NE_PSTOP, RX_STOP);
    outb(nic + NE_BNRY, RX_START);
    outb(nic + NE_CR, CR_STP | CR_NODMA | CR_PAGE1);
    for (int i = 0; i < 6; i++)
        outb(nic + 1 + i, tiny_info.mac[i]); /* PAR0..5 */
    next_pkt = RX_START + 1;
    outb(nic + NE_CURR, next_pkt);
    outb(nic + NE_CR, CR_STP | CR_NODMA);
    outb(nic + NE_ISR, 0xFF);
    outb(nic + NE_CR, CR_STA | CR_NODMA);
    outb(nic + NE_TCR, 0x00); /* normal transmit */
    outb(nic + NE_RCR, 0x04); /* accept broadcast + own address */
    return 1;
}

static void nic_send(u8 *frame, u32 len)
{
    if (len < 60) {
        memset(frame + len, 0, 60 - len);
        len = 60;
    }
    for (u32 spin = 100000; spin && (inb(nic + NE_CR) & CR_TXP); spin--)
        ;
    ne_write(TX_PAGE << 8, frame, len);
    outb(nic + NE_TPSR, TX_PAGE);
    outb(nic + NE_TBCR0, (u8)len);
    outb(nic + NE_TBCR1, (u8)(len >> 8));
    outb(nic + NE_CR, CR_STA | CR_NODMA | CR_TXP);
    outb(nic + NE_ISR, ISR_PTX);
    tiny_info.tx_frames++;
}

/* ---- ARP, IPv4, ICMP ---- */
static u32 csum_add(u32 sum, const u8 *p, u32 len)
{
    while (len > 1) {
        sum += be16(p);
        p += 2;
        len -= 2;
    }
    if (len)
        sum += (u32)p[0] << 8;
    return sum;
}

static u16 csum_fold(u32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return (u16)~sum;
}

static void handle_arp(const u8 *f, u32 len)
{
    const u8 *a = f + 14;
    if (len < 42 || be16(a) != 1 || be16(a + 2) != 0x0800 || a[4] != 6 || a[5] != 4 || be16(a + 6) != 1)
        return;
    if (be32(a + 24) != tiny_info.ipv4)
        return;
    u8 *t = txbuf, *r = txbuf + 14;
    memcpy(t, a + 8, 6); /* to the requester */
    memcpy(t + 6, tiny_info.mac, 6);
    wr16(t + 12, 0x0806);
    wr16(r, 1);
    wr16(r + 2, 0x0800);
    r[4] = 6;
    r[5] = 4;
    wr16(r + 6, 2); /* reply */
    memcpy(r + 8, tiny_info.mac, 6);
    wr32(r + 14, tiny_info.ipv4);
    memcpy(r + 18, a + 8, 10); /* target = requester's MAC and IP */
    nic_send(txbuf, 42);
    tiny_info.arp_replies++;
}

static void handle_ipv4(const u8 *f, u32 len)
{
    const u8 *ip = f + 14;
    if (len < 34 || ip[0] >> 4 != 4)
        return;
    u32 ihl = (ip[0] & 15) * 4u, tot = be16(ip + 2);
    if (ihl < 20 || tot < ihl + 8 || 14 + tot > len)
        return;
    if (csum_fold(csum_add(0, ip, ihl)) != 0)
        return;
    if (be32(ip + 16) != tiny_info.ipv4 || ip[9] != 1 || (be16(ip + 6) & 0x3FFF))
        return; /* not for us, not ICMP, or a fragment */
    const u8 *ic = ip + ihl;
    u32 iclen = tot - ihl;
    if (ic[0] != 8 || ic[1] != 0 || csum_fold(csum_add(0, ic, iclen)) != 0)
        return; /* not an echo request, or corrupt */
    if (14 + 20 + iclen > sizeof(txbuf))
        return;
    u8 *t = txbuf, *o = txbuf + 14, *oc = txbuf + 34;
    memcpy(t, f + 6, 6);
    memcpy(t + 6, tiny_info.mac, 6);
    wr16(t + 12, 0x0800);
    o[0] = 0x45;
    o[1] = ip[1];
    wr16(o + 2, 20 + iclen);
    wr16(o + 4, be16(ip + 4));
    wr16(o + 6, be16(ip + 6) & 0x4000); /* keep DF */
    o[8] = 64;
    o[9] = 1;
    wr16(o + 10, 0);
    wr32(o + 12, tiny_info.ipv4);
    memcpy(o + 16, ip + 12, 4);
    wr16(o + 10, csum_fold(csum_add(0, o, 20)));
    memcpy(oc, ic, iclen);
    oc[0] = 0; /* echo reply */
    wr16(oc + 2, 0);
    wr16(oc + 2, csum_fold(csum_add(0, oc, iclen)));
    nic_send(txbuf, 34 + iclen);
    tiny_info.icmp_replies++;
}

static void handle_frame(const u8 *f, u32 len)
{
    tiny_info.rx_frames++;
    if (len < 14 || !tiny_info.ipv4)
        return;
    u16 type = be16(f + 12);
    if (type == 0x0806)
        handle_arp(f, len);
    else if (type == 0x0800)
        handle_ipv4(f, len);
}

static void nic_poll(void)
{
    if (!nic || !(inb(nic + NE_ISR) & ISR_PRX))
        return;
    outb(nic + NE_ISR, ISR_PRX);
    for (int budget = 32; budget; budget--) {
        outb(nic + NE_CR, CR_STA | CR_NODMA | CR_PAGE1);
        u8 curr = inb(nic + NE_CURR);
        outb(nic + NE_CR, CR_STA | CR_NODMA);
        if (curr == next_pkt)
            break;
        u8 hdr[4];
        ne_read((u32)next_pkt << 8, hdr, 4);
        u32 len = (u32)hdr[2] | (u32)hdr[3] << 8;
        if (hdr[1] < RX_START || hdr[1] >= RX_STOP || len < 4 + 14 || len > 4 + 1518) {
            next_pkt = curr; /* ring confused: drop everything */
        } else {
            len -= 4;
            if (len > sizeof(rxbuf))
                len = sizeof(rxbuf);
            ne_read(((u32)next_pkt << 8) + 4, rxbuf, len);
            next_pkt = hdr[1];
            handle_frame(rxbuf, len);
        }
        outb(nic + NE_BNRY, next_pkt == RX_START ? RX_STOP - 1 : next_pkt - 1);
    }
}

/* ---- IDE disk (primary master, PIO, polled) ----
 * Records of 4 KiB, one per block, cycled through blocks [0, span): a header
 * (magic, version, sequence number, counter, boot id, block) and a pattern
 * drawn from the sequence number and block, so the host can check any block
 * from its own bytes. Each record is written, then FLUSH CACHE, and only once
 * that completes (BSY clear, no error) is it published in the info block, in
 * the slot the host is not reading (then disk_current flips): a host read
 * between two emulator slices always sees a whole record. At boot the blocks
 * are read back and the highest sequence number found goes on. */
#define ATA_DATA 0x1F0
#define ATA_COUNT 0x1F2
#define ATA_LBA0 0x1F3
#define ATA_LBA1 0x1F4
#define ATA_LBA2 0x1F5
#define ATA_DRIVE 0x1F6
#define ATA_CMD 0x1F7 /* write: command; read: status */
#define ATA_CTRL 0x3F6
#define ATA_BSY 0x80
#define ATA_DRQ 0x08
#define ATA_DF 0x20
#define ATA_ERR 0x01
#define ATA_READ_SECTORS 0x20
#define ATA_WRITE_SECTORS 0x30
#define ATA_FLUSH_CACHE 0xE7
#define ATA_IDENTIFY 0xEC

#define DISK_MAGIC 0x4B534454u /* "TDSK" */
#define DISK_RECORD_VERSION 1u
#define DISK_BLOCK 4096u
#define DISK_FLUSH_LIMIT_MS 30000u

static u32 disk_buf[DISK_BLOCK / 4];
static u64 disk_seq;        /* of the last record written */
static u32 disk_block;      /* where it went */
static u32 disk_next_ms;    /* low half of the counter when the next record is due */
static u32 disk_flush_ms;   /* when the flush in flight started; 0: none */
static struct disk_record disk_pending;

static u32 ata_wait(void) /* status once not busy, 0xFF if it stays busy */
{
    for (u32 spin = 10000000u; spin; spin--) {
        u32 st = inb(ATA_CMD);
        if (!(st & ATA_BSY))
            return st;
    }
    return 0xFF;
}

static void ata_select(u32 lba, u32 count, u32 cmd)
{
    outb(ATA_DRIVE, (u8)(0xE0 | ((lba >> 24) & 0x0F))); /* master, LBA */
    outb(ATA_COUNT, (u8)count);
    outb(ATA_LBA0, (u8)lba);
    outb(ATA_LBA1, (u8)(lba >> 8));
    outb(ATA_LBA2, (u8)(lba >> 16));
    outb(ATA_CMD, (u8)cmd);
}

/* One 4 KiB block (8 sectors) in or out; 0 on success. */
static int ata_block(u32 block, int write)
{
    u16 *p = (u16 *)disk_buf;
    ata_select(block * 8u, 8, write ? ATA_WRITE_SECTORS : ATA_READ_SECTORS);
    for (int s = 0; s < 8; s++, p += 256) {
        u32 st = ata_wait();
        if ((st & (ATA_ERR | ATA_DF)) || !(st & ATA_DRQ))
            return -1;
        u32 n = 256;
        u16 *q = p;
        if (write)
            __asm__ volatile("rep outsw" : "+S"(q), "+c"(n) : "d"(ATA_DATA) : "memory");
        else
            __asm__ volatile("rep insw" : "+D"(q), "+c"(n) : "d"(ATA_DATA) : "memory");
    }
    return (ata_wait() & (ATA_ERR | ATA_DF | ATA_BSY)) ? -1 : 0;
}

/* 4 KiB blocks of the primary master, 0 if there is none. */
static u32 ata_identify(void)
{
    outb(ATA_CTRL, 0x02); /* nIEN: polled, no interrupts */
    outb(ATA_DRIVE, 0xA0);
    u32 st = inb(ATA_CMD);
    if (st == 0 || st == 0xFF) /* no drive, or no channel at all */
        return 0;
    outb(ATA_CMD, ATA_IDENTIFY);
    st = ata_wait();
    if ((st & ATA_ERR) || !(st & ATA_DRQ))
        return 0;
    u32 n = 256;
    u16 *q = (u16 *)disk_buf;
    __asm__ volatile("rep insw" : "+D"(q), "+c"(n) : "d"(ATA_DATA) : "memory");
    u32 sectors = disk_buf[30]; /* words 60-61: LBA28 sectors */
    return sectors / 8u;
}

static u32 disk_pattern_seed(u64 seq, u32 block)
{
    u32 x = (u32)seq ^ (u32)(seq >> 32) ^ (block * 0x9E3779B9u) ^ 0x5EED5EEDu;
    return x ? x : 1;
}

static void disk_fill(u64 seq, u64 counter, u32 block)
{
    memset(disk_buf, 0, 64);
    disk_buf[0] = DISK_MAGIC;
    disk_buf[1] = DISK_RECORD_VERSION;
    disk_buf[2] = (u32)seq;
    disk_buf[3] = (u32)(seq >> 32);
    disk_buf[4] = (u32)counter;
    disk_buf[5] = (u32)(counter >> 32);
    disk_buf[6] = (u32)tiny_info.boot_id;
    disk_buf[7] = (u32)(tiny_info.boot_id >> 32);
    disk_buf[8] = block;
    u32 x = disk_pattern_seed(seq, block);
    for (u32 i = 16; i < DISK_BLOCK / 4; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        disk_buf[i] = x;
    }
}

/* The sequence number of the record in disk_buf if it is a whole one for `block`, else 0. */
static u64 disk_check(u32 block)
{
    if (disk_buf[0] != DISK_MAGIC || disk_buf[1] != DISK_RECORD_VERSION || disk_buf[8] != block)
        return 0;
    u64 seq = (u64)disk_buf[3] << 32 | disk_buf[2];
    u32 x = disk_pattern_seed(seq, block);
    for (u32 i = 16; i < DISK_BLOCK / 4; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        if (disk_buf[i] != x)
            return 0;
    }
    return seq;
}

static void disk_publish(const struct disk_record *r)
{
    u32 next = tiny_info.disk_current ^ 1u;
    tiny_info.disk_flushed[next] = *r;
    __asm__ volatile("" ::: "memory"); /* the record before the index that points to it */
    tiny_info.disk_current = next;
    tiny_info.disk_flags |= DISK_F_FLUSHED;
}

/* Issues FLUSH CACHE; disk_tick() sees it complete. */
static void disk_flush_start(u32 now)
{
    outb(ATA_DRIVE, 0xE0);
    outb(ATA_CMD, ATA_FLUSH_CACHE);
    disk_flush_ms = now ? now : 1;
}

static void disk_init(u32 write_ms, u32 span)
{
    u32 blocks = ata_identify();
    if (!blocks) {
        puts("tiny: disk mode on, but no disk on IDE hda\n");
        return;
    }
    tiny_info.disk_flags |= DISK_F_PRESENT;
    tiny_info.disk_blocks = blocks;
    if (!span || span > blocks)
        span = blocks < 64 ? blocks : 64;
    tiny_info.disk_span = span;
    tiny_info.disk_write_ms = write_ms;
    /* Go on from the highest record on the disk. */
    for (u32 b = 0; b < span; b++) {
        if (ata_block(b, 0)) {
            tiny_info.disk_errors++;
            continue;
        }
        u64 seq = disk_check(b);
        if (seq > disk_seq) {
            disk_seq = seq;
            disk_block = b;
            disk_pending.seq = seq;
            disk_pending.counter = (u64)disk_buf[5] << 32 | disk_buf[4];
            disk_pending.block = b;
        }
    }
    if (disk_seq) {
        tiny_info.disk_flags |= DISK_F_RESUMED;
        disk_flush_start(1); /* what was read is published once durable */
    } else {
        disk_block = span - 1; /* the first record goes to block 0 */
    }
    tiny_info.disk_flags |= DISK_F_ON;
    puts("tiny: disk of ");
    putdec(blocks);
    puts(" blocks, a record every ");
    putdec(write_ms);
    puts(" ms over ");
    putdec(span);
    puts(" blocks, from seq ");
    putdec((u32)disk_seq + 1);
    putc('\n');
}

static void disk_tick(u32 now) /* now: low half of the counter */
{
    if (!(tiny_info.disk_flags & DISK_F_ON))
        return;
    if (disk_flush_ms) {
        u32 st = inb(ATA_CMD);
        if (st & ATA_BSY) {
            if (now - disk_flush_ms > DISK_FLUSH_LIMIT_MS) {
                tiny_info.disk_errors++; /* counted once per limit; keeps waiting */
                disk_flush_ms = now ? now : 1;
            }
            return;
        }
        disk_flush_ms = 0;
        if (st & (ATA_ERR | ATA_DF)) {
            tiny_info.disk_errors++;
            return;
        }
        tiny_info.disk_flushes++;
        disk_pending.status = st;
        disk_publish(&disk_pending);
        return;
    }
    if ((int)(now - disk_next_ms) < 0)
        return;
    disk_next_ms = now + tiny_info.disk_write_ms;
    u32 block = disk_block + 1 >= tiny_info.disk_span ? 0 : disk_block + 1;
    u64 counter = tiny_info.counter;
    disk_fill(disk_seq + 1, counter, block);
    if (ata_block(block, 1)) {
        tiny_info.disk_errors++;
        return;
    }
    disk_seq++;
    disk_block = block;
    disk_pending.seq = disk_seq;
    disk_pending.counter = counter;
    disk_pending.block = block;
    disk_flush_start(now);
}

/* ---- main ---- */
void kmain(u32 magic, const struct mb_info *mbi)
{
    serial_init();
    puts("\ntiny guest " GUEST_VERSION " (hypercall ABI 1.1, ports 0x5a0/0x5a4)\n");
    idt_init();
    pic_init();

    u32 abi = hypercall(HC_GET_ABI_VERSION, 0);
    host_ok = hc_status == HC_OK && abi >> 16 == HC_ABI_MAJOR;
    if (host_ok) {
        u32 lo = hypercall(HC_GET_BOOT_ID_LO, 0);
        u32 hi = hypercall(HC_GET_BOOT_ID_HI, 0);
        tiny_info.boot_id = (u64)hi << 32 | lo;
        tiny_info.flags |= INFO_F_HOST;
    } else {
        puts("tiny: no hypercall host (status 0x");
        puthex(hc_status, 8);
        puts("), using defaults\n");
        tiny_info.boot_id = rdtsc() * 0x9E3779B97F4A7C15ull;
    }

    u32 busy = get_config(CFG_BUSY, 0) != 0;
    u32 fill = get_config(CFG_FILL_RAM, 0) != 0;
    u32 rate = get_config(CFG_DIRTY_PAGES_PER_SEC, 0);
    u32 percent = get_config(CFG_DIRTY_PERCENT, 100);
    u32 span = get_config(CFG_DIRTY_SPAN_PAGES, 0);
    tiny_info.ipv4 = get_config(CFG_IPV4_ADDR, 0);
    u32 disk_write_ms = get_config(CFG_DISK_WRITE_MS, 0);
    u32 disk_span = get_config(CFG_DISK_SPAN_BLOCKS, 0);
    u32 hz = get_config(CFG_TICK_HZ, 1000);
    if (hz < 50 || hz > 1000 || 1000 % hz)
        hz = 1000;
    tiny_info.tick_hz = hz;
    ms_per_tick = 1000 / hz;

    u32 top = detect_mem_top(magic, mbi);
    u32 free_start = ((u32)_end + 4095) & ~4095u;
    u32 avail = top > free_start ? (top - free_start) >> 12 : 0;
    if (!span)
        span = (percent > 100 ? 100 : percent) * avail / 100;
    if (span > avail)
        span = avail;
    tiny_info.mem_top = top;
    tiny_info.free_start = free_start;
    tiny_info.dirty_span = span;
    tiny_info.dirty_rate = rate;
    dirty_mask = 1;
    while (dirty_mask < span)
        dirty_mask <<= 1;
    dirty_mask--;
    dirty_lcg = (u32)tiny_info.boot_id & dirty_mask;
    if (busy)
        tiny_info.flags |= INFO_F_BUSY;
    if (fill) {
        tiny_info.flags |= INFO_F_FILL;
        fill_ram(free_start, top, (u32)tiny_info.boot_id ^ (u32)(tiny_info.boot_id >> 32));
    }
    if (nic_init()) {
        tiny_info.nic_port = nic;
        tiny_info.flags |= INFO_F_NIC;
    }
    /* last: the emulator stalls most while it first compiles the code above */
    u32 tsc_khz = get_config(CFG_TSC_KHZ, 0); /* the host may know the TSC rate */
    if (tsc_khz) {
        tiny_info.flags |= INFO_F_TSC_HOST;
    } else if ((tsc_khz = cpuid_tsc_khz()) != 0) {
        tiny_info.flags |= INFO_F_TSC_CPUID;
    }
    tsc_trusted = tsc_khz != 0;
    set_tsc_rate(tsc_trusted ? tsc_khz : calibrate_tsc());

    puts("tiny: boot_id=0x");
    puthex((u32)(tiny_info.boot_id >> 32), 8);
    puthex((u32)tiny_info.boot_id, 8);
    puts("\ntiny: ram top=0x");
    puthex(top, 8);
    puts(" (");
    putdec(top >> 10);
    puts(" KiB) free from 0x");
    puthex(free_start, 8);
    puts(fill ? " filled\n" : "\n");
    puts("tiny: tick=");
    putdec(hz);
    puts(" Hz tsc=");
    putdec(tiny_info.tsc_per_ms);
    puts("/ms busy=");
    putdec(busy);
    puts(" dirty=");
    putdec(rate);
    puts(" pages/s over ");
    putdec(span);
    puts(" pages\n");
    if (nic) {
        puts("tiny: ne2000 at 0x");
        puthex(nic, 4);
        puts(" mac=");
        put_mac(tiny_info.mac);
        puts(" ip=");
        put_ip(tiny_info.ipv4);
        putc('\n');
    } else {
        puts("tiny: no NIC\n");
    }

    if (disk_write_ms)
        disk_init(disk_write_ms, disk_span);

    if (host_ok) {
        hypercall(HC_REPORT_COUNTER_ADDR, (u32)&tiny_info.counter);
        hypercall(HC_REPORT_BOOT_ID_ADDR, (u32)&tiny_info.boot_id);
        hypercall(HC_REPORT_INFO_ADDR, (u32)&tiny_info);
    }
    puts("tiny: counter at 0x");
    puthex((u32)&tiny_info.counter, 8);
    puts(", boot id at 0x");
    puthex((u32)&tiny_info.boot_id, 8);
    puts(", info at 0x");
    puthex((u32)&tiny_info, 8);
    puts("\ntiny: ready\n");

    pit2_start();
    tsc_last = rdtsc();
    pit_init(hz);
    tiny_info.flags |= INFO_F_READY;
    __asm__ volatile("sti");
    if (host_ok)
        hypercall(HC_REPORT_READY, 0);

    /* the low half of the counter: one 32-bit load, so never torn */
    volatile u32 *now_ms = (volatile u32 *)&tiny_info.counter;
    volatile u32 *ticks = &tiny_info.ticks;
    u32 handled_ms = *now_ms, handled_ticks = *ticks;
    for (;;) {
        if (busy) {
            while (handled_ticks == *ticks)
                ;
        } else {
            __asm__ volatile("cli");
            if (handled_ticks == *ticks)
                __asm__ volatile("sti; hlt" ::: "memory"); /* sti's shadow: no lost wakeup */
            else
                __asm__ volatile("sti");
        }
        handled_ticks = *ticks;
        u32 now = *now_ms;
        if (now - handled_ms > 1000)
            handled_ms = now - 1000;
        while (handled_ms != now) { /* dirtying is paced per elapsed millisecond */
            handled_ms++;
            dirty_tick();
        }
        nic_poll();
        disk_tick(now);
    }
}
