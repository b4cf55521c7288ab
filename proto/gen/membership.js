/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $Array = $util.global.Array, $String = $util.global.String, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["supercloud-membership"] || ($protobuf.roots["supercloud-membership"] = {});

export const supercloud = $root.supercloud = (() => {

    /**
     * Namespace supercloud.
     * @exports supercloud
     * @namespace
     */
    const supercloud = {};

    supercloud.membership = (function() {

        /**
         * Namespace membership.
         * @memberof supercloud
         * @namespace
         */
        const membership = {};

        membership.Descriptor = (function() {

            /**
             * Properties of a Descriptor.
             * @typedef {Object} supercloud.membership.Descriptor.$Properties
             * @property {Uint8Array|null} [peerId] Descriptor peerId
             * @property {number|null} [seq] Descriptor seq
             * @property {Array.<Uint8Array>|null} [addrs] Descriptor addrs
             * @property {string|null} [provider] Descriptor provider
             * @property {string|null} [region] Descriptor region
             * @property {string|null} [zone] Descriptor zone
             * @property {number|null} [cores] Descriptor cores
             * @property {number|null} [memoryBytes] Descriptor memoryBytes
             * @property {number|null} [load] Descriptor load
             * @property {number|null} [vms] Descriptor vms
             * @property {string|null} [softwareVersion] Descriptor softwareVersion
             * @property {string|null} [protocolVersion] Descriptor protocolVersion
             * @property {boolean|null} [left] Descriptor left
             * @property {number|null} [startedAtMs] Descriptor startedAtMs
             * @property {number|null} [heartbeatMs] Descriptor heartbeatMs
             * @property {number|null} [inventorySeq] Descriptor inventorySeq
             * @property {number|null} [vmMemoryBytes] Descriptor vmMemoryBytes
             * @property {boolean|null} [unschedulable] Descriptor unschedulable
             * @property {string|null} [unschedulableReason] Descriptor unschedulableReason
             * @property {string|null} [instanceType] Descriptor instanceType
             * @property {string|null} [pricing] Descriptor pricing
             * @property {number|null} [priceUsdPerHour] Descriptor priceUsdPerHour
             * @property {number|null} [onDemandUsdPerHour] Descriptor onDemandUsdPerHour
             * @property {number|null} [noticeDeadlineMs] Descriptor noticeDeadlineMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Descriptor.
             * @memberof supercloud.membership
             * @interface IDescriptor
             * @augments supercloud.membership.Descriptor.$Properties
             * @deprecated Use supercloud.membership.Descriptor.$Properties instead.
             */

            /**
             * Shape of a Descriptor.
             * @typedef {supercloud.membership.Descriptor.$Properties} supercloud.membership.Descriptor.$Shape
             */

            /**
             * Constructs a new Descriptor.
             * @memberof supercloud.membership
             * @classdesc Represents a Descriptor.
             * @constructor
             * @param {supercloud.membership.Descriptor.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Descriptor = function (p) {
                this.addrs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Descriptor peerId.
             * @member {Uint8Array} peerId
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.peerId = $util.newBuffer([]);

            /**
             * Descriptor seq.
             * @member {number} seq
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.seq = 0;

            /**
             * Descriptor addrs.
             * @member {Array.<Uint8Array>} addrs
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.addrs = $util.emptyArray;

            /**
             * Descriptor provider.
             * @member {string} provider
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.provider = "";

            /**
             * Descriptor region.
             * @member {string} region
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.region = "";

            /**
             * Descriptor zone.
             * @member {string} zone
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.zone = "";

            /**
             * Descriptor cores.
             * @member {number} cores
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.cores = 0;

            /**
             * Descriptor memoryBytes.
             * @member {number} memoryBytes
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.memoryBytes = 0;

            /**
             * Descriptor load.
             * @member {number} load
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.load = 0;

            /**
             * Descriptor vms.
             * @member {number} vms
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.vms = 0;

            /**
             * Descriptor softwareVersion.
             * @member {string} softwareVersion
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.softwareVersion = "";

            /**
             * Descriptor protocolVersion.
             * @member {string} protocolVersion
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.protocolVersion = "";

            /**
             * Descriptor left.
             * @member {boolean} left
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.left = false;

            /**
             * Descriptor startedAtMs.
             * @member {number} startedAtMs
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.startedAtMs = 0;

            /**
             * Descriptor heartbeatMs.
             * @member {number} heartbeatMs
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.heartbeatMs = 0;

            /**
             * Descriptor inventorySeq.
             * @member {number} inventorySeq
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.inventorySeq = 0;

            /**
             * Descriptor vmMemoryBytes.
             * @member {number} vmMemoryBytes
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.vmMemoryBytes = 0;

            /**
             * Descriptor unschedulable.
             * @member {boolean} unschedulable
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.unschedulable = false;

            /**
             * Descriptor unschedulableReason.
             * @member {string} unschedulableReason
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.unschedulableReason = "";

            /**
             * Descriptor instanceType.
             * @member {string} instanceType
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.instanceType = "";

            /**
             * Descriptor pricing.
             * @member {string} pricing
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.pricing = "";

            /**
             * Descriptor priceUsdPerHour.
             * @member {number} priceUsdPerHour
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.priceUsdPerHour = 0;

            /**
             * Descriptor onDemandUsdPerHour.
             * @member {number} onDemandUsdPerHour
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.onDemandUsdPerHour = 0;

            /**
             * Descriptor noticeDeadlineMs.
             * @member {number} noticeDeadlineMs
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.noticeDeadlineMs = 0;

            /**
             * Creates a new Descriptor instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Descriptor
             * @static
             * @param {supercloud.membership.Descriptor.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Descriptor} Descriptor instance
             * @type {{
             *   (properties: supercloud.membership.Descriptor.$Shape): supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape;
             *   (properties?: supercloud.membership.Descriptor.$Properties): supercloud.membership.Descriptor;
             * }}
             */
            Descriptor.create = function(properties) {
                return new Descriptor(properties);
            };

            /**
             * Encodes the specified Descriptor message. Does not implicitly {@link supercloud.membership.Descriptor.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Descriptor
             * @static
             * @param {supercloud.membership.Descriptor.$Properties} m Descriptor message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Descriptor.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.peerId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.seq);
                if (m.addrs != null && m.addrs.length) {
                    for (var i = 0; i < m.addrs.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.addrs[i]);
                }
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider") && m.provider !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.provider);
                if (m.region != null && $Object.hasOwnProperty.call(m, "region") && m.region !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.region);
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone") && m.zone !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.zone);
                if (m.cores != null && $Object.hasOwnProperty.call(m, "cores") && m.cores !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.cores);
                if (m.memoryBytes != null && $Object.hasOwnProperty.call(m, "memoryBytes") && !$Object.is(m.memoryBytes, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.memoryBytes);
                if (m.load != null && $Object.hasOwnProperty.call(m, "load") && !$Object.is(m.load, 0))
                    w.uint32(/* id 9, wireType 1 =*/73).double(m.load);
                if (m.vms != null && $Object.hasOwnProperty.call(m, "vms") && m.vms !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.vms);
                if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion") && m.softwareVersion !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.softwareVersion);
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.protocolVersion);
                if (m.left != null && $Object.hasOwnProperty.call(m, "left") && m.left !== false)
                    w.uint32(/* id 13, wireType 0 =*/104).bool(m.left);
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs") && !$Object.is(m.startedAtMs, 0))
                    w.uint32(/* id 14, wireType 1 =*/113).double(m.startedAtMs);
                if (m.heartbeatMs != null && $Object.hasOwnProperty.call(m, "heartbeatMs") && m.heartbeatMs !== 0)
                    w.uint32(/* id 15, wireType 0 =*/120).uint32(m.heartbeatMs);
                if (m.inventorySeq != null && $Object.hasOwnProperty.call(m, "inventorySeq") && !$Object.is(m.inventorySeq, 0))
                    w.uint32(/* id 16, wireType 1 =*/129).double(m.inventorySeq);
                if (m.vmMemoryBytes != null && $Object.hasOwnProperty.call(m, "vmMemoryBytes") && !$Object.is(m.vmMemoryBytes, 0))
                    w.uint32(/* id 17, wireType 1 =*/137).double(m.vmMemoryBytes);
                if (m.unschedulable != null && $Object.hasOwnProperty.call(m, "unschedulable") && m.unschedulable !== false)
                    w.uint32(/* id 18, wireType 0 =*/144).bool(m.unschedulable);
                if (m.unschedulableReason != null && $Object.hasOwnProperty.call(m, "unschedulableReason") && m.unschedulableReason !== "")
                    w.uint32(/* id 19, wireType 2 =*/154).string(m.unschedulableReason);
                if (m.instanceType != null && $Object.hasOwnProperty.call(m, "instanceType") && m.instanceType !== "")
                    w.uint32(/* id 20, wireType 2 =*/162).string(m.instanceType);
                if (m.pricing != null && $Object.hasOwnProperty.call(m, "pricing") && m.pricing !== "")
                    w.uint32(/* id 21, wireType 2 =*/170).string(m.pricing);
                if (m.priceUsdPerHour != null && $Object.hasOwnProperty.call(m, "priceUsdPerHour") && !$Object.is(m.priceUsdPerHour, 0))
                    w.uint32(/* id 22, wireType 1 =*/177).double(m.priceUsdPerHour);
                if (m.onDemandUsdPerHour != null && $Object.hasOwnProperty.call(m, "onDemandUsdPerHour") && !$Object.is(m.onDemandUsdPerHour, 0))
                    w.uint32(/* id 23, wireType 1 =*/185).double(m.onDemandUsdPerHour);
                if (m.noticeDeadlineMs != null && $Object.hasOwnProperty.call(m, "noticeDeadlineMs") && !$Object.is(m.noticeDeadlineMs, 0))
                    w.uint32(/* id 24, wireType 1 =*/193).double(m.noticeDeadlineMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Descriptor message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Descriptor
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Descriptor & supercloud.membership.Descriptor.$Shape} Descriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Descriptor.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.Descriptor();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.addrs && m.addrs.length))
                                m.addrs = [];
                            m.addrs.push(r.bytes());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.provider = v;
                            else
                                delete m.provider;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.region = v;
                            else
                                delete m.region;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zone = v;
                            else
                                delete m.zone;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cores = v;
                            else
                                delete m.cores;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.memoryBytes = v;
                            else
                                delete m.memoryBytes;
                            continue;
                        }
                    case 9: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.load = v;
                            else
                                delete m.load;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vms = v;
                            else
                                delete m.vms;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.softwareVersion = v;
                            else
                                delete m.softwareVersion;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.left = v;
                            else
                                delete m.left;
                            continue;
                        }
                    case 14: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAtMs = v;
                            else
                                delete m.startedAtMs;
                            continue;
                        }
                    case 15: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.heartbeatMs = v;
                            else
                                delete m.heartbeatMs;
                            continue;
                        }
                    case 16: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.inventorySeq = v;
                            else
                                delete m.inventorySeq;
                            continue;
                        }
                    case 17: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.vmMemoryBytes = v;
                            else
                                delete m.vmMemoryBytes;
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.unschedulable = v;
                            else
                                delete m.unschedulable;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.unschedulableReason = v;
                            else
                                delete m.unschedulableReason;
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.instanceType = v;
                            else
                                delete m.instanceType;
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pricing = v;
                            else
                                delete m.pricing;
                            continue;
                        }
                    case 22: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.priceUsdPerHour = v;
                            else
                                delete m.priceUsdPerHour;
                            continue;
                        }
                    case 23: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.onDemandUsdPerHour = v;
                            else
                                delete m.onDemandUsdPerHour;
                            continue;
                        }
                    case 24: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.noticeDeadlineMs = v;
                            else
                                delete m.noticeDeadlineMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Descriptor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Descriptor
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Descriptor} Descriptor
             */
            Descriptor.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Descriptor)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Descriptor: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Descriptor();
                if (d.peerId != null) {
                    if (d.peerId.length) {
                        if (typeof d.peerId === "string")
                            $util.base64.decode(d.peerId, m.peerId = $util.newBuffer($util.base64.length(d.peerId)), 0);
                        else if (d.peerId.length >= 0)
                            m.peerId = d.peerId;
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                if (d.addrs) {
                    if (!$Array.isArray(d.addrs))
                        throw $TypeError(".supercloud.membership.Descriptor.addrs: array expected");
                    m.addrs = $Array(d.addrs.length);
                    for (var i = 0; i < d.addrs.length; ++i) {
                        if (typeof d.addrs[i] === "string")
                            $util.base64.decode(d.addrs[i], m.addrs[i] = $util.newBuffer($util.base64.length(d.addrs[i])), 0);
                        else if (d.addrs[i].length >= 0)
                            m.addrs[i] = d.addrs[i];
                    }
                }
                if (d.provider != null) {
                    if (typeof d.provider !== "string" || d.provider.length) {
                        m.provider = $String(d.provider);
                    }
                }
                if (d.region != null) {
                    if (typeof d.region !== "string" || d.region.length) {
                        m.region = $String(d.region);
                    }
                }
                if (d.zone != null) {
                    if (typeof d.zone !== "string" || d.zone.length) {
                        m.zone = $String(d.zone);
                    }
                }
                if (d.cores != null) {
                    if ($Number(d.cores) !== 0) {
                        m.cores = d.cores >>> 0;
                    }
                }
                if (d.memoryBytes != null) {
                    if (!$Object.is($Number(d.memoryBytes), 0)) {
                        m.memoryBytes = $Number(d.memoryBytes);
                    }
                }
                if (d.load != null) {
                    if (!$Object.is($Number(d.load), 0)) {
                        m.load = $Number(d.load);
                    }
                }
                if (d.vms != null) {
                    if ($Number(d.vms) !== 0) {
                        m.vms = d.vms >>> 0;
                    }
                }
                if (d.softwareVersion != null) {
                    if (typeof d.softwareVersion !== "string" || d.softwareVersion.length) {
                        m.softwareVersion = $String(d.softwareVersion);
                    }
                }
                if (d.protocolVersion != null) {
                    if (typeof d.protocolVersion !== "string" || d.protocolVersion.length) {
                        m.protocolVersion = $String(d.protocolVersion);
                    }
                }
                if (d.left != null) {
                    if (d.left) {
                        m.left = $Boolean(d.left);
                    }
                }
                if (d.startedAtMs != null) {
                    if (!$Object.is($Number(d.startedAtMs), 0)) {
                        m.startedAtMs = $Number(d.startedAtMs);
                    }
                }
                if (d.heartbeatMs != null) {
                    if ($Number(d.heartbeatMs) !== 0) {
                        m.heartbeatMs = d.heartbeatMs >>> 0;
                    }
                }
                if (d.inventorySeq != null) {
                    if (!$Object.is($Number(d.inventorySeq), 0)) {
                        m.inventorySeq = $Number(d.inventorySeq);
                    }
                }
                if (d.vmMemoryBytes != null) {
                    if (!$Object.is($Number(d.vmMemoryBytes), 0)) {
                        m.vmMemoryBytes = $Number(d.vmMemoryBytes);
                    }
                }
                if (d.unschedulable != null) {
                    if (d.unschedulable) {
                        m.unschedulable = $Boolean(d.unschedulable);
                    }
                }
                if (d.unschedulableReason != null) {
                    if (typeof d.unschedulableReason !== "string" || d.unschedulableReason.length) {
                        m.unschedulableReason = $String(d.unschedulableReason);
                    }
                }
                if (d.instanceType != null) {
                    if (typeof d.instanceType !== "string" || d.instanceType.length) {
                        m.instanceType = $String(d.instanceType);
                    }
                }
                if (d.pricing != null) {
                    if (typeof d.pricing !== "string" || d.pricing.length) {
                        m.pricing = $String(d.pricing);
                    }
                }
                if (d.priceUsdPerHour != null) {
                    if (!$Object.is($Number(d.priceUsdPerHour), 0)) {
                        m.priceUsdPerHour = $Number(d.priceUsdPerHour);
                    }
                }
                if (d.onDemandUsdPerHour != null) {
                    if (!$Object.is($Number(d.onDemandUsdPerHour), 0)) {
                        m.onDemandUsdPerHour = $Number(d.onDemandUsdPerHour);
                    }
                }
                if (d.noticeDeadlineMs != null) {
                    if (!$Object.is($Number(d.noticeDeadlineMs), 0)) {
                        m.noticeDeadlineMs = $Number(d.noticeDeadlineMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Descriptor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Descriptor
             * @static
             * @param {supercloud.membership.Descriptor} m Descriptor
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Descriptor.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.addrs = [];
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.peerId = "";
                    else {
                        d.peerId = [];
                        if (o.bytes !== $Array)
                            d.peerId = $util.newBuffer(d.peerId);
                    }
                    d.seq = 0;
                    d.provider = "";
                    d.region = "";
                    d.zone = "";
                    d.cores = 0;
                    d.memoryBytes = 0;
                    d.load = 0;
                    d.vms = 0;
                    d.softwareVersion = "";
                    d.protocolVersion = "";
                    d.left = false;
                    d.startedAtMs = 0;
                    d.heartbeatMs = 0;
                    d.inventorySeq = 0;
                    d.vmMemoryBytes = 0;
                    d.unschedulable = false;
                    d.unschedulableReason = "";
                    d.instanceType = "";
                    d.pricing = "";
                    d.priceUsdPerHour = 0;
                    d.onDemandUsdPerHour = 0;
                    d.noticeDeadlineMs = 0;
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = o.bytes === $String ? $util.base64.encode(m.peerId, 0, m.peerId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peerId) : m.peerId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                if (m.addrs && m.addrs.length) {
                    d.addrs = $Array(m.addrs.length);
                    for (var j = 0; j < m.addrs.length; ++j) {
                        d.addrs[j] = o.bytes === $String ? $util.base64.encode(m.addrs[j], 0, m.addrs[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.addrs[j]) : m.addrs[j];
                    }
                }
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider")) {
                    d.provider = m.provider;
                }
                if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                    d.region = m.region;
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    d.zone = m.zone;
                }
                if (m.cores != null && $Object.hasOwnProperty.call(m, "cores")) {
                    d.cores = m.cores;
                }
                if (m.memoryBytes != null && $Object.hasOwnProperty.call(m, "memoryBytes")) {
                    d.memoryBytes = o.json && !$isFinite(m.memoryBytes) ? $String(m.memoryBytes) : m.memoryBytes;
                }
                if (m.load != null && $Object.hasOwnProperty.call(m, "load")) {
                    d.load = o.json && !$isFinite(m.load) ? $String(m.load) : m.load;
                }
                if (m.vms != null && $Object.hasOwnProperty.call(m, "vms")) {
                    d.vms = m.vms;
                }
                if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion")) {
                    d.softwareVersion = m.softwareVersion;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.left != null && $Object.hasOwnProperty.call(m, "left")) {
                    d.left = m.left;
                }
                if (m.startedAtMs != null && $Object.hasOwnProperty.call(m, "startedAtMs")) {
                    d.startedAtMs = o.json && !$isFinite(m.startedAtMs) ? $String(m.startedAtMs) : m.startedAtMs;
                }
                if (m.heartbeatMs != null && $Object.hasOwnProperty.call(m, "heartbeatMs")) {
                    d.heartbeatMs = m.heartbeatMs;
                }
                if (m.inventorySeq != null && $Object.hasOwnProperty.call(m, "inventorySeq")) {
                    d.inventorySeq = o.json && !$isFinite(m.inventorySeq) ? $String(m.inventorySeq) : m.inventorySeq;
                }
                if (m.vmMemoryBytes != null && $Object.hasOwnProperty.call(m, "vmMemoryBytes")) {
                    d.vmMemoryBytes = o.json && !$isFinite(m.vmMemoryBytes) ? $String(m.vmMemoryBytes) : m.vmMemoryBytes;
                }
                if (m.unschedulable != null && $Object.hasOwnProperty.call(m, "unschedulable")) {
                    d.unschedulable = m.unschedulable;
                }
                if (m.unschedulableReason != null && $Object.hasOwnProperty.call(m, "unschedulableReason")) {
                    d.unschedulableReason = m.unschedulableReason;
                }
                if (m.instanceType != null && $Object.hasOwnProperty.call(m, "instanceType")) {
                    d.instanceType = m.instanceType;
                }
                if (m.pricing != null && $Object.hasOwnProperty.call(m, "pricing")) {
                    d.pricing = m.pricing;
                }
                if (m.priceUsdPerHour != null && $Object.hasOwnProperty.call(m, "priceUsdPerHour")) {
                    d.priceUsdPerHour = o.json && !$isFinite(m.priceUsdPerHour) ? $String(m.priceUsdPerHour) : m.priceUsdPerHour;
                }
                if (m.onDemandUsdPerHour != null && $Object.hasOwnProperty.call(m, "onDemandUsdPerHour")) {
                    d.onDemandUsdPerHour = o.json && !$isFinite(m.onDemandUsdPerHour) ? $String(m.onDemandUsdPerHour) : m.onDemandUsdPerHour;
                }
                if (m.noticeDeadlineMs != null && $Object.hasOwnProperty.call(m, "noticeDeadlineMs")) {
                    d.noticeDeadlineMs = o.json && !$isFinite(m.noticeDeadlineMs) ? $String(m.noticeDeadlineMs) : m.noticeDeadlineMs;
                }
                return d;
            };

            /**
             * Converts this Descriptor to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Descriptor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Descriptor.prototype.toJSON = function() {
                return Descriptor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Descriptor;
        })();

        membership.SignedDescriptor = (function() {

            /**
             * Properties of a SignedDescriptor.
             * @typedef {Object} supercloud.membership.SignedDescriptor.$Properties
             * @property {Uint8Array|null} [descriptor] SignedDescriptor descriptor
             * @property {Uint8Array|null} [signature] SignedDescriptor signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedDescriptor.
             * @memberof supercloud.membership
             * @interface ISignedDescriptor
             * @augments supercloud.membership.SignedDescriptor.$Properties
             * @deprecated Use supercloud.membership.SignedDescriptor.$Properties instead.
             */

            /**
             * Shape of a SignedDescriptor.
             * @typedef {supercloud.membership.SignedDescriptor.$Properties} supercloud.membership.SignedDescriptor.$Shape
             */

            /**
             * Constructs a new SignedDescriptor.
             * @memberof supercloud.membership
             * @classdesc Represents a SignedDescriptor.
             * @constructor
             * @param {supercloud.membership.SignedDescriptor.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedDescriptor = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedDescriptor descriptor.
             * @member {Uint8Array} descriptor
             * @memberof supercloud.membership.SignedDescriptor
             * @instance
             */
            SignedDescriptor.prototype.descriptor = $util.newBuffer([]);

            /**
             * SignedDescriptor signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.membership.SignedDescriptor
             * @instance
             */
            SignedDescriptor.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedDescriptor instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.SignedDescriptor
             * @static
             * @param {supercloud.membership.SignedDescriptor.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.SignedDescriptor} SignedDescriptor instance
             * @type {{
             *   (properties: supercloud.membership.SignedDescriptor.$Shape): supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape;
             *   (properties?: supercloud.membership.SignedDescriptor.$Properties): supercloud.membership.SignedDescriptor;
             * }}
             */
            SignedDescriptor.create = function(properties) {
                return new SignedDescriptor(properties);
            };

            /**
             * Encodes the specified SignedDescriptor message. Does not implicitly {@link supercloud.membership.SignedDescriptor.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.SignedDescriptor
             * @static
             * @param {supercloud.membership.SignedDescriptor.$Properties} m SignedDescriptor message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedDescriptor.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.descriptor != null && $Object.hasOwnProperty.call(m, "descriptor") && m.descriptor.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.descriptor);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedDescriptor message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.SignedDescriptor
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.SignedDescriptor & supercloud.membership.SignedDescriptor.$Shape} SignedDescriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedDescriptor.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.SignedDescriptor();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.descriptor = v;
                            else
                                delete m.descriptor;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SignedDescriptor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.SignedDescriptor
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.SignedDescriptor} SignedDescriptor
             */
            SignedDescriptor.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.SignedDescriptor)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.SignedDescriptor: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.SignedDescriptor();
                if (d.descriptor != null) {
                    if (d.descriptor.length) {
                        if (typeof d.descriptor === "string")
                            $util.base64.decode(d.descriptor, m.descriptor = $util.newBuffer($util.base64.length(d.descriptor)), 0);
                        else if (d.descriptor.length >= 0)
                            m.descriptor = d.descriptor;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedDescriptor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.SignedDescriptor
             * @static
             * @param {supercloud.membership.SignedDescriptor} m SignedDescriptor
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedDescriptor.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.descriptor = "";
                    else {
                        d.descriptor = [];
                        if (o.bytes !== $Array)
                            d.descriptor = $util.newBuffer(d.descriptor);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.descriptor != null && $Object.hasOwnProperty.call(m, "descriptor")) {
                    d.descriptor = o.bytes === $String ? $util.base64.encode(m.descriptor, 0, m.descriptor.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.descriptor) : m.descriptor;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedDescriptor to JSON.
             * @function toJSON
             * @memberof supercloud.membership.SignedDescriptor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedDescriptor.prototype.toJSON = function() {
                return SignedDescriptor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedDescriptor;
        })();

        membership.Admission = (function() {

            /**
             * Properties of an Admission.
             * @typedef {Object} supercloud.membership.Admission.$Properties
             * @property {Uint8Array|null} [peerId] Admission peerId
             * @property {Uint8Array|null} [admittedBy] Admission admittedBy
             * @property {Uint8Array|null} [tokenId] Admission tokenId
             * @property {number|null} [atMs] Admission atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Admission.
             * @memberof supercloud.membership
             * @interface IAdmission
             * @augments supercloud.membership.Admission.$Properties
             * @deprecated Use supercloud.membership.Admission.$Properties instead.
             */

            /**
             * Shape of an Admission.
             * @typedef {supercloud.membership.Admission.$Properties} supercloud.membership.Admission.$Shape
             */

            /**
             * Constructs a new Admission.
             * @memberof supercloud.membership
             * @classdesc Represents an Admission.
             * @constructor
             * @param {supercloud.membership.Admission.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Admission = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Admission peerId.
             * @member {Uint8Array} peerId
             * @memberof supercloud.membership.Admission
             * @instance
             */
            Admission.prototype.peerId = $util.newBuffer([]);

            /**
             * Admission admittedBy.
             * @member {Uint8Array} admittedBy
             * @memberof supercloud.membership.Admission
             * @instance
             */
            Admission.prototype.admittedBy = $util.newBuffer([]);

            /**
             * Admission tokenId.
             * @member {Uint8Array} tokenId
             * @memberof supercloud.membership.Admission
             * @instance
             */
            Admission.prototype.tokenId = $util.newBuffer([]);

            /**
             * Admission atMs.
             * @member {number} atMs
             * @memberof supercloud.membership.Admission
             * @instance
             */
            Admission.prototype.atMs = 0;

            /**
             * Creates a new Admission instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Admission
             * @static
             * @param {supercloud.membership.Admission.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Admission} Admission instance
             * @type {{
             *   (properties: supercloud.membership.Admission.$Shape): supercloud.membership.Admission & supercloud.membership.Admission.$Shape;
             *   (properties?: supercloud.membership.Admission.$Properties): supercloud.membership.Admission;
             * }}
             */
            Admission.create = function(properties) {
                return new Admission(properties);
            };

            /**
             * Encodes the specified Admission message. Does not implicitly {@link supercloud.membership.Admission.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Admission
             * @static
             * @param {supercloud.membership.Admission.$Properties} m Admission message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Admission.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.peerId);
                if (m.admittedBy != null && $Object.hasOwnProperty.call(m, "admittedBy") && m.admittedBy.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.admittedBy);
                if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId") && m.tokenId.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.tokenId);
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && !$Object.is(m.atMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.atMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Admission message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Admission
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Admission & supercloud.membership.Admission.$Shape} Admission
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Admission.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.Admission();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.admittedBy = v;
                            else
                                delete m.admittedBy;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.tokenId = v;
                            else
                                delete m.tokenId;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.atMs = v;
                            else
                                delete m.atMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Admission message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Admission
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Admission} Admission
             */
            Admission.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Admission)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Admission: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Admission();
                if (d.peerId != null) {
                    if (d.peerId.length) {
                        if (typeof d.peerId === "string")
                            $util.base64.decode(d.peerId, m.peerId = $util.newBuffer($util.base64.length(d.peerId)), 0);
                        else if (d.peerId.length >= 0)
                            m.peerId = d.peerId;
                    }
                }
                if (d.admittedBy != null) {
                    if (d.admittedBy.length) {
                        if (typeof d.admittedBy === "string")
                            $util.base64.decode(d.admittedBy, m.admittedBy = $util.newBuffer($util.base64.length(d.admittedBy)), 0);
                        else if (d.admittedBy.length >= 0)
                            m.admittedBy = d.admittedBy;
                    }
                }
                if (d.tokenId != null) {
                    if (d.tokenId.length) {
                        if (typeof d.tokenId === "string")
                            $util.base64.decode(d.tokenId, m.tokenId = $util.newBuffer($util.base64.length(d.tokenId)), 0);
                        else if (d.tokenId.length >= 0)
                            m.tokenId = d.tokenId;
                    }
                }
                if (d.atMs != null) {
                    if (!$Object.is($Number(d.atMs), 0)) {
                        m.atMs = $Number(d.atMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Admission message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Admission
             * @static
             * @param {supercloud.membership.Admission} m Admission
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Admission.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.peerId = "";
                    else {
                        d.peerId = [];
                        if (o.bytes !== $Array)
                            d.peerId = $util.newBuffer(d.peerId);
                    }
                    if (o.bytes === $String)
                        d.admittedBy = "";
                    else {
                        d.admittedBy = [];
                        if (o.bytes !== $Array)
                            d.admittedBy = $util.newBuffer(d.admittedBy);
                    }
                    if (o.bytes === $String)
                        d.tokenId = "";
                    else {
                        d.tokenId = [];
                        if (o.bytes !== $Array)
                            d.tokenId = $util.newBuffer(d.tokenId);
                    }
                    d.atMs = 0;
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = o.bytes === $String ? $util.base64.encode(m.peerId, 0, m.peerId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peerId) : m.peerId;
                }
                if (m.admittedBy != null && $Object.hasOwnProperty.call(m, "admittedBy")) {
                    d.admittedBy = o.bytes === $String ? $util.base64.encode(m.admittedBy, 0, m.admittedBy.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.admittedBy) : m.admittedBy;
                }
                if (m.tokenId != null && $Object.hasOwnProperty.call(m, "tokenId")) {
                    d.tokenId = o.bytes === $String ? $util.base64.encode(m.tokenId, 0, m.tokenId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tokenId) : m.tokenId;
                }
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                    d.atMs = o.json && !$isFinite(m.atMs) ? $String(m.atMs) : m.atMs;
                }
                return d;
            };

            /**
             * Converts this Admission to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Admission
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Admission.prototype.toJSON = function() {
                return Admission.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Admission;
        })();

        membership.SignedAdmission = (function() {

            /**
             * Properties of a SignedAdmission.
             * @typedef {Object} supercloud.membership.SignedAdmission.$Properties
             * @property {Uint8Array|null} [admission] SignedAdmission admission
             * @property {Uint8Array|null} [signature] SignedAdmission signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedAdmission.
             * @memberof supercloud.membership
             * @interface ISignedAdmission
             * @augments supercloud.membership.SignedAdmission.$Properties
             * @deprecated Use supercloud.membership.SignedAdmission.$Properties instead.
             */

            /**
             * Shape of a SignedAdmission.
             * @typedef {supercloud.membership.SignedAdmission.$Properties} supercloud.membership.SignedAdmission.$Shape
             */

            /**
             * Constructs a new SignedAdmission.
             * @memberof supercloud.membership
             * @classdesc Represents a SignedAdmission.
             * @constructor
             * @param {supercloud.membership.SignedAdmission.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedAdmission = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedAdmission admission.
             * @member {Uint8Array} admission
             * @memberof supercloud.membership.SignedAdmission
             * @instance
             */
            SignedAdmission.prototype.admission = $util.newBuffer([]);

            /**
             * SignedAdmission signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.membership.SignedAdmission
             * @instance
             */
            SignedAdmission.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedAdmission instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.SignedAdmission
             * @static
             * @param {supercloud.membership.SignedAdmission.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.SignedAdmission} SignedAdmission instance
             * @type {{
             *   (properties: supercloud.membership.SignedAdmission.$Shape): supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape;
             *   (properties?: supercloud.membership.SignedAdmission.$Properties): supercloud.membership.SignedAdmission;
             * }}
             */
            SignedAdmission.create = function(properties) {
                return new SignedAdmission(properties);
            };

            /**
             * Encodes the specified SignedAdmission message. Does not implicitly {@link supercloud.membership.SignedAdmission.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.SignedAdmission
             * @static
             * @param {supercloud.membership.SignedAdmission.$Properties} m SignedAdmission message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedAdmission.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission") && m.admission.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.admission);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedAdmission message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.SignedAdmission
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.SignedAdmission & supercloud.membership.SignedAdmission.$Shape} SignedAdmission
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedAdmission.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.SignedAdmission();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.admission = v;
                            else
                                delete m.admission;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SignedAdmission message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.SignedAdmission
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.SignedAdmission} SignedAdmission
             */
            SignedAdmission.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.SignedAdmission)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.SignedAdmission: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.SignedAdmission();
                if (d.admission != null) {
                    if (d.admission.length) {
                        if (typeof d.admission === "string")
                            $util.base64.decode(d.admission, m.admission = $util.newBuffer($util.base64.length(d.admission)), 0);
                        else if (d.admission.length >= 0)
                            m.admission = d.admission;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedAdmission message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.SignedAdmission
             * @static
             * @param {supercloud.membership.SignedAdmission} m SignedAdmission
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedAdmission.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.admission = "";
                    else {
                        d.admission = [];
                        if (o.bytes !== $Array)
                            d.admission = $util.newBuffer(d.admission);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission")) {
                    d.admission = o.bytes === $String ? $util.base64.encode(m.admission, 0, m.admission.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.admission) : m.admission;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedAdmission to JSON.
             * @function toJSON
             * @memberof supercloud.membership.SignedAdmission
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedAdmission.prototype.toJSON = function() {
                return SignedAdmission.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedAdmission;
        })();

        membership.JoinToken = (function() {

            /**
             * Properties of a JoinToken.
             * @typedef {Object} supercloud.membership.JoinToken.$Properties
             * @property {Uint8Array|null} [id] JoinToken id
             * @property {Uint8Array|null} [issuer] JoinToken issuer
             * @property {number|null} [expiresAtMs] JoinToken expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinToken.
             * @memberof supercloud.membership
             * @interface IJoinToken
             * @augments supercloud.membership.JoinToken.$Properties
             * @deprecated Use supercloud.membership.JoinToken.$Properties instead.
             */

            /**
             * Shape of a JoinToken.
             * @typedef {supercloud.membership.JoinToken.$Properties} supercloud.membership.JoinToken.$Shape
             */

            /**
             * Constructs a new JoinToken.
             * @memberof supercloud.membership
             * @classdesc Represents a JoinToken.
             * @constructor
             * @param {supercloud.membership.JoinToken.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinToken = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinToken id.
             * @member {Uint8Array} id
             * @memberof supercloud.membership.JoinToken
             * @instance
             */
            JoinToken.prototype.id = $util.newBuffer([]);

            /**
             * JoinToken issuer.
             * @member {Uint8Array} issuer
             * @memberof supercloud.membership.JoinToken
             * @instance
             */
            JoinToken.prototype.issuer = $util.newBuffer([]);

            /**
             * JoinToken expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof supercloud.membership.JoinToken
             * @instance
             */
            JoinToken.prototype.expiresAtMs = 0;

            /**
             * Creates a new JoinToken instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.JoinToken
             * @static
             * @param {supercloud.membership.JoinToken.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.JoinToken} JoinToken instance
             * @type {{
             *   (properties: supercloud.membership.JoinToken.$Shape): supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape;
             *   (properties?: supercloud.membership.JoinToken.$Properties): supercloud.membership.JoinToken;
             * }}
             */
            JoinToken.create = function(properties) {
                return new JoinToken(properties);
            };

            /**
             * Encodes the specified JoinToken message. Does not implicitly {@link supercloud.membership.JoinToken.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.JoinToken
             * @static
             * @param {supercloud.membership.JoinToken.$Properties} m JoinToken message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinToken.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.id);
                if (m.issuer != null && $Object.hasOwnProperty.call(m, "issuer") && m.issuer.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.issuer);
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && !$Object.is(m.expiresAtMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.expiresAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a JoinToken message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.JoinToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.JoinToken & supercloud.membership.JoinToken.$Shape} JoinToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinToken.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.JoinToken();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.issuer = v;
                            else
                                delete m.issuer;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.expiresAtMs = v;
                            else
                                delete m.expiresAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a JoinToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.JoinToken
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.JoinToken} JoinToken
             */
            JoinToken.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.JoinToken)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.JoinToken: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.JoinToken();
                if (d.id != null) {
                    if (d.id.length) {
                        if (typeof d.id === "string")
                            $util.base64.decode(d.id, m.id = $util.newBuffer($util.base64.length(d.id)), 0);
                        else if (d.id.length >= 0)
                            m.id = d.id;
                    }
                }
                if (d.issuer != null) {
                    if (d.issuer.length) {
                        if (typeof d.issuer === "string")
                            $util.base64.decode(d.issuer, m.issuer = $util.newBuffer($util.base64.length(d.issuer)), 0);
                        else if (d.issuer.length >= 0)
                            m.issuer = d.issuer;
                    }
                }
                if (d.expiresAtMs != null) {
                    if (!$Object.is($Number(d.expiresAtMs), 0)) {
                        m.expiresAtMs = $Number(d.expiresAtMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.JoinToken
             * @static
             * @param {supercloud.membership.JoinToken} m JoinToken
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinToken.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.id = "";
                    else {
                        d.id = [];
                        if (o.bytes !== $Array)
                            d.id = $util.newBuffer(d.id);
                    }
                    if (o.bytes === $String)
                        d.issuer = "";
                    else {
                        d.issuer = [];
                        if (o.bytes !== $Array)
                            d.issuer = $util.newBuffer(d.issuer);
                    }
                    d.expiresAtMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = o.bytes === $String ? $util.base64.encode(m.id, 0, m.id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.id) : m.id;
                }
                if (m.issuer != null && $Object.hasOwnProperty.call(m, "issuer")) {
                    d.issuer = o.bytes === $String ? $util.base64.encode(m.issuer, 0, m.issuer.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.issuer) : m.issuer;
                }
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    d.expiresAtMs = o.json && !$isFinite(m.expiresAtMs) ? $String(m.expiresAtMs) : m.expiresAtMs;
                }
                return d;
            };

            /**
             * Converts this JoinToken to JSON.
             * @function toJSON
             * @memberof supercloud.membership.JoinToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinToken.prototype.toJSON = function() {
                return JoinToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinToken;
        })();

        membership.SignedJoinToken = (function() {

            /**
             * Properties of a SignedJoinToken.
             * @typedef {Object} supercloud.membership.SignedJoinToken.$Properties
             * @property {Uint8Array|null} [token] SignedJoinToken token
             * @property {Uint8Array|null} [signature] SignedJoinToken signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedJoinToken.
             * @memberof supercloud.membership
             * @interface ISignedJoinToken
             * @augments supercloud.membership.SignedJoinToken.$Properties
             * @deprecated Use supercloud.membership.SignedJoinToken.$Properties instead.
             */

            /**
             * Shape of a SignedJoinToken.
             * @typedef {supercloud.membership.SignedJoinToken.$Properties} supercloud.membership.SignedJoinToken.$Shape
             */

            /**
             * Constructs a new SignedJoinToken.
             * @memberof supercloud.membership
             * @classdesc Represents a SignedJoinToken.
             * @constructor
             * @param {supercloud.membership.SignedJoinToken.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedJoinToken = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedJoinToken token.
             * @member {Uint8Array} token
             * @memberof supercloud.membership.SignedJoinToken
             * @instance
             */
            SignedJoinToken.prototype.token = $util.newBuffer([]);

            /**
             * SignedJoinToken signature.
             * @member {Uint8Array} signature
             * @memberof supercloud.membership.SignedJoinToken
             * @instance
             */
            SignedJoinToken.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedJoinToken instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.SignedJoinToken
             * @static
             * @param {supercloud.membership.SignedJoinToken.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.SignedJoinToken} SignedJoinToken instance
             * @type {{
             *   (properties: supercloud.membership.SignedJoinToken.$Shape): supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape;
             *   (properties?: supercloud.membership.SignedJoinToken.$Properties): supercloud.membership.SignedJoinToken;
             * }}
             */
            SignedJoinToken.create = function(properties) {
                return new SignedJoinToken(properties);
            };

            /**
             * Encodes the specified SignedJoinToken message. Does not implicitly {@link supercloud.membership.SignedJoinToken.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.SignedJoinToken
             * @static
             * @param {supercloud.membership.SignedJoinToken.$Properties} m SignedJoinToken message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedJoinToken.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.token);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SignedJoinToken message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.SignedJoinToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.SignedJoinToken & supercloud.membership.SignedJoinToken.$Shape} SignedJoinToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedJoinToken.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.SignedJoinToken();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SignedJoinToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.SignedJoinToken
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.SignedJoinToken} SignedJoinToken
             */
            SignedJoinToken.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.SignedJoinToken)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.SignedJoinToken: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.SignedJoinToken();
                if (d.token != null) {
                    if (d.token.length) {
                        if (typeof d.token === "string")
                            $util.base64.decode(d.token, m.token = $util.newBuffer($util.base64.length(d.token)), 0);
                        else if (d.token.length >= 0)
                            m.token = d.token;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedJoinToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.SignedJoinToken
             * @static
             * @param {supercloud.membership.SignedJoinToken} m SignedJoinToken
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedJoinToken.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.token = "";
                    else {
                        d.token = [];
                        if (o.bytes !== $Array)
                            d.token = $util.newBuffer(d.token);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = o.bytes === $String ? $util.base64.encode(m.token, 0, m.token.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.token) : m.token;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedJoinToken to JSON.
             * @function toJSON
             * @memberof supercloud.membership.SignedJoinToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedJoinToken.prototype.toJSON = function() {
                return SignedJoinToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedJoinToken;
        })();

        membership.Gossip = (function() {

            /**
             * Properties of a Gossip.
             * @typedef {Object} supercloud.membership.Gossip.$Properties
             * @property {supercloud.membership.SignedDescriptor.$Properties|null} [descriptor] Gossip descriptor
             * @property {supercloud.membership.SignedAdmission.$Properties|null} [admission] Gossip admission
             * @property {"descriptor"|"admission"} [body] Gossip body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gossip.
             * @memberof supercloud.membership
             * @interface IGossip
             * @augments supercloud.membership.Gossip.$Properties
             * @deprecated Use supercloud.membership.Gossip.$Properties instead.
             */

            /**
             * Narrowed shape of a Gossip.
             * @typedef {{
             *   descriptor?: supercloud.membership.SignedDescriptor.$Shape|null;
             *   admission?: supercloud.membership.SignedAdmission.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; descriptor?: null; admission?: null }|{ body?: "descriptor"; descriptor: supercloud.membership.SignedDescriptor.$Shape; admission?: null }|{ body?: "admission"; descriptor?: null; admission: supercloud.membership.SignedAdmission.$Shape })
             * )} supercloud.membership.Gossip.$Shape
             */

            /**
             * Constructs a new Gossip.
             * @memberof supercloud.membership
             * @classdesc Represents a Gossip.
             * @constructor
             * @param {supercloud.membership.Gossip.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gossip = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Gossip descriptor.
             * @member {supercloud.membership.SignedDescriptor.$Properties|null|undefined} descriptor
             * @memberof supercloud.membership.Gossip
             * @instance
             */
            Gossip.prototype.descriptor = null;

            /**
             * Gossip admission.
             * @member {supercloud.membership.SignedAdmission.$Properties|null|undefined} admission
             * @memberof supercloud.membership.Gossip
             * @instance
             */
            Gossip.prototype.admission = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Gossip body.
             * @member {"descriptor"|"admission"|undefined} body
             * @memberof supercloud.membership.Gossip
             * @instance
             */
            $Object.defineProperty(Gossip.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["descriptor", "admission"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Gossip instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Gossip
             * @static
             * @param {supercloud.membership.Gossip.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Gossip} Gossip instance
             * @type {{
             *   (properties: supercloud.membership.Gossip.$Shape): supercloud.membership.Gossip & supercloud.membership.Gossip.$Shape;
             *   (properties?: supercloud.membership.Gossip.$Properties): supercloud.membership.Gossip;
             * }}
             */
            Gossip.create = function(properties) {
                return new Gossip(properties);
            };

            /**
             * Encodes the specified Gossip message. Does not implicitly {@link supercloud.membership.Gossip.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Gossip
             * @static
             * @param {supercloud.membership.Gossip.$Properties} m Gossip message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gossip.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.descriptor != null && $Object.hasOwnProperty.call(m, "descriptor"))
                    $root.supercloud.membership.SignedDescriptor.encode(m.descriptor, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission"))
                    $root.supercloud.membership.SignedAdmission.encode(m.admission, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Gossip message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Gossip
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Gossip & supercloud.membership.Gossip.$Shape} Gossip
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gossip.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.Gossip();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.descriptor = $root.supercloud.membership.SignedDescriptor.decode(r, r.size(), $undefined, q + 1, m.descriptor);
                            m.body = "descriptor";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.admission = $root.supercloud.membership.SignedAdmission.decode(r, r.size(), $undefined, q + 1, m.admission);
                            m.body = "admission";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Gossip message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Gossip
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Gossip} Gossip
             */
            Gossip.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Gossip)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Gossip: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Gossip();
                if (d.descriptor != null) {
                    if (!$util.isObject(d.descriptor))
                        throw $TypeError(".supercloud.membership.Gossip.descriptor: object expected");
                    m.descriptor = $root.supercloud.membership.SignedDescriptor.fromObject(d.descriptor, q + 1);
                }
                if (d.admission != null) {
                    if (!$util.isObject(d.admission))
                        throw $TypeError(".supercloud.membership.Gossip.admission: object expected");
                    m.admission = $root.supercloud.membership.SignedAdmission.fromObject(d.admission, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Gossip message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Gossip
             * @static
             * @param {supercloud.membership.Gossip} m Gossip
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gossip.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.descriptor != null && $Object.hasOwnProperty.call(m, "descriptor")) {
                    d.descriptor = $root.supercloud.membership.SignedDescriptor.toObject(m.descriptor, o, q + 1);
                    if (o.oneofs)
                        d.body = "descriptor";
                }
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission")) {
                    d.admission = $root.supercloud.membership.SignedAdmission.toObject(m.admission, o, q + 1);
                    if (o.oneofs)
                        d.body = "admission";
                }
                return d;
            };

            /**
             * Converts this Gossip to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Gossip
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gossip.prototype.toJSON = function() {
                return Gossip.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Gossip;
        })();

        membership.TableRequest = (function() {

            /**
             * Properties of a TableRequest.
             * @typedef {Object} supercloud.membership.TableRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TableRequest.
             * @memberof supercloud.membership
             * @interface ITableRequest
             * @augments supercloud.membership.TableRequest.$Properties
             * @deprecated Use supercloud.membership.TableRequest.$Properties instead.
             */

            /**
             * Shape of a TableRequest.
             * @typedef {supercloud.membership.TableRequest.$Properties} supercloud.membership.TableRequest.$Shape
             */

            /**
             * Constructs a new TableRequest.
             * @memberof supercloud.membership
             * @classdesc Represents a TableRequest.
             * @constructor
             * @param {supercloud.membership.TableRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TableRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new TableRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.TableRequest
             * @static
             * @param {supercloud.membership.TableRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.TableRequest} TableRequest instance
             * @type {{
             *   (properties: supercloud.membership.TableRequest.$Shape): supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape;
             *   (properties?: supercloud.membership.TableRequest.$Properties): supercloud.membership.TableRequest;
             * }}
             */
            TableRequest.create = function(properties) {
                return new TableRequest(properties);
            };

            /**
             * Encodes the specified TableRequest message. Does not implicitly {@link supercloud.membership.TableRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.TableRequest
             * @static
             * @param {supercloud.membership.TableRequest.$Properties} m TableRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TableRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TableRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.TableRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.TableRequest & supercloud.membership.TableRequest.$Shape} TableRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TableRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.TableRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TableRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.TableRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.TableRequest} TableRequest
             */
            TableRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.TableRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.TableRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.supercloud.membership.TableRequest();
            };

            /**
             * Creates a plain object from a TableRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.TableRequest
             * @static
             * @param {supercloud.membership.TableRequest} m TableRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TableRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this TableRequest to JSON.
             * @function toJSON
             * @memberof supercloud.membership.TableRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TableRequest.prototype.toJSON = function() {
                return TableRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TableRequest;
        })();

        membership.TableResponse = (function() {

            /**
             * Properties of a TableResponse.
             * @typedef {Object} supercloud.membership.TableResponse.$Properties
             * @property {Array.<supercloud.membership.SignedDescriptor.$Properties>|null} [descriptors] TableResponse descriptors
             * @property {Array.<supercloud.membership.SignedAdmission.$Properties>|null} [admissions] TableResponse admissions
             * @property {Array.<Uint8Array>|null} [founders] TableResponse founders
             * @property {string|null} [error] TableResponse error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TableResponse.
             * @memberof supercloud.membership
             * @interface ITableResponse
             * @augments supercloud.membership.TableResponse.$Properties
             * @deprecated Use supercloud.membership.TableResponse.$Properties instead.
             */

            /**
             * Shape of a TableResponse.
             * @typedef {supercloud.membership.TableResponse.$Properties} supercloud.membership.TableResponse.$Shape
             */

            /**
             * Constructs a new TableResponse.
             * @memberof supercloud.membership
             * @classdesc Represents a TableResponse.
             * @constructor
             * @param {supercloud.membership.TableResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TableResponse = function (p) {
                this.descriptors = [];
                this.admissions = [];
                this.founders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TableResponse descriptors.
             * @member {Array.<supercloud.membership.SignedDescriptor.$Properties>} descriptors
             * @memberof supercloud.membership.TableResponse
             * @instance
             */
            TableResponse.prototype.descriptors = $util.emptyArray;

            /**
             * TableResponse admissions.
             * @member {Array.<supercloud.membership.SignedAdmission.$Properties>} admissions
             * @memberof supercloud.membership.TableResponse
             * @instance
             */
            TableResponse.prototype.admissions = $util.emptyArray;

            /**
             * TableResponse founders.
             * @member {Array.<Uint8Array>} founders
             * @memberof supercloud.membership.TableResponse
             * @instance
             */
            TableResponse.prototype.founders = $util.emptyArray;

            /**
             * TableResponse error.
             * @member {string} error
             * @memberof supercloud.membership.TableResponse
             * @instance
             */
            TableResponse.prototype.error = "";

            /**
             * Creates a new TableResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.TableResponse
             * @static
             * @param {supercloud.membership.TableResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.TableResponse} TableResponse instance
             * @type {{
             *   (properties: supercloud.membership.TableResponse.$Shape): supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape;
             *   (properties?: supercloud.membership.TableResponse.$Properties): supercloud.membership.TableResponse;
             * }}
             */
            TableResponse.create = function(properties) {
                return new TableResponse(properties);
            };

            /**
             * Encodes the specified TableResponse message. Does not implicitly {@link supercloud.membership.TableResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.TableResponse
             * @static
             * @param {supercloud.membership.TableResponse.$Properties} m TableResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TableResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.descriptors != null && m.descriptors.length) {
                    for (var i = 0; i < m.descriptors.length; ++i)
                        $root.supercloud.membership.SignedDescriptor.encode(m.descriptors[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.admissions != null && m.admissions.length) {
                    for (var i = 0; i < m.admissions.length; ++i)
                        $root.supercloud.membership.SignedAdmission.encode(m.admissions[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.founders != null && m.founders.length) {
                    for (var i = 0; i < m.founders.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.founders[i]);
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TableResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.TableResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.TableResponse & supercloud.membership.TableResponse.$Shape} TableResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TableResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.TableResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.descriptors && m.descriptors.length))
                                m.descriptors = [];
                            m.descriptors.push($root.supercloud.membership.SignedDescriptor.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.admissions && m.admissions.length))
                                m.admissions = [];
                            m.admissions.push($root.supercloud.membership.SignedAdmission.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.founders && m.founders.length))
                                m.founders = [];
                            m.founders.push(r.bytes());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TableResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.TableResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.TableResponse} TableResponse
             */
            TableResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.TableResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.TableResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.TableResponse();
                if (d.descriptors) {
                    if (!$Array.isArray(d.descriptors))
                        throw $TypeError(".supercloud.membership.TableResponse.descriptors: array expected");
                    m.descriptors = $Array(d.descriptors.length);
                    for (var i = 0; i < d.descriptors.length; ++i) {
                        if (!$util.isObject(d.descriptors[i]))
                            throw $TypeError(".supercloud.membership.TableResponse.descriptors: object expected");
                        m.descriptors[i] = $root.supercloud.membership.SignedDescriptor.fromObject(d.descriptors[i], q + 1);
                    }
                }
                if (d.admissions) {
                    if (!$Array.isArray(d.admissions))
                        throw $TypeError(".supercloud.membership.TableResponse.admissions: array expected");
                    m.admissions = $Array(d.admissions.length);
                    for (var i = 0; i < d.admissions.length; ++i) {
                        if (!$util.isObject(d.admissions[i]))
                            throw $TypeError(".supercloud.membership.TableResponse.admissions: object expected");
                        m.admissions[i] = $root.supercloud.membership.SignedAdmission.fromObject(d.admissions[i], q + 1);
                    }
                }
                if (d.founders) {
                    if (!$Array.isArray(d.founders))
                        throw $TypeError(".supercloud.membership.TableResponse.founders: array expected");
                    m.founders = $Array(d.founders.length);
                    for (var i = 0; i < d.founders.length; ++i) {
                        if (typeof d.founders[i] === "string")
                            $util.base64.decode(d.founders[i], m.founders[i] = $util.newBuffer($util.base64.length(d.founders[i])), 0);
                        else if (d.founders[i].length >= 0)
                            m.founders[i] = d.founders[i];
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TableResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.TableResponse
             * @static
             * @param {supercloud.membership.TableResponse} m TableResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TableResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.descriptors = [];
                    d.admissions = [];
                    d.founders = [];
                }
                if (o.defaults) {
                    d.error = "";
                }
                if (m.descriptors && m.descriptors.length) {
                    d.descriptors = $Array(m.descriptors.length);
                    for (var j = 0; j < m.descriptors.length; ++j) {
                        d.descriptors[j] = $root.supercloud.membership.SignedDescriptor.toObject(m.descriptors[j], o, q + 1);
                    }
                }
                if (m.admissions && m.admissions.length) {
                    d.admissions = $Array(m.admissions.length);
                    for (var j = 0; j < m.admissions.length; ++j) {
                        d.admissions[j] = $root.supercloud.membership.SignedAdmission.toObject(m.admissions[j], o, q + 1);
                    }
                }
                if (m.founders && m.founders.length) {
                    d.founders = $Array(m.founders.length);
                    for (var j = 0; j < m.founders.length; ++j) {
                        d.founders[j] = o.bytes === $String ? $util.base64.encode(m.founders[j], 0, m.founders[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.founders[j]) : m.founders[j];
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this TableResponse to JSON.
             * @function toJSON
             * @memberof supercloud.membership.TableResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TableResponse.prototype.toJSON = function() {
                return TableResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TableResponse;
        })();

        membership.JoinRequest = (function() {

            /**
             * Properties of a JoinRequest.
             * @typedef {Object} supercloud.membership.JoinRequest.$Properties
             * @property {string|null} [token] JoinRequest token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRequest.
             * @memberof supercloud.membership
             * @interface IJoinRequest
             * @augments supercloud.membership.JoinRequest.$Properties
             * @deprecated Use supercloud.membership.JoinRequest.$Properties instead.
             */

            /**
             * Shape of a JoinRequest.
             * @typedef {supercloud.membership.JoinRequest.$Properties} supercloud.membership.JoinRequest.$Shape
             */

            /**
             * Constructs a new JoinRequest.
             * @memberof supercloud.membership
             * @classdesc Represents a JoinRequest.
             * @constructor
             * @param {supercloud.membership.JoinRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinRequest token.
             * @member {string} token
             * @memberof supercloud.membership.JoinRequest
             * @instance
             */
            JoinRequest.prototype.token = "";

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.JoinRequest
             * @static
             * @param {supercloud.membership.JoinRequest.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.JoinRequest} JoinRequest instance
             * @type {{
             *   (properties: supercloud.membership.JoinRequest.$Shape): supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape;
             *   (properties?: supercloud.membership.JoinRequest.$Properties): supercloud.membership.JoinRequest;
             * }}
             */
            JoinRequest.create = function(properties) {
                return new JoinRequest(properties);
            };

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link supercloud.membership.JoinRequest.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.JoinRequest
             * @static
             * @param {supercloud.membership.JoinRequest.$Properties} m JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.JoinRequest & supercloud.membership.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.JoinRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.JoinRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.JoinRequest} JoinRequest
             */
            JoinRequest.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.JoinRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.JoinRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.JoinRequest();
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.JoinRequest
             * @static
             * @param {supercloud.membership.JoinRequest} m JoinRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.token = "";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                return d;
            };

            /**
             * Converts this JoinRequest to JSON.
             * @function toJSON
             * @memberof supercloud.membership.JoinRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinRequest.prototype.toJSON = function() {
                return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinRequest;
        })();

        membership.JoinResponse = (function() {

            /**
             * Properties of a JoinResponse.
             * @typedef {Object} supercloud.membership.JoinResponse.$Properties
             * @property {string|null} [error] JoinResponse error
             * @property {supercloud.membership.SignedAdmission.$Properties|null} [admission] JoinResponse admission
             * @property {supercloud.membership.TableResponse.$Properties|null} [table] JoinResponse table
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinResponse.
             * @memberof supercloud.membership
             * @interface IJoinResponse
             * @augments supercloud.membership.JoinResponse.$Properties
             * @deprecated Use supercloud.membership.JoinResponse.$Properties instead.
             */

            /**
             * Shape of a JoinResponse.
             * @typedef {supercloud.membership.JoinResponse.$Properties} supercloud.membership.JoinResponse.$Shape
             */

            /**
             * Constructs a new JoinResponse.
             * @memberof supercloud.membership
             * @classdesc Represents a JoinResponse.
             * @constructor
             * @param {supercloud.membership.JoinResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinResponse error.
             * @member {string} error
             * @memberof supercloud.membership.JoinResponse
             * @instance
             */
            JoinResponse.prototype.error = "";

            /**
             * JoinResponse admission.
             * @member {supercloud.membership.SignedAdmission.$Properties|null|undefined} admission
             * @memberof supercloud.membership.JoinResponse
             * @instance
             */
            JoinResponse.prototype.admission = null;

            /**
             * JoinResponse table.
             * @member {supercloud.membership.TableResponse.$Properties|null|undefined} table
             * @memberof supercloud.membership.JoinResponse
             * @instance
             */
            JoinResponse.prototype.table = null;

            /**
             * Creates a new JoinResponse instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.JoinResponse
             * @static
             * @param {supercloud.membership.JoinResponse.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.JoinResponse} JoinResponse instance
             * @type {{
             *   (properties: supercloud.membership.JoinResponse.$Shape): supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape;
             *   (properties?: supercloud.membership.JoinResponse.$Properties): supercloud.membership.JoinResponse;
             * }}
             */
            JoinResponse.create = function(properties) {
                return new JoinResponse(properties);
            };

            /**
             * Encodes the specified JoinResponse message. Does not implicitly {@link supercloud.membership.JoinResponse.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.JoinResponse
             * @static
             * @param {supercloud.membership.JoinResponse.$Properties} m JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.error);
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission"))
                    $root.supercloud.membership.SignedAdmission.encode(m.admission, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.table != null && $Object.hasOwnProperty.call(m, "table"))
                    $root.supercloud.membership.TableResponse.encode(m.table, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a JoinResponse message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.JoinResponse & supercloud.membership.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.supercloud.membership.JoinResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.admission = $root.supercloud.membership.SignedAdmission.decode(r, r.size(), $undefined, q + 1, m.admission);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.table = $root.supercloud.membership.TableResponse.decode(r, r.size(), $undefined, q + 1, m.table);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.JoinResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.JoinResponse} JoinResponse
             */
            JoinResponse.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.JoinResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.JoinResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.JoinResponse();
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                if (d.admission != null) {
                    if (!$util.isObject(d.admission))
                        throw $TypeError(".supercloud.membership.JoinResponse.admission: object expected");
                    m.admission = $root.supercloud.membership.SignedAdmission.fromObject(d.admission, q + 1);
                }
                if (d.table != null) {
                    if (!$util.isObject(d.table))
                        throw $TypeError(".supercloud.membership.JoinResponse.table: object expected");
                    m.table = $root.supercloud.membership.TableResponse.fromObject(d.table, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.JoinResponse
             * @static
             * @param {supercloud.membership.JoinResponse} m JoinResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.error = "";
                    d.admission = null;
                    d.table = null;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                if (m.admission != null && $Object.hasOwnProperty.call(m, "admission")) {
                    d.admission = $root.supercloud.membership.SignedAdmission.toObject(m.admission, o, q + 1);
                }
                if (m.table != null && $Object.hasOwnProperty.call(m, "table")) {
                    d.table = $root.supercloud.membership.TableResponse.toObject(m.table, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this JoinResponse to JSON.
             * @function toJSON
             * @memberof supercloud.membership.JoinResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinResponse.prototype.toJSON = function() {
                return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinResponse;
        })();

        return membership;
    })();

    return supercloud;
})();

export {
  $root as default
};
