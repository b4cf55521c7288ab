#!/usr/bin/env node
// Boot the "linux" guest image (scripts/build-linux-image.sh) in v86 and check its contract
// (guest/linux/README.md): the ready line, a shell on ttyS0, the sc.* kernel parameters, ARP +
// ping from the host side, and save_state/restore_state into new V86 instances — including
// restore targets built without the kernel files and without any BIOS. Also finds the smallest
// RAM that boots.
//
//   node scripts/try-linux-guest.mjs [IMAGE_DIR]        (default .cache/images/linux)
//
// LINUX_NIC=ne2k|virtio    test one NIC (default: both)
// LINUX_MEM_MB=N           guest RAM (default 128)
// LINUX_CMDLINE_EXTRA=...  appended to the kernel command line (e.g. "quiet")
// LINUX_MIN_MEM=0          skip the smallest-RAM scan
// LINUX_VERBOSE=1          echo the guest's serial output
//
// Standalone proof for the image; not part of the test suite. Exits non-zero if a check fails.
import { V86 } from "v86";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HOST_IP, GUEST_IP, macBytes, fmtMac, fmtIp, arpRequest, echoRequest, checkArpReply, checkEchoReply } from "./lib/try-frames.mjs";

const require = createRequire(import.meta.url);
const WASM_PATH = path.join(path.dirname(require.resolve("v86")), "v86.wasm");
const IMAGE_DIR = path.resolve(process.argv[2] ?? fileURLToPath(new URL("../.cache/images/linux", import.meta.url)));
const MEM_MB = Number(process.env.LINUX_MEM_MB ?? 128);
const NICS = process.env.LINUX_NIC ? [process.env.LINUX_NIC] : ["ne2k", "virtio"];
const VERBOSE = process.env.LINUX_VERBOSE === "1";
const BASE_CMDLINE = ["console=ttyS0 acpiphp.disable=1 tsc=reliable mitigations=off", process.env.LINUX_CMDLINE_EXTRA].filter(Boolean).join(" ");
// v86 rounds vga_memory_size up to a power of two and clamps it to at least 256 KiB: the smallest
// there is. SeaBIOS's stdvga ROM initialises fine in it (checked by every boot below).
const VGA_BYTES = 256 << 10;
const BOOT_TIMEOUT_MS = 90_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (x) => `${x.toFixed(0)} ms`;
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
let failures = 0;
function check(ok, what) {
    console.log(`  [${ok ? "ok" : "FAIL"}] ${what}`);
    if (!ok) failures++;
    return ok;
}

