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
