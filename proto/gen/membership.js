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
             * @property {number|null} [incarnation] Descriptor incarnation
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
             * Descriptor incarnation.
             * @member {number} incarnation
             * @memberof supercloud.membership.Descriptor
             * @instance
             */
            Descriptor.prototype.incarnation = 0;

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
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && !$Object.is(m.incarnation, 0))
                    w.uint32(/* id 25, wireType 1 =*/201).double(m.incarnation);
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
                    case 25: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.incarnation = v;
                            else
                                delete m.incarnation;
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
                if (d.incarnation != null) {
                    if (!$Object.is($Number(d.incarnation), 0)) {
                        m.incarnation = $Number(d.incarnation);
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
                    d.incarnation = 0;
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
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = o.json && !$isFinite(m.incarnation) ? $String(m.incarnation) : m.incarnation;
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

        membership.Update = (function() {

            /**
             * Properties of an Update.
             * @typedef {Object} supercloud.membership.Update.$Properties
             * @property {Uint8Array|null} [peerId] Update peerId
             * @property {supercloud.membership.Update.State|null} [state] Update state
             * @property {number|null} [incarnation] Update incarnation
             * @property {number|null} [seq] Update seq
             * @property {Uint8Array|null} [from] Update from
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Update.
             * @memberof supercloud.membership
             * @interface IUpdate
             * @augments supercloud.membership.Update.$Properties
             * @deprecated Use supercloud.membership.Update.$Properties instead.
             */

            /**
             * Shape of an Update.
             * @typedef {supercloud.membership.Update.$Properties} supercloud.membership.Update.$Shape
             */

            /**
             * Constructs a new Update.
             * @memberof supercloud.membership
             * @classdesc Represents an Update.
             * @constructor
             * @param {supercloud.membership.Update.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Update = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Update peerId.
             * @member {Uint8Array} peerId
             * @memberof supercloud.membership.Update
             * @instance
             */
            Update.prototype.peerId = $util.newBuffer([]);

            /**
             * Update state.
             * @member {supercloud.membership.Update.State} state
             * @memberof supercloud.membership.Update
             * @instance
             */
            Update.prototype.state = 0;

            /**
             * Update incarnation.
             * @member {number} incarnation
             * @memberof supercloud.membership.Update
             * @instance
             */
            Update.prototype.incarnation = 0;

            /**
             * Update seq.
             * @member {number} seq
             * @memberof supercloud.membership.Update
             * @instance
             */
            Update.prototype.seq = 0;

            /**
             * Update from.
             * @member {Uint8Array} from
             * @memberof supercloud.membership.Update
             * @instance
             */
            Update.prototype.from = $util.newBuffer([]);

            /**
             * Creates a new Update instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Update
             * @static
             * @param {supercloud.membership.Update.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Update} Update instance
             * @type {{
             *   (properties: supercloud.membership.Update.$Shape): supercloud.membership.Update & supercloud.membership.Update.$Shape;
             *   (properties?: supercloud.membership.Update.$Properties): supercloud.membership.Update;
             * }}
             */
            Update.create = function(properties) {
                return new Update(properties);
            };

            /**
             * Encodes the specified Update message. Does not implicitly {@link supercloud.membership.Update.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Update
             * @static
             * @param {supercloud.membership.Update.$Properties} m Update message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Update.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.peerId);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.state);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && !$Object.is(m.incarnation, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.incarnation);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.seq);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.from);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Update message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Update
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Update & supercloud.membership.Update.$Shape} Update
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Update.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Update();
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
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.incarnation = v;
                            else
                                delete m.incarnation;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.from = v;
                            else
                                delete m.from;
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
             * Creates an Update message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Update
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Update} Update
             */
            Update.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Update)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Update: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Update();
                if (d.peerId != null) {
                    if (d.peerId.length) {
                        if (typeof d.peerId === "string")
                            $util.base64.decode(d.peerId, m.peerId = $util.newBuffer($util.base64.length(d.peerId)), 0);
                        else if (d.peerId.length >= 0)
                            m.peerId = d.peerId;
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.supercloud.membership.Update.State[d.state] !== 0)) {
                    switch (d.state) {
                    case "ALIVE":
                    case 0:
                        m.state = 0;
                        break;
                    case "SUSPECT":
                    case 1:
                        m.state = 1;
                        break;
                    case "DEAD":
                    case 2:
                        m.state = 2;
                        break;
                    case "LEFT":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.incarnation != null) {
                    if (!$Object.is($Number(d.incarnation), 0)) {
                        m.incarnation = $Number(d.incarnation);
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                if (d.from != null) {
                    if (d.from.length) {
                        if (typeof d.from === "string")
                            $util.base64.decode(d.from, m.from = $util.newBuffer($util.base64.length(d.from)), 0);
                        else if (d.from.length >= 0)
                            m.from = d.from;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Update message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Update
             * @static
             * @param {supercloud.membership.Update} m Update
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Update.toObject = function (m, o, q) {
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
                    d.state = o.enums === $String ? "ALIVE" : 0;
                    d.incarnation = 0;
                    d.seq = 0;
                    if (o.bytes === $String)
                        d.from = "";
                    else {
                        d.from = [];
                        if (o.bytes !== $Array)
                            d.from = $util.newBuffer(d.from);
                    }
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = o.bytes === $String ? $util.base64.encode(m.peerId, 0, m.peerId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peerId) : m.peerId;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.supercloud.membership.Update.State[m.state] === $undefined ? m.state : $root.supercloud.membership.Update.State[m.state] : m.state;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = o.json && !$isFinite(m.incarnation) ? $String(m.incarnation) : m.incarnation;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = o.bytes === $String ? $util.base64.encode(m.from, 0, m.from.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.from) : m.from;
                }
                return d;
            };

            /**
             * Converts this Update to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Update
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Update.prototype.toJSON = function() {
                return Update.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * State enum.
             * @name supercloud.membership.Update.State
             * @enum {number}
             * @property {number} ALIVE=0 ALIVE value
             * @property {number} SUSPECT=1 SUSPECT value
             * @property {number} DEAD=2 DEAD value
             * @property {number} LEFT=3 LEFT value
             */
            Update.State = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ALIVE"] = 0;
                values[valuesById[1] = "SUSPECT"] = 1;
                values[valuesById[2] = "DEAD"] = 2;
                values[valuesById[3] = "LEFT"] = 3;
                return values;
            })();

            return Update;
        })();

        membership.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} supercloud.membership.Ping.$Properties
             * @property {boolean|null} [gossip] Ping gossip
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof supercloud.membership
             * @interface IPing
             * @augments supercloud.membership.Ping.$Properties
             * @deprecated Use supercloud.membership.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {supercloud.membership.Ping.$Properties} supercloud.membership.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof supercloud.membership
             * @classdesc Represents a Ping.
             * @constructor
             * @param {supercloud.membership.Ping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ping gossip.
             * @member {boolean} gossip
             * @memberof supercloud.membership.Ping
             * @instance
             */
            Ping.prototype.gossip = false;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Ping
             * @static
             * @param {supercloud.membership.Ping.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Ping} Ping instance
             * @type {{
             *   (properties: supercloud.membership.Ping.$Shape): supercloud.membership.Ping & supercloud.membership.Ping.$Shape;
             *   (properties?: supercloud.membership.Ping.$Properties): supercloud.membership.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link supercloud.membership.Ping.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Ping
             * @static
             * @param {supercloud.membership.Ping.$Properties} m Ping message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gossip != null && $Object.hasOwnProperty.call(m, "gossip") && m.gossip !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.gossip);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Ping & supercloud.membership.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Ping();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.gossip = v;
                            else
                                delete m.gossip;
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
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Ping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Ping} Ping
             */
            Ping.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Ping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Ping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Ping();
                if (d.gossip != null) {
                    if (d.gossip) {
                        m.gossip = $Boolean(d.gossip);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Ping
             * @static
             * @param {supercloud.membership.Ping} m Ping
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.gossip = false;
                }
                if (m.gossip != null && $Object.hasOwnProperty.call(m, "gossip")) {
                    d.gossip = m.gossip;
                }
                return d;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ping;
        })();

        membership.PingReq = (function() {

            /**
             * Properties of a PingReq.
             * @typedef {Object} supercloud.membership.PingReq.$Properties
             * @property {Uint8Array|null} [target] PingReq target
             * @property {number|null} [timeoutMs] PingReq timeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReq.
             * @memberof supercloud.membership
             * @interface IPingReq
             * @augments supercloud.membership.PingReq.$Properties
             * @deprecated Use supercloud.membership.PingReq.$Properties instead.
             */

            /**
             * Shape of a PingReq.
             * @typedef {supercloud.membership.PingReq.$Properties} supercloud.membership.PingReq.$Shape
             */

            /**
             * Constructs a new PingReq.
             * @memberof supercloud.membership
             * @classdesc Represents a PingReq.
             * @constructor
             * @param {supercloud.membership.PingReq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingReq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PingReq target.
             * @member {Uint8Array} target
             * @memberof supercloud.membership.PingReq
             * @instance
             */
            PingReq.prototype.target = $util.newBuffer([]);

            /**
             * PingReq timeoutMs.
             * @member {number} timeoutMs
             * @memberof supercloud.membership.PingReq
             * @instance
             */
            PingReq.prototype.timeoutMs = 0;

            /**
             * Creates a new PingReq instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.PingReq
             * @static
             * @param {supercloud.membership.PingReq.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.PingReq} PingReq instance
             * @type {{
             *   (properties: supercloud.membership.PingReq.$Shape): supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape;
             *   (properties?: supercloud.membership.PingReq.$Properties): supercloud.membership.PingReq;
             * }}
             */
            PingReq.create = function(properties) {
                return new PingReq(properties);
            };

            /**
             * Encodes the specified PingReq message. Does not implicitly {@link supercloud.membership.PingReq.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.PingReq
             * @static
             * @param {supercloud.membership.PingReq.$Properties} m PingReq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.target);
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs") && m.timeoutMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.timeoutMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PingReq message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.PingReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.PingReq & supercloud.membership.PingReq.$Shape} PingReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReq.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.PingReq();
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
                                m.target = v;
                            else
                                delete m.target;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.timeoutMs = v;
                            else
                                delete m.timeoutMs;
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
             * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.PingReq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.PingReq} PingReq
             */
            PingReq.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.PingReq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.PingReq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.PingReq();
                if (d.target != null) {
                    if (d.target.length) {
                        if (typeof d.target === "string")
                            $util.base64.decode(d.target, m.target = $util.newBuffer($util.base64.length(d.target)), 0);
                        else if (d.target.length >= 0)
                            m.target = d.target;
                    }
                }
                if (d.timeoutMs != null) {
                    if ($Number(d.timeoutMs) !== 0) {
                        m.timeoutMs = d.timeoutMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PingReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.PingReq
             * @static
             * @param {supercloud.membership.PingReq} m PingReq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingReq.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.target = "";
                    else {
                        d.target = [];
                        if (o.bytes !== $Array)
                            d.target = $util.newBuffer(d.target);
                    }
                    d.timeoutMs = 0;
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = o.bytes === $String ? $util.base64.encode(m.target, 0, m.target.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.target) : m.target;
                }
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                    d.timeoutMs = m.timeoutMs;
                }
                return d;
            };

            /**
             * Converts this PingReq to JSON.
             * @function toJSON
             * @memberof supercloud.membership.PingReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingReq.prototype.toJSON = function() {
                return PingReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PingReq;
        })();

        membership.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} supercloud.membership.Ack.$Properties
             * @property {boolean|null} [nack] Ack nack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof supercloud.membership
             * @interface IAck
             * @augments supercloud.membership.Ack.$Properties
             * @deprecated Use supercloud.membership.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {supercloud.membership.Ack.$Properties} supercloud.membership.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof supercloud.membership
             * @classdesc Represents an Ack.
             * @constructor
             * @param {supercloud.membership.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack nack.
             * @member {boolean} nack
             * @memberof supercloud.membership.Ack
             * @instance
             */
            Ack.prototype.nack = false;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Ack
             * @static
             * @param {supercloud.membership.Ack.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Ack} Ack instance
             * @type {{
             *   (properties: supercloud.membership.Ack.$Shape): supercloud.membership.Ack & supercloud.membership.Ack.$Shape;
             *   (properties?: supercloud.membership.Ack.$Properties): supercloud.membership.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link supercloud.membership.Ack.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Ack
             * @static
             * @param {supercloud.membership.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nack != null && $Object.hasOwnProperty.call(m, "nack") && m.nack !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.nack);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Ack & supercloud.membership.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Ack();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.nack = v;
                            else
                                delete m.nack;
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
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Ack();
                if (d.nack != null) {
                    if (d.nack) {
                        m.nack = $Boolean(d.nack);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Ack
             * @static
             * @param {supercloud.membership.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nack = false;
                }
                if (m.nack != null && $Object.hasOwnProperty.call(m, "nack")) {
                    d.nack = m.nack;
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        membership.Pull = (function() {

            /**
             * Properties of a Pull.
             * @typedef {Object} supercloud.membership.Pull.$Properties
             * @property {Array.<Uint8Array>|null} [peerIds] Pull peerIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pull.
             * @memberof supercloud.membership
             * @interface IPull
             * @augments supercloud.membership.Pull.$Properties
             * @deprecated Use supercloud.membership.Pull.$Properties instead.
             */

            /**
             * Shape of a Pull.
             * @typedef {supercloud.membership.Pull.$Properties} supercloud.membership.Pull.$Shape
             */

            /**
             * Constructs a new Pull.
             * @memberof supercloud.membership
             * @classdesc Represents a Pull.
             * @constructor
             * @param {supercloud.membership.Pull.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pull = function (p) {
                this.peerIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Pull peerIds.
             * @member {Array.<Uint8Array>} peerIds
             * @memberof supercloud.membership.Pull
             * @instance
             */
            Pull.prototype.peerIds = $util.emptyArray;

            /**
             * Creates a new Pull instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Pull
             * @static
             * @param {supercloud.membership.Pull.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Pull} Pull instance
             * @type {{
             *   (properties: supercloud.membership.Pull.$Shape): supercloud.membership.Pull & supercloud.membership.Pull.$Shape;
             *   (properties?: supercloud.membership.Pull.$Properties): supercloud.membership.Pull;
             * }}
             */
            Pull.create = function(properties) {
                return new Pull(properties);
            };

            /**
             * Encodes the specified Pull message. Does not implicitly {@link supercloud.membership.Pull.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Pull
             * @static
             * @param {supercloud.membership.Pull.$Properties} m Pull message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pull.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerIds != null && m.peerIds.length) {
                    for (var i = 0; i < m.peerIds.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.peerIds[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Pull message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Pull
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Pull & supercloud.membership.Pull.$Shape} Pull
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pull.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Pull();
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
                            if (!(m.peerIds && m.peerIds.length))
                                m.peerIds = [];
                            m.peerIds.push(r.bytes());
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
             * Creates a Pull message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Pull
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Pull} Pull
             */
            Pull.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Pull)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Pull: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Pull();
                if (d.peerIds) {
                    if (!$Array.isArray(d.peerIds))
                        throw $TypeError(".supercloud.membership.Pull.peerIds: array expected");
                    m.peerIds = $Array(d.peerIds.length);
                    for (var i = 0; i < d.peerIds.length; ++i) {
                        if (typeof d.peerIds[i] === "string")
                            $util.base64.decode(d.peerIds[i], m.peerIds[i] = $util.newBuffer($util.base64.length(d.peerIds[i])), 0);
                        else if (d.peerIds[i].length >= 0)
                            m.peerIds[i] = d.peerIds[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Pull message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Pull
             * @static
             * @param {supercloud.membership.Pull} m Pull
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pull.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.peerIds = [];
                }
                if (m.peerIds && m.peerIds.length) {
                    d.peerIds = $Array(m.peerIds.length);
                    for (var j = 0; j < m.peerIds.length; ++j) {
                        d.peerIds[j] = o.bytes === $String ? $util.base64.encode(m.peerIds[j], 0, m.peerIds[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.peerIds[j]) : m.peerIds[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Pull to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Pull
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pull.prototype.toJSON = function() {
                return Pull.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pull;
        })();

        membership.Descriptors = (function() {

            /**
             * Properties of a Descriptors.
             * @typedef {Object} supercloud.membership.Descriptors.$Properties
             * @property {Array.<supercloud.membership.SignedDescriptor.$Properties>|null} [descriptors] Descriptors descriptors
             * @property {Array.<supercloud.membership.SignedAdmission.$Properties>|null} [admissions] Descriptors admissions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Descriptors.
             * @memberof supercloud.membership
             * @interface IDescriptors
             * @augments supercloud.membership.Descriptors.$Properties
             * @deprecated Use supercloud.membership.Descriptors.$Properties instead.
             */

            /**
             * Shape of a Descriptors.
             * @typedef {supercloud.membership.Descriptors.$Properties} supercloud.membership.Descriptors.$Shape
             */

            /**
             * Constructs a new Descriptors.
             * @memberof supercloud.membership
             * @classdesc Represents a Descriptors.
             * @constructor
             * @param {supercloud.membership.Descriptors.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Descriptors = function (p) {
                this.descriptors = [];
                this.admissions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Descriptors descriptors.
             * @member {Array.<supercloud.membership.SignedDescriptor.$Properties>} descriptors
             * @memberof supercloud.membership.Descriptors
             * @instance
             */
            Descriptors.prototype.descriptors = $util.emptyArray;

            /**
             * Descriptors admissions.
             * @member {Array.<supercloud.membership.SignedAdmission.$Properties>} admissions
             * @memberof supercloud.membership.Descriptors
             * @instance
             */
            Descriptors.prototype.admissions = $util.emptyArray;

            /**
             * Creates a new Descriptors instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Descriptors
             * @static
             * @param {supercloud.membership.Descriptors.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Descriptors} Descriptors instance
             * @type {{
             *   (properties: supercloud.membership.Descriptors.$Shape): supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape;
             *   (properties?: supercloud.membership.Descriptors.$Properties): supercloud.membership.Descriptors;
             * }}
             */
            Descriptors.create = function(properties) {
                return new Descriptors(properties);
            };

            /**
             * Encodes the specified Descriptors message. Does not implicitly {@link supercloud.membership.Descriptors.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Descriptors
             * @static
             * @param {supercloud.membership.Descriptors.$Properties} m Descriptors message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Descriptors.encode = function (m, w, q) {
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
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Descriptors message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Descriptors
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Descriptors & supercloud.membership.Descriptors.$Shape} Descriptors
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Descriptors.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Descriptors();
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
             * Creates a Descriptors message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Descriptors
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Descriptors} Descriptors
             */
            Descriptors.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Descriptors)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Descriptors: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Descriptors();
                if (d.descriptors) {
                    if (!$Array.isArray(d.descriptors))
                        throw $TypeError(".supercloud.membership.Descriptors.descriptors: array expected");
                    m.descriptors = $Array(d.descriptors.length);
                    for (var i = 0; i < d.descriptors.length; ++i) {
                        if (!$util.isObject(d.descriptors[i]))
                            throw $TypeError(".supercloud.membership.Descriptors.descriptors: object expected");
                        m.descriptors[i] = $root.supercloud.membership.SignedDescriptor.fromObject(d.descriptors[i], q + 1);
                    }
                }
                if (d.admissions) {
                    if (!$Array.isArray(d.admissions))
                        throw $TypeError(".supercloud.membership.Descriptors.admissions: array expected");
                    m.admissions = $Array(d.admissions.length);
                    for (var i = 0; i < d.admissions.length; ++i) {
                        if (!$util.isObject(d.admissions[i]))
                            throw $TypeError(".supercloud.membership.Descriptors.admissions: object expected");
                        m.admissions[i] = $root.supercloud.membership.SignedAdmission.fromObject(d.admissions[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Descriptors message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Descriptors
             * @static
             * @param {supercloud.membership.Descriptors} m Descriptors
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Descriptors.toObject = function (m, o, q) {
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
                return d;
            };

            /**
             * Converts this Descriptors to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Descriptors
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Descriptors.prototype.toJSON = function() {
                return Descriptors.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Descriptors;
        })();

        membership.Sync = (function() {

            /**
             * Properties of a Sync.
             * @typedef {Object} supercloud.membership.Sync.$Properties
             * @property {Uint8Array|null} [hash] Sync hash
             * @property {Array.<supercloud.membership.Update.$Properties>|null} [digest] Sync digest
             * @property {boolean|null} [wantDigest] Sync wantDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sync.
             * @memberof supercloud.membership
             * @interface ISync
             * @augments supercloud.membership.Sync.$Properties
             * @deprecated Use supercloud.membership.Sync.$Properties instead.
             */

            /**
             * Shape of a Sync.
             * @typedef {supercloud.membership.Sync.$Properties} supercloud.membership.Sync.$Shape
             */

            /**
             * Constructs a new Sync.
             * @memberof supercloud.membership
             * @classdesc Represents a Sync.
             * @constructor
             * @param {supercloud.membership.Sync.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sync = function (p) {
                this.digest = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Sync hash.
             * @member {Uint8Array} hash
             * @memberof supercloud.membership.Sync
             * @instance
             */
            Sync.prototype.hash = $util.newBuffer([]);

            /**
             * Sync digest.
             * @member {Array.<supercloud.membership.Update.$Properties>} digest
             * @memberof supercloud.membership.Sync
             * @instance
             */
            Sync.prototype.digest = $util.emptyArray;

            /**
             * Sync wantDigest.
             * @member {boolean} wantDigest
             * @memberof supercloud.membership.Sync
             * @instance
             */
            Sync.prototype.wantDigest = false;

            /**
             * Creates a new Sync instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Sync
             * @static
             * @param {supercloud.membership.Sync.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Sync} Sync instance
             * @type {{
             *   (properties: supercloud.membership.Sync.$Shape): supercloud.membership.Sync & supercloud.membership.Sync.$Shape;
             *   (properties?: supercloud.membership.Sync.$Properties): supercloud.membership.Sync;
             * }}
             */
            Sync.create = function(properties) {
                return new Sync(properties);
            };

            /**
             * Encodes the specified Sync message. Does not implicitly {@link supercloud.membership.Sync.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Sync
             * @static
             * @param {supercloud.membership.Sync.$Properties} m Sync message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sync.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash") && m.hash.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.hash);
                if (m.digest != null && m.digest.length) {
                    for (var i = 0; i < m.digest.length; ++i)
                        $root.supercloud.membership.Update.encode(m.digest[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.wantDigest != null && $Object.hasOwnProperty.call(m, "wantDigest") && m.wantDigest !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.wantDigest);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Sync message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Sync
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Sync & supercloud.membership.Sync.$Shape} Sync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sync.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Sync();
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
                                m.hash = v;
                            else
                                delete m.hash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.digest && m.digest.length))
                                m.digest = [];
                            m.digest.push($root.supercloud.membership.Update.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.wantDigest = v;
                            else
                                delete m.wantDigest;
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
             * Creates a Sync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Sync
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Sync} Sync
             */
            Sync.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Sync)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Sync: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Sync();
                if (d.hash != null) {
                    if (d.hash.length) {
                        if (typeof d.hash === "string")
                            $util.base64.decode(d.hash, m.hash = $util.newBuffer($util.base64.length(d.hash)), 0);
                        else if (d.hash.length >= 0)
                            m.hash = d.hash;
                    }
                }
                if (d.digest) {
                    if (!$Array.isArray(d.digest))
                        throw $TypeError(".supercloud.membership.Sync.digest: array expected");
                    m.digest = $Array(d.digest.length);
                    for (var i = 0; i < d.digest.length; ++i) {
                        if (!$util.isObject(d.digest[i]))
                            throw $TypeError(".supercloud.membership.Sync.digest: object expected");
                        m.digest[i] = $root.supercloud.membership.Update.fromObject(d.digest[i], q + 1);
                    }
                }
                if (d.wantDigest != null) {
                    if (d.wantDigest) {
                        m.wantDigest = $Boolean(d.wantDigest);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Sync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Sync
             * @static
             * @param {supercloud.membership.Sync} m Sync
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sync.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.digest = [];
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.hash = "";
                    else {
                        d.hash = [];
                        if (o.bytes !== $Array)
                            d.hash = $util.newBuffer(d.hash);
                    }
                    d.wantDigest = false;
                }
                if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                    d.hash = o.bytes === $String ? $util.base64.encode(m.hash, 0, m.hash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.hash) : m.hash;
                }
                if (m.digest && m.digest.length) {
                    d.digest = $Array(m.digest.length);
                    for (var j = 0; j < m.digest.length; ++j) {
                        d.digest[j] = $root.supercloud.membership.Update.toObject(m.digest[j], o, q + 1);
                    }
                }
                if (m.wantDigest != null && $Object.hasOwnProperty.call(m, "wantDigest")) {
                    d.wantDigest = m.wantDigest;
                }
                return d;
            };

            /**
             * Converts this Sync to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Sync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sync.prototype.toJSON = function() {
                return Sync.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Sync;
        })();

        membership.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} supercloud.membership.Request.$Properties
             * @property {supercloud.membership.Ping.$Properties|null} [ping] Request ping
             * @property {supercloud.membership.PingReq.$Properties|null} [pingReq] Request pingReq
             * @property {supercloud.membership.Pull.$Properties|null} [pull] Request pull
             * @property {supercloud.membership.Sync.$Properties|null} [sync] Request sync
             * @property {supercloud.membership.TableRequest.$Properties|null} [table] Request table
             * @property {Array.<supercloud.membership.Update.$Properties>|null} [updates] Request updates
             * @property {supercloud.membership.SignedDescriptor.$Properties|null} [own] Request own
             * @property {Array.<supercloud.membership.SignedAdmission.$Properties>|null} [admissions] Request admissions
             * @property {"ping"|"pingReq"|"pull"|"sync"|"table"} [kind] Request kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof supercloud.membership
             * @interface IRequest
             * @augments supercloud.membership.Request.$Properties
             * @deprecated Use supercloud.membership.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   ping?: supercloud.membership.Ping.$Shape|null;
             *   pingReq?: supercloud.membership.PingReq.$Shape|null;
             *   pull?: supercloud.membership.Pull.$Shape|null;
             *   sync?: supercloud.membership.Sync.$Shape|null;
             *   table?: supercloud.membership.TableRequest.$Shape|null;
             *   updates?: Array.<supercloud.membership.Update.$Shape>|null;
             *   own?: supercloud.membership.SignedDescriptor.$Shape|null;
             *   admissions?: Array.<supercloud.membership.SignedAdmission.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; ping?: null; pingReq?: null; pull?: null; sync?: null; table?: null }|{ kind?: "ping"; ping: supercloud.membership.Ping.$Shape; pingReq?: null; pull?: null; sync?: null; table?: null }|{ kind?: "pingReq"; ping?: null; pingReq: supercloud.membership.PingReq.$Shape; pull?: null; sync?: null; table?: null }|{ kind?: "pull"; ping?: null; pingReq?: null; pull: supercloud.membership.Pull.$Shape; sync?: null; table?: null }|{ kind?: "sync"; ping?: null; pingReq?: null; pull?: null; sync: supercloud.membership.Sync.$Shape; table?: null }|{ kind?: "table"; ping?: null; pingReq?: null; pull?: null; sync?: null; table: supercloud.membership.TableRequest.$Shape })
             * )} supercloud.membership.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof supercloud.membership
             * @classdesc Represents a Request.
             * @constructor
             * @param {supercloud.membership.Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (p) {
                this.updates = [];
                this.admissions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Request ping.
             * @member {supercloud.membership.Ping.$Properties|null|undefined} ping
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.ping = null;

            /**
             * Request pingReq.
             * @member {supercloud.membership.PingReq.$Properties|null|undefined} pingReq
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.pingReq = null;

            /**
             * Request pull.
             * @member {supercloud.membership.Pull.$Properties|null|undefined} pull
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.pull = null;

            /**
             * Request sync.
             * @member {supercloud.membership.Sync.$Properties|null|undefined} sync
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.sync = null;

            /**
             * Request table.
             * @member {supercloud.membership.TableRequest.$Properties|null|undefined} table
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.table = null;

            /**
             * Request updates.
             * @member {Array.<supercloud.membership.Update.$Properties>} updates
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.updates = $util.emptyArray;

            /**
             * Request own.
             * @member {supercloud.membership.SignedDescriptor.$Properties|null|undefined} own
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.own = null;

            /**
             * Request admissions.
             * @member {Array.<supercloud.membership.SignedAdmission.$Properties>} admissions
             * @memberof supercloud.membership.Request
             * @instance
             */
            Request.prototype.admissions = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request kind.
             * @member {"ping"|"pingReq"|"pull"|"sync"|"table"|undefined} kind
             * @memberof supercloud.membership.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["ping", "pingReq", "pull", "sync", "table"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Request
             * @static
             * @param {supercloud.membership.Request.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Request} Request instance
             * @type {{
             *   (properties: supercloud.membership.Request.$Shape): supercloud.membership.Request & supercloud.membership.Request.$Shape;
             *   (properties?: supercloud.membership.Request.$Properties): supercloud.membership.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link supercloud.membership.Request.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Request
             * @static
             * @param {supercloud.membership.Request.$Properties} m Request message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.supercloud.membership.Ping.encode(m.ping, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.pingReq != null && $Object.hasOwnProperty.call(m, "pingReq"))
                    $root.supercloud.membership.PingReq.encode(m.pingReq, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.pull != null && $Object.hasOwnProperty.call(m, "pull"))
                    $root.supercloud.membership.Pull.encode(m.pull, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync"))
                    $root.supercloud.membership.Sync.encode(m.sync, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.table != null && $Object.hasOwnProperty.call(m, "table"))
                    $root.supercloud.membership.TableRequest.encode(m.table, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.updates != null && m.updates.length) {
                    for (var i = 0; i < m.updates.length; ++i)
                        $root.supercloud.membership.Update.encode(m.updates[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.own != null && $Object.hasOwnProperty.call(m, "own"))
                    $root.supercloud.membership.SignedDescriptor.encode(m.own, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.admissions != null && m.admissions.length) {
                    for (var i = 0; i < m.admissions.length; ++i)
                        $root.supercloud.membership.SignedAdmission.encode(m.admissions[i], w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Request & supercloud.membership.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Request();
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
                            m.ping = $root.supercloud.membership.Ping.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.kind = "ping";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.pingReq = $root.supercloud.membership.PingReq.decode(r, r.size(), $undefined, q + 1, m.pingReq);
                            m.kind = "pingReq";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.pull = $root.supercloud.membership.Pull.decode(r, r.size(), $undefined, q + 1, m.pull);
                            m.kind = "pull";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.sync = $root.supercloud.membership.Sync.decode(r, r.size(), $undefined, q + 1, m.sync);
                            m.kind = "sync";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.table = $root.supercloud.membership.TableRequest.decode(r, r.size(), $undefined, q + 1, m.table);
                            m.kind = "table";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.updates && m.updates.length))
                                m.updates = [];
                            m.updates.push($root.supercloud.membership.Update.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.own = $root.supercloud.membership.SignedDescriptor.decode(r, r.size(), $undefined, q + 1, m.own);
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.admissions && m.admissions.length))
                                m.admissions = [];
                            m.admissions.push($root.supercloud.membership.SignedAdmission.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Request} Request
             */
            Request.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Request();
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".supercloud.membership.Request.ping: object expected");
                    m.ping = $root.supercloud.membership.Ping.fromObject(d.ping, q + 1);
                }
                if (d.pingReq != null) {
                    if (!$util.isObject(d.pingReq))
                        throw $TypeError(".supercloud.membership.Request.pingReq: object expected");
                    m.pingReq = $root.supercloud.membership.PingReq.fromObject(d.pingReq, q + 1);
                }
                if (d.pull != null) {
                    if (!$util.isObject(d.pull))
                        throw $TypeError(".supercloud.membership.Request.pull: object expected");
                    m.pull = $root.supercloud.membership.Pull.fromObject(d.pull, q + 1);
                }
                if (d.sync != null) {
                    if (!$util.isObject(d.sync))
                        throw $TypeError(".supercloud.membership.Request.sync: object expected");
                    m.sync = $root.supercloud.membership.Sync.fromObject(d.sync, q + 1);
                }
                if (d.table != null) {
                    if (!$util.isObject(d.table))
                        throw $TypeError(".supercloud.membership.Request.table: object expected");
                    m.table = $root.supercloud.membership.TableRequest.fromObject(d.table, q + 1);
                }
                if (d.updates) {
                    if (!$Array.isArray(d.updates))
                        throw $TypeError(".supercloud.membership.Request.updates: array expected");
                    m.updates = $Array(d.updates.length);
                    for (var i = 0; i < d.updates.length; ++i) {
                        if (!$util.isObject(d.updates[i]))
                            throw $TypeError(".supercloud.membership.Request.updates: object expected");
                        m.updates[i] = $root.supercloud.membership.Update.fromObject(d.updates[i], q + 1);
                    }
                }
                if (d.own != null) {
                    if (!$util.isObject(d.own))
                        throw $TypeError(".supercloud.membership.Request.own: object expected");
                    m.own = $root.supercloud.membership.SignedDescriptor.fromObject(d.own, q + 1);
                }
                if (d.admissions) {
                    if (!$Array.isArray(d.admissions))
                        throw $TypeError(".supercloud.membership.Request.admissions: array expected");
                    m.admissions = $Array(d.admissions.length);
                    for (var i = 0; i < d.admissions.length; ++i) {
                        if (!$util.isObject(d.admissions[i]))
                            throw $TypeError(".supercloud.membership.Request.admissions: object expected");
                        m.admissions[i] = $root.supercloud.membership.SignedAdmission.fromObject(d.admissions[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Request
             * @static
             * @param {supercloud.membership.Request} m Request
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.updates = [];
                    d.admissions = [];
                }
                if (o.defaults) {
                    d.own = null;
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.supercloud.membership.Ping.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.kind = "ping";
                }
                if (m.pingReq != null && $Object.hasOwnProperty.call(m, "pingReq")) {
                    d.pingReq = $root.supercloud.membership.PingReq.toObject(m.pingReq, o, q + 1);
                    if (o.oneofs)
                        d.kind = "pingReq";
                }
                if (m.pull != null && $Object.hasOwnProperty.call(m, "pull")) {
                    d.pull = $root.supercloud.membership.Pull.toObject(m.pull, o, q + 1);
                    if (o.oneofs)
                        d.kind = "pull";
                }
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync")) {
                    d.sync = $root.supercloud.membership.Sync.toObject(m.sync, o, q + 1);
                    if (o.oneofs)
                        d.kind = "sync";
                }
                if (m.table != null && $Object.hasOwnProperty.call(m, "table")) {
                    d.table = $root.supercloud.membership.TableRequest.toObject(m.table, o, q + 1);
                    if (o.oneofs)
                        d.kind = "table";
                }
                if (m.updates && m.updates.length) {
                    d.updates = $Array(m.updates.length);
                    for (var j = 0; j < m.updates.length; ++j) {
                        d.updates[j] = $root.supercloud.membership.Update.toObject(m.updates[j], o, q + 1);
                    }
                }
                if (m.own != null && $Object.hasOwnProperty.call(m, "own")) {
                    d.own = $root.supercloud.membership.SignedDescriptor.toObject(m.own, o, q + 1);
                }
                if (m.admissions && m.admissions.length) {
                    d.admissions = $Array(m.admissions.length);
                    for (var j = 0; j < m.admissions.length; ++j) {
                        d.admissions[j] = $root.supercloud.membership.SignedAdmission.toObject(m.admissions[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        membership.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} supercloud.membership.Response.$Properties
             * @property {supercloud.membership.Ack.$Properties|null} [ack] Response ack
             * @property {supercloud.membership.Descriptors.$Properties|null} [descriptors] Response descriptors
             * @property {supercloud.membership.Sync.$Properties|null} [sync] Response sync
             * @property {supercloud.membership.TableResponse.$Properties|null} [table] Response table
             * @property {Array.<supercloud.membership.Update.$Properties>|null} [updates] Response updates
             * @property {supercloud.membership.SignedDescriptor.$Properties|null} [own] Response own
             * @property {Array.<supercloud.membership.SignedAdmission.$Properties>|null} [admissions] Response admissions
             * @property {string|null} [error] Response error
             * @property {"ack"|"descriptors"|"sync"|"table"} [kind] Response kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof supercloud.membership
             * @interface IResponse
             * @augments supercloud.membership.Response.$Properties
             * @deprecated Use supercloud.membership.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   ack?: supercloud.membership.Ack.$Shape|null;
             *   descriptors?: supercloud.membership.Descriptors.$Shape|null;
             *   sync?: supercloud.membership.Sync.$Shape|null;
             *   table?: supercloud.membership.TableResponse.$Shape|null;
             *   updates?: Array.<supercloud.membership.Update.$Shape>|null;
             *   own?: supercloud.membership.SignedDescriptor.$Shape|null;
             *   admissions?: Array.<supercloud.membership.SignedAdmission.$Shape>|null;
             *   error?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; ack?: null; descriptors?: null; sync?: null; table?: null }|{ kind?: "ack"; ack: supercloud.membership.Ack.$Shape; descriptors?: null; sync?: null; table?: null }|{ kind?: "descriptors"; ack?: null; descriptors: supercloud.membership.Descriptors.$Shape; sync?: null; table?: null }|{ kind?: "sync"; ack?: null; descriptors?: null; sync: supercloud.membership.Sync.$Shape; table?: null }|{ kind?: "table"; ack?: null; descriptors?: null; sync?: null; table: supercloud.membership.TableResponse.$Shape })
             * )} supercloud.membership.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof supercloud.membership
             * @classdesc Represents a Response.
             * @constructor
             * @param {supercloud.membership.Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (p) {
                this.updates = [];
                this.admissions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Response ack.
             * @member {supercloud.membership.Ack.$Properties|null|undefined} ack
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.ack = null;

            /**
             * Response descriptors.
             * @member {supercloud.membership.Descriptors.$Properties|null|undefined} descriptors
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.descriptors = null;

            /**
             * Response sync.
             * @member {supercloud.membership.Sync.$Properties|null|undefined} sync
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.sync = null;

            /**
             * Response table.
             * @member {supercloud.membership.TableResponse.$Properties|null|undefined} table
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.table = null;

            /**
             * Response updates.
             * @member {Array.<supercloud.membership.Update.$Properties>} updates
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.updates = $util.emptyArray;

            /**
             * Response own.
             * @member {supercloud.membership.SignedDescriptor.$Properties|null|undefined} own
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.own = null;

            /**
             * Response admissions.
             * @member {Array.<supercloud.membership.SignedAdmission.$Properties>} admissions
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.admissions = $util.emptyArray;

            /**
             * Response error.
             * @member {string} error
             * @memberof supercloud.membership.Response
             * @instance
             */
            Response.prototype.error = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response kind.
             * @member {"ack"|"descriptors"|"sync"|"table"|undefined} kind
             * @memberof supercloud.membership.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["ack", "descriptors", "sync", "table"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Response
             * @static
             * @param {supercloud.membership.Response.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Response} Response instance
             * @type {{
             *   (properties: supercloud.membership.Response.$Shape): supercloud.membership.Response & supercloud.membership.Response.$Shape;
             *   (properties?: supercloud.membership.Response.$Properties): supercloud.membership.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link supercloud.membership.Response.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Response
             * @static
             * @param {supercloud.membership.Response.$Properties} m Response message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.supercloud.membership.Ack.encode(m.ack, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.descriptors != null && $Object.hasOwnProperty.call(m, "descriptors"))
                    $root.supercloud.membership.Descriptors.encode(m.descriptors, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync"))
                    $root.supercloud.membership.Sync.encode(m.sync, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.table != null && $Object.hasOwnProperty.call(m, "table"))
                    $root.supercloud.membership.TableResponse.encode(m.table, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.updates != null && m.updates.length) {
                    for (var i = 0; i < m.updates.length; ++i)
                        $root.supercloud.membership.Update.encode(m.updates[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.own != null && $Object.hasOwnProperty.call(m, "own"))
                    $root.supercloud.membership.SignedDescriptor.encode(m.own, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.admissions != null && m.admissions.length) {
                    for (var i = 0; i < m.admissions.length; ++i)
                        $root.supercloud.membership.SignedAdmission.encode(m.admissions[i], w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Response & supercloud.membership.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Response();
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
                            m.ack = $root.supercloud.membership.Ack.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.kind = "ack";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.descriptors = $root.supercloud.membership.Descriptors.decode(r, r.size(), $undefined, q + 1, m.descriptors);
                            m.kind = "descriptors";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.sync = $root.supercloud.membership.Sync.decode(r, r.size(), $undefined, q + 1, m.sync);
                            m.kind = "sync";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.table = $root.supercloud.membership.TableResponse.decode(r, r.size(), $undefined, q + 1, m.table);
                            m.kind = "table";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.updates && m.updates.length))
                                m.updates = [];
                            m.updates.push($root.supercloud.membership.Update.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.own = $root.supercloud.membership.SignedDescriptor.decode(r, r.size(), $undefined, q + 1, m.own);
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.admissions && m.admissions.length))
                                m.admissions = [];
                            m.admissions.push($root.supercloud.membership.SignedAdmission.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 13: {
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
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Response} Response
             */
            Response.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Response();
                if (d.ack != null) {
                    if (!$util.isObject(d.ack))
                        throw $TypeError(".supercloud.membership.Response.ack: object expected");
                    m.ack = $root.supercloud.membership.Ack.fromObject(d.ack, q + 1);
                }
                if (d.descriptors != null) {
                    if (!$util.isObject(d.descriptors))
                        throw $TypeError(".supercloud.membership.Response.descriptors: object expected");
                    m.descriptors = $root.supercloud.membership.Descriptors.fromObject(d.descriptors, q + 1);
                }
                if (d.sync != null) {
                    if (!$util.isObject(d.sync))
                        throw $TypeError(".supercloud.membership.Response.sync: object expected");
                    m.sync = $root.supercloud.membership.Sync.fromObject(d.sync, q + 1);
                }
                if (d.table != null) {
                    if (!$util.isObject(d.table))
                        throw $TypeError(".supercloud.membership.Response.table: object expected");
                    m.table = $root.supercloud.membership.TableResponse.fromObject(d.table, q + 1);
                }
                if (d.updates) {
                    if (!$Array.isArray(d.updates))
                        throw $TypeError(".supercloud.membership.Response.updates: array expected");
                    m.updates = $Array(d.updates.length);
                    for (var i = 0; i < d.updates.length; ++i) {
                        if (!$util.isObject(d.updates[i]))
                            throw $TypeError(".supercloud.membership.Response.updates: object expected");
                        m.updates[i] = $root.supercloud.membership.Update.fromObject(d.updates[i], q + 1);
                    }
                }
                if (d.own != null) {
                    if (!$util.isObject(d.own))
                        throw $TypeError(".supercloud.membership.Response.own: object expected");
                    m.own = $root.supercloud.membership.SignedDescriptor.fromObject(d.own, q + 1);
                }
                if (d.admissions) {
                    if (!$Array.isArray(d.admissions))
                        throw $TypeError(".supercloud.membership.Response.admissions: array expected");
                    m.admissions = $Array(d.admissions.length);
                    for (var i = 0; i < d.admissions.length; ++i) {
                        if (!$util.isObject(d.admissions[i]))
                            throw $TypeError(".supercloud.membership.Response.admissions: object expected");
                        m.admissions[i] = $root.supercloud.membership.SignedAdmission.fromObject(d.admissions[i], q + 1);
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
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Response
             * @static
             * @param {supercloud.membership.Response} m Response
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.updates = [];
                    d.admissions = [];
                }
                if (o.defaults) {
                    d.own = null;
                    d.error = "";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = $root.supercloud.membership.Ack.toObject(m.ack, o, q + 1);
                    if (o.oneofs)
                        d.kind = "ack";
                }
                if (m.descriptors != null && $Object.hasOwnProperty.call(m, "descriptors")) {
                    d.descriptors = $root.supercloud.membership.Descriptors.toObject(m.descriptors, o, q + 1);
                    if (o.oneofs)
                        d.kind = "descriptors";
                }
                if (m.sync != null && $Object.hasOwnProperty.call(m, "sync")) {
                    d.sync = $root.supercloud.membership.Sync.toObject(m.sync, o, q + 1);
                    if (o.oneofs)
                        d.kind = "sync";
                }
                if (m.table != null && $Object.hasOwnProperty.call(m, "table")) {
                    d.table = $root.supercloud.membership.TableResponse.toObject(m.table, o, q + 1);
                    if (o.oneofs)
                        d.kind = "table";
                }
                if (m.updates && m.updates.length) {
                    d.updates = $Array(m.updates.length);
                    for (var j = 0; j < m.updates.length; ++j) {
                        d.updates[j] = $root.supercloud.membership.Update.toObject(m.updates[j], o, q + 1);
                    }
                }
                if (m.own != null && $Object.hasOwnProperty.call(m, "own")) {
                    d.own = $root.supercloud.membership.SignedDescriptor.toObject(m.own, o, q + 1);
                }
                if (m.admissions && m.admissions.length) {
                    d.admissions = $Array(m.admissions.length);
                    for (var j = 0; j < m.admissions.length; ++j) {
                        d.admissions[j] = $root.supercloud.membership.SignedAdmission.toObject(m.admissions[j], o, q + 1);
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        membership.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} supercloud.membership.Envelope.$Properties
             * @property {number|null} [id] Envelope id
             * @property {supercloud.membership.Request.$Properties|null} [request] Envelope request
             * @property {supercloud.membership.Response.$Properties|null} [response] Envelope response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof supercloud.membership
             * @interface IEnvelope
             * @augments supercloud.membership.Envelope.$Properties
             * @deprecated Use supercloud.membership.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {{
             *   id?: number|null;
             *   request?: supercloud.membership.Request.$Shape|null;
             *   response?: supercloud.membership.Response.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} supercloud.membership.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof supercloud.membership
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {supercloud.membership.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope id.
             * @member {number} id
             * @memberof supercloud.membership.Envelope
             * @instance
             */
            Envelope.prototype.id = 0;

            /**
             * Envelope request.
             * @member {supercloud.membership.Request.$Properties|null|undefined} request
             * @memberof supercloud.membership.Envelope
             * @instance
             */
            Envelope.prototype.request = null;

            /**
             * Envelope response.
             * @member {supercloud.membership.Response.$Properties|null|undefined} response
             * @memberof supercloud.membership.Envelope
             * @instance
             */
            Envelope.prototype.response = null;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof supercloud.membership.Envelope
             * @static
             * @param {supercloud.membership.Envelope.$Properties=} [properties] Properties to set
             * @returns {supercloud.membership.Envelope} Envelope instance
             * @type {{
             *   (properties: supercloud.membership.Envelope.$Shape): supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape;
             *   (properties?: supercloud.membership.Envelope.$Properties): supercloud.membership.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link supercloud.membership.Envelope.verify|verify} messages.
             * @function encode
             * @memberof supercloud.membership.Envelope
             * @static
             * @param {supercloud.membership.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request"))
                    $root.supercloud.membership.Request.encode(m.request, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.response != null && $Object.hasOwnProperty.call(m, "response"))
                    $root.supercloud.membership.Response.encode(m.response, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof supercloud.membership.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {supercloud.membership.Envelope & supercloud.membership.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.supercloud.membership.Envelope();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.request = $root.supercloud.membership.Request.decode(r, r.size(), $undefined, q + 1, m.request);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.response = $root.supercloud.membership.Response.decode(r, r.size(), $undefined, q + 1, m.response);
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
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof supercloud.membership.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {supercloud.membership.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.supercloud.membership.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".supercloud.membership.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.supercloud.membership.Envelope();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.request != null) {
                    if (!$util.isObject(d.request))
                        throw $TypeError(".supercloud.membership.Envelope.request: object expected");
                    m.request = $root.supercloud.membership.Request.fromObject(d.request, q + 1);
                }
                if (d.response != null) {
                    if (!$util.isObject(d.response))
                        throw $TypeError(".supercloud.membership.Envelope.response: object expected");
                    m.response = $root.supercloud.membership.Response.fromObject(d.response, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof supercloud.membership.Envelope
             * @static
             * @param {supercloud.membership.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.request = null;
                    d.response = null;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    d.request = $root.supercloud.membership.Request.toObject(m.request, o, q + 1);
                }
                if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                    d.response = $root.supercloud.membership.Response.toObject(m.response, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof supercloud.membership.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
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
             * @property {Array.<supercloud.membership.Update.$Properties>|null} [states] TableResponse states
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
                this.states = [];
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
             * TableResponse states.
             * @member {Array.<supercloud.membership.Update.$Properties>} states
             * @memberof supercloud.membership.TableResponse
             * @instance
             */
            TableResponse.prototype.states = $util.emptyArray;

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
                if (m.states != null && m.states.length) {
                    for (var i = 0; i < m.states.length; ++i)
                        $root.supercloud.membership.Update.encode(m.states[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
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
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.states && m.states.length))
                                m.states = [];
                            m.states.push($root.supercloud.membership.Update.decode(r, r.size(), $undefined, q + 1));
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
                if (d.states) {
                    if (!$Array.isArray(d.states))
                        throw $TypeError(".supercloud.membership.TableResponse.states: array expected");
                    m.states = $Array(d.states.length);
                    for (var i = 0; i < d.states.length; ++i) {
                        if (!$util.isObject(d.states[i]))
                            throw $TypeError(".supercloud.membership.TableResponse.states: object expected");
                        m.states[i] = $root.supercloud.membership.Update.fromObject(d.states[i], q + 1);
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
                    d.states = [];
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
                if (m.states && m.states.length) {
                    d.states = $Array(m.states.length);
                    for (var j = 0; j < m.states.length; ++j) {
                        d.states[j] = $root.supercloud.membership.Update.toObject(m.states[j], o, q + 1);
                    }
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
