// The numbers of Ethernet and IPv4 that both a VNet's flow rules and the switch's frame parser name.
export const ETHERTYPE_IPV4 = 0x0800
export const ETHERTYPE_ARP = 0x0806
export const ETHERTYPE_IPV6 = 0x86dd
export const IP_PROTO_ICMP = 1
export const IP_PROTO_TCP = 6
export const IP_PROTO_UDP = 17