// ---------------------------------------------------------------------------------------------
// The image
// ---------------------------------------------------------------------------------------------
if (!fs.existsSync(path.join(IMAGE_DIR, "manifest.json"))) {
    console.error(`no image at ${IMAGE_DIR}: run bash scripts/build-linux-image.sh`);
    process.exit(1);
}
const MANIFEST = JSON.parse(fs.readFileSync(path.join(IMAGE_DIR, "manifest.json"), "utf8"));
const FILES = Object.fromEntries(["bzImage", "initrd.img", "bios.bin", "vgabios.bin"].map((f) => [f, fs.readFileSync(path.join(IMAGE_DIR, f))]));
// A fresh ArrayBuffer per VM: v86 keeps (and may patch) the buffers it is given.
const ab = (name) => {
    const b = FILES[name];
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

/** The V86 options for one VM. kernel/bios false leave those files out (restore targets). */
function vmOptions({ nic, memMb = MEM_MB, cmdline, kernel = true, bios = true, autostart = true }) {
    return {
        wasm_path: WASM_PATH,
        memory_size: memMb << 20,
        vga_memory_size: VGA_BYTES,
        ...(bios ? { bios: { buffer: ab("bios.bin") }, vga_bios: { buffer: ab("vgabios.bin") } } : {}),
        ...(kernel ? { bzimage: { buffer: ab("bzImage") }, initrd: { buffer: ab("initrd.img") }, cmdline } : {}),
        // Interrupts through the IO-APIC, as the project boots Linux (guest/linux/README.md).
        acpi: true,
        net_device: { type: nic },
        autostart,
        disable_speaker: true,
        preserve_mac_from_state_image: true,
    };
}
const describeOptions = (o) =>
    JSON.stringify(o, (k, v) => (v instanceof ArrayBuffer ? `<${v.byteLength} bytes>` : k === "wasm_path" ? "<v86.wasm>" : v));

// v86 bug: restore_state throws "reading 'original_bar'" without an hda, because the absent
// IDE channel leaves holes in pci_bars. Fill them with zero-sized descriptors.
function patchMissingPciBars(emulator) {
    for (const dev of emulator.v86.cpu.devices.pci.devices) {
        if (!dev || !dev.pci_bars) continue;
        for (let i = 0; i < dev.pci_bars.length; i++) {
            if (!dev.pci_bars[i]) dev.pci_bars[i] = { size: 0, original_bar: 0, entries: [] };
        }
    }
}

// v86 under Node yields with setImmediate whenever its next timer event is under 1 ms away, so
// a halted guest keeps the event loop spinning. Sleep with setTimeout while the CPU is halted
// (t > 0); wake-ups from devices still run at once (guest/tiny/README.md).
function patchIdleYield(emulator) {
    const v = emulator.v86;
    v.yield = (t, tick) => (t > 0 ? setTimeout(() => v.yield_callback(tick), t) : setImmediate(() => v.yield_callback(tick)));
}

// ---------------------------------------------------------------------------------------------
// A VM with its serial console as text
// ---------------------------------------------------------------------------------------------
const KERNEL_LOG_LINE = /^\[\s*\d+\.\d+\] /;

class Vm {
    constructor(options, label) {
        this.label = label;
        this.serial = "";
        this.sent = [];
        this.waiters = [];
        this.firstByteAt = null;
        this.marker = 0;
        this.t0 = performance.now();
        this.emulator = new V86(options);
        this.loaded = new Promise((resolve) =>
            this.emulator.add_listener("emulator-loaded", () => {
                patchMissingPciBars(this.emulator);
                patchIdleYield(this.emulator);
                resolve();
            }),
        );
        this.emulator.add_listener("serial0-output-byte", (b) => {
            if (this.firstByteAt === null) this.firstByteAt = performance.now();
            const c = String.fromCharCode(b);
            this.serial += c;
            if (VERBOSE) process.stdout.write(c);
            // Literal patterns only, matched at the end of the text: O(pattern) per byte.
            for (const w of this.waiters) {
                if (this.serial.length - w.text.length >= w.from && this.serial.endsWith(w.text)) w.done();
            }
        });
        // ne2k hands out a view into its own buffer: copy.
        this.emulator.bus.register("net0-send", (frame) => this.sent.push(Buffer.from(frame)), null);
    }

    /** Resolves with the time when `text` has appeared after serial offset `from`. */
    waitFor(text, timeoutMs, from = 0) {
        const i = this.serial.indexOf(text, from);
        if (i >= 0) return Promise.resolve({ at: performance.now(), end: i + text.length });
        return new Promise((resolve, reject) => {
            const w = { text, from };
            const timer = setTimeout(() => {
                this.waiters.splice(this.waiters.indexOf(w), 1);
                reject(new Error(`${this.label}: no ${JSON.stringify(text)} within ${timeoutMs} ms`));
            }, timeoutMs);
            w.done = () => {
                clearTimeout(timer);
                this.waiters.splice(this.waiters.indexOf(w), 1);
                resolve({ at: performance.now(), end: this.serial.length });
            };
            this.waiters.push(w);
        });
    }

    /**
     * Type a command line and return what it printed. The line ends with an echo of a marker
     * whose text only exists once the shell has run it (the terminal echoes the line as typed).
     */
    async sh(cmd, timeoutMs = 10_000) {
        const n = ++this.marker;
        const from = this.serial.length;
        this.emulator.serial0_send(`${cmd}; echo @@$((${n}*1))@@\n`);
        const { end } = await this.waitFor(`@@${n}@@`, timeoutMs, from);
        const text = this.serial.slice(from, end).replace(/\r/g, "");
        // Drop everything up to the end of the echoed command line, and the marker. Typed ahead
        // of the prompt, a line is echoed twice: by the tty, then redrawn by ash's line editor.
        const typed = text.lastIndexOf(`echo @@$((${n}*1))@@`);
        return text
            .slice(text.indexOf("\n", typed) + 1)
            .replace(`@@${n}@@`, "")
            .split("\n")
            .filter((l) => !KERNEL_LOG_LINE.test(l)) // printk lines land between shell output
            .join("\n");
    }

    tail(n = 1500) {
        return this.serial.slice(-n).replace(/\r/g, "").split("\n").map((l) => "    | " + l).join("\n");
    }
}

/** Boot to the shell prompt; returns the timings (ms since new V86). */
async function boot(vm, hostname) {
    await vm.loaded;
    const ready = await vm.waitFor("supercloud-linux: ready", BOOT_TIMEOUT_MS);
    const prompt = await vm.waitFor(`${hostname}# `, 20_000, ready.end);
    return { firstByte: vm.firstByteAt - vm.t0, ready: ready.at - vm.t0, prompt: prompt.at - vm.t0 };
}

async function cpuWhileIdle(durationMs) {
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(durationMs);
    const u = process.cpuUsage(u0);
    return ((u.user + u.system) / 1000 / (performance.now() - t0)) * 100;
}

// ---------------------------------------------------------------------------------------------
// Ethernet / ARP / IPv4 / ICMP frames (as in try-tiny-guest.mjs)
// ---------------------------------------------------------------------------------------------
const GUEST_PREFIX = 24;
const GUEST_MTU = 1400;

const isArpReply = (f) => f.length >= 42 && f.readUInt16BE(12) === 0x0806 && f.readUInt16BE(20) === 2;
const isEchoReply = (f) => f.length >= 42 && f.readUInt16BE(12) === 0x0800 && f[23] === 1 && f[34] === 0;

async function waitFrame(vm, pred, timeoutMs) {
    const t0 = performance.now();
    for (;;) {
        const f = vm.sent.find(pred);
        if (f || performance.now() - t0 > timeoutMs) return f;
        await sleep(1);
    }
}

async function pingTest(vm, guestMac, label) {
    vm.sent.length = 0;
    vm.emulator.bus.send("net0-receive", new Uint8Array(arpRequest(GUEST_IP)));
    const arp = await waitFrame(vm, isArpReply, 2000);
    const arpProblems = arp ? checkArpReply(arp, guestMac) : ["no reply"];
    check(arpProblems.length === 0, `${label}: ARP who-has ${GUEST_IP} -> ${arp ? `${fmtIp(arp.subarray(28, 32))} is-at ${fmtMac(arp.subarray(22, 28))}` : "nothing"} ${arpProblems.join(", ")}`);

    // odd sizes exercise the checksum's last byte; 1372 fills the MTU of 1400 set by sc.mtu
    const sizes = [56, 1, 57, 999, GUEST_MTU - 28];
    let good = 0;
    const rtts = [];
    for (let seq = 1; seq <= sizes.length; seq++) {
        const req = echoRequest(guestMac, GUEST_IP, 0xbeef, seq, randomBytes(sizes[seq - 1]));
        vm.sent.length = 0;
        const t0 = performance.now();
        vm.emulator.bus.send("net0-receive", new Uint8Array(req));
        const reply = await waitFrame(vm, isEchoReply, 2000);
        rtts.push(performance.now() - t0);
        const problems = reply ? checkEchoReply(reply, guestMac, req) : ["no reply"];
        if (problems.length === 0) good++;
        else console.log(`    echo seq=${seq} (${sizes[seq - 1]} bytes): ${problems.join(", ")}`);
    }
    check(good === sizes.length, `${label}: ping ${GUEST_IP}: ${good}/${sizes.length} echo replies correct (payloads ${sizes.join("/")} B), rtt ${Math.min(...rtts).toFixed(1)}-${Math.max(...rtts).toFixed(1)} ms`);
    return arpProblems.length === 0 && good === sizes.length;
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------
const summary = [];
console.log(`linux guest image: ${IMAGE_DIR}`);
console.log(`  kernel ${MANIFEST.kernel.package} ${MANIFEST.kernel.version} (${MANIFEST.kernel.release}), busybox ${MANIFEST.busybox.version}, seabios ${MANIFEST.seabios.version}`);
console.log(`  ${Object.entries(MANIFEST.files).map(([f, { bytes }]) => `${f} ${bytes} B`).join(", ")}`);

let ranFirst = false;
for (const nic of NICS) {
    // ne2k gets a hostname, virtio the default: both paths of sc.hostname are covered.
    const hostname = nic === "ne2k" ? "sc-ne2k" : "supercloud";
    const params = [`sc.nic=${nic}`, `sc.ip=${GUEST_IP}/${GUEST_PREFIX}`, `sc.gw=${HOST_IP}`, `sc.mtu=${GUEST_MTU}`];
    if (hostname !== "supercloud") params.push(`sc.hostname=${hostname}`);
    const cmdline = `${BASE_CMDLINE} ${params.join(" ")}`;
    const opts = vmOptions({ nic, cmdline });
    const row = { nic };
    summary.push(row);
    console.log(`\n== ${nic}: boot, ${MEM_MB} MiB, vga ${VGA_BYTES >> 10} KiB, cmdline "${cmdline}"`);
    if (!ranFirst) console.log(`  V86 options: ${describeOptions(opts)}`);
    ranFirst = true;

    const vm = new Vm(opts, nic);
    try {
        const t = await boot(vm, hostname);
        Object.assign(row, t);
        check(true, `first serial byte ${ms(t.firstByte)}, "supercloud-linux: ready" ${ms(t.ready)}, prompt "${hostname}# " ${ms(t.prompt)}`);
    } catch (e) {
        check(false, `${e.message}\n${vm.tail()}`);
        await vm.emulator.destroy();
        continue;
    }
    const readyLines = vm.serial.split("\n").filter((l) => l.includes("supercloud-linux:"));
    check(readyLines.length === 1 && readyLines[0].replace(/\r/g, "") === "supercloud-linux: ready", `exactly one ready line: ${JSON.stringify(readyLines)}`);
    const warnings = vm.serial.split("\n").filter((l) => l.startsWith("init:"));
    check(warnings.length === 0, `no warnings from /init${warnings.length ? ": " + warnings.join(" | ") : ""}`);

    try {
        const hello = await vm.sh("echo hello-$((6*7))");
        check(hello.includes("hello-42"), `serial shell: echo hello-$((6*7)) -> ${JSON.stringify(hello.trim())}`);
        const addr = await vm.sh("ip addr show eth0");
        check(addr.includes(`inet ${GUEST_IP}/${GUEST_PREFIX}`), `sc.ip: "inet ${GUEST_IP}/${GUEST_PREFIX}" in ip addr show eth0`);
        check(addr.includes(`mtu ${GUEST_MTU}`) && /state UP|LOWER_UP/.test(addr), `sc.mtu: eth0 up with mtu ${GUEST_MTU}`);
        const route = await vm.sh("ip route");
        check(route.includes(`default via ${HOST_IP}`), `sc.gw: ${JSON.stringify(route.trim().split("\n")[0])}`);
        const drv = await vm.sh("basename $(readlink /sys/class/net/eth0/device/driver); lsmod | cut -d' ' -f1 | tr '\\n' ' '");
        const expectDriver = nic === "ne2k" ? "ne2k-pci" : "virtio_net";
        check(drv.includes(expectDriver), `sc.nic: eth0 driven by ${expectDriver}; modules: ${drv.trim().split("\n").pop()}`);
        const jobs = await vm.sh("sleep 30 & jobs; kill %1");
        check(/\[1\]/.test(jobs), `job control: ${JSON.stringify(jobs.trim().split("\n")[0])}`);
        const mac = macBytes((await vm.sh("cat /sys/class/net/eth0/address")).trim());
        row.ping = await pingTest(vm, mac, nic);
        row.idleCpu = await cpuWhileIdle(3000);
        console.log(`  idle CPU at the prompt (patched yield): ${row.idleCpu.toFixed(1)}% of one core`);

        // save_state at the shell, with a shell variable to carry over
        await vm.sh("X=7");
        await vm.emulator.stop();
        const ts = performance.now();
        const state = await vm.emulator.save_state();
        row.saveMs = performance.now() - ts;
        row.stateBytes = state.byteLength;
        console.log(`  save_state: ${mib(state.byteLength)} in ${ms(row.saveMs)}`);
        await vm.emulator.destroy();

        const variants = [
            { name: "same options", kernel: true, bios: true },
            { name: "no bzimage/initrd", kernel: false, bios: true },
            { name: "no bzimage/initrd, no bios/vga_bios", kernel: false, bios: false },
        ];
        row.restore = {};
        for (const v of variants) {
            const ropts = vmOptions({ nic, cmdline, kernel: v.kernel, bios: v.bios, autostart: false });
            if (nic === NICS[0] && v === variants[0]) console.log(`  restore V86 options: ${describeOptions(ropts)}`);
            const vm2 = new Vm(ropts, `${nic} restored (${v.name})`);
            let ok = false;
            try {
                await vm2.loaded;
                const tr = performance.now();
                await vm2.emulator.restore_state(state.slice(0));
                const restoreMs = performance.now() - tr;
                await vm2.emulator.run();
                const out = await vm2.sh("echo x=$X; hostname", 10_000);
                ok = check(out.includes("x=7") && out.includes(hostname), `restore into a new V86 (${v.name}): ${ms(restoreMs)}, then echo x=$X -> ${JSON.stringify(out.trim())}`);
                if (v === variants[0]) row.restoreMs = restoreMs;
                if (ok) ok = await pingTest(vm2, mac, `${nic} restored (${v.name})`);
                check(!vm2.serial.includes("supercloud-linux: ready"), `${v.name}: no reboot after restore`);
            } catch (e) {
                check(false, `restore into a new V86 (${v.name}): ${e.message}\n${vm2.tail(600)}`);
            }
            row.restore[v.name] = ok;
            await vm2.emulator.destroy();
        }
    } catch (e) {
        check(false, `${e.message}\n${vm.tail()}`);
        await vm.emulator.destroy();
    }
}

// The extras guest/linux/README.md recommends: crypto self-tests take seconds in v86, the ISA PnP
// scan half a second, and quiet keeps driver messages out of the shell's output.
const RECOMMENDED_EXTRAS = "quiet cryptomgr.notests noisapnp";
let fastBoot = null;
if (!process.env.LINUX_CMDLINE_EXTRA) {
    const nic = NICS[0];
    const cmdline = `${BASE_CMDLINE} ${RECOMMENDED_EXTRAS} sc.ip=${GUEST_IP}/${GUEST_PREFIX}`;
    console.log(`\n== ${nic}: boot with the recommended extras, cmdline "${cmdline}"`);
    const vm = new Vm(vmOptions({ nic, cmdline }), `${nic} (extras)`);
    try {
        fastBoot = await boot(vm, "supercloud");
        const out = await vm.sh("echo hello-$((6*7))");
        check(out.includes("hello-42") && !/ne2k-pci|virtio_net/.test(vm.serial), `first serial byte ${ms(fastBoot.firstByte)}, ready ${ms(fastBoot.ready)}, prompt ${ms(fastBoot.prompt)}; shell works; no driver messages on the console`);
    } catch (e) {
        check(false, `${e.message}\n${vm.tail()}`);
    }
    await vm.emulator.destroy();
}

// The smallest RAM that boots. v86 copies the initrd to guest-physical 64 MiB, so the RAM must
// reach past 64 MiB + the initrd; below that, load_kernel throws a RangeError from a timer
// callback ("offset is out of bounds"), which no caller can catch: such sizes are not tried.
const INITRD_END_MB = Math.ceil((64 * 1048576 + FILES["initrd.img"].length) / 1048576);
let minMem = null;
if (process.env.LINUX_MIN_MEM !== "0") {
    const nic = NICS[0];
    // 80 MiB (the figure the project plans with), then the floor; in between only if the floor fails
    const sizes = [80, INITRD_END_MB, 72, 68].filter((m, i, a) => m >= INITRD_END_MB && a.indexOf(m) === i);
    console.log(`\n== smallest RAM that boots (${nic}); 64 MiB + initrd = ${INITRD_END_MB} MiB is the floor`);
    const tried = [];
    for (const memMb of sizes) {
        tried.push(memMb);
        const vm = new Vm(vmOptions({ nic, memMb, cmdline: `${BASE_CMDLINE} sc.ip=${GUEST_IP}/${GUEST_PREFIX}` }), `${memMb} MiB`);
        let ok = false;
        try {
            const t = await boot(vm, "supercloud");
            const out = await vm.sh("echo hello-$((6*7)); free -k | sed -n 2p");
            ok = out.includes("hello-42");
            const free = out.trim().split("\n").pop().trim().split(/\s+/);
            console.log(`  ${memMb} MiB: ready ${ms(t.ready)}, prompt ${ms(t.prompt)}; shell works; free: total ${free[1]} KiB, available ${free[6]} KiB`);
        } catch (e) {
            console.log(`  ${memMb} MiB: does not boot (${e.message.split("\n")[0]})`);
            if (VERBOSE) console.log(vm.tail(600));
        }
        await vm.emulator.destroy();
        if (ok && (minMem === null || memMb < minMem)) minMem = memMb;
        if (memMb === 80 && !ok) break;
        if (memMb === INITRD_END_MB && ok) break;
    }
    check(minMem !== null && minMem <= 80, `smallest RAM that boots to a working shell: ${minMem ?? "none of"} MiB (tried ${tried.join(", ")})`);
}

console.log("\n== summary");
for (const r of summary) {
    if (r.ready === undefined) {
        console.log(`  ${r.nic}: did not boot`);
        continue;
    }
    const restores = Object.entries(r.restore ?? {}).map(([k, v]) => `${k} ${v ? "ok" : "FAILED"}`).join(", ");
    console.log(`  ${r.nic}: first byte ${ms(r.firstByte)}, ready ${ms(r.ready)}, prompt ${ms(r.prompt)}; ping ${r.ping ? "ok" : "FAILED"}; ` +
        `state ${mib(r.stateBytes ?? 0)} (save ${ms(r.saveMs ?? 0)}, restore ${ms(r.restoreMs ?? 0)}); restore: ${restores}; idle CPU ${r.idleCpu?.toFixed(1)}%`);
}
if (fastBoot) console.log(`  with "${RECOMMENDED_EXTRAS}": first byte ${ms(fastBoot.firstByte)}, ready ${ms(fastBoot.ready)}, prompt ${ms(fastBoot.prompt)}`);
console.log(`  vga_memory_size ${VGA_BYTES >> 10} KiB (v86's minimum); memory ${MEM_MB} MiB; smallest RAM that boots: ${minMem ?? "not measured"} MiB`);
console.log(failures ? `${failures} check(s) FAILED` : "all checks passed");
process.exit(failures ? 1 : 0);
