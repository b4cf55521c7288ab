// Frames for the try-*-guest demos: a host that ARPs for the guest and pings it (Ethernet, ARP,
// IPv4, ICMP by hand, as the guests see them).
export const HOST_MAC = Buffer.from([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);
export const HOST_IP = "10.0.2.2";
export const GUEST_IP = "10.0.2.15";
export const macBytes = (s) => Buffer.from(s.split(":").map((x) => parseInt(x, 16)));
export const ipBytes = (s) => Buffer.from(s.split(".").map(Number));
export const fmtMac = (b) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(":");
export const fmtIp = (b) => [...b].join(".");

export function inetChecksum(buf) {
    let sum = 0;
    for (let i = 0; i + 1 < buf.length; i += 2) sum += (buf[i] << 8) | buf[i + 1];
    if (buf.length & 1) sum += buf[buf.length - 1] << 8;
    while (sum >>> 16) sum = (sum & 0xffff) + (sum >>> 16);
    return ~sum & 0xffff;
}

export function arpRequest(targetIp) {
    const f = Buffer.alloc(42);
    f.fill(0xff, 0, 6);
    HOST_MAC.copy(f, 6);
    f.writeUInt16BE(0x0806, 12);
    f.writeUInt16BE(1, 14);
    f.writeUInt16BE(0x0800, 16);
    f[18] = 6;
    f[19] = 4;
    f.writeUInt16BE(1, 20);
    HOST_MAC.copy(f, 22);
    ipBytes(HOST_IP).copy(f, 28);
    ipBytes(targetIp).copy(f, 38);
    return f;
}

export function echoRequest(dstMac, dstIp, id, seq, payload) {
    const icmp = Buffer.alloc(8 + payload.length);
    icmp[0] = 8;
    icmp.writeUInt16BE(id, 4);
    icmp.writeUInt16BE(seq, 6);
    payload.copy(icmp, 8);
    icmp.writeUInt16BE(inetChecksum(icmp), 2);
    const ip = Buffer.alloc(20);
    ip[0] = 0x45;
    ip.writeUInt16BE(20 + icmp.length, 2);
    ip.writeUInt16BE(0x1234, 4);
    ip.writeUInt16BE(0x4000, 6);
    ip[8] = 64;
    ip[9] = 1;
    ipBytes(HOST_IP).copy(ip, 12);
    ipBytes(dstIp).copy(ip, 16);
    ip.writeUInt16BE(inetChecksum(ip), 10);
    return Buffer.concat([dstMac, HOST_MAC, Buffer.from([0x08, 0x00]), ip, icmp]);
}

/** What is wrong with an ARP reply from the guest to the host's who-has GUEST_IP (none: nothing). */
export function checkArpReply(f, guestMac) {
    const problems = [];
    if (f.length < 42) problems.push("short frame");
    if (!f.subarray(0, 6).equals(HOST_MAC)) problems.push("eth dst");
    if (!f.subarray(6, 12).equals(guestMac)) problems.push("eth src");
    if (f.readUInt16BE(12) !== 0x0806) problems.push("ethertype");
    if (f.readUInt16BE(14) !== 1 || f.readUInt16BE(16) !== 0x0800 || f[18] !== 6 || f[19] !== 4) problems.push("arp header");
    if (f.readUInt16BE(20) !== 2) problems.push("oper");
    if (!f.subarray(22, 28).equals(guestMac) || !f.subarray(28, 32).equals(ipBytes(GUEST_IP))) problems.push("sender");
    if (!f.subarray(32, 38).equals(HOST_MAC) || !f.subarray(38, 42).equals(ipBytes(HOST_IP))) problems.push("target");
    return problems;
}

/** What is wrong with the guest's echo reply to `req` (none: nothing). */
export function checkEchoReply(f, guestMac, req) {
    const problems = [];
    if (!f.subarray(0, 6).equals(HOST_MAC)) problems.push("eth dst");
    if (!f.subarray(6, 12).equals(guestMac)) problems.push("eth src");
    if (f.readUInt16BE(12) !== 0x0800) problems.push("ethertype");
    const ip = f.subarray(14, 34);
    if (ip[0] !== 0x45) problems.push("ip version/ihl");
    if (inetChecksum(ip) !== 0) problems.push("ip header checksum");
    if (ip[9] !== 1) problems.push("ip protocol");
    if (!ip.subarray(12, 16).equals(ipBytes(GUEST_IP)) || !ip.subarray(16, 20).equals(ipBytes(HOST_IP))) problems.push("ip addresses");
    const tot = ip.readUInt16BE(2);
    const icmp = f.subarray(34, 14 + tot);
    if (icmp.length !== req.length - 34) problems.push(`icmp length ${icmp.length}`);
    if (inetChecksum(icmp) !== 0) problems.push("icmp checksum");
    if (icmp[0] !== 0 || icmp[1] !== 0) problems.push("icmp type/code");
    if (!icmp.subarray(4).equals(req.subarray(38))) problems.push("id/seq/payload");
    return problems;
}
